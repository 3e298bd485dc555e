//! The five classes of status codes (RFC 9110, Section 15).

use crate::{ClassInfo, StatusCode};
use core::fmt;
use core::ops::RangeInclusive;

/// The class of a status code, given by its first digit (RFC 9110, Section 15).
///
/// A client that does not recognize a status code must still understand its class, and treat
/// the response as the `x00` code of that class ([`StatusClass::fallback`]).
///
/// ```
/// use status_core::StatusClass;
///
/// assert_eq!(StatusClass::of(404), Some(StatusClass::ClientError));
/// assert_eq!(StatusClass::of(299).unwrap().fallback().code(), 200);
/// assert_eq!(StatusClass::of(600), None); // RFC 9110 defines no class 6xx
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum StatusClass {
    /// 1xx: an interim response; the request was received and work on it goes on.
    Informational = 1,
    /// 2xx: the request was received, understood and accepted.
    Successful = 2,
    /// 3xx: the user agent has to take a further step to complete the request.
    Redirection = 3,
    /// 4xx: the request contains an error or cannot be fulfilled as sent.
    ClientError = 4,
    /// 5xx: the server failed to fulfil a request that looked valid.
    ServerError = 5,
}

impl StatusClass {
    /// All five classes, in order.
    pub const ALL: [Self; 5] =
        [Self::Informational, Self::Successful, Self::Redirection, Self::ClientError, Self::ServerError];

    /// The class of `code`, or `None` outside 100..=599 (the range RFC 9110 gives classes to).
    #[must_use]
    pub const fn of(code: u16) -> Option<Self> {
        match code {
            100..=199 => Some(Self::Informational),
            200..=299 => Some(Self::Successful),
            300..=399 => Some(Self::Redirection),
            400..=499 => Some(Self::ClientError),
            500..=599 => Some(Self::ServerError),
            _ => None,
        }
    }

    /// The first digit shared by the class's codes (1 to 5).
    #[must_use]
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The codes of the class, e.g. `400..=499`.
    #[must_use]
    pub const fn range(self) -> RangeInclusive<u16> {
        let start = self.digit() as u16 * 100;
        RangeInclusive::new(start, start + 99)
    }

    /// Whether `code` belongs to the class.
    #[must_use]
    pub const fn contains(self, code: u16) -> bool {
        code / 100 == self.digit() as u16 && code < 600
    }

    /// What the registry's `[[class]]` table says about the class: name, meaning, citation.
    #[must_use]
    pub const fn info(self) -> &'static ClassInfo {
        &StatusCode::CLASSES[self as usize - 1]
    }

    /// The class name RFC 9110 uses, e.g. `"Client Error"` (from the registry's `[[class]]` table).
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// What the class means, in a sentence (from the registry's `[[class]]` table).
    #[must_use]
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }

    /// Where the class is defined, e.g. RFC 9110, Section 15.5.
    #[must_use]
    pub const fn citation(self) -> crate::Citation {
        self.info().citation
    }

    /// The `x00` code of the class: what RFC 9110, Section 15 tells a client to treat an
    /// unrecognized code of this class as (`299` is handled as `200 OK`).
    #[must_use]
    pub const fn fallback(self) -> StatusCode {
        match self {
            Self::Informational => StatusCode::Continue,
            Self::Successful => StatusCode::Ok,
            Self::Redirection => StatusCode::MultipleChoices,
            Self::ClientError => StatusCode::BadRequest,
            Self::ServerError => StatusCode::InternalServerError,
        }
    }
}

impl fmt::Display for StatusClass {
    /// Writes e.g. `4xx Client Error`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx {}", self.digit(), self.name())
    }
}

/// The class of a code already known to lie in 100..=599 (generated code only calls it so).
#[doc(hidden)]
#[must_use]
pub const fn class_of_valid(code: u16) -> StatusClass {
    match code / 100 {
        1 => StatusClass::Informational,
        2 => StatusClass::Successful,
        3 => StatusClass::Redirection,
        4 => StatusClass::ClientError,
        _ => StatusClass::ServerError,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    #[test]
    fn classes_cover_100_to_599_only() {
        for code in 0..=1000u16 {
            let class = StatusClass::of(code);
            assert_eq!(class.is_some(), (100..600).contains(&code), "{code}");
            if let Some(class) = class {
                assert!(class.contains(code) && class.range().contains(&code));
                assert_eq!(class_of_valid(code), class);
                assert_eq!(class.fallback().code(), u16::from(class.digit()) * 100);
            }
            assert!(StatusClass::ALL.iter().filter(|c| c.contains(code)).count() <= 1);
        }
    }

    #[test]
    fn display_names_the_class() {
        assert_eq!(StatusClass::ClientError.to_string(), "4xx Client Error");
        for class in StatusClass::ALL {
            assert_eq!(class.info().digit, class.digit(), "CLASSES is in digit order");
            assert!(!class.summary().is_empty());
        }
        assert_eq!(StatusClass::Redirection.citation().section, Some("15.4"));
    }
}
