//! Field errors: what is wrong with which member of the request's content (the problem's
//! `errors` member).

use super::json_string;
use alloc::string::String;
use alloc::vec::Vec;

/// One field error, as in RFC 9457's example of an `errors` member: a JSON pointer into the
/// request content (`#/age`, `#/profile/color`) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pointer: String,
    detail: String,
}

impl FieldError {
    /// An error at `pointer` (a JSON pointer as a URI fragment, `#/profile/color`).
    pub fn new(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError { pointer: pointer.into(), detail: detail.into() }
    }

    /// The JSON pointer, e.g. `#/profile/color`.
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong.
    #[must_use]
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The first member the pointer names (`profile` for `#/profile/color`), as the pointer
    /// writes it (`~1` for `/`, `~0` for `~`).
    #[must_use]
    pub fn field(&self) -> &str {
        let path = self.pointer.trim_start_matches('#').trim_start_matches('/');
        path.split('/').next().unwrap_or("")
    }
}

/// A list of field errors a handler builds, sent as the problem's `errors` member (a field
/// `#[errors] errors: FieldErrors`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// No errors yet.
    #[must_use]
    pub const fn new() -> Self {
        FieldErrors(Vec::new())
    }

    /// Adds an error at a JSON pointer (`#/profile/color`).
    pub fn push(&mut self, pointer: impl Into<String>, detail: impl Into<String>) -> &mut Self {
        self.0.push(FieldError::new(pointer, detail));
        self
    }

    /// Adds an error about the top-level member `name` (pointer `#/name`, escaped as RFC 6901
    /// asks).
    pub fn field(&mut self, name: &str, detail: impl Into<String>) -> &mut Self {
        let escaped = name.replace('~', "~0").replace('/', "~1");
        self.push(alloc::format!("#/{escaped}"), detail)
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors.
    #[must_use]
    pub fn as_slice(&self) -> &[FieldError] {
        &self.0
    }
}

/// Errors about top-level members, `(name, detail)`: `[("username", "has already been taken")]`.
impl<K: AsRef<str>, V: Into<String>> FromIterator<(K, V)> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut errors = FieldErrors::new();
        for (name, detail) in iter {
            errors.field(name.as_ref(), detail);
        }
        errors
    }
}

impl FromIterator<FieldError> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = FieldError>>(iter: I) -> Self {
        FieldErrors(iter.into_iter().collect())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for FieldErrors {
    /// The `errors` member: `[{"detail": .., "pointer": ..}, ..]`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for e in &self.0 {
            struct One<'a>(&'a FieldError);
            impl serde::Serialize for One<'_> {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    let mut map = serializer.serialize_map(Some(2))?;
                    map.serialize_entry("detail", self.0.detail.as_str())?;
                    map.serialize_entry("pointer", self.0.pointer.as_str())?;
                    map.end()
                }
            }
            seq.serialize_element(&One(e))?;
        }
        seq.end()
    }
}

/// `[{"detail":..,"pointer":..}, ..]`.
pub(super) fn write_errors(out: &mut String, errors: &[FieldError]) {
    out.push('[');
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"detail\":");
        json_string(out, &e.detail);
        out.push_str(",\"pointer\":");
        json_string(out, &e.pointer);
        out.push('}');
    }
    out.push(']');
}
