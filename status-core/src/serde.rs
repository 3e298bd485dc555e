//! Serde support (feature `serde`): every generated enum with unit variants serializes as its
//! number (`404`) and deserializes from one.
//!
//! A code the enum lacks, a number outside `u16`, a float or a string is an error that names the
//! value; nothing is substituted. For the text form (`"404 Not Found"`), use [`as_string`]; for the
//! reason phrase alone (`"Not Found"`), [`as_reason`].
//!
//! ```
//! use status_core::StatusCode;
//!
//! #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
//! struct Reply {
//!     status: StatusCode,
//!     #[serde(with = "status_core::serde::as_string")]
//!     line: StatusCode,
//! }
//!
//! let json = r#"{"status":404,"line":"404 Not Found"}"#;
//! let reply: Reply = serde_json::from_str(json)?;
//! assert_eq!(reply, Reply { status: StatusCode::NotFound, line: StatusCode::NotFound });
//! assert_eq!(serde_json::to_string(&reply)?, json);
//!
//! let err = serde_json::from_str::<StatusCode>("418").unwrap_err();
//! assert!(err.to_string().contains("418 is registered as unused"));
//! # Ok::<(), serde_json::Error>(())
//! ```

use crate::{ParseStatusError, UnknownStatus};
use ::serde::de::{self, Deserializer, Unexpected, Visitor};
use ::serde::ser::Serializer;
use core::fmt;
use core::marker::PhantomData;

/// Serializes a status code as its number.
#[doc(hidden)]
pub fn serialize_code<S: Serializer>(code: u16, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u16(code)
}

/// Deserializes a status code of the enum named `name` from a number.
#[doc(hidden)]
pub fn deserialize_code<'de, T, D>(deserializer: D, name: &'static str) -> Result<T, D::Error>
where
    T: TryFrom<u16, Error = UnknownStatus>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_u16(CodeVisitor { name, target: PhantomData })
}

struct CodeVisitor<T> {
    name: &'static str,
    target: PhantomData<T>,
}

impl<T: TryFrom<u16, Error = UnknownStatus>> Visitor<'_> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a status code of `{}` (an integer such as 404)", self.name)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        let code = u16::try_from(v).map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))?;
        T::try_from(code).map_err(|err| E::custom(format_args!("invalid status code {v}: {err}")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(v), &self)),
        }
    }
}

/// Serde `with` module for the text form: serializes `"404 Not Found"` (the `Display` form) and
/// deserializes `"404"` or `"404 Not Found"` (the `FromStr` forms).
///
/// Use it as `#[serde(with = "status_core::serde::as_string")]` on a field of any generated enum
/// with unit variants.
pub mod as_string {
    use super::{ParseStatusError, de, fmt};
    use ::serde::de::{Deserializer, Visitor};
    use ::serde::ser::Serializer;
    use core::fmt::Display;
    use core::marker::PhantomData;
    use core::str::FromStr;

    /// Serializes `value` as its `Display` text, e.g. `"404 Not Found"`.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<T: Display, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    /// Deserializes `"404"` or `"404 Not Found"`.
    ///
    /// # Errors
    /// When the input is not a string, or not a code of the enum.
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
    where
        T: FromStr<Err = ParseStatusError>,
        D: Deserializer<'de>,
    {
        deserializer.deserialize_str(TextVisitor(PhantomData))
    }

    struct TextVisitor<T>(PhantomData<T>);

    impl<T: FromStr<Err = ParseStatusError>> Visitor<'_> for TextVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a status code as text, such as \"404\" or \"404 Not Found\"")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            v.parse().map_err(|err| E::custom(format_args!("invalid status code {v:?}: {err}")))
        }
    }
}

/// Serde `with` module for the reason phrase alone: serializes `"Not Found"` and deserializes
/// the reason phrase (ignoring ASCII case), or `"404"` / `"404 Not Found"`.
///
/// Works with any enum implementing [`HttpStatus`](crate::HttpStatus): `StatusCode`, custom
/// registries and subsets with unit variants. Reason phrases are unique within the canonical
/// registry; in a custom registry where two codes share a phrase, the lower code is chosen.
///
/// ```
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Reply {
///     #[serde(with = "status_core::serde::as_reason")]
///     status: status_core::StatusCode,
/// }
///
/// let reply: Reply = serde_json::from_str(r#"{"status":"not found"}"#)?;
/// assert_eq!(reply.status, status_core::StatusCode::NotFound);
/// assert_eq!(serde_json::to_string(&reply)?, r#"{"status":"Not Found"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod as_reason {
    use super::{de, fmt};
    use crate::HttpStatus;
    use ::serde::de::{Deserializer, Visitor};
    use ::serde::ser::Serializer;
    use core::marker::PhantomData;

    /// Serializes the reason phrase, e.g. `"Not Found"`.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<T: HttpStatus, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(value.reason())
    }

    /// Deserializes a reason phrase (ASCII case ignored), `"404"` or `"404 Not Found"`.
    ///
    /// # Errors
    /// When the input is not a string, or names no code of the enum.
    pub fn deserialize<'de, T: HttpStatus, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_str(ReasonVisitor(PhantomData))
    }

    struct ReasonVisitor<T>(PhantomData<T>);

    impl<T: HttpStatus> Visitor<'_> for ReasonVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a reason phrase such as \"Not Found\", or a code such as \"404\"")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            // The reason phrase or a former name ("Unprocessable Entity"), else the `FromStr`
            // forms, "404" or "404 Not Found".
            let by_name =
                T::ALL.iter().find(|s| crate::error::names_match(s.info(), v.as_bytes())).map(HttpStatus::code);
            by_name
                .or_else(|| crate::error::parse_status::<T>(v).ok().map(|status| status.code()))
                .and_then(T::from_u16)
                .ok_or_else(|| E::custom(format_args!("{v:?} is not the reason phrase or code of a known status")))
        }
    }
}
