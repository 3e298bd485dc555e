//! What a response is made of before a framework builds it, its error body (the enum's
//! [`ErrorFormat`](crate::problem::ErrorFormat), RFC 9457 by default), and the one error path for
//! a part that cannot be sent.

use super::Sink;
use crate::problem::{FieldError, FormatFn, Problem, Rfc9457};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

/// Room for a usual error body (`serde_json::to_string` starts with as much).
const BODY_CAPACITY: usize = 128;

/// The collected parts of a response (the shared half of the framework sinks); header field
/// values already as the framework holds them (`V`), so each is checked and copied once.
pub(crate) struct Parts<V> {
    pub code: u16,
    pub reason: &'static str,
    pub headers: Headers<V>,
    pub detail: Option<String>,
    pub problem_type: Option<&'static str>,
    pub instance: Option<String>,
    /// Extension members: name and value as JSON text.
    pub extensions: Vec<(&'static str, String)>,
    pub errors: Vec<FieldError>,
    /// The enum's error format; RFC 9457 when `None`.
    pub format: Option<FormatFn>,
    /// The first part that cannot be sent: a header field whose value is not a valid field
    /// value, or an extension member that does not serialize; and why.
    pub bad_part: Option<(&'static str, &'static str)>,
    /// The error behind a 5xx, for the response's extensions.
    pub cause: Option<crate::Cause>,
}

impl<V> Default for Parts<V> {
    fn default() -> Self {
        Parts {
            code: 0,
            reason: "",
            headers: Headers::default(),
            detail: None,
            problem_type: None,
            instance: None,
            extensions: Vec::new(),
            errors: Vec::new(),
            format: None,
            bad_part: None,
            cause: None,
        }
    }
}

/// A header field value as a framework holds it, from each kind of field; `None` when the text
/// is not a field value (RFC 9110, Section 5.5: the check `is_field_value` makes).
pub(crate) trait FieldValue: Sized {
    /// Text written for the field (`Display`).
    fn owned(text: String) -> Option<Self>;
    /// A `String` field, borrowed from the variant.
    fn copied(text: &str) -> Option<Self>;
    /// A `&'static str` field.
    fn fixed(text: &'static str) -> Option<Self>;
}

impl<V: FieldValue> Parts<V> {
    pub fn status(&mut self, code: u16, reason: &'static str) {
        self.code = code;
        self.reason = reason;
    }

    pub fn header(&mut self, field: &'static str, value: &dyn fmt::Display) {
        let value = V::owned(value.to_string());
        self.push_header(field, value);
    }

    /// A text header field: one copy, no `fmt`.
    pub fn str_header(&mut self, field: &'static str, value: &str) {
        self.push_header(field, V::copied(value));
    }

    /// A `String` header field moved out of the variant: no copy.
    pub fn string_header(&mut self, field: &'static str, value: String) {
        self.push_header(field, V::owned(value));
    }

    /// A `&'static str` header field: sent without a copy.
    pub fn static_header(&mut self, field: &'static str, value: &'static str) {
        self.push_header(field, V::fixed(value));
    }

    fn push_header(&mut self, field: &'static str, value: Option<V>) {
        match value {
            Some(value) => self.headers.push(field, value),
            None => self.refuse(field, "header field"),
        }
    }

    /// Written into a buffer with room for the whole body: `error_body` reuses it.
    pub fn detail(&mut self, detail: fmt::Arguments<'_>) {
        let mut text = String::with_capacity(BODY_CAPACITY);
        fmt::Write::write_fmt(&mut text, detail)
            .expect("a formatting trait implementation returned an error when the underlying stream did not");
        self.detail = Some(text);
    }

    /// An extension member, already serialized (`Err`: it could not be).
    pub fn extension(&mut self, name: &'static str, json: Result<String, ()>) {
        match json {
            Ok(json) => self.extensions.push((name, json)),
            Err(()) => self.refuse(name, "extension member"),
        }
    }

