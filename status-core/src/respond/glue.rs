//! What the framework sinks share besides [`Parts`](super::parts::Parts): the field values and
//! names of the `http` crate in scope (macros, since axum speaks http 1 and actix-web http 0.2),
//! the forwarding of `Sink` calls, and the sink of a variant whose body comes first.

use super::parts::Parts;
use crate::problem::FormatFn;

/// What a started sink keeps besides the response its `#[body]` made: the status, and the
/// first part that could not be sent (the response becomes the 500 problem that names it).
/// A variant's `#[body]` takes its problem's place, so detail, type, instance and field errors
/// are not kept.
pub(crate) struct Head {
    pub code: u16,
    pub reason: &'static str,
    pub phrase: Option<crate::Phrase>,
    pub bad_part: Option<(&'static str, &'static str)>,
    pub format: Option<FormatFn>,
}

impl Head {
    pub fn new() -> Self {
        Head { code: 0, reason: "", phrase: None, bad_part: None, format: None }
    }

    pub fn refuse(&mut self, name: &'static str, what: &'static str) {
        if self.bad_part.is_none() {
            self.bad_part = Some((name, what));
        }
    }

    /// The parts of the 500 problem that replaces the response when a part was refused
    /// (`Parts::check` writes it): the body's response is dropped with the variant's headers.
    pub fn into_parts<V>(self) -> Parts<V> {
        Parts {
            code: self.code,
            reason: self.reason,
            phrase: self.phrase,
            bad_part: self.bad_part,
            format: self.format,
            ..Parts::default()
        }
    }

    /// The phrase for the status line: `None` where the framework writes its own.
    #[inline]
    pub fn phrase_text(&self) -> Option<&'static str> {
        crate::Phrase::or_default(self.phrase).text(self.reason)
    }
}

/// The [`Sink`](super::Sink) calls of a started sink (a `head: Head` and an `append(field,
/// Result<HeaderName, ()>, Option<HeaderValue>)` that writes into the response), but `status`,
/// `keep` and `finish`.
macro_rules! forward_to_head {
    () => {
        // The header calls are inlined, with `header_name`: the generated code names its fields
        // with literals, so the name's match folds away at the call.
        #[inline]
        fn header(&mut self, field: &'static str, value: &dyn ::core::fmt::Display) {
            let value = ::alloc::string::ToString::to_string(value);
            self.append(field, header_name(field), <HeaderValue as super::parts::FieldValue>::owned(value));
        }

        #[inline]
        fn str_header(&mut self, field: &'static str, value: &str) {
            self.append(field, header_name(field), <HeaderValue as super::parts::FieldValue>::copied(value));
        }

        #[inline]
        fn string_header(&mut self, field: &'static str, value: ::alloc::string::String) {
            self.append(field, header_name(field), <HeaderValue as super::parts::FieldValue>::owned(value));
        }

        #[inline]
        fn static_header(&mut self, field: &'static str, value: &'static str) {
            self.append(field, header_name(field), <HeaderValue as super::parts::FieldValue>::fixed(value));
        }

        #[inline]
        fn phrase(&mut self, phrase: $crate::Phrase) {
            self.head.phrase = ::core::option::Option::Some(phrase);
        }

        // The body is sent in the problem's place: its members are not written.
        fn detail(&mut self, _detail: ::core::fmt::Arguments<'_>) {}

        fn problem_type(&mut self, _uri: &'static str) {}

        // Still serialized: a member that cannot be is the 500, as with a collecting sink.
        fn extension<T: ?Sized + $crate::__private::serde::Serialize>(&mut self, name: &'static str, value: &T) {
            if $crate::__private::serde_json::to_string(value).is_err() {
                self.head.refuse(name, "extension member");
            }
        }

        fn format(&mut self, format: $crate::problem::FormatFn) {
            self.head.format = ::core::option::Option::Some(format);
        }

        fn cause(&mut self, error: &dyn ::core::error::Error) {
            super::parts::log_cause(self.head.code, self.head.reason, error);
        }

        fn cause_text(&mut self, cause: &dyn ::core::fmt::Display) {
            super::parts::log_cause_text(self.head.code, self.head.reason, cause);
        }
    };
}
pub(crate) use forward_to_head;

/// `FieldValue` for the `HeaderValue` in scope (http 1 for axum, http 0.2 for actix-web), whose
/// check of the bytes is `is_field_value`'s: a static value is not copied, a `String` field is
/// copied once.
macro_rules! field_value_impl {
    () => {
        impl super::parts::FieldValue for HeaderValue {
            #[inline]
            fn owned(text: ::alloc::string::String) -> Option<Self> {
                HeaderValue::try_from(text).ok()
            }

            #[inline]
            fn copied(text: &str) -> Option<Self> {
                HeaderValue::from_str(text).ok()
            }

            #[inline]
            fn fixed(text: &'static str) -> Option<Self> {
                // `from_static` takes visible ASCII only (and panics otherwise): obs-text is copied.
                if text.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)) {
                    Some(HeaderValue::from_static(text))
                } else {
                    HeaderValue::from_bytes(text.as_bytes()).ok()
                }
            }
        }
    };
}
pub(crate) use field_value_impl;

