//! What every subset enum shares: the [`Subset`] trait, and the const functions that check a
//! composition (`#[status(transparent)]`) while the user's crate is type-checked.

/// Implemented by every `#[subset]` and `#[derive(Subset)]` enum: the codes it can return.
///
/// The registry's facts about a value's code are one call away: `e.status()` is the registry
/// enum's variant, whose `const` methods have them all (`e.status().retry()`), and so has
/// `e.info()`. This trait's provided methods (the class predicates and the facts used most) are
/// written once here, not in every subset: a subset's expansion keeps only what differs per
/// enum, which is what a service's every rebuild compiles again.
///
/// A `#[status(transparent)]` variant holds another subset and returns its codes; the
/// generated `CODES` includes them, so an enum composed of subsets knows every code it returns
/// (its `OpenAPI` responses list exactly those).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a subset enum, so a `#[status(transparent)]` variant cannot hold it",
    label = "not made with `#[status_core::subset]`",
    note = "a transparent variant takes its status from the subset it holds: give it a `#[status_core::subset]` enum, or give the variant a code of its own (`#[status(500)]`) and mark the field `#[source]` or `#[from]`"
)]
pub trait Subset {
    /// Every code the enum can return, each variant's in declaration order (a code shared by
    /// several variants appears once per variant).
    const CODES: &'static [u16];

    /// The registry enum the subset is drawn from (`StatusCode` for `#[subset]`).
    type Parent;

    /// The numeric status code of the value, e.g. `404`.
    fn code(&self) -> u16;

    /// The reason phrase registered for the code.
    fn reason(&self) -> &'static str;

    /// The code as three digits.
    fn as_str(&self) -> &'static str;

    /// The value's code as the registry enum.
    fn status(&self) -> Self::Parent;

    /// Everything the registry records about the code.
    fn info(&self) -> &'static crate::StatusInfo;

    /// Writes the value's response parts (what a transparent variant sends).
    #[doc(hidden)]
    fn __response_parts<S: crate::__private::Sink>(&self, sink: &mut S);

    /// Whether the code is 1xx (Informational).
    fn is_informational(&self) -> bool {
        crate::StatusClass::Informational.contains(self.code())
    }

    /// Whether the code is 2xx (Successful).
    fn is_success(&self) -> bool {
        crate::StatusClass::Successful.contains(self.code())
    }

    /// Whether the code is 3xx (Redirection).
    fn is_redirection(&self) -> bool {
        crate::StatusClass::Redirection.contains(self.code())
    }

    /// Whether the code is 4xx (Client Error).
    fn is_client_error(&self) -> bool {
        crate::StatusClass::ClientError.contains(self.code())
    }

    /// Whether the code is 5xx (Server Error).
    fn is_server_error(&self) -> bool {
        crate::StatusClass::ServerError.contains(self.code())
    }

    /// One-line summary of what the code means.
    fn summary(&self) -> &'static str {
        self.info().summary()
    }

    /// What the code means and when to use it.
    fn description(&self) -> &'static str {
        self.info().description()
    }

    /// The specification (and section) that defines the code, with its URL.
    fn citation(&self) -> crate::Citation {
        self.info().citation()
    }

    /// Header fields the specification requires, recommends or forbids with this code.
    fn header_rules(&self) -> &'static [crate::HeaderRule] {
        self.info().header_rules()
    }

    /// Whether and how a client may repeat the request after this code.
    fn retry(&self) -> Option<crate::Retry> {
        self.info().retry()
    }
}

/// Whether `codes` holds `code`.
#[doc(hidden)]
#[must_use]
pub const fn has_code(codes: &[u16], code: u16) -> bool {
    let mut i = 0;
    while i < codes.len() {
        if codes[i] == code {
            return true;
        }
        i += 1;
    }
    false
}

