//! Errors of the conversions into generated enums.

use crate::{HttpStatus, Registration, StatusClass, StatusCode, StatusInfo};
use core::fmt;

/// A status code that the target enum has no variant for.
///
/// The number is kept, and so is its class: RFC 9110, Section 15 tells a client to handle an
/// unrecognized code as the `x00` code of its class, which [`UnknownStatus::fallback`] gives.
///
/// ```
/// use status_core::StatusCode;
///
/// let err = StatusCode::try_from(299).unwrap_err();
/// assert_eq!(err.code(), 299);
/// assert_eq!(err.fallback(), Some(StatusCode::Ok));
///
/// let err = StatusCode::try_from(418).unwrap_err();
/// assert!(err.to_string().contains("registered as unused"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownStatus {
    code: u16,
    target: &'static str,
    registered: Option<&'static StatusInfo>,
}

impl UnknownStatus {
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(code: u16, target: &'static str, registered: Option<&'static StatusInfo>) -> Self {
        UnknownStatus { code, target, registered }
    }

    /// The code that was not recognized.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// Its class, or `None` outside 100..=599.
    #[must_use]
    pub const fn class(&self) -> Option<StatusClass> {
        StatusClass::of(self.code)
    }

    /// The code to handle the response as, per RFC 9110, Section 15: the `x00` code of its
    /// class (`299` -> `200 OK`, `499` -> `400 Bad Request`). A code outside 100..=599 has no
    /// class ([`class`](Self::class) is `None`), and RFC 9110, Section 15 has a client handle a
    /// response with such a code as a 5xx (Server Error), so it falls back to
    /// `500 Internal Server Error`.
    ///
    /// Always `Some`; the `Option` is kept so that code written when codes without a class had
    /// no fallback still compiles.
    ///
    /// ```
    /// use status_core::StatusCode;
    ///
    /// let err = StatusCode::try_from(999).unwrap_err();
    /// assert_eq!((err.class(), err.fallback()), (None, Some(StatusCode::InternalServerError)));
    /// ```
    #[must_use]
    pub const fn fallback(&self) -> Option<StatusCode> {
        match self.class() {
            Some(class) => Some(class.fallback()),
            None => Some(StatusCode::InternalServerError),
        }
    }

    /// The registry entry of the code when the registry knows it but the target enum has no
    /// variant for it: a code registered as unused, or one outside a subset.
    #[must_use]
    pub const fn registered(&self) -> Option<&'static StatusInfo> {
        self.registered
    }

    /// The name of the enum that has no variant for the code.
    #[must_use]
    pub const fn target(&self) -> &'static str {
        self.target
    }
}

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, target) = (self.code, self.target);
        match self.registered {
            Some(info) if matches!(info.registration(), Registration::Unused) => write!(
                f,
                "status code {code} is registered as unused ({}), so `{target}` has no variant for it",
                info.citation()
            )?,
            Some(info) => return write!(f, "status code {info} is not one of the codes of `{target}`"),
            None if !(100..=999).contains(&code) => {
                return write!(f, "{code} is not an HTTP status code: status codes are three digits, 100 to 999");
            }
            None => write!(f, "status code {code} is not registered in `{target}`")?,
        }
        if let Some(fallback) = self.fallback() {
            write!(f, "; a client handles it as {fallback} (RFC 9110, Section 15)")?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownStatus {}

/// Why a string could not be parsed as a status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusError {
    /// The string is empty.
    Empty,
    /// The string is not three ASCII digits, optionally followed by a space and a reason phrase.
    Syntax,
    /// The number is well formed, but the enum has no such code.
    Unknown(UnknownStatus),
    /// A reason phrase was given and does not match the code's.
    ReasonMismatch {
        /// The code that was parsed.
        code: u16,
        /// Its registered reason phrase.
        expected: &'static str,
    },
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("cannot parse a status code from an empty string"),
            Self::Syntax => f.write_str("a status code is three ASCII digits, like \"404\", optionally followed by its reason phrase, like \"404 Not Found\""),
            Self::Unknown(unknown) => unknown.fmt(f),
            Self::ReasonMismatch { code, expected } => {
                write!(f, "the reason phrase of {code} is \"{expected}\", which the string does not match")
            }
        }
    }
}

impl core::error::Error for ParseStatusError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::Unknown(unknown) => Some(unknown),
            _ => None,
        }
    }
}

/// The code in `bytes` if it is exactly three ASCII digits.
#[doc(hidden)]
#[inline]
#[must_use]
pub const fn three_digits(bytes: &[u8]) -> Option<u16> {
    let [a, b, c] = *bytes else { return None };
    let (a, b, c) = (a.wrapping_sub(b'0'), b.wrapping_sub(b'0'), c.wrapping_sub(b'0'));
    if a > 9 || b > 9 || c > 9 {
        return None;
    }
    Some(a as u16 * 100 + b as u16 * 10 + c as u16)
}

/// `FromStr` for every generated enum with unit variants: `"404"`, or `"404 Not Found"` where
/// the phrase is the code's reason phrase or one of its former names (`"413 Payload Too Large"`),
/// compared ignoring ASCII case.
#[inline]
#[doc(hidden)]
pub fn parse_status<T: HttpStatus>(s: &str) -> Result<T, ParseStatusError> {
    let bytes = s.as_bytes();
    // The common case first: exactly three digits naming a variant.
    if let Some(status) = three_digits(bytes).and_then(T::from_u16) {
        return Ok(status);
    }
    parse_status_slow(bytes)
}

#[cold]
fn parse_status_slow<T: HttpStatus>(bytes: &[u8]) -> Result<T, ParseStatusError> {
    if bytes.is_empty() {
        return Err(ParseStatusError::Empty);
    }
    let (digits, rest) = bytes.split_at(bytes.len().min(3));
    let Some(code) = three_digits(digits) else { return Err(ParseStatusError::Syntax) };
    let phrase = match rest {
        [] => None,
        [b' ', phrase @ ..] if !phrase.is_empty() => Some(phrase),
        _ => return Err(ParseStatusError::Syntax),
    };
    let status = T::try_from(code).map_err(ParseStatusError::Unknown)?;
    if let Some(phrase) = phrase {
        if !names_match(status.info(), phrase) {
            return Err(ParseStatusError::ReasonMismatch { code, expected: status.reason() });
        }
    }
    Ok(status)
}

/// Whether `phrase` is the entry's reason phrase or one of its former names, ignoring ASCII case.
pub(crate) fn names_match(info: &StatusInfo, phrase: &[u8]) -> bool {
    phrase.eq_ignore_ascii_case(info.reason().as_bytes())
        || info.former_names().iter().any(|name| phrase.eq_ignore_ascii_case(name.as_bytes()))
}
