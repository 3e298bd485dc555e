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
///
/// Inlined whole into each `FromStr` impl. Three digits are one combined check (one branch, not
/// three), then `T::from_u16` (for a registry enum a range check and one table load). Failures
/// travel as a `Failure` (four bytes, in registers) and become a [`ParseStatusError`] at the end,
/// from pure functions the optimizer drops when the caller only asks `is_ok()` or `ok()`. Only a
/// code with a reason phrase leaves the function, through a cold path.
///
/// The generated `FromStr` of `StatusCode` calls [`parse_status_code`] instead.
#[inline(always)]
#[allow(clippy::inline_always)] // inlined whole, so unused errors are dropped (benches/vs_http.rs)
#[doc(hidden)]
pub fn parse_status<T: HttpStatus>(s: &str) -> Result<T, ParseStatusError> {
    parse_bytes(s.as_bytes(), T::from_u16).map_err(Failure::into_error::<T>)
}

/// `FromStr` for [`StatusCode`]: [`parse_status`] with one table holding the outcome for each
/// three-digit code (4 KB, computed at compile time). For three bytes, the combined digit check
/// picks the code's row or the table's `Syntax` row, and that one load is the result: no range
/// check, and no step from "no variant" to the error.
#[inline(always)]
#[allow(clippy::inline_always)] // inlined whole, so unused errors are dropped (benches/vs_http.rs)
#[doc(hidden)]
pub fn parse_status_code(s: &str) -> Result<StatusCode, ParseStatusError> {
    /// Rows 0 to 999: `StatusCode::from_u16(code)`, or why not; rows 1000 to 1023: not three
    /// digits. A `const`, not a `static`, so that each user addresses it directly rather than
    /// through another crate's GOT.
    #[allow(clippy::cast_possible_truncation)] // `code` < 1000
    const BY_CODE: [Result<StatusCode, Failure>; 1024] = {
        let mut table = [Err(Failure::Syntax); 1024];
        let mut code = 0;
        while code < 1000 {
            table[code] = match StatusCode::from_u16(code as u16) {
                Some(status) => Ok(status),
                None => Err(Failure::Unknown(code as u16)),
            };
            code += 1;
        }
        table
    };
    let parsed = match *s.as_bytes() {
        [a, b, c] => {
            let (a, b, c) = (a.wrapping_sub(b'0'), b.wrapping_sub(b'0'), c.wrapping_sub(b'0'));
            #[allow(clippy::needless_bitwise_bool)] // one branch for the three digits, not three
            let row = if (a > 9) | (b > 9) | (c > 9) { 1000 } else { a as usize * 100 + b as usize * 10 + c as usize };
            BY_CODE[row & 1023]
        }
        _ => other_lengths(s.as_bytes()),
    };
    parsed.map_err(Failure::into_error::<StatusCode>)
}

/// Why a parse failed, small enough to return in registers; [`Failure::into_error`] turns it
/// into the [`ParseStatusError`] that says so.
#[derive(Clone, Copy)]
enum Failure {
    Empty,
    Syntax,
    /// Three digits the enum has no variant for.
    Unknown(u16),
    /// A known code followed by a phrase that is none of its names.
    Mismatch(u16),
}

impl Failure {
    #[inline(always)]
    #[allow(clippy::inline_always)] // inlined whole, so unused errors are dropped (benches/vs_http.rs)
    fn into_error<T: HttpStatus>(self) -> ParseStatusError {
        match self {
            Failure::Empty => ParseStatusError::Empty,
            Failure::Syntax => ParseStatusError::Syntax,
            Failure::Unknown(code) => match T::try_from(code) {
                Err(unknown) => ParseStatusError::Unknown(unknown),
                Ok(_) => ParseStatusError::Syntax, // not reached: the enum has no variant for `code`
            },
            Failure::Mismatch(code) => {
                ParseStatusError::ReasonMismatch { code, expected: T::from_u16(code).map_or("", |s| s.reason()) }
            }
        }
    }
}

/// The parse itself, with `from_u16` for the code's variant (`T::from_u16` or a table).
#[inline(always)]
#[allow(clippy::inline_always)] // inlined whole, so unused errors are dropped (benches/vs_http.rs)
fn parse_bytes<T: HttpStatus>(bytes: &[u8], from_u16: impl Fn(u16) -> Option<T>) -> Result<T, Failure> {
    match *bytes {
        [a, b, c] => {
            let code = digits(a, b, c).ok_or(Failure::Syntax)?;
            from_u16(code).ok_or(Failure::Unknown(code))
        }
        _ => other_lengths(bytes),
    }
}

