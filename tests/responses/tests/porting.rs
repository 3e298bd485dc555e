//! What porting a service asks of a subset, on real routers (axum `oneshot` and a loopback
//! connection, actix-web `test`): the status line's phrase per enum, opt-outs of the impls a
//! service already has, a cause that is only `Debug + Display`, an error format that sees the
//! variant (and may send content without a `Content-Type`), `#[detail]` on the whole enum.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use status_core::problem::{ErrorFormat, Problem};
use std::fmt::Write as _;

mod support;
use support::capture;
use support::wire::{exchange, request, serve_axum};

/// The framework's phrase: hyper's and actix-web's (`Unprocessable Entity`).
#[status_core::subset]
#[subset(phrase = "framework")]
#[derive(Debug)]
pub enum Framework {
    UnprocessableContent,
    ContentTooLarge,
}

/// No phrase at all.
#[status_core::subset]
#[subset(phrase = "empty")]
#[derive(Debug)]
pub enum Empty {
    UnprocessableContent,
}

/// The registry's, as every enum by default.
#[status_core::subset]
#[derive(Debug)]
pub enum Registry {
    UnprocessableContent,
}

/// axum's anyhow pattern: a blanket `From` for everything that converts into `anyhow::Error`,
/// which a subset that is an `Error` would collide with.
#[status_core::subset]
#[subset(skip(Error))]
#[derive(Debug)]
pub enum AppError {
    NotFound,
    #[status(500)]
    Internal(#[source] anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(error: E) -> Self {
        AppError::Internal(error.into())
    }
}

/// A `Display` of the service's own, and the serde derive it already had (seen by the subset,
/// which writes neither).
#[status_core::subset]
#[subset(skip(Display))]
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub enum Kept {
    NotFound,
    Gone,
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if matches!(self, Kept::NotFound) { "no such thing" } else { "gone for good" })
    }
}

/// A third-party error that is only `Debug + Display`.
#[derive(Debug)]
pub struct Upstream(&'static str);

impl std::fmt::Display for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "upstream said {}", self.0)
    }
}

/// Its variant logs it as the cause; the message of the whole enum is each variant's detail.
#[status_core::subset]
#[subset(format = Named)]
#[detail]
#[derive(Debug, thiserror::Error)]
pub enum Calls {
    #[error("upstream failed")]
    #[status(502)]
    Upstream(#[cause] Upstream),
    #[error("no such call {0}")]
    NotFound(u32),
    #[error("quietly refused")]
    Forbidden,
}

/// A format that writes the variant's name, and sends the 403's text with no `Content-Type`.
pub struct Named;

impl ErrorFormat for Named {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        let variant = problem.variant().expect("a generated enum's problem names its variant");
        if variant.name() == "Forbidden" {
            out.push_str(problem.detail().unwrap_or_default());
            return Some("");
        }
        let detail = problem.detail().unwrap_or_default();
        let fields = variant.fields().len();
        let _ =
            write!(out, "{}.{} ({fields} fields, {}): {detail}", variant.enum_name(), variant.name(), variant.code());
        Some("text/plain")
    }
}

fn axum_parts(response: impl IntoResponse) -> (Response, String) {
    let response = response.into_response();
    let (parts, body) = response.into_parts();
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let bytes = runtime.block_on(body.collect()).unwrap().to_bytes();
    (Response::from_parts(parts, Body::empty()), String::from_utf8(bytes.to_vec()).unwrap())
}

fn actix_parts(response: impl actix_web::Responder) -> (actix_web::HttpResponse, String) {
    actix_web::rt::System::new().block_on(async move {
        let request = actix_web::test::TestRequest::default().to_http_request();
        let response = response.respond_to(&request).map_into_boxed_body();
        let (response, body) = response.into_parts();
        let bytes = actix_web::body::to_bytes(body).await.ok().unwrap();
        (response.set_body(()).map_into_boxed_body(), String::from_utf8(bytes.to_vec()).unwrap())
    })
}

