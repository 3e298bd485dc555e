// A variant whose code requires a header field (405 `Allow`, 401 `WWW-Authenticate`) and that
// does not carry it compiles as a plain subset, but cannot be sent as a response.
use axum::response::IntoResponse;

#[status_core::subset]
#[derive(Debug)]
pub enum UserError {
    NotFound,
    MethodNotAllowed,
    Unauthorized,
}

fn client_side(status: u16) -> Option<UserError> {
    UserError::from_u16(status) // still a subset: matching and conversions work
}

fn main() {
    let _ = client_side(404);
    let _ = UserError::MethodNotAllowed.into_response();
}

// As a handler's return type: `#[axum::debug_handler]` (axum's advice for handler errors) shows
// the rule.
#[axum::debug_handler]
async fn handler() -> Result<(), UserError> {
    Err(UserError::NotFound)
}
