//! The body of an error response: [`Problem`], the parts a variant sends (status, title,
//! `type`, detail, instance, extension members, field errors), and [`ErrorFormat`], which writes
//! them. [`Rfc9457`] is the default format; a service with a format of its own implements
//! `ErrorFormat` once and names it on its enums: `#[subset(format = RealWorld)]`.
//!
//! The `Realworld` API spec's format, `{"errors":{"username":["has already been taken"]}}`:
//!
//! ```
//! use status_core::problem::{ErrorFormat, Problem};
//!
//! /// The Realworld API spec's error body, which its frontends read.
//! pub struct RealWorld;
//!
//! impl ErrorFormat for RealWorld {
//!     fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
//!         // One list of messages per field; a problem without field errors is listed under
//!         // "body", with its detail (or its title).
//!         let mut fields = problem.errors_by_field();
//!         if fields.is_empty() {
//!             fields.push(("body", vec![problem.detail().unwrap_or(problem.title())]));
//!         }
//!         let fields: serde_json::Map<String, serde_json::Value> =
//!             fields.into_iter().map(|(name, messages)| (name.to_owned(), messages.into())).collect();
//!         out.push_str(&serde_json::json!({ "errors": fields }).to_string());
//!         Some("application/json")
//!     }
//! }
//!
//! let mut errors = status_core::problem::FieldErrors::new();
//! errors.field("username", "has already been taken");
//! let problem = Problem::new(422, "Unprocessable Content").with_errors(errors.as_slice());
//! let mut body = String::new();
//! assert_eq!(RealWorld::write(&problem, &mut body), Some("application/json"));
//! assert_eq!(body, r#"{"errors":{"username":["has already been taken"]}}"#);
//! ```

use alloc::string::String;
use alloc::vec::Vec;

pub use crate::subset::Variant;
#[cfg(feature = "client")]
pub use details::ProblemDetails;
#[cfg(feature = "client")]
pub(crate) use details::field_errors;
use fields::write_errors;
pub use fields::{FieldError, FieldErrors};

#[cfg(feature = "client")]
mod details;
mod fields;
mod json;

pub(crate) use json::json_string;
use json::push_code;

/// The media type of an RFC 9457 problem in JSON (RFC 9457, Section 3).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// What an error response says, before a format writes it: the parts of an RFC 9457 problem.
#[derive(Debug, Clone, Copy)]
pub struct Problem<'a> {
    code: u16,
    title: &'static str,
    type_uri: Option<&'static str>,
    detail: Option<&'a str>,
    instance: Option<&'a str>,
    extensions: &'a [(&'static str, String)],
    errors: &'a [FieldError],
    variant: Option<&'static Variant>,
}

impl<'a> Problem<'a> {
    /// A problem with only its status code and title (the reason phrase).
    #[must_use]
    pub const fn new(code: u16, title: &'static str) -> Self {
        Problem {
            code,
            title,
            type_uri: None,
            detail: None,
            instance: None,
            extensions: &[],
            errors: &[],
            variant: None,
        }
    }

    /// With a `detail`.
    #[must_use]
    pub const fn with_detail(mut self, detail: &'a str) -> Self {
        self.detail = Some(detail);
        self
    }

    /// With a `type` URI.
    #[must_use]
    pub const fn with_type(mut self, uri: &'static str) -> Self {
        self.type_uri = Some(uri);
        self
    }

    /// With an `instance` URI reference.
    #[must_use]
    pub const fn with_instance(mut self, instance: &'a str) -> Self {
        self.instance = Some(instance);
        self
    }

