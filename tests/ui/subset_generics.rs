// A status code enum cannot be generic.
#[status_core::subset]
pub enum Outcome<T> {
    Ok(T),
    NotFound,
}

fn main() {}
