//! Everything generated code names, in one place: the generator spells this module once
//! (`::status_core::__private`) and reaches the runtime only through it. Not a public API.

pub use crate::__http_impls;
pub use crate::__string_header;
pub use crate::Phrase;
pub use crate::cause::{AsDynError, LogAsDerefError, LogAsDisplay, LogAsError, LogCause};
#[cfg(feature = "alloc")]
pub use crate::cause::{CauseOf, LocalCause, SharedCause};
pub use crate::class::class_of_valid;
pub use crate::error::{parse_status, parse_status_code};
#[cfg(feature = "http")]
pub use crate::http::to_http;
pub use crate::info::InfoParts;
#[cfg(feature = "serde")]
pub use crate::serde::{deserialize_code, serialize_code};
pub use crate::subset::{SharedCode, Subset, Variant, concat_codes, has_code};
pub use crate::{__keep_cause, __log_cause};
pub use crate::{__number_impls, __respond_traits, __subset_impl, __u16_impls};
// The impls `#[subset(skip(..))]` leaves out, each named after its opt-out (see `optout.rs`).
pub use crate::{
    CacheKind, Caching, Citation, ClassInfo, Condition, Content, Date, FieldGrammar, Grammar, HeaderRule, History,
    HttpStatus, HttpVersion, Limit, Link, ParseStatusError, Party, Registration, RequestContext, Requirement, Retry,
    RetryKind, Sender, StatusClass, StatusCode, StatusInfo, UnknownStatus, ValueForm,
};
pub use crate::{
    Deserialize__opt_out_with__subset_skip_Deserialize, Display__opt_out_with__subset_skip_Display,
    Error__opt_out_with__subset_skip_Error, From__opt_out_with__subset_skip_From,
    Serialize__opt_out_with__subset_skip_Serialize,
};
#[cfg(feature = "http")]
pub use ::http;
#[cfg(feature = "serde")]
pub use ::serde;
#[cfg(any(feature = "axum", feature = "actix-web", feature = "client"))]
pub use ::serde_json;

// Decoding (feature `client`): the trait a `#[subset(client)]` enum implements and what its
// `__decode` reads a response with.
pub use crate::__client_impls;
#[cfg(feature = "client")]
pub use crate::client::{Decode, Found, FromContent, Miss, Received};
#[cfg(feature = "client")]
pub use crate::problem::{ProblemDetails, Rfc9457};

/// The decoding impl of a `#[subset(client)]` enum (feature `client`).
#[cfg(feature = "client")]
#[doc(hidden)]
#[macro_export]
macro_rules! __client_impls {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Without the `client` feature a `#[subset(client)]` enum cannot be decoded: said where it is.
#[cfg(not(feature = "client"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __client_impls {
    ($($item:tt)*) => {
        ::core::compile_error!(
            "`#[subset(client)]` decodes responses with status-core's `client` feature: add `features = [\"client\"]` to the status-core dependency"
        );
    };
}

/// Hands a 5xx variant's cause to the sink to log, by what it is (an error with its chain, a
/// pointer to one, or a `Display` value).
#[doc(hidden)]
#[macro_export]
macro_rules! __log_cause {
    ($sink:ident, $value:expr) => {{
        use $crate::__private::{LogAsDerefError as _, LogAsDisplay as _, LogAsError as _};
        (&&&$crate::__private::LogCause($value)).log_into($sink);
    }};
}

/// Hands a 5xx variant's error to the sink for the response's extensions (feature `alloc`; the
/// framework sinks, which keep it, all have it).
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __keep_cause {
    ($sink:ident, $code:literal, $error:ident) => {{
        use $crate::__private::{LocalCause as _, SharedCause as _};
        let __kept = $crate::__private::CauseOf($code, $error).into_cause();
        $crate::__private::Sink::keep(&mut $sink, __kept);
    }};
}

