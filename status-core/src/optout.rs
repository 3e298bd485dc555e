//! The generated impls a user can leave out with `#[subset(skip(..))]`: `Display`, `Error`,
//! `From`, `Serialize`, `Deserialize`. Each is written by a macro named after its opt-out, so
//! that where one collides with an impl the macro cannot see (a hand-written `Display`, a
//! blanket `From`), the compiler's E0119 ends with "this error originates in the macro
//! `..::Display__opt_out_with__subset_skip_Display`": the fix, in the error.
//!
//! The macros' names break Rust's naming conventions on purpose; nothing calls them but
//! generated code.

/// `Display` of a generated enum, its `fmt` written by the generator.
#[doc(hidden)]
#[macro_export]
#[allow(non_snake_case)]
macro_rules! Display__opt_out_with__subset_skip_Display {
    ($ty:ident $body:tt) => {
        #[automatically_derived]
        impl ::core::fmt::Display for $ty $body
    };
}

/// `core::error::Error` of a subset. `Error` needs `Debug`; the bound waits until the enum is
/// used as an error, so a subset without `Debug` still compiles.
#[doc(hidden)]
#[macro_export]
#[allow(non_snake_case)]
macro_rules! Error__opt_out_with__subset_skip_Error {
    ($ty:ident $body:tt) => {
        #[automatically_derived]
        impl ::core::error::Error for $ty where for<'__status> $ty: ::core::fmt::Debug $body
    };
}

/// `From<$from>` of a subset: a `#[from]` field or a held subset.
#[doc(hidden)]
#[macro_export]
#[allow(non_snake_case)]
macro_rules! From__opt_out_with__subset_skip_From {
    ($ty:ident [$from:ty] $body:tt) => {
        #[automatically_derived]
        impl ::core::convert::From<$from> for $ty $body
    };
}

/// serde's `Serialize` of an enum of unit variants, as its code (feature `serde`).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
#[allow(non_snake_case)]
macro_rules! Serialize__opt_out_with__subset_skip_Serialize {
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
    };
    (data $ty:ident) => {};
}

/// serde's `Deserialize` of an enum of unit variants, from its code (feature `serde`).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
#[allow(non_snake_case)]
macro_rules! Deserialize__opt_out_with__subset_skip_Deserialize {
    (unit $ty:ident) => {
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
#[allow(non_snake_case)]
macro_rules! Serialize__opt_out_with__subset_skip_Serialize {
    ($($tt:tt)*) => {};
}

/// Without the `serde` feature: nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
#[allow(non_snake_case)]
macro_rules! Deserialize__opt_out_with__subset_skip_Deserialize {
    ($($tt:tt)*) => {};
}
