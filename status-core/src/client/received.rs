//! What generated code decodes a response with (through `__private`): the received parts, the
//! [`Decode`] trait every `#[subset(client)]` enum implements, and the reading of each kind of
//! field, each failure a [`Malformed`] naming the field.

use super::{Malformed, Status, scan, text};
use crate::Json;
use crate::problem::{ErrorFormat, FieldErrors, ProblemDetails};
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

/// A response as the decoding sees it: status code, header fields and the content read.
#[doc(hidden)]
pub struct Received<'a> {
    code: u16,
    headers: &'a http::HeaderMap,
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
    pub(crate) const fn new(code: u16, headers: &'a http::HeaderMap, content: &'a [u8]) -> Self {
        Received { code, headers, content }
    }

    /// The status code.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The `Content-Type`, asked only where a problem is read.
    #[inline]
    fn media_type(&self) -> Option<&'a str> {
        self.headers.get(http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok())
    }

    fn malformed(&self, field: &'static str, why: Why) -> Miss {
        Miss::Malformed(Malformed::new(Status::from_code(self.code), Some(field), why))
    }

    /// The content as a problem in the format `F`.
    #[must_use]
    pub fn problem<F: ErrorFormat + ?Sized>(&self) -> Option<ProblemDetails> {
        if self.content.is_empty() {
            return None;
        }
        F::read(self.code, self.media_type(), self.content)
    }

    /// Which of the variants of this status the response is: `candidates` holds each one's
    /// problem `type` and the first of its fields that needs the problem (a member,
    /// `instance`, field errors), if any. The problem, read by the format `F`, is kept for
    /// the fields.
    ///
    /// # Errors
    ///
    /// As [`pick`](Self::pick).
    pub fn choose<F: ErrorFormat + ?Sized>(
        &self,
        candidates: &[(&'static str, Option<&'static str>)],
    ) -> Result<(usize, Found<'a>), Miss> {
        match self.problem::<F>() {
            Some(problem) => {
                let i = self.pick(candidates, Some(problem.type_or_blank()))?;
                Ok((i, Found::Read(problem)))
            }
            None => Ok((self.pick(candidates, None)?, Found::Absent)),
        }
    }

    /// [`choose`](Self::choose) for the default format (RFC 9457): one pass over the content
    /// reads the `type` and keeps the members the candidates' fields read (`members`: the
    /// extension members, `instance`, `errors`), each parsed when its field asks.
    ///
    /// # Errors
    ///
    /// As [`pick`](Self::pick).
    #[inline]
    pub fn choose_json(
        &self,
        candidates: &[(&'static str, Option<&'static str>)],
        members: &'static [&'static str],
    ) -> Result<(usize, Found<'a>), Miss> {
        if self.content.is_empty() {
            return Ok((self.pick(candidates, None)?, Found::Absent));
        }
        match scan::problem(self.media_type(), self.content, members) {
            Some(problem) => {
                let i = self.pick(candidates, Some(problem.type_uri.as_deref().unwrap_or("about:blank")))?;
                Ok((i, Found::InPlace(problem.members)))
            }
            None => Ok((self.pick(candidates, None)?, Found::Absent)),
        }
    }

    /// The candidate whose `type` is `uri` (`None`: the content is no problem). A problem of
    /// another `type` is not this enum's. Without a problem, a lone variant that needs none
    /// decodes from the status alone.
    ///
    /// # Errors
    ///
    /// `NotMine` for a problem whose `type` is no candidate's; `Malformed` where the content
    /// is absent or no problem and the variant needs one.
    #[inline]
    fn pick(&self, candidates: &[(&'static str, Option<&'static str>)], uri: Option<&str>) -> Result<usize, Miss> {
        if let Some(uri) = uri {
            return candidates.iter().position(|(candidate, _)| *candidate == uri).ok_or(Miss::NotMine);
        }
        // The field at fault, where the code's one variant needs the problem for it.
        let field = match candidates {
            [(_, None)] => return Ok(0),
            [(_, field)] => *field,
            _ => None,
        };
        let why = if self.content.is_empty() { Why::ContentAbsent } else { Why::NotAProblem };
        Err(Miss::Malformed(Malformed::new(Status::from_code(self.code), field, why)))
    }

    /// The header field `name` (lowercase, as the generated code writes it), parsed, for the
    /// variant's field `field`.
    ///
    /// # Errors
    ///
    /// `Malformed` when it is missing or does not parse.
    #[inline]
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
    // Inlined, so the literal name generated code passes folds the match on it.
    #[inline]
    pub fn optional_header<T: FromStr>(&self, name: &'static str, field: &'static str) -> Result<Option<T>, Miss>
    where
        T::Err: fmt::Display,
    {
        let Some(value) = header_field(self.headers, name) else { return Ok(None) };
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
        problem: &Found<'_>,
        member: &'static str,
        field: &'static str,
    ) -> Result<T, Miss> {
        let bad = |e: serde_json::Error| self.malformed(field, Why::Member(member, text(e)));
        let found = match problem {
            Found::Absent => return Err(self.malformed(field, Why::NotAProblem)),
            Found::Read(problem) => problem.extension(member).map(T::deserialize).transpose().map_err(bad)?,
            Found::InPlace(members) => members.get(member).map(scan::parse::<T>).transpose().map_err(bad)?,
        };
        match found {
            Some(value) => Ok(value),
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
    pub fn instance<T: FromStr>(&self, problem: &Found<'_>, field: &'static str) -> Result<T, Miss>
    where
        T::Err: fmt::Display,
    {
        let instance = match problem {
            Found::Absent => return Err(self.malformed(field, Why::NotAProblem)),
            Found::Read(problem) => problem.instance().map(Cow::Borrowed),
            Found::InPlace(members) => members.get("instance").and_then(scan::text),
        };
        let instance = instance.ok_or_else(|| self.malformed(field, Why::MemberMissing("instance")))?;
        instance.parse().map_err(|e| self.malformed(field, Why::Member("instance", text(e))))
    }

    /// The problem's field errors (none when it has no `errors` member of their shape).
    #[must_use]
    pub fn field_errors(&self, problem: &Found<'_>) -> FieldErrors {
        match problem {
            Found::Absent => FieldErrors::new(),
            Found::Read(problem) => problem.errors().clone(),
            Found::InPlace(members) => {
                let errors = members.get("errors").and_then(|raw| scan::parse::<serde_json::Value>(raw).ok());
                errors.and_then(|value| crate::problem::field_errors(&value)).unwrap_or_default()
            }
        }
    }
}

/// The problem a variant's fields are read from, as [`Received::choose`] found it.
#[doc(hidden)]
pub enum Found<'a> {
    /// None: the content is absent or no problem.
    Absent,
    /// Read by the enum's format.
    Read(ProblemDetails),
    /// An RFC 9457 problem's members the fields read, as JSON text, each parsed when its
    /// field asks.
    InPlace(scan::Members<'a>),
}

// The registry's header names as http's constants.
use http::header::{self, HeaderName};
crate::respond::known_header_fn!();

/// The header field `name`: looked up by http's constant where it has one (no parse of the
/// name, which generated code passes as a literal), by its text otherwise.
#[inline]
fn header_field<'h>(headers: &'h http::HeaderMap, name: &'static str) -> Option<&'h http::HeaderValue> {
    match known_header(name) {
        Some(known) => headers.get(known),
        None => headers.get(name),
    }
}
