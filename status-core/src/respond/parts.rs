//! What a response is made of before a framework builds it, the RFC 9457 problem body, and the
//! one error path for a header value that cannot be sent.

pub(crate) use super::PROBLEM_JSON;
use super::Sink;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Write};

/// The collected parts of a response (the shared half of the framework sinks).
#[derive(Default)]
pub(crate) struct Parts {
    pub code: u16,
    pub reason: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub detail: Option<String>,
    pub problem_type: Option<&'static str>,
    /// The first header field whose value is not a valid field value.
    pub bad_header: Option<&'static str>,
    /// The error behind a 5xx, for the response's extensions.
    pub cause: Option<crate::Cause>,
}

impl Parts {
    pub fn status(&mut self, code: u16, reason: &'static str) {
        self.code = code;
        self.reason = reason;
    }

    pub fn header(&mut self, field: &'static str, value: &dyn fmt::Display) {
        let value = value.to_string();
        if is_field_value(&value) {
            self.headers.push((field, value));
        } else if self.bad_header.is_none() {
            self.bad_header = Some(field);
        }
    }

    pub fn detail(&mut self, detail: fmt::Arguments<'_>) {
        self.detail = Some(detail.to_string());
    }

    /// The one log line of a 5xx's cause, written as the response is built: the status, then
    /// the error and its `source()` chain.
    pub fn cause(&self, error: &dyn core::error::Error) {
        let chain = crate::cause::Chain(error);
        tracing::error!(status = self.code, error = %chain, "{} {}: {chain}", self.code, self.reason);
    }

    /// Whether the response carries an RFC 9457 problem (4xx and 5xx).
    pub fn is_problem(&self) -> bool {
        self.code >= 400
    }

    /// A header value could not be sent: the response becomes a 500 problem that names the
    /// field (the variant's own header fields are dropped with it), and a log line says which.
    pub fn into_checked(self) -> Self {
        let Some(field) = self.bad_header else { return self };
        tracing::error!(
            status = self.code,
            field,
            "status_core: the value of the `{field}` header field of a {} {} response is not a valid field value (RFC 9110, Section 5.5); sent 500 Internal Server Error instead",
            self.code,
            self.reason
        );
        let detail = alloc::format!(
            "the `{field}` header field of the {} {} response had a value that is not a valid field value (RFC 9110, Section 5.5)",
            self.code,
            self.reason
        );
        Parts {
            code: 500,
            reason: "Internal Server Error",
            detail: Some(detail),
            cause: self.cause,
            ..Parts::default()
        }
    }

    /// The RFC 9457 problem object: `type`, `title` (the registry's reason phrase), `status`,
    /// and `detail` when given.
    pub fn problem_json(&self) -> String {
        let mut out = String::with_capacity(96);
        out.push_str("{\"type\":");
        json_string(&mut out, self.problem_type.unwrap_or("about:blank"));
        out.push_str(",\"title\":");
        json_string(&mut out, self.reason);
        let _ = write!(out, ",\"status\":{}", self.code);
        if let Some(detail) = &self.detail {
            out.push_str(",\"detail\":");
            json_string(&mut out, detail);
        }
        out.push('}');
        out
    }
}

/// RFC 9110, Section 5.5: a field value is visible characters, spaces, tabs and obs-text; no
/// CR, LF, NUL or other control characters.
pub(crate) fn is_field_value(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80)
}

/// Appends `s` as a JSON string (RFC 8259, Section 7).
fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Forwards the [`Sink`] calls of a framework sink to its [`Parts`].
macro_rules! forward_to_parts {
    () => {
        fn status(&mut self, code: u16, reason: &'static str) {
            self.parts.status(code, reason);
        }

        fn header(&mut self, field: &'static str, value: &dyn ::core::fmt::Display) {
            self.parts.header(field, value);
        }

        fn detail(&mut self, detail: ::core::fmt::Arguments<'_>) {
            self.parts.detail(detail);
        }

        fn problem_type(&mut self, uri: &'static str) {
            self.parts.problem_type = Some(uri);
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

    #[test]
    fn problem_bodies_escape_what_they_carry() {
        let mut parts = Parts::default();
        parts.status(404, "Not Found");
        parts.detail(format_args!("no \"user\" \\ {}\n\u{1}", 7));
        assert_eq!(
            parts.problem_json(),
            r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no \"user\" \\ 7\n\u0001"}"#
        );
    }

    #[test]
    fn a_bad_header_value_turns_the_response_into_a_500_naming_the_field() {
        let mut parts = Parts::default();
        parts.status(401, "Unauthorized");
        parts.header("WWW-Authenticate", &"Bearer\r\nSet-Cookie: x=1");
        parts.header("Retry-After", &5);
        let checked = parts.into_checked();
        assert_eq!((checked.code, checked.headers.len()), (500, 0));
        assert!(checked.detail.unwrap().contains("`WWW-Authenticate`"));
        assert!(is_field_value("Basic realm=\"x\", charset=\"UTF-8\"") && is_field_value("é"));
        assert!(!is_field_value("a\u{0}b") && !is_field_value("a\nb"));
    }
}
