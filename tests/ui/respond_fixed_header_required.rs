// A fixed value counts for the header rules as a field does: a 401 with a fixed
// `WWW-Authenticate` is a unit variant that can be sent; a fixed value of another field does
// not stand for the one the code requires.
use axum::response::IntoResponse;

#[status_core::subset]
#[derive(Debug)]
pub enum Auth {
    #[header("WWW-Authenticate", "Token")]
    Unauthorized,
}

#[status_core::subset]
#[derive(Debug)]
pub enum Methods {
    #[header("Cache-Control", "no-store")]
    MethodNotAllowed,
}

fn main() {
    let _ = Auth::Unauthorized.into_response();
    let _ = Methods::MethodNotAllowed.into_response();
}
