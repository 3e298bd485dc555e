//! The actix-web sink (feature `actix-web`): builds an `actix_web::HttpResponse`. actix-web 4
//! speaks `http` 0.2, so codes and fields are converted by number and bytes.

use super::glue::{Head, field_value_impl, forward_to_head, forward_to_parts, header_name_fn};
use super::parts::Parts;
use super::{BodySink, RefBodySink, Sink};
use crate::problem::PROBLEM_JSON;
use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, CONTENT_TYPE, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder};
use alloc::string::String;
use alloc::vec::Vec;

/// Collects a generated enum's response and builds actix-web's.
#[doc(hidden)]
pub struct ActixSink<'a> {
    parts: Parts<HeaderValue>,
    request: Option<&'a HttpRequest>,
}

impl<'a> ActixSink<'a> {
    // Inlined: built in the caller's frame, where its stores fold away on the started path.
    #[must_use]
    #[inline]
    pub fn new(request: Option<&'a HttpRequest>) -> Self {
        ActixSink { parts: Parts::default(), request }
    }
}

/// actix-web's `StatusCode` for a code (registry codes are 100..=999, which it accepts).
#[doc(hidden)]
#[must_use]
pub fn actix_status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

impl Sink for ActixSink<'_> {
    type Output = HttpResponse<BoxBody>;

    forward_to_parts!();

    // Inlined: the sink (a few hundred bytes) stays where the generated code built it, and the
    // parts are used in place.
    #[inline]
    fn finish(mut self) -> HttpResponse<BoxBody> {
        finish(&mut self.parts)
    }
}

impl<B: Responder> BodySink<B> for ActixSink<'_> {
    type Output = HttpResponse<BoxBody>;
    type Started = ActixStarted;

    #[inline]
    fn start_with(self, body: B) -> ActixStarted {
        // Without a request (never the case by value: `Responder` has one) there is no body to
        // render; the response is then the variant's own, as `finish_with` makes it.
        let ActixSink { parts, request } = self;
        super::parts::forget_untouched(parts);
        let response = request.map(|request| body.respond_to(request).map_into_boxed_body());
        ActixStarted { response, head: Head::new() }
    }

    #[inline]
    fn finish_with(mut self, body: B) -> HttpResponse<BoxBody> {
        let Some(request) = self.request.filter(|_| self.parts.bad_part.is_none()) else {
            // A part could not be sent (the 500 problem replaces the body), or no request to
            // render the body for (`ResponseError` bodies take `ErrorBody`, see `error_body`).
            return finish(&mut self.parts);
        };
        let mut response = body.respond_to(request).map_into_boxed_body();
        head(&mut self.parts, &mut response);
        response
    }
}

impl<B: ErrorBody> RefBodySink<B> for ActixSink<'_> {
    type Output = HttpResponse<BoxBody>;

    fn finish_with_ref(mut self, body: &B) -> HttpResponse<BoxBody> {
        let parts = &mut self.parts;
        if parts.bad_part.is_some() {
            return finish(parts);
        }
        let Some((media_type, bytes)) = body.error_body() else {
            parts.bad_part = Some(("#[body]", "content"));
            return finish(parts);
        };
        let mut response = HttpResponse::with_body(actix_status(parts.code), bytes).map_into_boxed_body();
        if let Some(media_type) = media_type {
            response.headers_mut().insert(CONTENT_TYPE, content_type(media_type));
        }
        head(parts, &mut response);
        response
    }
}

/// The response a `#[body]` made, its variant's parts written into it as they come.
#[doc(hidden)]
pub struct ActixStarted {
    response: Option<HttpResponse<BoxBody>>,
    head: Head,
}

impl ActixStarted {
    fn append(&mut self, field: &'static str, name: Result<HeaderName, ()>, value: Option<HeaderValue>) {
        match (value, name, &mut self.response) {
            (Some(value), Ok(name), Some(response)) => response.headers_mut().append(name, value),
            (None, _, _) => self.head.refuse(field, "header field"),
            // Field names were checked to be tokens at compile time.
            _ => {}
        }
    }
}

