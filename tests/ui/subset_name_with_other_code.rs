// A registry name keeps its own code: `Gone` reads as 410, so `#[status(404)] Gone` is refused.
#[status_core::subset]
pub enum GetUser {
    Ok,
    #[status(404)]
    Gone,
    #[status(410)]
    NotFound,
}

fn main() {}