    /// With extension members: each name and its value as JSON text.
    #[must_use]
    pub const fn with_extensions(mut self, extensions: &'a [(&'static str, String)]) -> Self {
        self.extensions = extensions;
        self
    }

    /// With field errors (the `errors` member).
    #[must_use]
    pub const fn with_errors(mut self, errors: &'a [FieldError]) -> Self {
        self.errors = errors;
        self
    }

    /// Of the variant `variant` of a generated enum.
    #[must_use]
    pub const fn with_variant(mut self, variant: &'static Variant) -> Self {
        self.variant = Some(variant);
        self
    }

    /// The variant of a generated enum this problem is the response of; `None` for a
    /// framework's own rejection (an extractor's, a fallback's) and a problem made by hand.
    #[must_use]
    pub const fn variant(&self) -> Option<&'static Variant> {
        self.variant
    }

    /// The status code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The title: the registry's reason phrase for the code.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The `type` URI, if the variant gives one (`about:blank` in RFC 9457 terms otherwise).
    #[must_use]
    pub const fn type_uri(&self) -> Option<&'static str> {
        self.type_uri
    }

    /// The `detail`, if the variant writes one.
    #[must_use]
    pub const fn detail(&self) -> Option<&'a str> {
        self.detail
    }

    /// The `instance`, if the variant has an `#[instance]` field.
    #[must_use]
    pub const fn instance(&self) -> Option<&'a str> {
        self.instance
    }

    /// The extension members: name and value as JSON text.
    #[must_use]
    pub const fn extensions(&self) -> &'a [(&'static str, String)] {
        self.extensions
    }

    /// The value of the extension member `name`, as JSON text.
    #[must_use]
    pub fn extension(&self, name: &str) -> Option<&'a str> {
        self.extensions.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// The field errors.
    #[must_use]
    pub const fn errors(&self) -> &'a [FieldError] {
        self.errors
    }

    /// The field errors grouped by the member they name ([`FieldError::field`]), in the order
    /// each member first appears: the shape of formats that list messages per field
    /// (`{"errors":{"username":["is taken", "is too short"]}}`).
    #[must_use]
    pub fn errors_by_field(&self) -> Vec<(&'a str, Vec<&'a str>)> {
        let mut fields: Vec<(&'a str, Vec<&'a str>)> = Vec::new();
        for error in self.errors {
            match fields.iter_mut().find(|(name, _)| *name == error.field()) {
                Some((_, messages)) => messages.push(error.detail()),
                None => fields.push((error.field(), alloc::vec![error.detail()])),
            }
        }
        fields
    }

    /// Appends the RFC 9457 JSON object: `type`, `title`, `status`, then `detail`, `instance`,
    /// the extension members and `errors` when there are any.
    pub fn write_json(&self, out: &mut String) {
        out.push_str("{\"type\":");
        json_string(out, self.type_uri.unwrap_or("about:blank"));
        out.push_str(",\"title\":");
        json_string(out, self.title);
        out.push_str(",\"status\":");
        push_code(out, self.code);
        for (key, value) in [(",\"detail\":", self.detail), (",\"instance\":", self.instance)] {
            if let Some(value) = value {
                out.push_str(key);
                json_string(out, value);
            }
        }
        for (name, json) in self.extensions {
            out.push(',');
            json_string(out, name);
            out.push(':');
            out.push_str(json);
        }
        if !self.errors.is_empty() {
            out.push_str(",\"errors\":");
            write_errors(out, self.errors);
        }
        out.push('}');
    }
}

