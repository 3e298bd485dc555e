//! Everything generated code names, in one place: the generator spells this module once
//! (`::status_core::__private`) and reaches the runtime only through it. Not a public API.

pub use crate::class::class_of_valid;
pub use crate::error::{parse_status, parse_status_code};
#[cfg(feature = "http")]
pub use crate::http::to_http;
pub use crate::info::InfoParts;
#[cfg(feature = "serde")]
pub use crate::serde::{deserialize_code, serialize_code};
pub use crate::{__http_impls, __serde_impls};
pub use crate::{
    Citation, ClassInfo, Date, HeaderRule, HttpStatus, Link, ParseStatusError, Registration, Requirement, StatusClass,
    StatusCode, StatusInfo, UnknownStatus,
};
#[cfg(feature = "http")]
pub use ::http;
#[cfg(feature = "serde")]
pub use ::serde;

/// Stops the build of a subset of `StatusCode` that was checked against other registry bytes
/// than the ones `StatusCode` was generated from (status-macros and status-core of different
/// versions): `fingerprint` is the subset's, and both must be equal.
pub const fn same_registry(fingerprint: u64) {
    assert!(
        fingerprint == StatusCode::__FINGERPRINT,
        "status-macros and status-core were built from different registries: use the same version of both"
    );
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

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private::http::StatusCode> for $ty {
            #[inline]
            fn eq(&self, other: &$crate::__private::http::StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$ty> for $crate::__private::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                self.as_u16() == other.code()
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
