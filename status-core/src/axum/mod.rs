//! axum 0.8's extractors and router fallbacks, answering in the service's error format
//! (feature `axum`).
//!
//! [`Json`], [`Path`], [`Query`] and [`Form`] are drop-in replacements for axum's: the same
//! tuple structs (`Json(user): Json<User>`), parsing and rejection statuses (they wrap
//! axum's). Only the rejection changes: instead of `text/plain` with the `http` crate's old
//! phrases, it is an error body in the service's [`ErrorFormat`], RFC 9457 by default, whose
//! `title` is the registry's (RFC 9110's "Unprocessable Content", not "Unprocessable Entity")
//! and whose `detail` is axum's text for the rejection. [`not_found`] and
//! [`method_not_allowed`] are the router's 404 and 405 in the same format.
//!
//! ```
//! use axum::Router;
//! use axum::routing::{get, post};
//! use serde::Deserialize;
//! use status_core::axum::{Json, Path};
//!
//! #[derive(Deserialize)]
//! struct NewUser {
//!     name: String,
//! }
//!
//! async fn create(Json(user): Json<NewUser>) -> String {
//!     user.name
//! }
//!
//! async fn show(Path(id): Path<u64>) -> String {
//!     id.to_string()
//! }
//!
//! let app: Router = Router::new()
//!     .route("/users", post(create))
//!     .route("/users/{id}", get(show))
//!     .fallback(status_core::axum::not_found)
//!     // After the routes: axum sets it on the routes registered so far.
//!     .method_not_allowed_fallback(status_core::axum::method_not_allowed);
//! ```
//!
//! A body that is not JSON is then answered `400` with
//! `{"type":"about:blank","title":"Bad Request","status":400,"detail":"Failed to parse the
//! request body as JSON: ..."}` as `application/problem+json`, a missing field `422`
//! "Unprocessable Content", a `POST` to `/users/7` `405` with `Allow: GET,HEAD`.
//!
//! # A service's own format
//!
//! Each type takes the format as its last type parameter, [`Rfc9457`](crate::problem::Rfc9457)
//! when left out: `Json<User, Message>`. A crate with a format of its own names it once, in a
//! module that re-exports this one and shadows its types with aliases, so that its handlers
//! keep writing `Json(user): Json<User>`:
//!
//! ```
//! use axum::Router;
//! use axum::routing::post;
//! use status_core::problem::{ErrorFormat, Problem};
//!
//! /// `{"message": ...}` as `application/json`.
//! pub struct Message;
//!
//! impl ErrorFormat for Message {
//!     fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
//!         let message = problem.detail().unwrap_or(problem.title());
//!         out.push_str(&serde_json::json!({ "message": message }).to_string());
//!         Some("application/json")
//!     }
//! }
//!
//! /// The crate's extractors, in its format.
//! pub mod api {
//!     // The glob brings the tuple structs' constructors and patterns (`Json(user)`); the
//!     // aliases shadow only their types (a type alias names no constructor).
//!     pub use status_core::axum::*;
//!     pub type Json<T> = status_core::axum::Json<T, super::Message>;
//!     pub type Path<T> = status_core::axum::Path<T, super::Message>;
//!     pub type Rejection = status_core::axum::Rejection<super::Message>;
//! }
//!
//! use api::Json;
//!
//! async fn rename(Json(name): Json<String>) -> Json<usize> {
//!     Json(name.len())
//! }
//!
//! fn main() {
//!     let app: Router = Router::new()
//!         .route("/rename", post(rename))
//!         .fallback(status_core::axum::not_found_in::<Message>)
//!         .method_not_allowed_fallback(status_core::axum::method_not_allowed_in::<Message>);
//! }
//! ```
//!
//! # The reason phrase
//!
//! The status line of these error responses carries the registry's phrase (`HTTP/1.1 422
//! Unprocessable Content`), or, after [`Phrase::set_default`](crate::Phrase::set_default),
//! hyper's own (`Unprocessable Entity`, [`Phrase::Framework`](crate::Phrase::Framework)) or
//! none ([`Phrase::Empty`](crate::Phrase::Empty)). Where the phrase is hyper's own, the
//! response carries no `hyper::ext::ReasonPhrase`.
//!
//! # What axum does with the 405
//!
//! `Router::method_not_allowed_fallback` sets the handler on every route registered *before*
//! it (call it last), and axum adds the `Allow` header (RFC 9110, Section 15.5.6) to what the
//! handler returns unless the response has one; [`method_not_allowed`] sets none, so axum's is
//! kept. Without it, axum answers 405 with `Allow` and no content.

use crate::extract::{self, ErrorBody};
use crate::problem::ErrorFormat;
use axum_core::body::Body;
use axum_core::extract::{FromRequest, FromRequestParts, OptionalFromRequest, OptionalFromRequestParts, Request};
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, HeaderValue};
use http::request::Parts;
use http::{Method, Uri};
use serde::Serialize;
use serde::de::DeserializeOwned;

mod types;
pub use types::{Carry, Form, Json, Path, Query, Rejection};

/// The response of an error body, with the service's reason phrase on HTTP/1's status line.
fn error_response(body: ErrorBody) -> Response {
    let mut response = Response::new(Body::empty());
    crate::respond::axum::error_content(&mut response, body.media_type, body.text);
    *response.status_mut() = crate::http::to_http(body.code);
    crate::respond::axum::reason_phrase(&mut response, body.reason);
    response
}

