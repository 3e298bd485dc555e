//! Typed access to the fields of a registry table: each reports a wrong type, a missing key, an
//! empty or unprintable string, or an unknown key (with a did-you-mean) at its line and column.

use crate::diag::{Ctxt, Diag, LineIndex};
use crate::model::{Date, Pos};
use crate::text::{did_you_mean, join};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub(super) struct Reader<'a> {
    pub(super) idx: &'a LineIndex<'a>,
    pub(super) cx: Ctxt<Diag>,
    /// Keys that an unknown key of the current table was taken as a typo for: not reported
    /// again as missing.
    pub(super) typo_for: Vec<String>,
}

pub(super) type Item<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    pub(super) fn pos<T>(&self, spanned: &Spanned<T>) -> Pos {
        self.idx.pos(spanned.span().start)
    }

    pub(super) fn err(&mut self, pos: Pos, message: impl Into<String>, help: impl Into<String>) {
        self.cx.push(Diag::new(pos, message).help(help));
    }

    /// The position of the value of `key` in `t`, or `at` without one.
    pub(super) fn pos_of(&self, t: &DeTable<'_>, key: &str, at: Pos) -> Pos {
        match t.get(key) {
            Some(v) => self.pos(v),
            None => at,
        }
    }

    // ---- typed field access -------------------------------------------------------------

    pub(super) fn table<'t, 'i>(&mut self, item: &'t Item<'i>, what: &str) -> Option<&'t DeTable<'i>> {
        if let DeValue::Table(t) = item.get_ref() {
            Some(t)
        } else {
            let found = item.get_ref().type_str();
            self.err(
                self.pos(item),
                format!("{what} must be a table, found {found}"),
                "write it as `{ key = value, ... }` or a `[[...]]` section",
            );
            None
        }
    }

    pub(super) fn required<'t, 'i>(
        &mut self,
        t: &'t DeTable<'i>,
        key: &str,
        what: &str,
        at: Pos,
    ) -> Option<&'t Item<'i>> {
        let value = t.get(key);
        if value.is_none() && !self.is_typo_target(key) {
            self.err(at, format!("the {what} is missing the required key `{key}`"), format!("add `{key} = ...` to it"));
        }
        value
    }

    fn is_typo_target(&self, key: &str) -> bool {
        for k in &self.typo_for {
            if k == key {
                return true;
            }
        }
        false
    }

    pub(super) fn req_str(&mut self, t: &DeTable<'_>, key: &str, what: &str, at: Pos) -> Option<String> {
        let v = self.required(t, key, what, at)?;
        self.string(v, key, what, false)
    }

    /// Like `req_str` but line breaks and tabs are allowed (long descriptions).
    pub(super) fn req_text(&mut self, t: &DeTable<'_>, key: &str, what: &str, at: Pos) -> Option<String> {
        let v = self.required(t, key, what, at)?;
        self.string(v, key, what, true)
    }

    pub(super) fn opt_str(&mut self, t: &DeTable<'_>, key: &str, what: &str, multiline: bool) -> Option<String> {
        let v = t.get(key)?;
        self.string(v, key, what, multiline)
    }

    pub(super) fn str_value(&mut self, v: &Item<'_>, key: &str, what: &str) -> Option<String> {
        self.string(v, key, what, false)
    }

    pub(super) fn string(&mut self, v: &Item<'_>, key: &str, what: &str, multiline: bool) -> Option<String> {
        let Some(s) = v.get_ref().as_str() else {
            self.wrong_type(v, key, what, "a string", "\"...\"");
            return None;
        };
        for c in s.chars() {
            if c.is_control() && !(multiline && (c == '\n' || c == '\t')) {
                self.err(
                    self.pos(v),
                    format!("`{key}` of the {what} contains the control character {}", c.escape_unicode()),
                    "remove it: registry text ends up in docs and status lines, which must be printable",
                );
                return None;
            }
        }
        if is_blank(s) {
            self.err(
                self.pos(v),
                format!("`{key}` of the {what} is empty"),
                format!("write the {key}, or remove the key if it is optional"),
            );
            return None;
        }
        Some(s.to_owned())
    }

    /// A required http(s) URL.
    pub(super) fn url(&mut self, t: &DeTable<'_>, key: &str, what: &str, at: Pos) -> Option<String> {
        let url = self.req_str(t, key, what, at)?;
        if url.starts_with("https://") || url.starts_with("http://") {
            Some(url)
        } else {
            self.err(
                self.pos_of(t, key, at),
                format!("`{key}` of the {what} is not a web address: \"{url}\""),
                "give an absolute http:// or https:// URL",
            );
            None
        }
    }

    /// An optional boolean; a value of another type is reported.
    pub(super) fn opt_bool(&mut self, t: &DeTable<'_>, key: &str, what: &str) -> Option<bool> {
        let v = t.get(key)?;
        if let DeValue::Boolean(b) = v.get_ref() {
            return Some(*b);
        }
        self.wrong_type(v, key, what, "a boolean", "true");
        None
    }

    pub(super) fn str_array(&mut self, t: &DeTable<'_>, key: &str, what: &str) -> Vec<String> {
        let mut out = Vec::new();
        for v in self.array(t, key, what) {
            if let Some(s) = self.string(v, key, what, false) {
                out.push(s);
            }
        }
        out
    }

    pub(super) fn array<'t, 'i>(&mut self, t: &'t DeTable<'i>, key: &str, what: &str) -> &'t [Item<'i>] {
        let Some(v) = t.get(key) else { return &[] };
        if let DeValue::Array(items) = v.get_ref() {
            items
        } else {
            self.wrong_type(v, key, what, "an array", "[...]");
            &[]
        }
    }

    pub(super) fn int(&mut self, t: &DeTable<'_>, key: &str, what: &str, at: Pos) -> Option<(i64, Pos)> {
        let v = self.required(t, key, what, at)?;
        let pos = self.pos(v);
        let parsed = match v.get_ref().as_integer() {
            Some(i) => parse_integer(i.as_str(), i.radix()),
            None => None,
        };
        if parsed.is_none() {
            self.wrong_type(v, key, what, "an integer", "404");
        }
        match parsed {
            Some(n) => Some((n, pos)),
            None => None,
        }
    }

    pub(super) fn opt_date(&mut self, t: &DeTable<'_>, key: &str, what: &str) -> Option<Date> {
        let v = t.get(key)?;
        match v.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => match dt.date {
                Some(d) => Some(Date { year: d.year, month: d.month, day: d.day }),
                None => None,
            },
            _ => {
                self.wrong_type(v, key, what, "a date", "2025-09-15 (a TOML date, without quotes)");
                None
            }
        }
    }

    pub(super) fn wrong_type(&mut self, v: &Item<'_>, key: &str, what: &str, expected: &str, example: &str) {
        let found = v.get_ref().type_str();
        self.err(
            self.pos(v),
            format!("`{key}` of the {what} must be {expected}, found {found}"),
            format!("write it like `{key} = {example}`"),
        );
    }

    pub(super) fn unknown_keys(&mut self, t: &DeTable<'_>, known: &[&str], place: &str) {
        self.typo_for.clear();
        for (key, _) in t {
            let name: &str = key.get_ref();
            if known.contains(&name) {
                continue;
            }
            let help = match did_you_mean(name, known) {
                Some(s) => {
                    self.typo_for.push(s.to_owned());
                    format!("did you mean `{s}`?")
                }
                None => format!("known keys here: {}", join(known, ", ", "")),
            };
            self.err(self.pos(key), format!("unknown key `{name}` {place}"), help);
        }
    }
}

