//! HTTP status codes as an exhaustive, documented enum, generated at compile time from the
//! IANA HTTP Status Code Registry.
//!
//! [`StatusCode`] has one variant per registered code. Each variant's documentation says what
//! the code means, what the specification requires with it, and where it is defined, so your
//! editor shows it on hover. Because the enum is exhaustive, a `match` over it is checked by
//! the compiler:
//!
//! ```
//! use status_core::StatusCode;
//!
//! fn retry_later(status: StatusCode) -> bool {
//!     matches!(status, StatusCode::TooManyRequests | StatusCode::ServiceUnavailable)
//! }
//!
//! let status: StatusCode = "503".parse()?;
//! assert!(retry_later(status));
//! assert_eq!(status.to_string(), "503 Service Unavailable");
//! assert_eq!(u16::from(StatusCode::NotFound), 404);
//! assert_eq!(StatusCode::from_u16(418), None); // registered as unused
//! # Ok::<(), status_core::ParseStatusError>(())
//! ```
//!
//! Codes outside the enum keep their number and class in [`UnknownStatus`]; RFC 9110,
//! Section 15 says to treat them as the `x00` code of their class:
//!
//! ```
//! use status_core::{StatusClass, StatusCode};
//!
//! let err = StatusCode::try_from(299).unwrap_err();
//! assert_eq!(err.class(), Some(StatusClass::Successful));
//! assert_eq!(err.fallback(), Some(StatusCode::Ok));
//! ```
//!
//! # Versioning
//!
//! `StatusCode` is exhaustive on purpose. When IANA registers a new code, the enum gains a
//! variant and the crate makes a **breaking release** (a new major version, or minor while 0.x),
//! because every exhaustive `match` must handle the new code.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Generated code names this crate `::status_core` (through `::status_core::__private`), in
// user crates and here alike.
// Error bodies and a 5xx's `Cause` (feature `alloc`); without it nothing links `alloc`.
#[cfg(feature = "alloc")]
extern crate alloc;
extern crate self as status_core;
#[cfg(any(test, feature = "std"))]
extern crate std;

mod private;
/// Everything generated code names (`private.rs`): not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
}
#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod cause;
mod class;
#[cfg(feature = "client")]
#[cfg_attr(docsrs, doc(cfg(feature = "client")))]
pub mod client;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod conformance;
mod date;
mod error;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod extract;
mod facts;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
mod impls;
mod info;
mod json;
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub mod openapi;
mod optout;
pub mod phrase;
#[cfg(feature = "alloc")]
pub mod problem;
mod respond;
#[cfg(feature = "retry")]
#[cfg_attr(docsrs, doc(cfg(feature = "retry")))]
pub mod retry;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
mod subset;

// The enums of the registry file's words (`Requirement`, `Content`, `CacheKind`, `RetryKind`,
// `Party`, `HttpVersion`) with their docs and `word()`, and `Registration::word`,
// `Requirement::keyword`: written from the one table the generator parses the words with.
status_macros::__vocabulary!();

#[cfg(feature = "alloc")]
pub use cause::Cause;
pub use class::StatusClass;
pub use date::Date;
pub use error::{ParseStatusError, UnknownStatus};
pub use facts::{Caching, Condition, History, Limit, RequestContext, Retry, Sender};
pub use info::{Citation, ClassInfo, FieldGrammar, HeaderRule, Link, Registration, StatusInfo};
pub use json::Json;
pub use phrase::Phrase;
#[doc = include_str!("docs/derive_subset.md")]
pub use status_macros::Subset;
#[doc = include_str!("docs/registry.md")]
pub use status_macros::registry;
#[doc = include_str!("docs/subset.md")]
pub use status_macros::subset;
pub use subset::{Subset, Variant};

// rustdoc does not run the examples of re-exported macros' docs: these items carry the same
// text, for doctests only.
#[cfg(doctest)]
#[doc = include_str!("docs/subset.md")]
pub struct SubsetDocs;
#[cfg(doctest)]
#[doc = include_str!("docs/derive_subset.md")]
pub struct DeriveSubsetDocs;

