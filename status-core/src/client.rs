//! The other side of the exchange (feature `client`): a response decoded back into the
//! `#[subset(client)]` enums a server answers with.
//!
//! [`decode`] takes any `http::Response<B>` whose body is an [`http_body::Body`] (hyper,
//! reqwest, tower services) and two client enums, the success and the error side of an
//! endpoint. The variant is chosen by the status code, never by the shape of the body; variants
//! of one code by the problem's `type` (RFC 9457, Section 3.1.1). Header fields are parsed back
//! with `FromStr`, a `#[body]` with serde ([`Json`](crate::Json)), `#[extension]` members,
//! `#[instance]` and `#[errors]` from the problem, which the enum's
//! [`ErrorFormat`](crate::problem::ErrorFormat) reads.
//!
//! No content is read for 1xx, 204 and 304; other content is read up to a limit (1 MiB by
//! default, [`Decoder::with_limit`]), and a body over it is [`Malformed`] without being read to
//! its end. A response neither enum declares is kept whole as [`Unexpected`].

mod collect;
mod received;
#[cfg(feature = "reqwest")]
mod reqwest_ext;
mod scan;

use crate::problem::ProblemDetails;
use crate::{StatusClass, StatusCode};
use alloc::string::String;
use core::fmt;
pub(crate) use received::Why;
pub use received::{Decode, Found, FromContent, Miss, Received};
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub use reqwest_ext::ResponseExt;

/// What a response decodes to when it is not the success side: an error the server declared,
/// a response it did not declare, or a declared status whose parts do not decode.
#[derive(Debug)]
pub enum Remote<E> {
    /// A variant of the error enum.
    Declared(E),
    /// A status neither enum declares, or a declared one whose problem `type` matches no
    /// variant of it. Boxed: the rare case keeps the `Result` of the others small.
    Undeclared(alloc::boxed::Box<Unexpected>),
    /// A declared status whose header field or content does not decode.
    Malformed(Malformed),
}

impl<E: fmt::Display> fmt::Display for Remote<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Remote::Declared(e) => fmt::Display::fmt(e, f),
            Remote::Undeclared(u) => fmt::Display::fmt(u, f),
            Remote::Malformed(m) => fmt::Display::fmt(m, f),
        }
    }
}

/// Each case says what it is, and the declared error's source is its own.
impl<E: core::error::Error> core::error::Error for Remote<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Remote::Declared(e) => e.source(),
            Remote::Undeclared(_) | Remote::Malformed(_) => None,
        }
    }
}

/// A response's status: a code of the registry, or another one, which keeps its number (and
/// its class, RFC 9110, Section 15, when it is in 100..=599).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// A registered, usable code.
    Registered(StatusCode),
    /// An unregistered code (`499`, `599`), or one registered as unused (`306`, `418`).
    Unknown(u16),
}

impl Status {
    /// The status of `code`.
    #[must_use]
    pub fn from_code(code: u16) -> Self {
        StatusCode::from_u16(code).map_or(Status::Unknown(code), Status::Registered)
    }

    /// The number.
    #[must_use]
    pub const fn code(&self) -> u16 {
        match self {
            Status::Registered(status) => status.code(),
            Status::Unknown(code) => *code,
        }
    }

    /// The class (`None` outside 100..=599, where RFC 9110 gives none): what a client treats an
    /// unknown code as.
    #[must_use]
    pub const fn class(&self) -> Option<StatusClass> {
        StatusClass::of(self.code())
    }

    /// The registry's code, if it is one.
    #[must_use]
    pub const fn registered(&self) -> Option<StatusCode> {
        match self {
            Status::Registered(status) => Some(*status),
            Status::Unknown(_) => None,
        }
    }
}

/// `404 Not Found`; `499 (unregistered, 4xx Client Error)`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self, self.class()) {
            (Status::Registered(status), _) => write!(f, "{} {}", status.code(), status.reason()),
            (Status::Unknown(code), Some(class)) => write!(f, "{code} (unregistered, {class})"),
            (Status::Unknown(code), None) => write!(f, "{code} (unregistered, of no class)"),
        }
    }
}

