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

// Generated code names this crate `::status_core`, in user crates and here alike.
extern crate self as status_core;
#[cfg(test)]
extern crate std;

mod class;
mod error;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
mod info;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;

pub use class::StatusClass;
pub use error::{ParseStatusError, UnknownStatus};
pub use info::{Citation, Date, HeaderRule, Link, Registration, Requirement, StatusInfo};
pub use status_macros::{Subset, registry, subset};

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
pub trait HttpStatus: Sized + 'static {
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
}

/// What generated code refers to; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::class::class_of_valid;
    pub use crate::error::{parse_status, three_digits};
    #[cfg(feature = "http")]
    pub use crate::http::to_http;
    pub use crate::info::InfoParts;
    #[cfg(feature = "serde")]
    pub use crate::serde::{deserialize_code, serialize_code};
    pub use crate::{
        Citation, Date, HeaderRule, Link, ParseStatusError, Registration, Requirement, StatusClass, StatusInfo,
        UnknownStatus,
    };
    #[cfg(feature = "http")]
    pub use ::http;
    #[cfg(feature = "serde")]
    pub use ::serde;
}

/// One entry of a generated `REGISTRY` table, from the positional form the macros emit.
#[doc(hidden)]
#[macro_export]
macro_rules! __info {
    (
        $code:literal $reason:literal $reg:ident $(($($date:tt)*))? $spec:literal [$($section:literal)?] $url:literal
        $summary:literal $description:literal [$($former:literal)*] $cacheable:literal $forbidden:literal
        [$(($field:literal $level:ident $note:literal))*] [$($used_by:literal)?] [$(($title:literal $link:literal))*]
    ) => {
        $crate::StatusInfo::__new($crate::__private::InfoParts {
            code: $code,
            reason: $reason,
            registration: $crate::__registration!($reg $(($($date)*))?),
            citation: $crate::Citation { spec: $spec, section: $crate::__opt!($($section)?), url: $url },
            summary: $summary,
            description: $description,
            former_names: &[$($former),*],
            heuristically_cacheable: $cacheable,
            content_forbidden: $forbidden,
            header_rules: &[$($crate::HeaderRule { field: $field, level: $crate::Requirement::$level, note: $note }),*],
            used_by: $crate::__opt!($($used_by)?),
            see_also: &[$($crate::Link { title: $title, url: $link }),*],
        })
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __opt {
    () => {
        ::core::option::Option::None
    };
    ($value:literal) => {
        ::core::option::Option::Some($value)
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __registration {
    (permanent) => {
        $crate::Registration::Permanent
    };
    (obsoleted) => {
        $crate::Registration::Obsoleted
    };
    (unused) => {
        $crate::Registration::Unused
    };
    (unofficial) => {
        $crate::Registration::Unofficial
    };
    (temporary($ry:literal $rm:literal $rd:literal [$($ey:literal $em:literal $ed:literal)?] $xy:literal $xm:literal $xd:literal)) => {
        $crate::Registration::Temporary {
            registered: $crate::Date { year: $ry, month: $rm, day: $rd },
            extended: $crate::__opt_date!($($ey $em $ed)?),
            expires: $crate::Date { year: $xy, month: $xm, day: $xd },
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __opt_date {
    () => {
        ::core::option::Option::None
    };
    ($y:literal $m:literal $d:literal) => {
        ::core::option::Option::Some($crate::Date { year: $y, month: $m, day: $d })
    };
}

// Optional impls for generated enums: the generated code always invokes these macros, and what
// they expand to depends on the features status-core was built with.

/// Serde impls for a generated enum (feature `serde`): the number form.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    (unit $ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize_code(self.code(), serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_code(deserializer, ::core::stringify!($ty))
            }
        }
    };
    (data $ty:ident) => {};
}

/// Without the `serde` feature: nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($($tt:tt)*) => {};
}

/// `http::StatusCode` conversions for a generated enum (feature `http`).
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    (unit $ty:ident) => {
        $crate::__http_impls!(data $ty);

        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $ty {
            type Error = $crate::UnknownStatus;

            #[inline]
            fn try_from(status: $crate::__private::http::StatusCode) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::convert::TryFrom<u16>>::try_from(status.as_u16())
            }
        }
    };
    (data $ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$ty> for $crate::__private::http::StatusCode {
            #[inline]
            fn from(status: $ty) -> Self {
                $crate::__private::to_http(status.code())
            }
        }
    };
}

/// Without the `http` feature: nothing.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($($tt:tt)*) => {};
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
#[registry(path = "registry.toml")]
pub enum StatusCode {}

/// Unofficial status codes: numbers servers, proxies and CDNs send that IANA does not register
/// (nginx 444 and 499, Cloudflare 520 to 530, IIS 440 and 449, 418 I'm a teapot, ...).
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
