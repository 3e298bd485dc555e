//! The reason phrase on an HTTP/1 status line (`HTTP/1.1 422 Unprocessable Content`): whose it is.
//!
//! RFC 9110 (Section 15) leaves the phrase to the sender and tells clients to ignore it, so it
//! is a matter of taste, but one a service ported to this crate may have to keep byte for byte:
//! hyper (under axum) and actix-web write `http`'s phrases (`Unprocessable Entity`, `Payload
//! Too Large`), where the registry now says `Unprocessable Content` and `Content Too Large`.
//! HTTP/2 and HTTP/3 send no phrase at all.
//!
//! - [`Phrase::Registry`] (the default): the registry's phrase, as the enum's `reason()`.
//! - [`Phrase::Framework`]: whatever the framework writes for the code on its own, as if the
//!   response came from a handler that never heard of this crate.
//! - [`Phrase::Empty`]: no phrase (`HTTP/1.1 422 `); RFC 9112 (Section 4) allows it.
//!
//! Per enum, `#[subset(phrase = "framework")]` (or `"registry"`, `"empty"`); per error format,
//! its `ErrorFormat::PHRASE`, which covers the enums that name the format and the extractors and
//! fallbacks typed with it; for the whole service, [`Phrase::set_default`] once at start-up: it
//! covers every enum and extractor that says nothing itself, and the framework integrations'
//! error bodies (`status_core::axum`, `status_core::actix`). The nearest choice wins: the enum's,
//! then its format's, then the service's.
//!
//! ```
//! use status_core::Phrase;
//!
//! Phrase::set_default(Phrase::Framework);
//! assert_eq!(Phrase::default_now(), Phrase::Framework);
//! # Phrase::set_default(Phrase::Registry);
//! ```

use core::sync::atomic::{AtomicU8, Ordering};

/// Whose reason phrase goes on the status line (see the [module docs](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
pub enum Phrase {
    /// The registry's phrase for the code (`Unprocessable Content`).
    #[default]
    Registry = 0,
    /// The framework's own phrase (hyper's and actix-web's come from `http`: `Unprocessable
    /// Entity`).
    Framework = 1,
    /// No phrase: the status line ends after the code and a space.
    Empty = 2,
}

/// The service-wide phrase, as a `Phrase`'s discriminant.
static DEFAULT: AtomicU8 = AtomicU8::new(Phrase::Registry as u8);

impl Phrase {
    /// Sets the phrase of every response whose enum names none, and of the framework
    /// integrations' own error responses, for the whole process (a service calls it once, at
    /// start-up, before it answers requests).
    pub fn set_default(self) {
        DEFAULT.store(self as u8, Ordering::Relaxed);
    }

    /// The phrase [`set_default`](Phrase::set_default) set last (`Registry` until it is
    /// called).
    #[must_use]
    pub fn default_now() -> Phrase {
        match DEFAULT.load(Ordering::Relaxed) {
            1 => Phrase::Framework,
            2 => Phrase::Empty,
            _ => Phrase::Registry,
        }
    }

    /// This phrase where it was given, the service's default where not.
    #[must_use]
    #[inline]
    pub fn or_default(phrase: Option<Phrase>) -> Phrase {
        match phrase {
            Some(phrase) => phrase,
            None => Phrase::default_now(),
        }
    }

    /// The text of the phrase for a response whose registry phrase is `registry`: `None` where
    /// the framework writes its own.
    #[must_use]
    #[inline]
    pub const fn text(self, registry: &'static str) -> Option<&'static str> {
        match self {
            Phrase::Registry => Some(registry),
            Phrase::Framework => None,
            Phrase::Empty => Some(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Phrase;

    #[test]
    fn each_phrase_gives_its_text() {
        assert_eq!(Phrase::Registry.text("Content Too Large"), Some("Content Too Large"));
        assert_eq!(Phrase::Framework.text("Content Too Large"), None);
        assert_eq!(Phrase::Empty.text("Content Too Large"), Some(""));
        assert_eq!(Phrase::or_default(Some(Phrase::Empty)), Phrase::Empty);
    }
}