/// `header_name`, for the `HeaderName` of the `header` module in scope (http 1 or 0.2): the
/// fields the registry's rules name are matched to the framework's constants (`known_header`),
/// which skips `from_bytes`' lowercasing and table lookup; any other name is parsed.
macro_rules! header_name_fn {
    () => {
        $crate::respond::known_header_fn!();

        #[inline]
        fn header_name(field: &'static str) -> Result<HeaderName, ()> {
            match known_header(field) {
                Some(name) => Ok(name),
                None => HeaderName::from_bytes(field.as_bytes()).map_err(drop),
            }
        }
    };
}
pub(crate) use header_name_fn;

/// Forwards the [`Sink`](super::Sink) calls of a framework sink to its [`Parts`].
macro_rules! forward_to_parts {
    () => {
        fn status(&mut self, code: u16, reason: &'static str) {
            self.parts.status(code, reason);
        }

        fn phrase(&mut self, phrase: $crate::Phrase) {
            self.parts.phrase = ::core::option::Option::Some(phrase);
        }

        fn variant(&mut self, variant: &'static $crate::Variant) {
            self.parts.variant = ::core::option::Option::Some(variant);
        }

        fn header(&mut self, field: &'static str, value: &dyn ::core::fmt::Display) {
            self.parts.header(field, value);
        }

        fn static_header(&mut self, field: &'static str, value: &'static str) {
            self.parts.static_header(field, value);
        }

        fn str_header(&mut self, field: &'static str, value: &str) {
            self.parts.str_header(field, value);
        }

        fn string_header(&mut self, field: &'static str, value: ::alloc::string::String) {
            self.parts.string_header(field, value);
        }

        fn detail(&mut self, detail: ::core::fmt::Arguments<'_>) {
            self.parts.detail(detail);
        }

        fn problem_type(&mut self, uri: &'static str) {
            self.parts.problem_mut().problem_type = Some(uri);
        }

        fn instance(&mut self, instance: &dyn ::core::fmt::Display) {
            self.parts.problem_mut().instance = Some(::alloc::string::ToString::to_string(instance));
        }

        fn extension<T: ?Sized + $crate::__private::serde::Serialize>(&mut self, name: &'static str, value: &T) {
            self.parts.extension(name, $crate::__private::serde_json::to_string(value).map_err(|_| ()));
        }

        fn errors(&mut self, errors: &$crate::problem::FieldErrors) {
            self.parts.problem_mut().errors.extend_from_slice(errors.as_slice());
        }

        fn format(&mut self, format: $crate::problem::FormatFn) {
            self.parts.format = ::core::option::Option::Some(format);
        }

        fn cause(&mut self, error: &dyn ::core::error::Error) {
            self.parts.cause(error);
        }

        fn cause_text(&mut self, cause: &dyn ::core::fmt::Display) {
            super::parts::log_cause_text(self.parts.code, self.parts.reason, cause);
        }

        fn keep(&mut self, cause: ::core::option::Option<$crate::Cause>) {
            self.parts.cause = cause;
        }
    };
}
pub(crate) use forward_to_parts;
