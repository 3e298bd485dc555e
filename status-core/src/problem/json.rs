//! JSON text written by hand where `serde_json` would cost more than it does: a status code's
//! digits and a string's escapes.

use alloc::string::String;
use core::fmt::Write;

/// Appends a status code's digits (codes are 100 to 999; others through `fmt`).
#[allow(clippy::cast_possible_truncation)] // a digit is below 10
pub(super) fn push_code(out: &mut String, code: u16) {
    if (100..1000).contains(&code) {
        for digit in [code / 100, code / 10 % 10, code % 10] {
            out.push(char::from(b'0' + digit as u8));
        }
    } else {
        let _ = write!(out, "{code}");
    }
}

/// Appends `s` as a JSON string (RFC 8259, Section 7): runs of characters that need no escape
/// are copied at once; most text has none, found in one pass without branches.
pub(crate) fn json_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let plain = s.bytes().fold(0, |n, b| n | u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\')) == 0;
    let mut start = 0;
    for (i, b) in if plain { "" } else { s }.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..0x20 => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}