/// The codes of `parts`, one after another, in an array of their total length `N`.
#[doc(hidden)]
#[must_use]
pub const fn concat_codes<const N: usize>(parts: &[&[u16]]) -> [u16; N] {
    let mut out = [0; N];
    let (mut k, mut i) = (0, 0);
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() && k < N {
            out[k] = parts[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// A code two subsets share, written into a message at compile time (a const panic can print
/// one `&str`, so the message is assembled here).
#[doc(hidden)]
pub struct SharedCode {
    buf: [u8; 512],
    len: usize,
}

impl SharedCode {
    /// The first code of `a` that `b` also has, as `before` + the code + `after` (cut at 512
    /// bytes); empty if they share none.
    #[must_use]
    pub const fn of(a: &[u16], b: &[u16], before: &str, after: &str) -> Self {
        let mut out = SharedCode { buf: [0; 512], len: 0 };
        let mut i = 0;
        while i < a.len() {
            if has_code(b, a[i]) {
                let code = a[i];
                let digits = [b'0' + (code / 100 % 10) as u8, b'0' + (code / 10 % 10) as u8, b'0' + (code % 10) as u8];
                out.push(before.as_bytes());
                out.push(&digits);
                out.push(after.as_bytes());
                return out;
            }
            i += 1;
        }
        out
    }

    const fn push(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() && self.len < self.buf.len() {
            self.buf[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
    }

    /// Whether a code is shared.
    #[must_use]
    pub const fn is_some(&self) -> bool {
        self.len > 0
    }

    /// The message (up to the last whole character that fits).
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let mut len = self.len;
        loop {
            let (text, _) = self.buf.split_at(len);
            if let Ok(text) = core::str::from_utf8(text) {
                return text;
            }
            len -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_codes_are_found_and_named() {
        let shared = SharedCode::of(&[404, 500], &[401, 500], "status ", " twice");
        assert_eq!(shared.as_str(), "status 500 twice");
        assert!(!SharedCode::of(&[404], &[401], "", "").is_some());
        assert_eq!(concat_codes::<3>(&[&[1], &[2, 3]]), [1, 2, 3]);
        assert!(has_code(&[1, 2], 2) && !has_code(&[], 2));
    }

    /// Every way of splitting a list of codes between an enum and two held subsets: the
    /// concatenation is the union in order, and a shared code is found exactly when one exists.
    #[test]
    fn compositions_are_unions_and_overlaps_are_found() {
        let codes = [200, 404, 500, 500, 503, 404];
        for mask in 0..3usize.pow(6) {
            let mut parts: [alloc::vec::Vec<u16>; 3] = Default::default();
            let mut m = mask;
            for code in codes {
                parts[m % 3].push(code);
                m /= 3;
            }
            let joined = concat_codes::<6>(&[&parts[0], &parts[1], &parts[2]]);
            let mut sorted = joined.to_vec();
            sorted.sort_unstable();
            let mut expected = codes.to_vec();
            expected.sort_unstable();
            assert_eq!(sorted, expected);
            for (a, b) in [(0, 1), (0, 2), (1, 2)] {
                let overlap = parts[a].iter().any(|c| parts[b].contains(c));
                let shared = SharedCode::of(&parts[a], &parts[b], "status ", "");
                assert_eq!(shared.is_some(), overlap, "{parts:?}");
                if overlap {
                    let code: u16 = shared.as_str()["status ".len()..].parse().unwrap();
                    assert!(parts[a].contains(&code) && parts[b].contains(&code));
                }
            }
        }
    }
}

/// The variant of a generated enum whose response a problem is: what an `ErrorFormat` may
/// choose its body by (a body per variant, the variant's name in the body, one shape for field
/// errors and another for the rest), in its response and in its `OpenAPI` content
/// (`ErrorFormat::openapi_for`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    enum_name: &'static str,
    name: &'static str,
    code: u16,
    fields: &'static [&'static str],
}

impl Variant {
    /// A variant `name` of the enum `enum_name`, declared with `code`, holding `fields` (tuple
    /// fields by index: `"0"`). Generated code makes one per variant.
    #[must_use]
    pub const fn new(enum_name: &'static str, name: &'static str, code: u16, fields: &'static [&'static str]) -> Self {
        Variant { enum_name, name, code, fields }
    }

    /// The name of the enum (`GetUserError`).
    #[must_use]
    pub const fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The variant's name as written (`NotFound`, `Storage`).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The code the variant is declared with.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The variant's fields, in order (`["0"]` for a tuple variant's one field; empty for a
    /// unit variant).
    #[must_use]
    pub const fn fields(&self) -> &'static [&'static str] {
        self.fields
    }

    /// Whether the variant has a field named `name`.
    #[must_use]
    pub fn has_field(&self, name: &str) -> bool {
        let mut i = 0;
        while i < self.fields.len() {
            if self.fields[i] == name {
                return true;
            }
            i += 1;
        }
        false
    }
}