/// The code spelt by three ASCII digits (0 to 999), checked together (`|`, not `||`: one branch).
#[inline(always)]
#[allow(clippy::inline_always)] // inlined whole, so unused errors are dropped (benches/vs_http.rs)
const fn digits(a: u8, b: u8, c: u8) -> Option<u16> {
    let (a, b, c) = (a.wrapping_sub(b'0'), b.wrapping_sub(b'0'), c.wrapping_sub(b'0'));
    #[allow(clippy::needless_bitwise_bool)] // one branch for the three digits, not three
    if (a > 9) | (b > 9) | (c > 9) {
        return None;
    }
    Some(a as u16 * 100 + b as u16 * 10 + c as u16)
}

/// Every input but three bytes: empty, a code with its reason phrase, or wrong.
#[inline(always)]
#[allow(clippy::inline_always)] // inlined whole, so unused errors are dropped (benches/vs_http.rs)
fn other_lengths<T: HttpStatus>(bytes: &[u8]) -> Result<T, Failure> {
    match bytes {
        [] => Err(Failure::Empty),
        [_, _, _, b' ', _, ..] => parse_with_phrase(bytes),
        _ => Err(Failure::Syntax),
    }
}

/// Three digits, a space and a phrase (`"404 Not Found"`); `bytes` is at least 5 long.
#[cold]
#[inline(never)]
fn parse_with_phrase<T: HttpStatus>(bytes: &[u8]) -> Result<T, Failure> {
    let (digits, phrase) = (&bytes[..3], &bytes[4..]);
    let code = three_digits(digits).ok_or(Failure::Syntax)?;
    let status = T::from_u16(code).ok_or(Failure::Unknown(code))?;
    if !names_match(status.info(), phrase) {
        return Err(Failure::Mismatch(code));
    }
    Ok(status)
}

/// Whether `phrase` is the entry's reason phrase or one of its former names, ignoring ASCII case.
pub(crate) fn names_match(info: &StatusInfo, phrase: &[u8]) -> bool {
    // Exactly the reason phrase (what `Display` writes) first: a plain comparison is cheaper.
    phrase == info.reason().as_bytes()
        || phrase.eq_ignore_ascii_case(info.reason().as_bytes())
        || info.former_names().iter().any(|name| phrase.eq_ignore_ascii_case(name.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::format;
    use std::string::String;
    use std::vec::Vec;

    /// The parse as specified, written plainly: what the fast paths must agree with.
    fn reference(s: &str) -> Result<StatusCode, ParseStatusError> {
        let bytes = s.as_bytes();
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
        let status = StatusCode::try_from(code).map_err(ParseStatusError::Unknown)?;
        if let Some(phrase) = phrase {
            if !names_match(status.info(), phrase) {
                return Err(ParseStatusError::ReasonMismatch { code, expected: status.reason() });
            }
        }
        Ok(status)
    }

    #[test]
    fn every_path_agrees_with_the_reference() {
        let mut inputs: Vec<String> = [
            "",
            " ",
            "2",
            "20",
            "2000",
            "+200",
            "-40",
            "abc",
            "2x0",
            " 200",
            "200 ",
            "404 ",
            "404  Not Found",
            "404 Not Found",
            "404 not found",
            "413 Payload Too Large",
            "404 Gone",
            "299 OK",
            "418 (Unused)",
            "4040 Not Found",
            "40a Not Found",
            "/00",
            ":00",
            "2:0",
            "20/",
            "٤٠٤",
            "2\u{0}0",
            "\u{ff}00",
        ]
        .iter()
        .map(|s| String::from(*s))
        .collect();
        for code in 0..1000u16 {
            inputs.push(format!("{code:03}"));
            inputs.push(format!("{code}"));
            if let Some(info) = StatusCode::lookup(code) {
                inputs.push(format!("{code} {}", info.reason()));
                inputs.push(format!("{code} {}", info.reason().to_ascii_uppercase()));
            }
        }
        for s in &inputs {
            let expected = reference(s);
            assert_eq!(parse_status::<StatusCode>(s), expected, "{s:?}");
            assert_eq!(parse_status_code(s), expected, "{s:?}");
            // The generic path, as every other enum takes it.
            let generic = parse_bytes(s.as_bytes(), StatusCode::from_u16).map_err(Failure::into_error::<StatusCode>);
            assert_eq!(generic, expected, "{s:?}");
        }
    }
}