/// An [`ErrorFormat`]'s `write`, as generated code hands it to a response.
#[doc(hidden)]
pub type FormatFn = fn(&Problem<'_>, &mut String) -> Option<&'static str>;

/// Writes the body of an error response (4xx, 5xx) from its [`Problem`].
///
/// Implement it once for a service's own format and name it on each enum that answers in it:
/// `#[subset(format = MyFormat)]`. The framework's own rejections answer in it too when the
/// extractors are given it (see `status_core::axum`).
///
/// A format may choose the body per variant ([`Problem::variant`] when writing, the
/// [`Variant`] itself for `OpenAPI`): a service with two error shapes, JSON field errors for a
/// 422 and text for the rest, says so in [`write`](Self::write) and
/// [`openapi_for`](Self::openapi_for), and its document lists both (one content per media type;
/// variants of one code with different schemas of one media type as `oneOf`).
pub trait ErrorFormat {
    /// The reason phrase of the responses in this format, where the format decides it: a
    /// service's own format carries its framework's phrase everywhere it is named, on its enums
    /// (`#[subset(format = ..)]`, unless one says `phrase = ..` itself) and on its extractors and
    /// fallbacks. `None` (the default): the service's, [`Phrase::default_now`](crate::Phrase).
    const PHRASE: Option<crate::Phrase> = None;

    /// Appends the body to `out` and returns its media type; `Some("")` sends the content
    /// without a `Content-Type`, `None` sends no content. The problem names the variant it is
    /// the response of ([`Problem::variant`]), so the body may differ per variant.
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str>;

    /// The media type and schema of the bodies, for `OpenAPI` documents (feature `utoipa`):
    /// what [`openapi_for`](Self::openapi_for) answers unless the format says it per variant.
    /// `None` (the default) documents no content. A format whose body is a type deriving
    /// `ToSchema` may return a reference to it,
    /// `Some(("application/json", utoipa::openapi::Ref::from_schema_name("ErrorBody").into()))`,
    /// and the document lists the type in its components; or the schema itself,
    /// `Some(("application/json", ErrorBody::schema()))`, which needs no component.
    #[cfg(feature = "utoipa")]
    #[must_use]
    fn openapi() -> Option<(&'static str, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)> {
        None
    }

    /// Reads an error body back (feature `client`): the problem in the bytes a response of
    /// `code` carried with the media type `media_type` (its `Content-Type`), or `None` when they
    /// are not one. The default reads RFC 9457 problems, `application/problem+json`, and
    /// `application/json` objects with one of the members RFC 9457 defines; unknown members
    /// are kept as extensions, members of the wrong type ignored (RFC 9457, Section 3). A
    /// format that writes its own bytes reads them here, so a client decodes them into the
    /// same variants.
    ///
    /// ```ignore
    /// fn read(code: u16, _: Option<&str>, content: &[u8]) -> Option<ProblemDetails> {
    ///     // {"errors":{"username":["has already been taken"]}}
    ///     let body: HashMap<String, HashMap<String, Vec<String>>> = serde_json::from_slice(content).ok()?;
    ///     let errors = body.get("errors")?.iter().flat_map(|(f, ms)| ms.iter().map(move |m| (f, m.clone())));
    ///     Some(ProblemDetails::new().with_status(code).with_errors(errors.collect()))
    /// }
    /// ```
    #[cfg(feature = "client")]
    #[must_use]
    fn read(code: u16, media_type: Option<&str>, content: &[u8]) -> Option<ProblemDetails> {
        let _ = code;
        details::read_problem_json(media_type, content)
    }

    /// The media type and schema of the body `variant`'s responses have (feature `utoipa`), or
    /// `None` for a variant whose responses have no content (as [`write`](Self::write)
    /// returning `None`). The default is [`openapi`](Self::openapi), one shape for every
    /// variant.
    ///
    /// ```ignore
    /// fn openapi_for(variant: &Variant) -> Option<(&'static str, RefOr<Schema>)> {
    ///     if variant.has_field("errors") {
    ///         Some(("application/json", FieldErrorsBody::schema()))
    ///     } else {
    ///         Some(("text/plain; charset=utf-8", String::schema()))
    ///     }
    /// }
    /// ```
    #[cfg(feature = "utoipa")]
    #[must_use]
    fn openapi_for(
        variant: &Variant,
    ) -> Option<(&'static str, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)> {
        let _ = variant;
        Self::openapi()
    }
}

/// RFC 9457 problem details in JSON, `application/problem+json`: the default format.
#[derive(Debug, Clone, Copy, Default)]
pub struct Rfc9457;

impl ErrorFormat for Rfc9457 {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        problem.write_json(out);
        Some(PROBLEM_JSON)
    }

    /// `application/problem+json` with the problem object's schema inline (the same as the
    /// `status_core::openapi::Problem` component's), so the document needs no component.
    #[cfg(feature = "utoipa")]
    fn openapi() -> Option<(&'static str, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)> {
        Some((PROBLEM_JSON, crate::openapi::problem_schema()))
    }
}