    fn refuse(&mut self, name: &'static str, what: &'static str) {
        if self.bad_part.is_none() {
            self.bad_part = Some((name, what));
        }
    }

    /// The one log line of a 5xx's cause, written as the response is built: the status, then
    /// the error and its `source()` chain.
    pub fn cause(&self, error: &dyn core::error::Error) {
        let chain = crate::cause::Chain(error);
        tracing::error!(status = self.code, error = %chain, "{} {}: {chain}", self.code, self.reason);
    }

    /// Whether the response is an error, whose body the format writes (4xx and 5xx).
    pub fn is_problem(&self) -> bool {
        self.code >= 400
    }

    /// A part could not be sent: the response becomes a 500 problem that names it (the
    /// variant's own parts are dropped with it), and a log line says which.
    /// In place: the parts are a few hundred bytes, not moved for nothing.
    pub fn check(&mut self) {
        let Some((name, what)) = self.bad_part else { return };
        let why = if what == "header field" {
            "is not a valid field value (RFC 9110, Section 5.5)"
        } else {
            "could not be serialized"
        };
        tracing::error!(
            status = self.code,
            field = name,
            "status_core: the value of the `{name}` {what} of a {} {} response {why}; sent 500 Internal Server Error instead",
            self.code,
            self.reason
        );
        let detail =
            alloc::format!("the `{name}` {what} of the {} {} response had a value that {why}", self.code, self.reason);
        *self = Parts {
            code: 500,
            reason: "Internal Server Error",
            detail: Some(detail),
            format: self.format,
            cause: self.cause.take(),
            ..Parts::default()
        };
    }

