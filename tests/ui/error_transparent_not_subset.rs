// `#[status(transparent)]` holds a type that is not a subset enum.
#[status_core::subset]
#[derive(Debug)]
pub enum ApiError {
    NotFound,
    #[status(transparent)]
    Other(std::io::Error),
}

fn main() {}
