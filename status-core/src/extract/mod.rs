//! What the framework modules share: the error body of a framework's own rejection (an
//! extractor that failed, a request no route takes) in a service's [`ErrorFormat`], and the
//! reason phrase of its status line.
//!
//! The framework modules are `status_core::axum` (`axum/`) and `status_core::actix`
//! (`actix/`).

use crate::problem::{ErrorFormat, Problem};
use crate::{Phrase, StatusCode};
use alloc::string::String;

/// The registry's title for `code` (RFC 9110's reason phrase: "Unprocessable Content"); for a
/// code the registry does not have, the title of the code RFC 9110, Section 15 has a client
/// handle it as (`UnknownStatus::fallback`: the `x00` code of its class, 500 outside
/// 100..=599).
pub(crate) fn title(code: u16) -> &'static str {
    let status = StatusCode::try_from(code)
        .unwrap_or_else(|unknown| unknown.fallback().unwrap_or(StatusCode::InternalServerError));
    status.reason()
}

/// An error body: its status, the reason phrase of its status line
/// (`None`: the framework's own), the format's media type (`None`: the format sends no
/// content) and text.
#[derive(Debug)]
pub(crate) struct ErrorBody {
    pub code: u16,
    pub reason: Option<&'static str>,
    pub media_type: Option<&'static str>,
    pub text: String,
}

impl ErrorBody {
    /// The body `F` writes for a problem of `code` with `detail`, with the format's phrase
    /// (`ErrorFormat::PHRASE`), else the service's ([`Phrase::set_default`]).
    pub fn new<F: ErrorFormat + ?Sized>(code: u16, detail: Option<&str>) -> Self {
        let title = title(code);
        let mut problem = Problem::new(code, title);
        if let Some(detail) = detail {
            problem = problem.with_detail(detail);
        }
        let mut text = String::with_capacity(96);
        let media_type = F::write(&problem, &mut text);
        ErrorBody { code, reason: Phrase::or_default(F::PHRASE).text(title), media_type, text }
    }
}

/// The detail of a 404 from a router's fallback: the request's method and path (not its query,
/// which may carry what should not be echoed).
pub(crate) fn no_route(method: &str, path: &str) -> String {
    alloc::format!("no route for {method} {path}")
}

/// The detail of a 405 from a router's fallback.
pub(crate) fn method_not_allowed(method: &str, path: &str) -> String {
    alloc::format!("{method} is not allowed for {path}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Rfc9457;

    #[test]
    fn titles_are_the_registry_s_with_a_class_fallback() {
        assert_eq!(title(422), "Unprocessable Content");
        assert_eq!(title(413), "Content Too Large");
        assert_eq!(title(499), "Bad Request");
        assert_eq!(title(1000), "Internal Server Error");
    }

    #[test]
    fn an_error_body_is_the_format_s_with_the_detail_escaped() {
        let body = ErrorBody::new::<Rfc9457>(400, Some("expected `\"` at line 1\ncolumn 2"));
        // The unit tests never set the service's phrase: the registry's.
        assert_eq!(
            (body.code, body.reason, body.media_type),
            (400, Some("Bad Request"), Some("application/problem+json"))
        );
        assert_eq!(
            body.text,
            r#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"expected `\"` at line 1\ncolumn 2"}"#
        );
        assert_eq!(no_route("GET", "/x"), "no route for GET /x");
    }
}
