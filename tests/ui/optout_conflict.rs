// A `Display` of the service's own beside a subset that writes one: E0119, whose note names
// the opt-out, `skip(Display)`.
#[status_core::subset]
#[derive(Debug)]
pub enum ApiError {
    NotFound,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not here")
    }
}

fn main() {}