impl Sink for ActixStarted {
    type Output = HttpResponse<BoxBody>;

    forward_to_head!();

    fn status(&mut self, code: u16, reason: &'static str) {
        self.head.code = code;
        self.head.reason = reason;
    }

    fn keep(&mut self, cause: Option<crate::Cause>) {
        if let (Some(cause), Some(response)) = (cause, &mut self.response) {
            response.extensions_mut().insert(cause);
        }
    }

    // Inlined: by value, the started sink would be copied into the call.
    #[inline]
    fn finish(self) -> HttpResponse<BoxBody> {
        let ActixStarted { response, head } = self;
        let (Some(mut response), None) = (response, head.bad_part) else {
            return finish(&mut head.into_parts());
        };
        if response.status().as_u16() != head.code {
            *response.status_mut() = actix_status(head.code);
        }
        response.head_mut().reason = head.phrase_text();
        response
    }
}

/// The response without a body of the variant's own: one response, built once, with the
/// error body or without content.
fn finish(parts: &mut Parts<HeaderValue>) -> HttpResponse<BoxBody> {
    parts.check();
    let status = actix_status(parts.code);
    let mut response = match parts.is_problem().then(|| parts.error_body()) {
        Some((media_type, body)) => error_response(status, media_type, body),
        None => HttpResponse::new(status),
    };
    head(parts, &mut response);
    response
}

/// An error format's body as a response: no content where the format sends none (`None`),
/// none of `Content-Type` where its media type is empty. What the sink and the extractors'
/// rejections share.
pub(crate) fn error_response(
    status: StatusCode,
    media_type: Option<&'static str>,
    text: String,
) -> HttpResponse<BoxBody> {
    let Some(media_type) = media_type else { return HttpResponse::new(status) };
    let mut response = HttpResponse::with_body(status, BoxBody::new(text));
    if !media_type.is_empty() {
        response.headers_mut().insert(CONTENT_TYPE, content_type(media_type));
    }
    response
}

/// A 4xx/5xx `#[body]` that actix-web's `ResponseError` can send from a borrow: its media type
/// and bytes.
#[doc(hidden)]
pub trait ErrorBody {
    /// `None`: the value could not be serialized.
    fn error_body(&self) -> Option<(Option<&'static str>, Vec<u8>)>;
}

impl<T: serde::Serialize> ErrorBody for actix_web::web::Json<T> {
    fn error_body(&self) -> Option<(Option<&'static str>, Vec<u8>)> {
        serde_json::to_vec(&self.0).ok().map(|bytes| (Some("application/json"), bytes))
    }
}

impl ErrorBody for String {
    fn error_body(&self) -> Option<(Option<&'static str>, Vec<u8>)> {
        Some((Some(crate::problem::TEXT_PLAIN), self.as_bytes().to_vec()))
    }
}

impl ErrorBody for &'static str {
    fn error_body(&self) -> Option<(Option<&'static str>, Vec<u8>)> {
        Some((Some(crate::problem::TEXT_PLAIN), self.as_bytes().to_vec()))
    }
}

// Header field values as this framework's `HeaderValue`, and names as its `HeaderName`.
field_value_impl!();
header_name_fn!();

/// A `Content-Type` value; the problem media type without checking its bytes again.
fn content_type(media_type: &'static str) -> HeaderValue {
    match media_type {
        PROBLEM_JSON => const { HeaderValue::from_static(PROBLEM_JSON) },
        _ => HeaderValue::from_static(media_type),
    }
}

/// Status, header fields and the reason phrase (`None`: actix-web's own).
fn head(parts: &mut Parts<HeaderValue>, response: &mut HttpResponse<BoxBody>) {
    if response.status().as_u16() != parts.code {
        *response.status_mut() = actix_status(parts.code);
    }
    if let Some(cause) = parts.cause.take() {
        response.extensions_mut().insert(cause);
    }
    let headers = response.headers_mut();
    parts.headers.take_each(|field, value| {
        if let Ok(name) = header_name(field) {
            headers.append(name, value);
        }
    });
    response.head_mut().reason = parts.phrase_text();
}