/// The router's 404 as an RFC 9457 problem: `Router::fallback(status_core::axum::not_found)`.
///
/// The `detail` names the request's method and path (not its query). [`not_found_in`] answers
/// in another format.
///
/// ```
/// let app: axum::Router = axum::Router::new().fallback(status_core::axum::not_found);
/// ```
#[expect(clippy::unused_async, reason = "an axum handler is an async function")]
pub async fn not_found(method: Method, uri: Uri) -> Rejection {
    Rejection::new(404, extract::no_route(method.as_str(), uri.path()))
}

/// The router's 404 in the format `F`: `Router::fallback(status_core::axum::not_found_in::<F>)`.
///
/// ```
/// use status_core::problem::Rfc9457;
///
/// let app: axum::Router = axum::Router::new().fallback(status_core::axum::not_found_in::<Rfc9457>);
/// ```
#[expect(clippy::unused_async, reason = "an axum handler is an async function")]
pub async fn not_found_in<F: ErrorFormat + 'static>(method: Method, uri: Uri) -> Rejection<F> {
    Rejection::new(404, extract::no_route(method.as_str(), uri.path()))
}

/// The router's 405 as an RFC 9457 problem:
/// `Router::method_not_allowed_fallback(status_core::axum::method_not_allowed)`, after the
/// routes (axum sets it on the routes registered before it).
///
/// axum adds the `Allow` header of the route to the response (this one sets none), as RFC
/// 9110, Section 15.5.6 requires. [`method_not_allowed_in`] answers in another format.
///
/// ```
/// use axum::routing::get;
///
/// let app: axum::Router = axum::Router::new()
///     .route("/users", get(|| async { "[]" }))
///     .method_not_allowed_fallback(status_core::axum::method_not_allowed);
/// ```
#[expect(clippy::unused_async, reason = "an axum handler is an async function")]
pub async fn method_not_allowed(method: Method, uri: Uri) -> Rejection {
    Rejection::new(405, extract::method_not_allowed(method.as_str(), uri.path()))
}

/// The router's 405 in the format `F`:
/// `Router::method_not_allowed_fallback(status_core::axum::method_not_allowed_in::<F>)`.
///
/// ```
/// use axum::routing::get;
/// use status_core::problem::Rfc9457;
///
/// let app: axum::Router = axum::Router::new()
///     .route("/users", get(|| async { "[]" }))
///     .method_not_allowed_fallback(status_core::axum::method_not_allowed_in::<Rfc9457>);
/// ```
#[expect(clippy::unused_async, reason = "an axum handler is an async function")]
pub async fn method_not_allowed_in<F: ErrorFormat + 'static>(method: Method, uri: Uri) -> Rejection<F> {
    Rejection::new(405, extract::method_not_allowed(method.as_str(), uri.path()))
}

/// Each extractor of axum's under its own name, with our rejection: the impl of axum's `trait`
/// (its `method` taking `input`) for `ours<T, F>`, whose `T` is bounded as axum's is. With
/// `-> Option`, the impl for `Option<ours<T, F>>`.
macro_rules! from_axum {
    ($($(#[$doc:meta])* impl $trait:ident::$method:ident($input:ident: $input_ty:ty) $(-> $option:ident)?
        for $ours:ident from $theirs:ty where T: $bound:ident $(+ $more:tt)*;)*) => {$(
        $(#[$doc])*
        impl<T, S, F> $trait<S> for $ours<T, F>
        where
            T: $bound $(+ $more)*,
            S: Send + Sync,
            F: ErrorFormat,
        {
            type Rejection = Rejection<F>;

            async fn $method($input: $input_ty, state: &S) -> Result<from_axum!(@type $($option)? Self), Rejection<F>> {
                let extracted = <$theirs as $trait<S>>::$method($input, state).await?;
                Ok(from_axum!(@value $($option)? extracted, $ours))
            }
        }
    )*};
    (@type Option $type:ty) => { Option<$type> };
    (@type $type:ty) => { $type };
    (@value Option $value:ident, $ours:ident) => { $value.map(|value| $ours(value.0)) };
    (@value $value:ident, $ours:ident) => { $ours($value.0) };
}

from_axum! {
    impl FromRequest::from_request(req: Request) for Json from ::axum::Json<T> where T: DeserializeOwned;
    /// `Option<Json<T>>`: `None` without a `Content-Type`, as axum's.
    impl OptionalFromRequest::from_request(req: Request) -> Option
        for Json from ::axum::Json<T> where T: DeserializeOwned;
    impl FromRequestParts::from_request_parts(parts: &mut Parts)
        for Path from ::axum::extract::Path<T> where T: DeserializeOwned + Send;
    /// `Option<Path<T>>`: `None` on a route without parameters, as axum's.
    impl OptionalFromRequestParts::from_request_parts(parts: &mut Parts) -> Option
        for Path from ::axum::extract::Path<T> where T: DeserializeOwned + Send + 'static;
    impl FromRequestParts::from_request_parts(parts: &mut Parts)
        for Query from ::axum::extract::Query<T> where T: DeserializeOwned;
    impl FromRequest::from_request(req: Request) for Form from ::axum::Form<T> where T: DeserializeOwned;
}

/// The value as JSON (`application/json`), as axum's; a value that does not serialize is a 500
/// in the format `F` and a log line with serde's error.
impl<T: Serialize, F: ErrorFormat> IntoResponse for Json<T, F> {
    fn into_response(self) -> Response {
        match serde_json::to_vec(&self.0) {
            Ok(bytes) => {
                let mut response = Response::new(Body::from(bytes));
                response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                response
            }
            Err(error) => {
                tracing::error!(error = %error, "status_core: a JSON response body could not be serialized: {error}");
                let detail = "the response body could not be serialized as JSON";
                error_response(ErrorBody::new::<F>(500, Some(detail)))
            }
        }
    }
}