/// The media type of [`PlainText`] bodies.
pub const TEXT_PLAIN: &str = "text/plain; charset=utf-8";

/// The problem's `detail` (else its title) as plain text, `text/plain; charset=utf-8`: the
/// error body of services whose errors are their messages (axum's `(StatusCode, String)`,
/// actix-web's `HttpResponse::build(..).body(error.to_string())`). With `#[detail]` on the
/// enum, each variant's message is its body:
///
/// ```
/// # #[cfg(feature = "axum")] {
/// #[status_core::subset]
/// #[subset(format = status_core::problem::PlainText, phrase = "framework")]
/// #[detail]
/// #[derive(Debug, thiserror::Error)]
/// pub enum AppError {
///     #[error("no such user")]
///     NotFound,
///     #[error("the name is taken")]
///     Conflict,
/// }
/// # }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainText;

impl ErrorFormat for PlainText {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        out.push_str(problem.detail().unwrap_or(problem.title()));
        Some(TEXT_PLAIN)
    }

    /// `text/plain; charset=utf-8`, a string.
    #[cfg(feature = "utoipa")]
    fn openapi() -> Option<(&'static str, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)> {
        let text = utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String);
        Some((TEXT_PLAIN, text.into()))
    }

    /// The text as the problem's `detail`, for any `text/plain` content.
    #[cfg(feature = "client")]
    fn read(code: u16, media_type: Option<&str>, content: &[u8]) -> Option<ProblemDetails> {
        let essence = media_type?.split(';').next().unwrap_or("").trim();
        if !essence.eq_ignore_ascii_case("text/plain") {
            return None;
        }
        let text = core::str::from_utf8(content).ok()?;
        Some(ProblemDetails::new().with_status(code).with_detail(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn plain_text_is_the_detail_or_the_title() {
        let mut out = String::new();
        assert_eq!(
            PlainText::write(&Problem::new(404, "Not Found").with_detail("no user 7"), &mut out),
            Some(TEXT_PLAIN)
        );
        assert_eq!(out, "no user 7");
        out.clear();
        PlainText::write(&Problem::new(409, "Conflict"), &mut out);
        assert_eq!(out, "Conflict");
    }

    #[test]
    fn a_full_problem_is_rfc_9457_json() {
        let mut errors = FieldErrors::new();
        errors.field("age", "must be a positive integer").push("#/profile/color", "must be 'green'");
        let extensions = [("balance", "30".to_string()), ("note", "\"a \\\"quoted\\\" é\"".to_string())];
        let problem = Problem::new(422, "Unprocessable Content")
            .with_type("https://example.net/validation-error")
            .with_detail("two fields\nare wrong")
            .with_instance("/account/12345/msgs/abc")
            .with_extensions(&extensions)
            .with_errors(errors.as_slice());
        let mut out = String::new();
        assert_eq!(Rfc9457::write(&problem, &mut out), Some(PROBLEM_JSON));
        assert_eq!(
            out,
            r##"{"type":"https://example.net/validation-error","title":"Unprocessable Content","status":422,"detail":"two fields\nare wrong","instance":"/account/12345/msgs/abc","balance":30,"note":"a \"quoted\" é","errors":[{"detail":"must be a positive integer","pointer":"#/age"},{"detail":"must be 'green'","pointer":"#/profile/color"}]}"##
        );
        assert_eq!(errors.as_slice()[1].field(), "profile");
        assert_eq!(problem.extension("balance"), Some("30"));
    }

    #[test]
    fn field_names_are_escaped_as_json_pointers() {
        let mut errors = FieldErrors::new();
        errors.field("a/b~c", "bad");
        assert_eq!(errors.as_slice()[0].pointer(), "#/a~1b~0c");
    }
}