/// The compile-time check of the specification's header rules: required by the framework
/// impls of a generated enum once for each header field that a
/// variant lacks and its code requires in every response. No type implements it, so using the
/// enum as a response fails there, naming the rule: `Rule` is a type the generator names after
/// it (`UserError_MethodNotAllowed_405_MUST_send_Allow_see_RFC_9110_Section_15_5_6`). You
/// never implement or name it; it appears in the error that says which variant lacks which
/// header field, and how to fix it.
#[diagnostic::on_unimplemented(
    message = "this enum cannot be sent as a response: a variant lacks a header field its status code requires in every response (`{Rule}`)",
    label = "used as a response here",
    note = "the rule reads Enum_Variant_Code_MUST_send_Field_see_Citation: carry the field in that variant (`#[header(\"Field\")] field: T`, or a value that never changes on the variant: `#[header(\"Field\", \"value\")]`), or, if another layer adds it to these responses, mark the variant `#[sent_elsewhere(\"Field\")]`"
)]
pub trait RequiredHeaderSent<Rule> {}

/// Implemented by every generated enum whose variants are all unit variants (`StatusCode`,
/// custom registries, unit subsets), for code generic over them.
///
/// The inherent methods of the same names are `const fn` and are what non-generic code calls.
///
/// ```
/// use status_core::{HttpStatus, StatusCode};
///
/// fn reasons<T: HttpStatus>() -> Vec<&'static str> {
///     T::ALL.iter().map(HttpStatus::reason).collect()
/// }
/// assert_eq!(reasons::<StatusCode>()[0], "Continue");
/// assert_eq!(<StatusCode as HttpStatus>::from_u16(404), Some(StatusCode::NotFound));
/// ```
pub trait HttpStatus: Sized + 'static + TryFrom<u16, Error = UnknownStatus> {
    /// Every variant, in code order.
    const ALL: &'static [Self];

    /// The variant for `code`, if the enum has one.
    fn from_u16(code: u16) -> Option<Self>;

    /// The numeric code.
    fn code(&self) -> u16;

    /// The registered reason phrase.
    fn reason(&self) -> &'static str;

    /// Everything the registry records about the code.
    fn info(&self) -> &'static StatusInfo;

    /// The registry's entry for `code`, including codes the enum has no variant for (registered
    /// as unused); for a subset, the entries of its own codes. Registry enums answer from their
    /// whole `REGISTRY`.
    #[must_use]
    fn lookup(code: u16) -> Option<&'static StatusInfo> {
        Self::from_u16(code).map(|status| status.info())
    }

    /// The grammar of each header field's value that the registry states (its `[[field]]`
    /// table); a registry without one, and every subset, reads values by the IANA registry's
    /// ([`StatusCode::FIELDS`]).
    #[must_use]
    fn field_grammars() -> &'static [FieldGrammar] {
        StatusCode::FIELDS
    }
}

/// An HTTP status code registered with IANA (RFC 9110, Section 16.2.1).
///
/// One variant per usable code, in code order; the discriminant is the code, so
/// `StatusCode::NotFound as u16 == 404`. Codes registered as unused (306, 418) are in
/// [`StatusCode::REGISTRY`] but have no variant.
///
/// ```
/// use status_core::{StatusClass, StatusCode};
///
/// let s = StatusCode::ContentTooLarge;
/// assert_eq!((s.code(), s.reason()), (413, "Content Too Large"));
/// assert_eq!(s.class(), StatusClass::ClientError);
/// assert!(s.info().former_names().contains(&"Payload Too Large"));
/// assert_eq!(s.citation().to_string(), "RFC 9110, Section 15.5.14");
/// ```
///
/// The enum is exhaustive: a new IANA registration adds a variant in a breaking release.
#[registry(__canonical)]
pub enum StatusCode {}

/// Unofficial status codes: numbers servers, proxies and CDNs send that IANA does not register
/// (nginx 444 and 499, Cloudflare 520 to 530, IIS 449, Twitter's historical 420, shared hosting's 509,
/// 418 I'm a teapot, ...).
///
/// Generated from `registries/unofficial.toml` by the public [`registry`]
/// macro, exactly as a user's own registry would be. Each variant's docs say who uses the code
/// and where that is documented. Conversions with [`StatusCode`] go by number.
///
/// ```
/// use status_core::unofficial::Status;
///
/// assert_eq!(Status::NoResponse.code(), 444);
/// assert_eq!(Status::from_u16(499), Some(Status::ClientClosedRequest));
/// assert_eq!(Status::ImATeapot.info().used_by().is_some(), true);
/// assert!(status_core::StatusCode::try_from(Status::WebServerIsDown).is_err()); // 521 is not registered
/// ```
#[cfg(feature = "unofficial")]
#[cfg_attr(docsrs, doc(cfg(feature = "unofficial")))]
pub mod unofficial {
    /// An unofficial HTTP status code (not in the IANA registry).
    #[crate::registry(path = "registries/unofficial.toml")]
    pub enum Status {}
}
