//! Responses from generated enums: what the generated code tells a framework about a variant
//! (status, header fields, problem detail, body), through the [`Sink`] trait.
//!
//! Every generated enum gets `__response_parts` and `__respond`, written against [`Sink`], in
//! every build: they are how `#[header]`, `#[detail]` and `#[body]` type-check with no
//! framework feature on. The features `axum` and `actix-web` add sinks that build their
//! framework's response, and the impls (`IntoResponse`, `Responder`, `ResponseError`) that use
//! them.

use core::fmt;

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod glue;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod parts;

/// `known_header`, for the `HeaderName` of the `header` module in scope (http 1 for axum and
/// the client, http 0.2 for actix-web): the header fields the registry's rules name, and a few
/// more a response often carries, as the crate's constants, so neither a sink nor the client
/// parses a name the generated code wrote as a literal (the match folds where it is inlined).
#[cfg(any(feature = "axum", feature = "actix-web", feature = "client"))]
macro_rules! known_header_fn {
    () => {
        #[inline]
        fn known_header(field: &'static str) -> Option<HeaderName> {
            use header::*;
            Some(match field {
                "Location" => LOCATION,
                "Allow" => ALLOW,
                "Retry-After" => RETRY_AFTER,
                "WWW-Authenticate" => WWW_AUTHENTICATE,
                "Proxy-Authenticate" => PROXY_AUTHENTICATE,
                "Content-Range" => CONTENT_RANGE,
                "Content-Location" => CONTENT_LOCATION,
                "ETag" => ETAG,
                "Last-Modified" => LAST_MODIFIED,
                "Link" => LINK,
                "Upgrade" => UPGRADE,
                "Vary" => VARY,
                "Cache-Control" => CACHE_CONTROL,
                "Expires" => EXPIRES,
                _ => return None,
            })
        }
    };
}
#[cfg(any(feature = "axum", feature = "actix-web", feature = "client"))]
pub(crate) use known_header_fn;

/// Where generated code writes a response: a framework's response builder.
#[doc(hidden)]
pub trait Sink {
    /// The framework's response type.
    type Output;

