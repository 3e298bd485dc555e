// The same code twice, by name and by explicit code.
#[status_core::subset]
pub enum GetUser {
    NotFound,
    #[status(404)]
    Missing,
}

fn main() {}
