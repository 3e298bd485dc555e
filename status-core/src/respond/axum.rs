//! The axum sink (feature `axum`): builds an `axum_core::response::Response`.

use super::glue::{Head, field_value_impl, forward_to_head, forward_to_parts, header_name_fn};
use super::parts::Parts;
use super::{BodySink, Sink};
use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use core::marker::PhantomData;
use http::header::{self, CONTENT_TYPE, HeaderName, HeaderValue};

/// Collects a generated enum's response and builds axum's.
#[doc(hidden)]
pub struct AxumSink<'a> {
    parts: Parts<HeaderValue>,
    // The lifetime lets the impls' bounds on it wait until the enum is used as a response.
    _bound: PhantomData<&'a ()>,
}

impl AxumSink<'_> {
    // Inlined: built in the caller's frame, where its stores fold away on the started path.
    #[must_use]
    #[inline]
    pub fn new() -> Self {
        AxumSink { parts: Parts::default(), _bound: PhantomData }
    }
}

impl Default for AxumSink<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl Sink for AxumSink<'_> {
    type Output = Response;

    forward_to_parts!();

    // `mut self` and the parts used in place: moving them out copies a few hundred bytes.
    fn finish(mut self) -> Response {
        let parts = &mut self.parts;
        parts.check();
        let mut response = Response::new(Body::empty());
        if parts.is_problem() {
            let (media_type, body) = parts.error_body();
            error_content(&mut response, media_type, body);
        }
        head(parts, &mut response);
        response
    }
}

impl<B: IntoResponse> BodySink<B> for AxumSink<'_> {
    type Output = Response;
    type Started = AxumStarted;

    #[inline]
    fn start_with(self, body: B) -> AxumStarted {
        super::parts::forget_untouched(self.parts);
        AxumStarted { response: body.into_response(), head: Head::new() }
    }

    fn finish_with(mut self, body: B) -> Response {
        if self.parts.bad_part.is_some() {
            // A part could not be sent: the 500 problem replaces the body.
            return self.finish();
        }
        let mut response = body.into_response();
        head(&mut self.parts, &mut response);
        response
    }
}

/// The response a `#[body]` made, its variant's parts written into it as they come.
#[doc(hidden)]
pub struct AxumStarted {
    response: Response,
    head: Head,
}

impl AxumStarted {
    fn append(&mut self, field: &'static str, name: Result<HeaderName, ()>, value: Option<HeaderValue>) {
        match (value, name) {
            (Some(value), Ok(name)) => {
                self.response.headers_mut().append(name, value);
            }
            // Field names were checked to be tokens at compile time.
            (Some(_), Err(())) => {}
            (None, _) => self.head.refuse(field, "header field"),
        }
    }
}

impl Sink for AxumStarted {
    type Output = Response;

    forward_to_head!();

    // Written at once and inlined: the generated code passes literals, so the status converts
    // and the phrase compares with http's against a constant.
    #[inline]
    fn status(&mut self, code: u16, reason: &'static str) {
        self.head.code = code;
        self.head.reason = reason;
        *self.response.status_mut() = crate::http::to_http(code);
        reason_phrase(&mut self.response, self.head.phrase_text());
    }

    fn keep(&mut self, cause: Option<crate::Cause>) {
        if let Some(cause) = cause {
            self.response.extensions_mut().insert(cause);
        }
    }

    // Inlined: by value, the started sink would be copied into the call.
    #[inline]
    fn finish(self) -> Response {
        let AxumStarted { response, head } = self;
        if head.bad_part.is_some() {
            return AxumSink { parts: head.into_parts(), _bound: PhantomData }.finish();
        }
        response
    }
}

// Header field values as this framework's `HeaderValue`, and names as its `HeaderName`.
field_value_impl!();
header_name_fn!();

/// Status, header fields, and the registry's reason phrase for hyper's HTTP/1 status line.
fn head(parts: &mut Parts<HeaderValue>, response: &mut Response) {
    *response.status_mut() = crate::http::to_http(parts.code);
    if let Some(cause) = parts.cause.take() {
        response.extensions_mut().insert(cause);
    }
    // Field names were checked to be tokens at compile time, values as they were given.
    let headers = response.headers_mut();
    parts.headers.take_each(|field, value| {
        if let Ok(name) = header_name(field) {
            headers.append(name, value);
        }
    });
    reason_phrase(response, parts.phrase_text());
}

/// An error format's body as the response's content: none where the format sends none
/// (`None`), without a `Content-Type` where its media type is empty. What the sink and the
/// extractors' rejections share.
pub(crate) fn error_content(response: &mut Response, media_type: Option<&'static str>, text: alloc::string::String) {
    let Some(media_type) = media_type else { return };
    *response.body_mut() = Body::from(text);
    if !media_type.is_empty() {
        response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
    }
}

/// The phrase for hyper's HTTP/1 status line (`None`: hyper's own). hyper writes `http`'s
/// canonical reason itself; the extension (a map allocated on first insert) is only needed
/// where the phrase differs (the registry's for 413, 422, 416 ..., or an empty one) or http has
/// none. Inlined into a started sink's `status`, where the phrase is the generated code's literal.
#[inline]
pub(crate) fn reason_phrase(response: &mut Response, reason: Option<&'static str>) {
    let Some(reason) = reason else { return };
    let canonical = response.status().canonical_reason();
    if canonical != Some(reason) && (reason.is_empty() || super::parts::is_field_value(reason)) {
        response.extensions_mut().insert(hyper::ext::ReasonPhrase::from_static(reason.as_bytes()));
    }
}

#[cfg(test)]
mod tests {
    use super::super::parts::{FieldValue, is_field_value};
    use alloc::string::String;
    use http::header::HeaderValue;

    #[test]
    fn http_takes_exactly_the_field_values_parts_would() {
        // `FieldValue for HeaderValue` leaves the check to http: it must be RFC 9110's, as
        // `is_field_value` writes it, for every byte (obs-text as a two-byte character).
        for c in (0u8..0x80).map(char::from).chain(['é', '\u{7f}']) {
            let text = alloc::format!("a{c}b");
            let expected = is_field_value(&text);
            assert_eq!(HeaderValue::copied(&text).is_some(), expected, "{c:?}");
            assert_eq!(HeaderValue::owned(String::from(&text)).is_some(), expected, "{c:?}");
            let fixed: &'static str = alloc::boxed::Box::leak(text.into_boxed_str());
            assert_eq!(HeaderValue::fixed(fixed).is_some(), expected, "{c:?}");
        }
    }
}
