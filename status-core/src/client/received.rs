//! What generated code decodes a response with (through `__private`): the received parts, the
//! [`Decode`] trait every `#[subset(client)]` enum implements, and the reading of each kind of
//! field, each failure a [`Malformed`] naming the field.

use super::{Malformed, Status, text};
use crate::Json;
use crate::problem::{ErrorFormat, FieldErrors, ProblemDetails};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

/// A response as the decoding sees it: status, header fields, media type and the content read.
#[doc(hidden)]
pub struct Received<'a> {
    status: Status,
    headers: &'a http::HeaderMap,
    media_type: Option<&'a str>,
    content: &'a [u8],
}

/// Why a client enum did not decode a response.
#[doc(hidden)]
#[derive(Debug)]
pub enum Miss {
    /// The enum does not declare the response (its status, or its problem's `type`).
    NotMine,
    /// The enum declares it, and a part does not decode.
    Malformed(Malformed),
}

/// Why a declared response does not decode ([`Malformed`]'s `Display` says it).
#[derive(Debug, Clone)]
pub(crate) enum Why {
    HeaderMissing(&'static str),
    HeaderInvalid(&'static str, String),
    ContentAbsent,
    Content(String),
    NotAProblem,
    MemberMissing(&'static str),
    Member(&'static str, String),
    TooLarge(usize),
    Read(String),
}

/// Implemented by every `#[subset(client)]` enum: its variants decoded from a response.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be decoded from a response",
    label = "not a `#[subset(client)]` enum",
    note = "add `#[subset(client)]` to the `#[status_core::subset]` enum (status-core's `client` feature), or use `core::convert::Infallible` for a side with no variants"
)]
pub trait Decode: Sized {
    /// The variant the response is, `NotMine` when the enum does not declare it.
    fn __decode(received: &Received<'_>) -> Result<Self, Miss>;

    /// The content as a problem in the enum's error format, for a response it does not declare.
    #[must_use]
    fn __problem(received: &Received<'_>) -> Option<ProblemDetails> {
        received.problem::<crate::problem::Rfc9457>()
    }
}

/// A side with no variants: declares nothing.
impl Decode for core::convert::Infallible {
    fn __decode(_: &Received<'_>) -> Result<Self, Miss> {
        Err(Miss::NotMine)
    }
}

/// A `#[body]` type a client reads back from the content.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a client cannot read `{Self}` back from the content",
    label = "the `#[body]` of a `#[subset(client)]` enum",
    note = "use `status_core::Json<T>` (JSON, read with serde), `String` (UTF-8 text) or `Vec<u8>`"
)]
pub trait FromContent: Sized {
    /// The value, or why the bytes are not one.
    ///
    /// # Errors
    ///
    /// The text of the parse error.
    fn from_content(content: &[u8]) -> Result<Self, String>;
}

impl<T: serde::de::DeserializeOwned> FromContent for Json<T> {
    fn from_content(content: &[u8]) -> Result<Self, String> {
        serde_json::from_slice(content).map(Json).map_err(text)
    }
}

impl FromContent for String {
    fn from_content(content: &[u8]) -> Result<Self, String> {
        core::str::from_utf8(content).map(String::from).map_err(text)
    }
}

impl FromContent for Vec<u8> {
    fn from_content(content: &[u8]) -> Result<Self, String> {
        Ok(content.to_vec())
    }
}

impl<'a> Received<'a> {
    pub(crate) const fn new(
        status: Status,
        headers: &'a http::HeaderMap,
        media_type: Option<&'a str>,
        content: &'a [u8],
    ) -> Self {
        Received { status, headers, media_type, content }
    }

    /// The status code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.status.code()
    }

    fn malformed(&self, field: &'static str, why: Why) -> Miss {
        Miss::Malformed(Malformed::new(self.status, Some(field), why))
    }

    /// The content as a problem in the format `F`.
    #[must_use]
    pub fn problem<F: ErrorFormat + ?Sized>(&self) -> Option<ProblemDetails> {
        if self.content.is_empty() {
            return None;
        }
        F::read(self.code(), self.media_type, self.content)
    }

