//! actix-web 4's extractor errors and unrouted requests, answering in the service's error
//! format (feature `actix-web`).
//!
//! actix-web's `web::Json`, `web::Path`, `web::Query` and `web::Form` take their error
//! handlers from their configs in the app's data: [`extractors`] registers the four configs
//! (`App::configure`), so their errors are error bodies in RFC 9457 (or, with
//! [`extractors_in`], the service's [`ErrorFormat`]) with actix-web's status for the error, the
//! registry's title for it and the error's text (`Display`) as the `detail`. [`not_found`] is
//! the app's default service (404), and [`error_bodies`] a middleware that gives actix-web's
//! own empty error responses (a resource's 405 with `Allow`) a body in the same format.
//!
//! ```
//! use actix_web::{App, web};
//! use actix_web::middleware::from_fn;
//! use serde::Deserialize;
//!
//! #[derive(Deserialize)]
//! struct NewUser {
//!     name: String,
//! }
//!
//! async fn create(user: web::Json<NewUser>) -> String {
//!     user.into_inner().name
//! }
//!
//! let app = App::new()
//!     .configure(status_core::actix::extractors)
//!     .wrap(from_fn(status_core::actix::error_bodies))
//!     .service(web::resource("/users").post(create))
//!     .default_service(web::to(status_core::actix::not_found));
//! ```
//!
//! A body that is not JSON is then answered `400` with
//! `{"type":"about:blank","title":"Bad Request","status":400,"detail":"Json deserialize error:
//! ..."}` as `application/problem+json`, a `GET /users` `405` with `Allow: POST` and a problem,
//! a `GET /nowhere` `404` with a problem.
//!
//! # A service's own format
//!
//! Each function has a form generic over the format, named with `_in`
//! ([`extractors_in`], [`not_found_in`], [`error_bodies_in`]), and [`json_config`],
//! [`path_config`], [`query_config`] and [`form_config`] give one config (to set its limit):
//!
//! ```
//! use actix_web::{App, web};
//! use actix_web::middleware::from_fn;
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
//! let app = App::new()
//!     .configure(status_core::actix::extractors_in::<Message>)
//!     .app_data(status_core::actix::json_config::<Message>().limit(4096))
//!     .wrap(from_fn(status_core::actix::error_bodies_in::<Message>))
//!     .default_service(web::to(status_core::actix::not_found_in::<Message>));
//! ```
//!
//! # A service's own statuses
//!
//! Each config has a form taking the service's status for each error
//! ([`json_config_with`], [`path_config_with`], [`query_config_with`], [`form_config_with`]):
//! the error body is still in the service's format, with the registry's title for the status
//! the mapping gives and the error's text as the `detail`. [`json_status`] and the others are
//! the statuses of this crate's configs, for the errors the service keeps as they are.
//! Registered after [`extractors_in`], a config replaces that one's. A service that answered
//! JSON of the wrong shape (a missing field, a wrong type) 422, as axum does, keeps it:
//!
//! ```
//! use actix_web::App;
//! use actix_web::error::JsonPayloadError;
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
//! /// 422 for JSON of the wrong shape; 400 for JSON that does not parse, and the rest as
//! /// `json_config` answers them.
//! fn json_status(error: &JsonPayloadError) -> u16 {
//!     match error {
//!         JsonPayloadError::Deserialize(json) if json.is_data() => 422,
//!         other => status_core::actix::json_status(other),
//!     }
//! }
//!
//! let app = App::new()
//!     .configure(status_core::actix::extractors_in::<Message>)
//!     .app_data(status_core::actix::json_config_with::<Message>(json_status).limit(4096));
//! ```
//!
//! # The reason phrase
//!
//! The status line of these error responses carries the registry's phrase (`HTTP/1.1 413
//! Content Too Large`), or, after [`Phrase::set_default`](crate::Phrase::set_default),
//! actix-web's own (`Payload Too Large`, [`Phrase::Framework`](crate::Phrase::Framework)) or
//! none ([`Phrase::Empty`](crate::Phrase::Empty)).
//!
//! # What actix-web does
//!
//! - `web::Json` answers a request without a JSON `Content-Type` 400; [`json_config`] answers
//!   415 Unsupported Media Type, as `web::Form` does.
//! - `web::Path`'s own error is a 404 (a path whose parameters do not parse names no
//!   resource), though its `PathError` reports 400; [`path_config`] keeps the 404.
//! - A resource (`web::resource(..)`) answers a method it has no route for with 405, an
//!   `Allow` header and no content; [`error_bodies`] adds the body and keeps the header. But
//!   routes added with `App::route` are resources of one method each, so a request with
//!   another method finds no resource: the default service's 404, as in actix-web itself.
//!   (The methods a resource knows are in a private type, so a default service cannot list
//!   them: only the resource's own 405 can carry `Allow`.)

use crate::extract::{self, ErrorBody};
use crate::problem::{ErrorFormat, Rfc9457};
use crate::respond::actix::actix_status;
use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web::ServiceConfig;
use actix_web::{Error, HttpRequest, HttpResponse, ResponseError};
use alloc::string::{String, ToString};

mod config;
pub use config::{
    form_config, form_config_with, form_status, json_config, json_config_with, json_status, path_config,
    path_config_with, path_status, query_config, query_config_with, query_status,
};

