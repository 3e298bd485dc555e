//! `status_core::axum`'s extractors and fallbacks on a real axum `Router`
//! (`tower::ServiceExt::oneshot`): each rejection is an error body with axum's status and text,
//! the registry's title, in RFC 9457 or in the service's own format; the router's 404 and 405
//! (with axum's `Allow`) too.
#![cfg(feature = "axum")]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use http_body_util::BodyExt;
use serde::{Deserialize, Serialize};
use status_core::axum::{Form, Json, Path, Query, Rejection};
use status_core::problem::{ErrorFormat, Problem, Rfc9457};
use std::collections::BTreeMap;
use tower::ServiceExt;

mod support;

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
enum Role {
    Admin,
}

#[derive(Debug, Deserialize, Serialize)]
struct NewUser {
    name: String,
    role: Role,
}

#[derive(Deserialize)]
struct Search {
    page: u32,
}

#[derive(Deserialize)]
struct Login {
    name: String,
}

/// `{"message": ...}` as `application/json`: a service's own format.
struct Message;

impl ErrorFormat for Message {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        out.push_str(&serde_json::json!({ "message": problem.detail().unwrap_or(problem.title()) }).to_string());
        Some("application/json")
    }
}

/// A crate's extractors in its format, as `status_core::axum`'s docs show: the glob brings the
/// constructors and patterns, the aliases shadow the types.
mod api {
    pub use status_core::axum::*;
    pub type Json<T> = status_core::axum::Json<T, super::Message>;
}

// The handlers, generic over the format as a crate's type aliases would fix it.
async fn create<F: ErrorFormat>(Json(user): Json<NewUser, F>) -> Json<NewUser, F> {
    Json(user)
}

async fn show<F: ErrorFormat>(Path(id): Path<u64, F>) -> String {
    format!("user {id}")
}

async fn search<F: ErrorFormat>(Query(search): Query<Search, F>) -> String {
    format!("page {}", search.page)
}

async fn login<F: ErrorFormat>(Form(login): Form<Login, F>) -> String {
    format!("hello {}", login.name)
}

async fn maybe<F: ErrorFormat>(user: Option<Json<NewUser, F>>) -> String {
    user.map_or_else(|| "none".to_owned(), |Json(user)| user.name)
}

/// A value `serde_json` cannot write (a map with non-string keys).
async fn unwritable<F: ErrorFormat>() -> Json<BTreeMap<(u8, u8), u8>, F> {
    Json(BTreeMap::from([((1, 2), 3)]))
}

fn router<F: ErrorFormat + 'static>() -> Router {
    Router::new()
        .route("/users", post(create::<F>))
        .route("/users/{id}", get(show::<F>))
        .route("/search", get(search::<F>))
        .route("/login", post(login::<F>))
        .route("/maybe", post(maybe::<F>))
        .route("/unwritable", get(unwritable::<F>))
        .fallback(status_core::axum::not_found_in::<F>)
        .method_not_allowed_fallback(status_core::axum::method_not_allowed_in::<F>)
}

/// The same routes with axum's own extractors: what axum answers (status, text) for each case.
fn axum_router() -> Router {
    Router::new()
        .route("/users", post(|axum::Json(user): axum::Json<NewUser>| async move { user.name }))
        .route("/users/{id}", get(|axum::extract::Path(id): axum::extract::Path<u64>| async move { id.to_string() }))
        .route(
            "/search",
            get(|axum::extract::Query(s): axum::extract::Query<Search>| async move { s.page.to_string() }),
        )
        .route("/login", post(|axum::Form(login): axum::Form<Login>| async move { login.name }))
}

struct Answer {
    status: StatusCode,
    headers: header::HeaderMap,
    reason: Option<Vec<u8>>,
    body: String,
}

fn call(router: Router, method: &str, uri: &str, content_type: Option<&str>, body: &str) -> Answer {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(content_type) = content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    let request = request.body(Body::from(body.to_owned())).unwrap();
    let response = runtime.block_on(router.oneshot(request)).unwrap();
    let (parts, body) = response.into_parts();
    let reason = parts.extensions.get::<hyper::ext::ReasonPhrase>().map(|p| p.as_bytes().to_vec());
    let bytes = runtime.block_on(body.collect()).unwrap().to_bytes();
    Answer { status: parts.status, headers: parts.headers, reason, body: String::from_utf8(bytes.to_vec()).unwrap() }
}

const JSON: Option<&str> = Some("application/json");
const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

/// Each rejection: request, then the status, title and detail expected.
/// A request: method, URI, `Content-Type`, body.
type Sent = (&'static str, &'static str, Option<&'static str>, &'static str);