/// Without an allocator there is no `Cause` (and no framework sink to keep one).
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __keep_cause {
    ($sink:ident, $code:literal, $error:ident) => {{
        let _ = $error;
    }};
}

/// A `String` header field of a response built by value (`__response_parts_mut`): moved into
/// the sink where there is an allocator to own it, else sent from a borrow as `str_header` does.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __string_header {
    ($sink:ident, $field:literal, $value:ident) => {
        $crate::__private::Sink::string_header($sink, $field, ::core::mem::take($value))
    };
}

/// Without an allocator the sink cannot own the text: it is copied from the borrow.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __string_header {
    ($sink:ident, $field:literal, $value:ident) => {
        $crate::__private::Sink::str_header($sink, $field, ::core::convert::AsRef::<str>::as_ref($value))
    };
}

/// Stops the build of a subset of `StatusCode` that was checked against other registry bytes
/// than the ones `StatusCode` was generated from (status-macros and status-core of different
/// versions): `fingerprint` is the subset's, and both must be equal.
///
/// # Panics
///
/// At compile time (it is called in a `const`), where the fingerprints differ.
pub const fn same_registry(fingerprint: u64) {
    assert!(
        fingerprint == StatusCode::__FINGERPRINT,
        "status-macros and status-core were built from different registries: use the same version of both"
    );
}

// Optional impls for generated enums: the generated code always invokes these macros, and what
// they expand to depends on the features status-core was built with.

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

// Responses (features `axum` and `actix-web`). The generated code always invokes
// `__respond_impls!` with: the enum, the traits that stand for missing required header fields,
// the bounds on them, the types of its `#[body]` fields, and `error` when every code is 4xx/5xx.

#[cfg(feature = "alloc")]
pub use crate::problem::ErrorFormat;
#[cfg(feature = "actix-web")]
pub use crate::respond::actix::{ActixSink, actix_status};
#[cfg(feature = "axum")]
pub use crate::respond::axum::AxumSink;
pub use crate::respond::{BodySink, RefBodySink, Respond, RespondRef, Sink};
pub use crate::{__actix_impls, __axum_impls, __respond_impls};
#[cfg(feature = "actix-web")]
pub use ::actix_web;
#[cfg(feature = "axum")]
pub use ::axum_core;

// Defined at the crate root, so that the diagnostics that name it show no private path.
pub use crate::RequiredHeaderSent;

/// The framework impls of a generated enum, with the gaps in its required header fields.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_impls {
    ($ty:ident [$($rules:tt)*] [$($body:ty),*] [$($inner:ty),*] $kind:ident) => {
        $crate::__axum_impls! { $ty [$($rules)*] [$($body),*] [$($inner),*] }
        $crate::__actix_impls! { $ty [$($rules)*] [$($body),*] [$($inner),*] $kind }
    };
}

/// Without a framework feature: nothing (the response methods still type-check the attributes).
#[cfg(not(any(feature = "axum", feature = "actix-web")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_impls {
    ($($tt:tt)*) => {};
}

