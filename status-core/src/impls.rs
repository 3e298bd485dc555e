//! The impls that have the same shape for every generated enum, as `macro_rules!` the generated
//! code names in one line: the compiler expands them natively, where writing their tokens out in
//! the proc macro (built without optimization in a user's debug build) cost every subset time on
//! every build of the crate that has it.

/// `From<E> for u16` and `PartialEq` with `u16` both ways.
#[doc(hidden)]
#[macro_export]
macro_rules! __u16_impls {
    ($ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$ty> for u16 {
            #[inline]
            fn from(status: $ty) -> u16 {
                status.code()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<u16> for $ty {
            #[inline]
            fn eq(&self, other: &u16) -> bool {
                self.code() == *other
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$ty> for u16 {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                *self == other.code()
            }
        }
    };
}

/// `HttpStatus`, `TryFrom<u16>` and `FromStr` of an enum of unit variants. `by_value`: its
/// inherent methods take `self` (registry enums, which are `Copy`), `by_ref`: `&self`.
/// `registry`: it also knows the codes it has no variant for (`lookup`); `canonical`: it parses
/// through `StatusCode`'s own table. `fields`: it states the grammars of header fields
/// (`FIELDS`, from a registry's `[[field]]` table), `no_fields`: the trait's default.
#[doc(hidden)]
#[macro_export]
macro_rules! __number_impls {
    ($ty:ident $name:literal $parent:ty, $receiver:ident $kind:ident $fields:ident) => {
        #[automatically_derived]
        impl $crate::__private::HttpStatus for $ty {
            $crate::__number_impls!(@lookup $kind $ty);
            $crate::__number_impls!(@fields $fields $ty);

            const ALL: &'static [Self] = &$ty::ALL;

            #[inline]
            fn from_u16(code: u16) -> ::core::option::Option<Self> {
                $ty::from_u16(code)
            }

            #[inline]
            fn code(&self) -> u16 {
                $ty::code($crate::__number_impls!(@this $receiver self))
            }

            #[inline]
            fn reason(&self) -> &'static str {
                $ty::reason($crate::__number_impls!(@this $receiver self))
            }

            #[inline]
            fn info(&self) -> &'static $crate::__private::StatusInfo {
                $ty::info($crate::__number_impls!(@this $receiver self))
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<u16> for $ty {
            type Error = $crate::__private::UnknownStatus;

            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::__private::UnknownStatus::__new(code, $name, <$parent>::lookup(code)),
                    ),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::__private::ParseStatusError;

            /// Parses `"404"`, or `"404 Not Found"` (the reason phrase, or a former name of the
            /// code such as `"413 Payload Too Large"`, compared ignoring ASCII case).
            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__number_impls!(@parse $kind s)
            }
        }
    };
    (@this by_value $self:ident) => { *$self };
    (@this by_ref $self:ident) => { $self };
    (@lookup subset $ty:ident) => {};
    (@lookup $kind:ident $ty:ident) => {
        #[inline]
        fn lookup(code: u16) -> ::core::option::Option<&'static $crate::__private::StatusInfo> {
            $ty::lookup(code)
        }
    };
    (@fields no_fields $ty:ident) => {};
    (@fields fields $ty:ident) => {
        #[inline]
        fn field_grammars() -> &'static [$crate::__private::FieldGrammar] {
            $ty::FIELDS
        }
    };
    (@parse canonical $s:ident) => { $crate::__private::parse_status_code($s) };
    (@parse $kind:ident $s:ident) => { $crate::__private::parse_status::<Self>($s) };
}

/// `Subset` of a subset enum: its codes and parent, each method its inherent one.
#[doc(hidden)]
#[macro_export]
macro_rules! __subset_impl {
    ($ty:ident $parent:ty, $codes:expr) => {
        #[automatically_derived]
        impl $crate::__private::Subset for $ty {
            const CODES: &'static [u16] = $codes;
            type Parent = $parent;

            #[inline]
            fn code(&self) -> u16 {
                $ty::code(self)
            }

            #[inline]
            fn reason(&self) -> &'static str {
                $ty::reason(self)
            }

            #[inline]
            fn as_str(&self) -> &'static str {
                $ty::as_str(self)
            }

            #[inline]
            fn status(&self) -> $parent {
                $ty::status(self)
            }

            #[inline]
            fn info(&self) -> &'static $crate::__private::StatusInfo {
                $ty::info(self)
            }

            #[inline]
            fn __response_parts<S: $crate::__private::Sink>(&self, sink: &mut S) {
                $ty::__response_parts(self, sink)
            }
        }
    };
}

/// `Respond` and `RespondRef` of a generated enum, over any sink its `#[body]` types fit, each
/// its inherent `__respond`/`__respond_ref`.
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_traits {
    ($ty:ident [$($body:ty),*] [$($inner:ty),*]) => {
        #[automatically_derived]
        impl<S> $crate::__private::Respond<S> for $ty
        where
            S: $crate::__private::Sink
                $(+ $crate::__private::BodySink<$body, Output = <S as $crate::__private::Sink>::Output>)*,
            $($inner: $crate::__private::Respond<S>,)*
        {
            #[inline]
            fn respond<F: ::core::ops::FnOnce() -> S>(self, new: F) -> <S as $crate::__private::Sink>::Output {
                $ty::__respond(self, new)
            }
        }

        #[automatically_derived]
        impl<S> $crate::__private::RespondRef<S> for $ty
        where
            S: $crate::__private::Sink
                $(+ $crate::__private::RefBodySink<$body, Output = <S as $crate::__private::Sink>::Output>)*,
            $($inner: $crate::__private::RespondRef<S>,)*
        {
            #[inline]
            fn respond_ref<F: ::core::ops::FnOnce() -> S>(&self, new: F) -> <S as $crate::__private::Sink>::Output {
                $ty::__respond_ref(self, new)
            }
        }
    };
}
