// With data-carrying variants there is no way back from a number: TryFrom<u16> does not exist.
#[status_core::subset]
pub enum ApiError {
    NotFound { id: u64 },
    Conflict,
}

fn main() {
    let _ = ApiError::try_from(404u16);
}