    /// Which of the variants of this status the response is: `candidates` holds each one's
    /// problem `type` and the first of its fields that needs the problem (a member,
    /// `instance`, field errors), if any.
    /// The problem's `type` (`about:blank` when absent) chooses among them; a problem of
    /// another `type` is not this enum's. Without a problem, a lone variant that needs none
    /// decodes from the status alone.
    ///
    /// # Errors
    ///
    /// `NotMine` for a problem whose `type` is no candidate's; `Malformed` where the content
    /// is absent or no problem and the variant needs one.
    pub fn choose<F: ErrorFormat + ?Sized>(
        &self,
        candidates: &[(&'static str, Option<&'static str>)],
    ) -> Result<(usize, Option<ProblemDetails>), Miss> {
        let Some(problem) = self.problem::<F>() else {
            // The field at fault, where the code's one variant needs the problem for it.
            let field = match candidates {
                [(_, None)] => return Ok((0, None)),
                [(_, field)] => *field,
                _ => None,
            };
            let why = if self.content.is_empty() { Why::ContentAbsent } else { Why::NotAProblem };
            return Err(Miss::Malformed(Malformed::new(self.status, field, why)));
        };
        let found = candidates.iter().position(|(uri, _)| *uri == problem.type_or_blank());
        found.map(|i| (i, Some(problem))).ok_or(Miss::NotMine)
    }

    /// The header field `name`, parsed, for the variant's field `field`.
    ///
    /// # Errors
    ///
    /// `Malformed` when it is missing or does not parse.
    pub fn header<T: FromStr>(&self, name: &'static str, field: &'static str) -> Result<T, Miss>
    where
        T::Err: fmt::Display,
    {
        self.optional_header(name, field)?.ok_or_else(|| self.malformed(field, Why::HeaderMissing(name)))
    }

    /// The header field `name`, parsed when present (the first, if it is repeated).
    ///
    /// # Errors
    ///
    /// `Malformed` when it is present and does not parse.
    pub fn optional_header<T: FromStr>(&self, name: &'static str, field: &'static str) -> Result<Option<T>, Miss>
    where
        T::Err: fmt::Display,
    {
        let Some(value) = self.headers.get(name) else { return Ok(None) };
        let parsed = match value.to_str() {
            Ok(value) => value.parse::<T>().map_err(text),
            Err(e) => Err(text(e)),
        };
        parsed.map(Some).map_err(|e| self.malformed(field, Why::HeaderInvalid(name, e)))
    }

    /// The content, read as the `#[body]` field `field`.
    ///
    /// # Errors
    ///
    /// `Malformed` when it is absent or does not decode.
    pub fn content<T: FromContent>(&self, field: &'static str) -> Result<T, Miss> {
        if self.content.is_empty() {
            return Err(self.malformed(field, Why::ContentAbsent));
        }
        T::from_content(self.content).map_err(|e| self.malformed(field, Why::Content(e)))
    }

    /// The extension member `member` of the problem, for the field `field`. A missing member
    /// is read as JSON `null`, which an `Option` field takes as `None`.
    ///
    /// # Errors
    ///
    /// `Malformed` when it is missing (and the field is no `Option`) or does not decode.
    pub fn extension<T: serde::de::DeserializeOwned>(
        &self,
        problem: Option<&ProblemDetails>,
        member: &'static str,
        field: &'static str,
    ) -> Result<T, Miss> {
        let problem = problem.ok_or_else(|| self.malformed(field, Why::NotAProblem))?;
        match problem.extension(member) {
            Some(value) => T::deserialize(value).map_err(|e| self.malformed(field, Why::Member(member, text(e)))),
            None => {
                T::deserialize(&serde_json::Value::Null).map_err(|_| self.malformed(field, Why::MemberMissing(member)))
            }
        }
    }

    /// The problem's `instance`, parsed, for the field `field`.
    ///
    /// # Errors
    ///
    /// `Malformed` when it is missing or does not parse.
    pub fn instance<T: FromStr>(&self, problem: Option<&ProblemDetails>, field: &'static str) -> Result<T, Miss>
    where
        T::Err: fmt::Display,
    {
        let problem = problem.ok_or_else(|| self.malformed(field, Why::NotAProblem))?;
        let instance = problem.instance().ok_or_else(|| self.malformed(field, Why::MemberMissing("instance")))?;
        instance.parse().map_err(|e| self.malformed(field, Why::Member("instance", text(e))))
    }

    /// The problem's field errors (none when it has no `errors` member).
    #[must_use]
    pub fn field_errors(&self, problem: Option<&ProblemDetails>) -> FieldErrors {
        problem.map(|p| p.errors().clone()).unwrap_or_default()
    }
}
