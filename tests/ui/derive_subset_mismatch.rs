// `#[derive(Subset)]` keeps the user's discriminants and checks them against the registry.
#[derive(status_core::Subset)]
#[repr(u16)]
pub enum GetUser {
    Ok = 200,
    NotFound = 405,
    #[status(410)]
    Deleted = 411,
    Teapot = 418,
    Missing = 299,
    Weird = 4 * 100,
}

fn main() {}