    /// The error body in the enum's format: its media type (`None`: no content) and text.
    /// A short detail is set aside on the stack and its buffer holds the body (one allocation
    /// for both).
    pub fn error_body(&mut self) -> (Option<&'static str>, String) {
        let mut aside = [0u8; BODY_CAPACITY];
        let mut out = None;
        let detail = match &mut self.detail {
            Some(text) if text.len() <= aside.len() => {
                let aside = &mut aside[..text.len()];
                aside.copy_from_slice(text.as_bytes());
                let mut buffer = core::mem::take(text);
                buffer.clear();
                out = Some(buffer);
                core::str::from_utf8(aside).ok()
            }
            detail => detail.as_deref(),
        };
        let mut problem =
            Problem::new(self.code, self.reason).with_extensions(&self.extensions).with_errors(&self.errors);
        if let Some(detail) = detail {
            problem = problem.with_detail(detail);
        }
        if let Some(uri) = self.problem_type {
            problem = problem.with_type(uri);
        }
        if let Some(instance) = &self.instance {
            problem = problem.with_instance(instance);
        }
        let mut out = out.unwrap_or_else(|| String::with_capacity(96));
        // The default format directly (a call through a pointer is not inlined).
        let media_type = match self.format {
            Some(write) => write(&problem, &mut out),
            None => <Rfc9457 as crate::problem::ErrorFormat>::write(&problem, &mut out),
        };
        (media_type, out)
    }
}

/// A response's header fields: most variants carry one or two, which stay inline (no
/// allocation); more go to a `Vec`.
pub(crate) struct Headers<V> {
    inline: [Option<(&'static str, V)>; 2],
    more: Vec<(&'static str, V)>,
}

impl<V> Default for Headers<V> {
    fn default() -> Self {
        Headers { inline: [None, None], more: Vec::new() }
    }
}

impl<V> Headers<V> {
    fn push(&mut self, field: &'static str, value: V) {
        match self.inline.iter_mut().find(|slot| slot.is_none()) {
            Some(slot) => *slot = Some((field, value)),
            None => self.more.push((field, value)),
        }
    }

    /// Hands each field to `f`, taken out in place (no copy of the whole set; no `Drain` of
    /// the usually empty `Vec`).
    pub fn take_each(&mut self, mut f: impl FnMut(&'static str, V)) {
        // Slots fill in order: the first empty one ends the fields (and `more` is empty then).
        for slot in &mut self.inline {
            match slot.take() {
                Some((field, value)) => f(field, value),
                None => return,
            }
        }
        if !self.more.is_empty() {
            for (field, value) in self.more.drain(..) {
                f(field, value);
            }
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.inline.iter().flatten().count() + self.more.len()
    }
}

/// RFC 9110, Section 5.5: a field value is visible characters, spaces, tabs and obs-text; no
/// CR, LF, NUL or other control characters.
pub(crate) fn is_field_value(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80)
}

/// `FieldValue` for the `HeaderValue` in scope (http 1 for axum, http 0.2 for actix-web), whose
/// check of the bytes is `is_field_value`'s: a static value is not copied, a `String` field is
/// copied once.
macro_rules! field_value_impl {
    () => {
        impl super::parts::FieldValue for HeaderValue {
            fn owned(text: ::alloc::string::String) -> Option<Self> {
                HeaderValue::try_from(text).ok()
            }

            fn copied(text: &str) -> Option<Self> {
                HeaderValue::from_str(text).ok()
            }

            fn fixed(text: &'static str) -> Option<Self> {
                // `from_static` takes visible ASCII only (and panics otherwise): obs-text is copied.
                if text.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)) {
                    Some(HeaderValue::from_static(text))
                } else {
                    HeaderValue::from_bytes(text.as_bytes()).ok()
                }
            }
        }
    };
}
pub(crate) use field_value_impl;

/// `header_name`, for the `HeaderName` of the `header` module in scope (http 1 or 0.2): the
/// fields the registry's rules name are matched to the framework's constants, which skips
/// `from_bytes`' lowercasing and table lookup; any other name is parsed.
macro_rules! header_name_fn {
    () => {
        fn header_name(field: &'static str) -> Result<HeaderName, ()> {
            use header::*;
            Ok(match field {
                "Location" => LOCATION,
                "Allow" => ALLOW,
                "Retry-After" => RETRY_AFTER,
                "WWW-Authenticate" => WWW_AUTHENTICATE,
                "Proxy-Authenticate" => PROXY_AUTHENTICATE,
                "Content-Range" => CONTENT_RANGE,
                "Content-Location" => CONTENT_LOCATION,
                "ETag" => ETAG,
                "Last-Modified" => LAST_MODIFIED,
                "Link" => LINK,
                "Upgrade" => UPGRADE,
                "Vary" => VARY,
                "Cache-Control" => CACHE_CONTROL,
                "Expires" => EXPIRES,
                _ => return HeaderName::from_bytes(field.as_bytes()).map_err(drop),
            })
        }
    };
}
pub(crate) use header_name_fn;

/// Forwards the [`Sink`] calls of a framework sink to its [`Parts`].
macro_rules! forward_to_parts {
    () => {
        fn status(&mut self, code: u16, reason: &'static str) {
            self.parts.status(code, reason);
        }

        fn header(&mut self, field: &'static str, value: &dyn ::core::fmt::Display) {
            self.parts.header(field, value);
        }

        fn static_header(&mut self, field: &'static str, value: &'static str) {
            self.parts.static_header(field, value);
        }

        fn str_header(&mut self, field: &'static str, value: &str) {
            self.parts.str_header(field, value);
        }

        fn string_header(&mut self, field: &'static str, value: ::alloc::string::String) {
            self.parts.string_header(field, value);
        }

        fn detail(&mut self, detail: ::core::fmt::Arguments<'_>) {
            self.parts.detail(detail);
        }

        fn problem_type(&mut self, uri: &'static str) {
            self.parts.problem_type = Some(uri);
        }

        fn instance(&mut self, instance: &dyn ::core::fmt::Display) {
            self.parts.instance = Some(::alloc::string::ToString::to_string(instance));
        }

        fn extension<T: ?Sized + $crate::__private::serde::Serialize>(&mut self, name: &'static str, value: &T) {
            self.parts.extension(name, $crate::__private::serde_json::to_string(value).map_err(|_| ()));
        }

        fn errors(&mut self, errors: &$crate::problem::FieldErrors) {
            self.parts.errors.extend_from_slice(errors.as_slice());
        }

        fn format(&mut self, format: $crate::problem::FormatFn) {
            self.parts.format = ::core::option::Option::Some(format);
        }

        fn cause(&mut self, error: &dyn ::core::error::Error) {
            self.parts.cause(error);
        }

        fn keep(&mut self, cause: ::core::option::Option<$crate::Cause>) {
            self.parts.cause = cause;
        }
    };
}
pub(crate) use forward_to_parts;

/// Keeps `Sink` in scope for the macro's users.
#[allow(unused_imports)]
use Sink as _;

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::borrow::Cow;

    impl FieldValue for Cow<'static, str> {
        fn owned(text: String) -> Option<Self> {
            is_field_value(&text).then_some(Cow::Owned(text))
        }

        fn copied(text: &str) -> Option<Self> {
            is_field_value(text).then(|| Cow::Owned(String::from(text)))
        }

        fn fixed(text: &'static str) -> Option<Self> {
            is_field_value(text).then_some(Cow::Borrowed(text))
        }
    }

