// Codes that are not registered, registered as unused, or out of range.
#[status_core::subset]
pub enum Weird {
    #[status(299)]
    Unregistered,
    #[status(418)]
    Teapot,
    #[status(1000)]
    TooBig,
    #[status("404")]
    NotANumber,
}

fn main() {}