#[test]
fn each_enum_chooses_its_phrase_on_the_wire() {
    async fn framework() -> Framework {
        Framework::UnprocessableContent
    }
    async fn too_large() -> Framework {
        Framework::ContentTooLarge
    }
    async fn empty() -> Empty {
        Empty::UnprocessableContent
    }
    async fn registry() -> Registry {
        Registry::UnprocessableContent
    }
    let router = axum::Router::new()
        .route("/framework", axum::routing::get(framework))
        .route("/too-large", axum::routing::get(too_large))
        .route("/empty", axum::routing::get(empty))
        .route("/registry", axum::routing::get(registry));
    let addr = serve_axum(router);
    let status = |path: &str| exchange(addr, &request("GET", path, &[], "")).lines().next().unwrap().to_owned();
    assert_eq!(status("/framework"), "HTTP/1.1 422 Unprocessable Entity");
    assert_eq!(status("/too-large"), "HTTP/1.1 413 Payload Too Large");
    assert_eq!(status("/empty"), "HTTP/1.1 422 ");
    assert_eq!(status("/registry"), "HTTP/1.1 422 Unprocessable Content");
}

#[test]
fn each_enum_chooses_its_phrase_on_actix() {
    let reason = |response: actix_web::HttpResponse| response.head().reason().to_owned();
    assert_eq!(reason(actix_parts(Framework::UnprocessableContent).0), "Unprocessable Entity");
    assert_eq!(reason(actix_parts(Framework::ContentTooLarge).0), "Payload Too Large");
    assert_eq!(reason(actix_parts(Empty::UnprocessableContent).0), "");
    assert_eq!(reason(actix_parts(Registry::UnprocessableContent).0), "Unprocessable Content");
    // `ResponseError`, from a borrow, too.
    let error = actix_web::ResponseError::error_response(&Framework::UnprocessableContent);
    assert_eq!(error.head().reason(), "Unprocessable Entity");
}