    /// The status line: the code and the registry's reason phrase.
    fn status(&mut self, code: u16, reason: &'static str);

    /// Whose reason phrase the status line carries, where the enum names one
    /// (`#[subset(phrase = ..)]`); written before [`status`](Sink::status). Without it the
    /// service's default ([`Phrase::default_now`](crate::Phrase::default_now)).
    fn phrase(&mut self, phrase: crate::Phrase) {
        let _ = phrase;
    }

    /// The variant being sent, for the enum's error format (`Problem::variant`).
    fn variant(&mut self, variant: &'static crate::Variant) {
        let _ = variant;
    }

    /// A header field from a `#[header("Field-Name")]` field, its value written with `Display`.
    fn header(&mut self, field: &'static str, value: &dyn fmt::Display);

    /// A header field whose value is text (a `String` field): copied without `fmt`.
    fn str_header(&mut self, field: &'static str, value: &str) {
        self.header(field, &value);
    }

    /// A header field from a `String` field of a response built by value: the text is moved
    /// into the field value, not copied.
    #[cfg(feature = "alloc")]
    fn string_header(&mut self, field: &'static str, value: alloc::string::String) {
        self.str_header(field, &value);
    }

    /// A header field whose value is a `&'static str` (no copy is made of it).
    fn static_header(&mut self, field: &'static str, value: &'static str) {
        self.header(field, &value);
    }

    /// The problem's `detail` (`#[detail("...")]`).
    fn detail(&mut self, detail: fmt::Arguments<'_>);

    /// The problem's `type` URI (`#[problem(type = "...")]`); `about:blank` otherwise.
    fn problem_type(&mut self, uri: &'static str);

    /// The problem's `instance` (`#[instance]`).
    fn instance(&mut self, instance: &dyn fmt::Display) {
        let _ = instance;
    }

    /// An extension member of the problem (`#[extension]`), serialized with serde.
    #[cfg(feature = "serde")]
    fn extension<T: ?Sized + serde::Serialize>(&mut self, name: &'static str, value: &T) {
        let _ = (name, value);
    }

    /// An extension member of the problem (`#[extension]`); without the `serde` feature no
    /// framework sends it.
    #[cfg(not(feature = "serde"))]
    fn extension<T: ?Sized>(&mut self, name: &'static str, value: &T) {
        let _ = (name, value);
    }

    /// The problem's field errors (`#[errors]`).
    #[cfg(feature = "alloc")]
    fn errors(&mut self, errors: &crate::problem::FieldErrors) {
        let _ = errors;
    }

    /// The enum's error format (`#[subset(format = ..)]`).
    #[cfg(feature = "alloc")]
    fn format(&mut self, format: crate::problem::FormatFn) {
        let _ = format;
    }

    /// The error behind a 5xx response, as it is built: framework sinks log it with its
    /// `source()` chain at ERROR.
    fn cause(&mut self, error: &dyn core::error::Error) {
        let _ = error;
    }

    /// The cause of a 5xx response that is not an error (only `Debug + Display`), as it is
    /// built: framework sinks log its text at ERROR.
    fn cause_text(&mut self, cause: &dyn fmt::Display) {
        let _ = cause;
    }

    /// The error behind a 5xx response, for the response's extensions (`None`: an error that
    /// is not `Send + Sync + 'static`, which cannot be kept).
    #[cfg(feature = "alloc")]
    fn keep(&mut self, cause: Option<crate::Cause>) {
        let _ = cause;
    }

    /// The response without a body of the variant's own: an RFC 9457 problem for 4xx and 5xx,
    /// no content otherwise.
    fn finish(self) -> Self::Output;
}

/// A sink that can send a `#[body]` field it only borrows (actix-web's `ResponseError` builds
/// its response from `&self`).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{B}` cannot be an actix-web error body: `ResponseError` builds the response from a borrow",
    label = "the enum's `ResponseError` needs this",
    note = "use `actix_web::web::Json<T>`, `String` or `&'static str` for a 4xx/5xx `#[body]`, or write the body with `#[subset(format = ..)]`"
)]
pub trait RefBodySink<B> {
    /// The framework's response type (the same as the sink's [`Sink::Output`]).
    type Output;

    /// The response with `body` as its content.
    fn finish_with_ref(self, body: &B) -> Self::Output;
}

/// [`Respond`] from a borrow: what `ResponseError` asks of a transparent variant's subset.
#[doc(hidden)]
pub trait RespondRef<S: Sink> {
    /// The response, built in the sink `new` makes.
    fn respond_ref<F: FnOnce() -> S>(&self, new: F) -> S::Output;
}

/// A generated enum writing its whole response into the sink `S`: what a transparent variant
/// asks of the subset it holds (whose `#[body]` types `S` must take).
#[doc(hidden)]
pub trait Respond<S: Sink> {
    /// The response, built in the sink `new` makes (where it is needed: a started variant
    /// never makes the collecting one).
    fn respond<F: FnOnce() -> S>(self, new: F) -> S::Output;
}

/// A sink that can send a `#[body]` field of type `B` as the response content.
///
/// Not a subtrait of [`Sink`], and with an `Output` of its own: the framework impls bound it
/// with a higher-ranked lifetime (so a body type that only one framework accepts fails only
/// where the enum is used with the other), and such a bound must not stand in for the sink's
/// `Sink` impl.
#[doc(hidden)]
pub trait BodySink<B> {
    /// The framework's response type (the same as the sink's [`Sink::Output`]).
    type Output;

    /// The sink of [`start_with`](BodySink::start_with).
    type Started: Sink<Output = Self::Output>;

    /// The response with `body` as its content, after the parts were written.
    fn finish_with(self, body: B) -> Self::Output;

    /// The response with `body` as its content, the parts written after it: straight into the
    /// response the body made, with nothing collected first. What a variant built by value
    /// uses when its parts do not borrow the whole enum (a kept cause, a `Display` detail).
    fn start_with(self, body: B) -> Self::Started;
}
