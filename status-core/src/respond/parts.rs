//! What a response is made of before a framework builds it, its error body (the enum's
//! [`ErrorFormat`](crate::problem::ErrorFormat), RFC 9457 by default), and the one error path for
//! a part that cannot be sent.

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
    /// The enum's own choice of phrase (`#[subset(phrase = ..)]`); the service's otherwise.
    pub phrase: Option<crate::Phrase>,
    /// The variant, for the error format (4xx/5xx).
    pub variant: Option<&'static crate::Variant>,
    pub headers: Headers<V>,
    /// The problem's own members, when the variant gives any.
    pub problem: Option<ProblemParts>,
    /// The enum's error format; RFC 9457 when `None`.
    pub format: Option<FormatFn>,
    /// The first part that cannot be sent: a header field whose value is not a valid field
    /// value, or an extension member that does not serialize; and why.
    pub bad_part: Option<(&'static str, &'static str)>,
    /// The error behind a 5xx, for the response's extensions.
    pub cause: Option<crate::Cause>,
}

/// Lets a sink handed to `start_with` go without its drop glue (a dozen fields checked, out of
/// line, which keeps the whole sink in memory): the generated code hands it over before any
/// part, so it owns nothing; one that does is dropped as usual.
#[inline]
pub(crate) fn forget_untouched<V: FieldValue>(parts: Parts<V>) {
    if parts.is_untouched() {
        core::mem::forget(parts);
    }
}

impl<V> Default for Parts<V> {
    #[inline]
    fn default() -> Self {
        Parts {
            code: 0,
            reason: "",
            phrase: None,
            variant: None,
            headers: Headers::default(),
            problem: None,
            format: None,
            bad_part: None,
            cause: None,
        }
    }
}

/// What a variant adds to its problem body. Most responses have none of it: one `Option` of
/// them is one word to set and to check on drop, where five fields were each initialised and
/// dropped on every response (a measurable share of a 201's cost).
#[derive(Default)]
pub(crate) struct ProblemParts {
    pub detail: Option<String>,
    pub problem_type: Option<&'static str>,
    pub instance: Option<String>,
    /// Extension members: name and value as JSON text.
    pub extensions: Vec<(&'static str, String)>,
    pub errors: Vec<FieldError>,
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
        self.problem_mut().detail = Some(text);
    }

    /// The problem's members, made on first use.
    pub fn problem_mut(&mut self) -> &mut ProblemParts {
        self.problem.get_or_insert_with(ProblemParts::default)
    }

    /// An extension member, already serialized (`Err`: it could not be).
    pub fn extension(&mut self, name: &'static str, json: Result<String, ()>) {
        match json {
            Ok(json) => self.problem_mut().extensions.push((name, json)),
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
        log_cause(self.code, self.reason, error);
    }

    /// Whether nothing was written yet: the parts own nothing to drop.
    #[inline]
    pub fn is_untouched(&self) -> bool {
        self.code == 0
            && self.headers.is_empty()
            && self.problem.is_none()
            && self.cause.is_none()
            && self.bad_part.is_none()
            && self.format.is_none()
            && self.phrase.is_none()
            && self.variant.is_none()
    }

    /// The phrase for the status line: `None` where the framework writes its own.
    #[inline]
    pub fn phrase_text(&self) -> Option<&'static str> {
        crate::Phrase::or_default(self.phrase).text(self.reason)
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
            problem: Some(ProblemParts { detail: Some(detail), ..ProblemParts::default() }),
            format: self.format,
            phrase: self.phrase,
            cause: self.cause.take(),
            ..Parts::default()
        };
    }

    /// The error body in the enum's format: its media type (`None`: no content; `""`: content
    /// without a `Content-Type`) and text.
    /// A short detail is set aside on the stack and its buffer holds the body (one allocation
    /// for both).
    pub fn error_body(&mut self) -> (Option<&'static str>, String) {
        let mut aside = [0u8; BODY_CAPACITY];
        let mut out = None;
        let (code, reason, format, variant) = (self.code, self.reason, self.format, self.variant);
        let members = self.problem_mut();
        let detail = match &mut members.detail {
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
        let mut problem = Problem::new(code, reason).with_extensions(&members.extensions).with_errors(&members.errors);
        if let Some(detail) = detail {
            problem = problem.with_detail(detail);
        }
        if let Some(uri) = members.problem_type {
            problem = problem.with_type(uri);
        }
        if let Some(instance) = &members.instance {
            problem = problem.with_instance(instance);
        }
        if let Some(variant) = variant {
            problem = problem.with_variant(variant);
        }
        let mut out = out.unwrap_or_else(|| String::with_capacity(96));
        // The default format directly (a call through a pointer is not inlined).
        let media_type = match format {
            Some(write) => write(&problem, &mut out),
            None => <Rfc9457 as crate::problem::ErrorFormat>::write(&problem, &mut out),
        };
        (media_type, out)
    }
}

/// The one log line of a 5xx's cause: the status, then the error and its `source()` chain.
pub(crate) fn log_cause(code: u16, reason: &'static str, error: &dyn core::error::Error) {
    let chain = crate::cause::Chain(error);
    tracing::error!(status = code, error = %chain, "{code} {reason}: {chain}");
}

/// The same line for a cause that is only `Debug + Display`: its text.
pub(crate) fn log_cause_text(code: u16, reason: &'static str, cause: &dyn fmt::Display) {
    tracing::error!(status = code, error = %cause, "{code} {reason}: {cause}");
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

    #[inline]
    fn is_empty(&self) -> bool {
        self.inline[0].is_none() && self.inline[1].is_none() && self.more.capacity() == 0
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
#[cfg(any(test, feature = "axum"))]
pub(crate) fn is_field_value(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80)
}

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
            parts.problem_mut().problem_type = Some("https://example.com/t");
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
        assert!(checked.problem.unwrap().detail.unwrap().contains("`WWW-Authenticate`"));
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
        assert!(checked.problem.unwrap().detail.unwrap().contains("`balance` extension member"));
    }
}