/// A response neither enum declares: its status, header fields, problem (when its content is
/// one) and content, kept whole.
#[derive(Debug, Clone)]
pub struct Unexpected {
    status: Status,
    headers: http::HeaderMap,
    problem: Option<ProblemDetails>,
    body: bytes::Bytes,
}

impl Unexpected {
    /// The status.
    #[must_use]
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The header fields.
    #[must_use]
    pub const fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The problem, when the content is one the error enum's format reads.
    #[must_use]
    pub const fn problem(&self) -> Option<&ProblemDetails> {
        self.problem.as_ref()
    }

    /// The content as received (empty for 1xx, 204 and 304, which have none).
    #[must_use]
    pub fn body(&self) -> &[u8] {
        &self.body
    }
}

/// `undeclared response 418 (unregistered, Client Error)`, and the problem's detail if any.
impl fmt::Display for Unexpected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "undeclared response {}", self.status)?;
        match self.problem.as_ref().and_then(|p| p.detail().or(p.title())) {
            Some(text) => write!(f, ": {text}"),
            None => Ok(()),
        }
    }
}

impl core::error::Error for Unexpected {}

/// A declared status whose header field or content does not decode: which status, which field
/// of the variant (when one is at fault), and why.
#[derive(Debug, Clone)]
pub struct Malformed {
    status: Status,
    field: Option<&'static str>,
    why: Why,
}

impl Malformed {
    pub(crate) const fn new(status: Status, field: Option<&'static str>, why: Why) -> Self {
        Malformed { status, field, why }
    }

    /// The status of the response.
    #[must_use]
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The variant's field that could not be decoded (`retry_after`), when one is at fault.
    #[must_use]
    pub const fn field(&self) -> Option<&'static str> {
        self.field
    }

    /// Whether the content was over the limit (and so not read to its end).
    #[must_use]
    pub const fn is_too_large(&self) -> bool {
        matches!(self.why, Why::TooLarge(_))
    }
}

/// The status, then why, then the field: "429 Too Many Requests: the header field retry-after
/// does not parse (invalid digit found in string) for the field `retry_after`".
impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.why)?;
        match self.field {
            Some(field) => write!(f, " for the field `{field}`"),
            None => Ok(()),
        }
    }
}

impl core::error::Error for Malformed {}

/// Decodes responses with a limit on the content read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoder {
    limit: usize,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    /// The default limit on the content: 1 MiB.
    pub const DEFAULT_LIMIT: usize = 1 << 20;

    /// A decoder with the default limit.
    #[must_use]
    pub const fn new() -> Self {
        Decoder { limit: Self::DEFAULT_LIMIT }
    }

    /// A decoder that reads at most `limit` bytes of content; more is [`Malformed`].
    #[must_use]
    pub const fn with_limit(limit: usize) -> Self {
        Decoder { limit }
    }

    /// The limit on the content, in bytes.
    #[must_use]
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// Decodes `response` into `T` (the success side) or [`Remote<E>`]: see [`decode`].
    ///
    /// # Errors
    ///
    /// A variant of `E`, a response neither enum declares, or one that does not decode.
    pub async fn decode<T, E, B>(self, response: http::Response<B>) -> Result<T, Remote<E>>
    where
        T: Decode,
        E: Decode,
        B: http_body::Body,
        B::Error: fmt::Display,
    {
        let (parts, body) = response.into_parts();
        let code = parts.status.as_u16();
        // 1xx, 204 and 304 end at their header section (RFC 9110, Section 6.4.1).
        let content = if code < 200 || code == 204 || code == 304 {
            bytes::Bytes::new()
        } else {
            collect::collect(body, self.limit)
                .await
                .map_err(|why| Remote::Malformed(Malformed::new(Status::from_code(code), None, why)))?
        };
        let received = Received::new(code, &parts.headers, &content);
        match T::__decode(&received) {
            Ok(value) => return Ok(value),
            Err(Miss::Malformed(why)) => return Err(Remote::Malformed(why)),
            Err(Miss::NotMine) => {}
        }
        let problem = match E::__decode(&received) {
            Ok(error) => return Err(Remote::Declared(error)),
            Err(Miss::Malformed(why)) => return Err(Remote::Malformed(why)),
            Err(Miss::NotMine) => E::__problem(&received),
        };
        Err(Remote::Undeclared(alloc::boxed::Box::new(Unexpected {
            status: Status::from_code(code),
            headers: parts.headers,
            problem,
            body: content,
        })))
    }
}

