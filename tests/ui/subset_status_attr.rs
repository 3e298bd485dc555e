// What goes wrong inside `#[status(..)]`, each said precisely.
#[status_core::subset]
pub enum GetUser {
    #[status(NotFound)]
    Missing,
    #[status(404, 410)]
    Either,
    #[status]
    Bare,
    #[status(404)]
    #[status(404)]
    Twice,
}

#[derive(status_core::Subset)]
#[subset(of = AppStatus, registry = "ui-registries/small.toml")]
#[subset(of = AppStatus, registry = "ui-registries/small.toml")]
#[repr(u16)]
pub enum Derived {
    Ok = 200,
}

fn main() {}