/// Whether `s` is empty or only whitespace (`s.trim().is_empty()`, without trim's searchers).
fn is_blank(s: &str) -> bool {
    for c in s.chars() {
        if !c.is_whitespace() {
            return false;
        }
    }
    true
}

/// toml's integer text in `radix` (`i64::from_str_radix`, whose generic code would be compiled
/// into this crate), after dropping what toml might leave of the literal's form: `_` separators,
/// a `+` sign and a `0x` / `0o` / `0b` prefix. `None` if it does not fit an `i64`.
fn parse_integer(text: &str, radix: u32) -> Option<i64> {
    let mut digits = String::new();
    for c in text.chars() {
        if c != '_' {
            digits.push(c);
        }
    }
    let mut digits = digits.as_str();
    while let Some(rest) = digits.strip_prefix('+') {
        digits = rest;
    }
    for &prefix in &["0x", "0o", "0b"] {
        if let Some(rest) = digits.strip_prefix(prefix) {
            digits = rest;
            break;
        }
    }
    // One sign, as `from_str_radix` takes it.
    let (negative, digits) = match digits.as_bytes().first() {
        Some(b'-') => (true, &digits[1..]),
        Some(b'+') => (false, &digits[1..]),
        _ => (false, digits),
    };
    if digits.is_empty() {
        return None;
    }
    // Accumulated towards the sign, so that `i64::MIN` fits.
    let mut n: i64 = 0;
    for c in digits.chars() {
        let d = i64::from(c.to_digit(radix)?);
        n = n.checked_mul(i64::from(radix))?;
        n = if negative { n.checked_sub(d)? } else { n.checked_add(d)? };
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::parse_integer;

    #[test]
    fn integers_parse_as_from_str_radix_does() {
        for (text, radix) in [
            ("404", 10),
            ("-17", 10),
            ("+5", 10),
            ("1_000", 10),
            ("0xff", 16),
            ("DEAD_beef", 16),
            ("0o17", 8),
            ("0b101", 2),
            ("9223372036854775807", 10),
            ("9223372036854775808", 10),
            ("-9223372036854775808", 10),
            ("-9223372036854775809", 10),
            ("", 10),
            ("-", 10),
            ("+", 10),
            ("-+1", 10),
            ("0x+5", 16),
            ("0x-5", 16),
            ("-0x5", 16),
            ("12a", 10),
            ("1.5", 10),
            ("2", 2),
            ("٣", 10),
        ] {
            let digits = text.replace('_', "");
            let digits = digits.trim_start_matches('+');
            let digits = digits
                .strip_prefix("0x")
                .or_else(|| digits.strip_prefix("0o"))
                .or_else(|| digits.strip_prefix("0b"))
                .unwrap_or(digits);
            assert_eq!(parse_integer(text, radix), i64::from_str_radix(digits, radix).ok(), "{text}");
        }
    }
}