/// The response of an error body, with the service's reason phrase (`None`: actix-web's).
fn error_response(body: ErrorBody) -> HttpResponse {
    let mut response = crate::respond::actix::error_response(actix_status(body.code), body.media_type, body.text);
    response.head_mut().reason = body.reason;
    response
}

/// actix-web's error, answered with an error body in the format `F` of `code` and the error's
/// text; the error stays the response's (`HttpResponse::error()`).
fn rejection<F: ErrorFormat, E: ResponseError + 'static>(code: u16, error: E) -> Error {
    let body = ErrorBody::new::<F>(code, Some(&error.to_string()));
    InternalError::from_response(error, error_response(body)).into()
}

/// The four extractor configs with RFC 9457 problems, for `App::configure` (or a scope's):
/// `App::new().configure(status_core::actix::extractors)`.
///
/// A config the app registers after it (`.app_data(json_config::<Rfc9457>().limit(..))`)
/// replaces its.
///
/// ```
/// let app = actix_web::App::new().configure(status_core::actix::extractors);
/// ```
pub fn extractors(config: &mut ServiceConfig) {
    extractors_in::<Rfc9457>(config);
}

/// The four extractor configs in the format `F`:
/// `App::new().configure(status_core::actix::extractors_in::<F>)`.
///
/// ```
/// use status_core::problem::Rfc9457;
///
/// let app = actix_web::App::new().configure(status_core::actix::extractors_in::<Rfc9457>);
/// ```
pub fn extractors_in<F: ErrorFormat + 'static>(config: &mut ServiceConfig) {
    config
        .app_data(json_config::<F>())
        .app_data(path_config::<F>())
        .app_data(query_config::<F>())
        .app_data(form_config::<F>());
}

/// The app's 404 as an RFC 9457 problem:
/// `App::default_service(web::to(status_core::actix::not_found))`. The `detail` names the
/// request's method and path (not its query).
///
/// ```
/// use actix_web::web;
///
/// let app = actix_web::App::new().default_service(web::to(status_core::actix::not_found));
/// ```
#[expect(clippy::unused_async, reason = "an actix-web handler is an async function")]
pub async fn not_found(request: HttpRequest) -> HttpResponse {
    not_found_response::<Rfc9457>(&request)
}

/// The app's 404 in the format `F`:
/// `App::default_service(web::to(status_core::actix::not_found_in::<F>))`.
///
/// ```
/// use actix_web::web;
/// use status_core::problem::Rfc9457;
///
/// let app = actix_web::App::new().default_service(web::to(status_core::actix::not_found_in::<Rfc9457>));
/// ```
#[expect(clippy::unused_async, reason = "an actix-web handler is an async function")]
pub async fn not_found_in<F: ErrorFormat + 'static>(request: HttpRequest) -> HttpResponse {
    not_found_response::<F>(&request)
}

fn not_found_response<F: ErrorFormat>(request: &HttpRequest) -> HttpResponse {
    let detail = extract::no_route(request.method().as_str(), request.path());
    error_response(ErrorBody::new::<F>(404, Some(&detail)))
}

/// A middleware (`actix_web::middleware::from_fn`) that gives an error response without
/// content an RFC 9457 problem, keeping its status and header fields: actix-web's own 405 of a
/// resource (with `Allow`), its default 404, an empty `HttpResponse::BadRequest()`. A response
/// with content or a `Content-Type` is left as it is.
///
/// ```
/// use actix_web::middleware::from_fn;
///
/// let app = actix_web::App::new().wrap(from_fn(status_core::actix::error_bodies));
/// ```
///
/// # Errors
///
/// The inner service's.
pub async fn error_bodies(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    error_bodies_in::<Rfc9457>(request, next).await
}

/// [`error_bodies`] in the format `F`:
/// `.wrap(from_fn(status_core::actix::error_bodies_in::<F>))`.
///
/// ```
/// use actix_web::middleware::from_fn;
/// use status_core::problem::Rfc9457;
///
/// let app = actix_web::App::new().wrap(from_fn(status_core::actix::error_bodies_in::<Rfc9457>));
/// ```
///
/// # Errors
///
/// The inner service's.
pub async fn error_bodies_in<F: ErrorFormat + 'static>(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let (method, path) = (request.method().as_str().to_string(), request.path().to_string());
    let response = next.call(request).await?;
    let code = response.status().as_u16();
    let empty = matches!(response.response().body().size(), BodySize::None | BodySize::Sized(0));
    if code < 400 || !empty || response.headers().contains_key(CONTENT_TYPE) {
        return Ok(response.map_into_left_body());
    }
    let detail: Option<String> = match code {
        404 => Some(extract::no_route(&method, &path)),
        405 => Some(extract::method_not_allowed(&method, &path)),
        _ => None,
    };
    let body = ErrorBody::new::<F>(code, detail.as_deref());
    let Some(media_type) = body.media_type else { return Ok(response.map_into_left_body()) };
    Ok(response.map_body(|head, _| {
        if !media_type.is_empty() {
            head.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
        }
        head.reason = body.reason;
        EitherBody::right(BoxBody::new(body.text))
    }))
}