/// Decodes `response` into the success enum `T`, or the error enum `E`, both
/// `#[subset(client)]` enums (`core::convert::Infallible` for a side with no variants), reading
/// at most 1 MiB of content ([`Decoder::with_limit`] for another limit).
///
/// ```
/// # #[cfg(feature = "client")] {
/// #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
/// pub struct User { pub id: u64, pub name: String }
///
/// #[status_core::subset]
/// #[subset(client)]
/// #[derive(Debug, PartialEq)]
/// pub enum GetUser {
///     Ok {
///         #[header("ETag")]
///         etag: String,
///         #[body]
///         user: status_core::Json<User>,
///     },
///     NotModified,
/// }
///
/// #[status_core::subset]
/// #[subset(client)]
/// #[derive(Debug, PartialEq)]
/// pub enum GetUserError {
///     NotFound {
///         #[extension]
///         id: u64,
///     },
///     TooManyRequests {
///         #[header("Retry-After")]
///         retry_after: Option<u32>,
///     },
/// }
///
/// use status_core::client::{Remote, decode};
///
/// /// What a CLI prints for each answer, every case handled.
/// async fn show(response: http::Response<String>) -> String {
///     match decode::<GetUser, GetUserError, _>(response).await {
///         Ok(GetUser::Ok { etag, user }) => format!("{} ({etag})", user.0.name),
///         Ok(GetUser::NotModified) => "unchanged".into(),
///         Err(Remote::Declared(GetUserError::NotFound { id })) => format!("no user {id}"),
///         Err(Remote::Declared(GetUserError::TooManyRequests { retry_after })) => {
///             format!("retry in {}s", retry_after.unwrap_or(1))
///         }
///         Err(Remote::Undeclared(unexpected)) => format!("unexpected {}", unexpected.status()),
///         Err(Remote::Malformed(why)) => format!("malformed: {why}"),
///     }
/// }
///
/// let response = http::Response::builder()
///     .status(404)
///     .header("content-type", "application/problem+json")
///     .body(r#"{"type":"about:blank","title":"Not Found","status":404,"id":7}"#.to_owned())
///     .unwrap();
/// // The body is all there: one poll decodes it.
/// # use std::task::{Context, Poll, Waker};
/// let mut future = std::pin::pin!(show(response));
/// let Poll::Ready(text) = future.as_mut().poll(&mut Context::from_waker(Waker::noop())) else { panic!() };
/// assert_eq!(text, "no user 7");
/// # }
/// ```
///
/// # Errors
///
/// [`Remote::Declared`] for a variant of `E`, [`Remote::Undeclared`] for a response neither
/// declares, [`Remote::Malformed`] for a declared status whose parts do not decode (or content
/// over the limit).
// Not an `async fn` itself: the decoder's future is returned as it is, not wrapped in another
// that would move the response once more.
pub fn decode<T, E, B>(response: http::Response<B>) -> impl Future<Output = Result<T, Remote<E>>>
where
    T: Decode,
    E: Decode,
    B: http_body::Body,
    B::Error: fmt::Display,
{
    Decoder::new().decode(response)
}

/// The reasons of [`Malformed`], as its `Display` says them.
impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::HeaderMissing(name) => write!(f, "the header field {name} is missing"),
            Why::HeaderInvalid(name, error) => write!(f, "the header field {name} does not parse ({error})"),
            Why::ContentAbsent => f.write_str("the content is absent (a response to HEAD?), and the variant needs it"),
            Why::Content(error) => write!(f, "the content does not decode ({error})"),
            Why::NotAProblem => {
                f.write_str("the content is not a problem the enum's format reads, and the variant needs it")
            }
            Why::MemberMissing(name) => write!(f, "the problem has no member `{name}`"),
            Why::Member(name, error) => write!(f, "the problem's member `{name}` does not decode ({error})"),
            Why::TooLarge(limit) => write!(f, "the content is over the limit of {limit} bytes"),
            Why::Read(error) => write!(f, "the content could not be read ({error})"),
        }
    }
}

/// A `String` from an error's text.
fn text(error: impl fmt::Display) -> String {
    alloc::string::ToString::to_string(&error)
}