const CASES: &[(Sent, u16, &str, &str)] = &[
    (
        ("POST", "/users", JSON, r#"{"name":"#),
        400,
        "Bad Request",
        "Failed to parse the request body as JSON: name: EOF while parsing a value at line 1 column 8",
    ),
    (
        ("POST", "/users", Some("text/plain"), r#"{"name":"Ada","role":"admin"}"#),
        415,
        "Unsupported Media Type",
        "Expected request with `Content-Type: application/json`",
    ),
    (
        ("POST", "/users", JSON, r#"{"role":"admin"}"#),
        422,
        "Unprocessable Content",
        "Failed to deserialize the JSON body into the target type: missing field `name` at line 1 column 16",
    ),
    (
        ("POST", "/users", JSON, r#"{"name":7,"role":"admin"}"#),
        422,
        "Unprocessable Content",
        "Failed to deserialize the JSON body into the target type: name: invalid type: integer `7`, expected a string at line 1 column 9",
    ),
    // A detail with a quote and a newline (serde echoes the unknown variant).
    (
        ("POST", "/users", JSON, r#"{"name":"Ada","role":"a\"b\nc"}"#),
        422,
        "Unprocessable Content",
        "Failed to deserialize the JSON body into the target type: role: unknown variant `a\"b\nc`, expected `admin` at line 1 column 30",
    ),
    (("GET", "/users/abc", None, ""), 400, "Bad Request", "Invalid URL: Cannot parse `abc` to a `u64`"),
    (
        ("GET", "/search?page=x", None, ""),
        400,
        "Bad Request",
        "Failed to deserialize query string: page: invalid digit found in string",
    ),
    (("GET", "/search", None, ""), 400, "Bad Request", "Failed to deserialize query string: missing field `page`"),
    (
        ("POST", "/login", JSON, r#"{"name":"Ada"}"#),
        415,
        "Unsupported Media Type",
        "Form requests must have `Content-Type: application/x-www-form-urlencoded`",
    ),
    (
        ("POST", "/login", FORM, "nom=Ada"),
        422,
        "Unprocessable Content",
        "Failed to deserialize form body: missing field `name`",
    ),
];

/// RFC 9457 JSON as `Problem::write_json` writes it (the detail JSON-escaped by `serde_json`,
/// independently).
fn problem_json(status: u16, title: &str, detail: &str) -> String {
    format!(
        r#"{{"type":"about:blank","title":"{title}","status":{status},"detail":{}}}"#,
        serde_json::to_string(detail).unwrap()
    )
}

#[test]
fn rejections_are_problems_with_axum_s_status_and_text_and_the_registry_s_title() {
    for &((method, uri, content_type, body), status, title, detail) in CASES {
        let answer = call(router::<Rfc9457>(), method, uri, content_type, body);
        assert_eq!(answer.status.as_u16(), status, "{method} {uri} {body}: {}", answer.body);
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json", "{method} {uri} {body}");
        assert_eq!(answer.body, problem_json(status, title, detail), "{method} {uri} {body}");
        // The registry's phrase on the status line: hyper writes http's itself, so the extension
        // is there only where they differ (422's "Unprocessable Entity").
        let reason = (answer.status.canonical_reason() != Some(title)).then_some(title.as_bytes());
        assert_eq!(answer.reason.as_deref(), reason, "the status line has the registry's phrase");
        // The same status and text as axum's own extractor, which sends them as text/plain.
        let axum = call(axum_router(), method, uri, content_type, body);
        assert_eq!((axum.status.as_u16(), axum.body.as_str()), (status, detail), "axum's own answer");
        assert!(axum.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/plain"));
    }
}

#[test]
fn quotes_and_newlines_in_the_detail_are_escaped() {
    let answer = call(router::<Rfc9457>(), "POST", "/users", JSON, r#"{"name":"Ada","role":"a\"b\nc"}"#);
    assert!(answer.body.contains(r#"unknown variant `a\"b\nc`"#), "{}", answer.body);
    let parsed: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert!(parsed["detail"].as_str().unwrap().contains("`a\"b\nc`"));
}

#[test]
fn the_service_s_own_format_answers_every_rejection() {
    for &((method, uri, content_type, body), status, _, detail) in CASES {
        let answer = call(router::<Message>(), method, uri, content_type, body);
        assert_eq!(answer.status.as_u16(), status, "{method} {uri} {body}");
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
        assert_eq!(answer.body, format!(r#"{{"message":{}}}"#, serde_json::to_string(detail).unwrap()));
    }
}

#[test]
fn the_router_s_404_and_405_are_problems_and_the_405_keeps_axum_s_allow() {
    let answer = call(router::<Rfc9457>(), "GET", "/nowhere?token=secret", None, "");
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(answer.body, problem_json(404, "Not Found", "no route for GET /nowhere"));

    let answer = call(router::<Rfc9457>(), "POST", "/users/7", JSON, "{}");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.headers[header::ALLOW], "GET,HEAD");
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(answer.body, problem_json(405, "Method Not Allowed", "POST is not allowed for /users/7"));
    assert_eq!(answer.reason, None, "http's phrase is the registry's: hyper writes it");

    let answer = call(router::<Rfc9457>(), "DELETE", "/users", None, "");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.headers[header::ALLOW], "POST");

    let answer = call(router::<Message>(), "PUT", "/search", None, "");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.headers[header::ALLOW], "GET,HEAD");
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(answer.body, r#"{"message":"PUT is not allowed for /search"}"#);
    let answer = call(router::<Message>(), "GET", "/nowhere", None, "");
    assert_eq!(
        (answer.status, answer.body.as_str()),
        (StatusCode::NOT_FOUND, r#"{"message":"no route for GET /nowhere"}"#)
    );
}

#[test]
fn without_the_fallbacks_axum_answers_405_with_allow_and_no_content() {
    let plain = Router::new().route("/users/{id}", get(show::<Rfc9457>));
    let answer = call(plain, "POST", "/users/7", None, "");
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::METHOD_NOT_ALLOWED, ""));
    assert_eq!(answer.headers[header::ALLOW], "GET,HEAD");
}

#[test]
fn the_405_fallback_reaches_only_the_routes_registered_before_it() {
    let late = Router::new()
        .route("/early", get(|| async { "early" }))
        .method_not_allowed_fallback(status_core::axum::method_not_allowed)
        .route("/late", get(|| async { "late" }));
    let early = call(late.clone(), "POST", "/early", None, "");
    assert_eq!(
        (early.status, early.headers[header::CONTENT_TYPE].to_str().unwrap()),
        (StatusCode::METHOD_NOT_ALLOWED, "application/problem+json")
    );
    let late = call(late, "POST", "/late", None, "");
    assert_eq!((late.status, late.body.as_str()), (StatusCode::METHOD_NOT_ALLOWED, ""), "axum's own 405");
}

#[test]
fn the_extractors_pass_what_parses_and_json_is_a_response() {
    let answer = call(router::<Rfc9457>(), "POST", "/users", JSON, r#"{"name":"Ada","role":"admin"}"#);
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::OK, r#"{"name":"Ada","role":"admin"}"#));
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(call(router::<Rfc9457>(), "GET", "/users/7", None, "").body, "user 7");
    assert_eq!(call(router::<Rfc9457>(), "GET", "/search?page=2", None, "").body, "page 2");
    assert_eq!(call(router::<Rfc9457>(), "POST", "/login", FORM, "name=Ada").body, "hello Ada");
    assert_eq!(call(router::<Rfc9457>(), "POST", "/maybe", None, "").body, "none", "Option<Json>: no Content-Type");
    let answer = call(router::<Rfc9457>(), "POST", "/maybe", Some("text/plain"), "x");
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[test]
fn a_json_response_that_does_not_serialize_is_a_500_in_the_format_and_a_log_line() {
    let (answer, events) = support::capture(|| call(router::<Message>(), "GET", "/unwritable", None, ""));
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(answer.body, r#"{"message":"the response body could not be serialized as JSON"}"#);
    let errors = support::above_debug(&events);
    assert_eq!(errors.len(), 1, "{events:?}");
    assert!(errors[0].text.contains("key must be a string"), "{}", errors[0].text);
}

#[test]
fn a_rejection_is_a_value_handlers_and_middleware_can_read() {
    let rejection = Rejection::<Rfc9457>::from(axum::Json::<u32>::from_bytes(b"\"7\"").unwrap_err());
    assert_eq!(rejection.code(), 422);
    assert_eq!(rejection.to_string(), format!("422 Unprocessable Content: {}", rejection.detail()));
    let response = Rejection::<Message>::new(413, "too big").into_response();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
}

#[test]
fn a_crate_s_aliases_keep_the_tuple_struct_patterns_in_its_format() {
    async fn rename(api::Json(name): api::Json<String>) -> api::Json<usize> {
        api::Json(name.len())
    }
    let router = Router::new().route("/rename", post(rename));
    let answer = call(router.clone(), "POST", "/rename", JSON, r#""Ada""#);
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::OK, "3"));
    let answer = call(router, "POST", "/rename", JSON, "7");
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(
        answer.body,
        r#"{"message":"Failed to deserialize the JSON body into the target type: invalid type: integer `7`, expected a string at line 1 column 1"}"#
    );
}