    #[test]
    fn problem_bodies_escape_what_they_carry() {
        let mut parts = Parts::<Cow<'static, str>>::default();
        parts.status(404, "Not Found");
        parts.detail(format_args!("no \"user\" \\ {}\n\u{1}", 7));
        assert_eq!(
            parts.error_body().1,
            r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no \"user\" \\ 7\n\u0001"}"#
        );
    }

    #[test]
    fn the_body_in_the_detail_s_buffer_is_the_problem_s_json() {
        // Short details are set aside on the stack, long ones are not: the same bytes either way.
        for detail in ["", "é \"q\" \u{1}", &"x".repeat(BODY_CAPACITY), &"y".repeat(BODY_CAPACITY + 1)] {
            let mut parts = Parts::<Cow<'static, str>>::default();
            parts.status(422, "Unprocessable Content");
            parts.detail(format_args!("{detail}"));
            parts.problem_type = Some("https://example.com/t");
            let mut expected = String::new();
            Problem::new(422, "Unprocessable Content")
                .with_detail(detail)
                .with_type("https://example.com/t")
                .write_json(&mut expected);
            assert_eq!(parts.error_body(), (Some(crate::problem::PROBLEM_JSON), expected));
        }
    }

    #[test]
    fn a_bad_header_value_turns_the_response_into_a_500_naming_the_field() {
        let mut parts = Parts::<Cow<'static, str>>::default();
        parts.status(401, "Unauthorized");
        parts.header("WWW-Authenticate", &"Bearer\r\nSet-Cookie: x=1");
        parts.header("Retry-After", &5);
        parts.check();
        let checked = parts;
        assert_eq!((checked.code, checked.headers.len()), (500, 0));
        assert!(checked.detail.unwrap().contains("`WWW-Authenticate`"));
        assert!(is_field_value("Basic realm=\"x\", charset=\"UTF-8\"") && is_field_value("é"));
        assert!(!is_field_value("a\u{0}b") && !is_field_value("a\nb"));
    }

    #[test]
    fn an_extension_that_does_not_serialize_is_a_500_naming_it() {
        let mut parts = Parts::<Cow<'static, str>>::default();
        parts.status(409, "Conflict");
        parts.extension("balance", Err(()));
        parts.check();
        let checked = parts;
        assert_eq!(checked.code, 500);
        assert!(checked.detail.unwrap().contains("`balance` extension member"));
    }
}