#[test]
fn the_anyhow_pattern_compiles_and_logs_its_source() {
    fn fails() -> Result<(), AppError> {
        std::fs::read("/nonexistent/status-core")?;
        Ok(())
    }
    let error = fails().unwrap_err();
    assert_eq!(error.status(), status_core::StatusCode::InternalServerError);
    let ((response, body), events) = capture(|| axum_parts(error));
    assert_eq!(response.status(), 500);
    assert!(body.contains(r#""status":500"#), "{body}");
    let lines: Vec<&str> = events.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("500 Internal Server Error: No such file or directory"), "{lines:?}");
}

#[test]
fn a_skipped_display_and_a_derived_serde_are_the_services() {
    assert_eq!(Kept::NotFound.to_string(), "no such thing");
    assert_eq!(serde_json::to_string(&Kept::Gone).unwrap(), r#""Gone""#);
    assert_eq!(serde_json::from_str::<Kept>(r#""NotFound""#).unwrap().code(), 404);
    let (response, _) = axum_parts(Kept::Gone);
    assert_eq!(response.status(), 410);
}

#[test]
fn a_display_only_cause_is_logged_once_on_both_frameworks() {
    let ((response, body), events) = capture(|| axum_parts(Calls::Upstream(Upstream("no"))));
    assert_eq!(response.status(), 502);
    assert_eq!(body, "Calls.Upstream (1 fields, 502): upstream failed");
    let lines: Vec<&str> = events.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("502 Bad Gateway: upstream said no"), "{lines:?}");
    let ((_, body), events) = capture(|| actix_parts(Calls::Upstream(Upstream("again"))));
    assert_eq!(body, "Calls.Upstream (1 fields, 502): upstream failed");
    assert!(events.iter().any(|e| e.text.starts_with("502 Bad Gateway: upstream said again")), "{events:?}");
}

#[test]
fn a_format_sees_the_variant_and_may_leave_out_the_content_type() {
    let (response, body) = axum_parts(Calls::NotFound(7));
    assert_eq!(body, "Calls.NotFound (1 fields, 404): no such call 7");
    assert_eq!(response.headers()["content-type"], "text/plain");
    let (response, body) = axum_parts(Calls::Forbidden);
    assert_eq!(body, "quietly refused");
    assert!(response.headers().get("content-type").is_none(), "{:?}", response.headers());
    let (response, body) = actix_parts(Calls::Forbidden);
    assert_eq!(body, "quietly refused");
    assert!(response.headers().get("content-type").is_none(), "{:?}", response.headers());
}

/// A service's format that carries hyper's phrases wherever it is named.
pub struct Hyper;

impl ErrorFormat for Hyper {
    const PHRASE: Option<status_core::Phrase> = Some(status_core::Phrase::Framework);

    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        out.push_str(problem.detail().unwrap_or(problem.title()));
        Some("text/plain; charset=utf-8")
    }
}

#[status_core::subset]
#[subset(format = Hyper)]
#[derive(Debug)]
pub enum InHyper {
    UnprocessableContent,
}

#[test]
fn a_formats_phrase_covers_its_enums_and_its_extractors() {
    #[derive(serde::Deserialize)]
    struct Named {
        #[allow(dead_code)]
        name: String,
    }
    async fn create(status_core::axum::Json(_): status_core::axum::Json<Named, Hyper>) -> InHyper {
        InHyper::UnprocessableContent
    }
    let addr = serve_axum(axum::Router::new().route("/", axum::routing::post(create)));
    let post = |body: &str| exchange(addr, &request("POST", "/", &[("content-type", "application/json")], body));
    // The extractor's rejection (a missing field) and the handler's own 422: hyper's phrase.
    let rejected = post("{}");
    assert!(rejected.starts_with("HTTP/1.1 422 Unprocessable Entity\r\n"), "{rejected}");
    let answered = post(r#"{"name":"x"}"#);
    assert!(answered.starts_with("HTTP/1.1 422 Unprocessable Entity\r\n"), "{answered}");
    assert!(answered.ends_with("\r\n\r\nUnprocessable Content"), "{answered}");
    let (response, _) = actix_parts(InHyper::UnprocessableContent);
    assert_eq!(response.head().reason(), "Unprocessable Entity");
}

/// A service whose error bodies are its messages, as text: the built-in `PlainText` format.
#[status_core::subset]
#[subset(format = status_core::problem::PlainText, phrase = "framework")]
#[detail]
#[derive(Debug, thiserror::Error)]
pub enum Messages {
    #[error("no such user")]
    NotFound,
    #[error("the name {0} is taken")]
    Conflict(String),
    #[error("too big")]
    ContentTooLarge,
}

#[test]
fn plain_text_sends_what_a_hand_written_string_response_does() {
    use axum::http::StatusCode;
    async fn original(axum::extract::Path(case): axum::extract::Path<u8>) -> (StatusCode, String) {
        match case {
            0 => (StatusCode::NOT_FOUND, "no such user".to_owned()),
            1 => (StatusCode::CONFLICT, "the name ada is taken".to_owned()),
            _ => (StatusCode::PAYLOAD_TOO_LARGE, "too big".to_owned()),
        }
    }
    async fn ported(axum::extract::Path(case): axum::extract::Path<u8>) -> Messages {
        match case {
            0 => Messages::NotFound,
            1 => Messages::Conflict("ada".to_owned()),
            _ => Messages::ContentTooLarge,
        }
    }
    let original = serve_axum(axum::Router::new().route("/{case}", axum::routing::get(original)));
    let ported = serve_axum(axum::Router::new().route("/{case}", axum::routing::get(ported)));
    for case in ["/0", "/1", "/2"] {
        let request = request("GET", case, &[], "");
        let expected = exchange(original, &request);
        assert_eq!(exchange(ported, &request), expected);
        assert!(expected.contains("content-type: text/plain; charset=utf-8\r\n"), "{expected}");
    }
}