/// `axum_core::response::IntoResponse` (feature `axum`).
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($ty:ident [$($rules:tt)*] [$($body:ty),*] [$($inner:ty),*]) => {
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $ty
        where
            $($rules)*
            $(for<'__status> $crate::__private::AxumSink<'__status>:
                $crate::__private::BodySink<$body, Output = $crate::__private::axum_core::response::Response>,)*
            $(for<'__status> $inner: $crate::__private::axum_core::response::IntoResponse
                + $crate::__private::Respond<$crate::__private::AxumSink<'__status>>,)*
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                self.__respond($crate::__private::AxumSink::new)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($($tt:tt)*) => {};
}

/// `actix_web::Responder`, and `actix_web::ResponseError` when every code is 4xx/5xx
/// (feature `actix-web`).
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix_impls {
    ($ty:ident [$($rules:tt)*] [$($body:ty),*] [$($inner:ty),*] $kind:ident) => {
        #[automatically_derived]
        impl $crate::__private::actix_web::Responder for $ty
        where
            $($rules)*
            $(for<'__status> $crate::__private::ActixSink<'__status>: $crate::__private::BodySink<
                $body,
                Output = $crate::__private::actix_web::HttpResponse<$crate::__private::actix_web::body::BoxBody>,
            >,)*
            $(for<'__status> $inner: $crate::__private::actix_web::Responder
                + $crate::__private::Respond<$crate::__private::ActixSink<'__status>>,)*
        {
            type Body = $crate::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                request: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse<Self::Body> {
                self.__respond(|| $crate::__private::ActixSink::new(::core::option::Option::Some(request)))
            }
        }

        $crate::__actix_impls! { @error $kind $ty [$($rules)*] [$($body),*] [$($inner),*] }
    };
    (@error error $ty:ident [$($rules:tt)*] [$($body:ty),*] [$($inner:ty),*]) => {
        #[automatically_derived]
        impl $crate::__private::actix_web::ResponseError for $ty
        where
            $($rules)*
            for<'__status> $ty: ::core::fmt::Debug,
            $(for<'__status> $crate::__private::ActixSink<'__status>: $crate::__private::RefBodySink<
                $body,
                Output = $crate::__private::actix_web::HttpResponse<$crate::__private::actix_web::body::BoxBody>,
            >,)*
            $(for<'__status> $inner: $crate::__private::actix_web::ResponseError
                + $crate::__private::RespondRef<$crate::__private::ActixSink<'__status>>,)*
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::actix_status(self.code())
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                self.__respond_ref(|| $crate::__private::ActixSink::new(::core::option::Option::None))
            }
        }
    };
    (@error any $ty:ident [$($rules:tt)*] [$($body:ty),*] [$($inner:ty),*]) => {};
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix_impls {
    ($($tt:tt)*) => {};
}

// OpenAPI (feature `utoipa`): the generated code always invokes `__utoipa_impls!` with the
// enum, one `ResponseDoc` per variant, and the name and subset of each transparent variant.

pub use crate::__utoipa_impls;
#[cfg(feature = "utoipa")]
pub use crate::openapi::{
    BodyHasSchema, BodyIsAnything, HeaderDoc, HeaderHasSchema, HeaderIsText, ResponseDoc, SchemaOf, VariantResponses,
    held_responses, includes as openapi_includes, responses as openapi_responses, text_content,
};
#[cfg(feature = "utoipa")]
pub use ::utoipa;

/// The schema of a `#[header("Name", "value")]` header field: a string that is always `value`.
#[cfg(feature = "utoipa")]
#[must_use]
pub fn fixed_header_schema(value: &'static str) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some([value]))
        .examples([value])
        .into()
}

/// `utoipa::IntoResponses` (feature `utoipa`), and `VariantResponses`, the responses by variant
/// name that `openapi::view!` chooses from.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impls {
    ($ty:ident [$($doc:expr),*] [$($name:literal $inner:ty),*]) => {
        #[automatically_derived]
        impl $crate::__private::VariantResponses for $ty {
            fn variant_responses(
                only: ::core::option::Option<&[&str]>,
            ) -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::Response>,
            > {
                #[allow(unused_mut)]
                let mut responses = $crate::__private::openapi_responses(&[$($doc),*], only);
                $(
                    if $crate::__private::openapi_includes(only, $name) {
                        ::core::iter::Extend::extend(&mut responses, $crate::__private::held_responses::<$inner>());
                    }
                )*
                responses
            }
        }

        #[automatically_derived]
        impl $crate::__private::utoipa::IntoResponses for $ty {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::Response>,
            > {
                <$ty as $crate::__private::VariantResponses>::variant_responses(::core::option::Option::None)
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impls {
    ($($tt:tt)*) => {};
}

#[cfg(feature = "utoipa")]
pub use alloc::{collections::BTreeMap, string::String};
