//! The grammars of RFC 9110's field values (and RFC 8288's `Link`), written by hand where no
//! light, maintained parser reads them as a sender must write them. Dates go through
//! `httpdate`; the rest is a few lines of ABNF each. Every function answers whether a value a
//! sender generated matches: recipients' leniency is not modelled.

/// `tchar` (RFC 9110, Section 5.6.2).
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// `token`: one or more `tchar`.
pub(super) fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_tchar)
}

/// The elements of a list field (`#rule`, Section 5.6.1): split at commas outside quoted strings
/// and angle brackets, trimmed of whitespace, empty elements left out as recipients do.
pub(super) fn elements(value: &str) -> impl Iterator<Item = &str> {
    let bytes = value.as_bytes();
    let (mut start, mut at, mut quoted, mut bracketed) = (0, 0, false, false);
    core::iter::from_fn(move || {
        while start <= bytes.len() {
            while at < bytes.len() {
                match bytes[at] {
                    b'\\' if quoted => at += 1,
                    b'"' if !bracketed => quoted = !quoted,
                    b'<' if !quoted => bracketed = true,
                    b'>' if !quoted => bracketed = false,
                    b',' if !quoted && !bracketed => break,
                    _ => {}
                }
                at += 1;
            }
            let end = at.min(bytes.len());
            let element = value[start..end].trim_matches([' ', '\t']);
            at += 1;
            start = at;
            if !element.is_empty() {
                return Some(element);
            }
        }
        None
    })
}

/// How a sender wrote a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DateForm {
    /// IMF-fixdate, the form a sender generates.
    Fixdate,
    /// RFC 850 or asctime: a recipient reads them, a sender never generates them.
    Obsolete,
    /// No date at all.
    Invalid,
}

/// `HTTP-date` (Section 5.6.7). httpdate accepts the three forms (and checks that the weekday
/// fits the date); the IMF-fixdate form is the only one 29 characters long with a comma after
/// the day name.
pub(super) fn http_date(value: &str) -> DateForm {
    match value.parse::<httpdate::HttpDate>() {
        Ok(_) if value.len() == 29 && value.as_bytes()[3] == b',' => DateForm::Fixdate,
        Ok(_) => DateForm::Obsolete,
        Err(_) => DateForm::Invalid,
    }
}

/// `Retry-After = HTTP-date / delay-seconds` (Section 10.2.3): the date's form, or `Fixdate`
/// for a number of seconds (nothing obsolete about it).
pub(super) fn retry_after(value: &str) -> DateForm {
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) { DateForm::Fixdate } else { http_date(value) }
}

/// A `Content-Range` value (Section 14.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ContentRange {
    /// `bytes first-last/complete` (`complete` `None` for `*`).
    Satisfied { first: u64, last: u64, complete: Option<u64> },
    /// `bytes */complete`.
    Unsatisfied { complete: u64 },
    /// Another range unit, whose ranges this check does not read.
    OtherUnit,
}

fn number(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `Content-Range = range-unit SP ( range-resp / unsatisfied-range )`; a range whose last
/// position precedes its first, or reaches its complete length, is invalid (Section 14.4).
pub(super) fn content_range(value: &str) -> Option<ContentRange> {
    let (unit, rest) = value.split_once(' ')?;
    if !is_token(unit) {
        return None;
    }
    if !unit.eq_ignore_ascii_case("bytes") {
        // `other-range-resp = *CHAR`: visible characters and spaces.
        return rest.bytes().all(|b| b == b' ' || b.is_ascii_graphic()).then_some(ContentRange::OtherUnit);
    }
    let (range, complete) = rest.split_once('/')?;
    if range == "*" {
        return number(complete).map(|complete| ContentRange::Unsatisfied { complete });
    }
    let (first, last) = range.split_once('-')?;
    let (first, last) = (number(first)?, number(last)?);
    let complete = if complete == "*" { None } else { Some(number(complete)?) };
    let fits = first <= last && complete.is_none_or(|c| last < c);
    fits.then_some(ContentRange::Satisfied { first, last, complete })
}

/// `token68` (Section 11.2).
fn is_token68(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty() && body.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b))
}

/// `quoted-string` (Section 5.6.4), ASCII only (a value with obs-text is not read as text).
fn is_quoted_string(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else { return false };
    let mut bytes = inner.bytes();
    while let Some(b) = bytes.next() {
        let ok = match b {
            b'\\' => bytes.next().is_some_and(|e| e == b'\t' || e == b' ' || e.is_ascii_graphic()),
            b'"' => false,
            _ => b == b'\t' || b == b' ' || b.is_ascii_graphic(),
        };
        if !ok {
            return false;
        }
    }
    true
}

/// `auth-param = token BWS "=" BWS ( token / quoted-string )`.
fn is_auth_param(s: &str) -> bool {
    s.split_once('=').is_some_and(|(name, value)| {
        let value = value.trim_matches([' ', '\t']);
        is_token(name.trim_end_matches([' ', '\t'])) && (is_token(value) || is_quoted_string(value))
    })
}

/// `#challenge` with at least one challenge (Section 11.6.1): each starts with its auth-scheme
/// token, followed by a token68 or auth-params; the list's commas also separate auth-params.
pub(super) fn challenges(value: &str) -> bool {
    let mut any = false;
    for element in elements(value) {
        if any && is_auth_param(element) {
            continue;
        }
        let (scheme, rest) = element.split_once(' ').unwrap_or((element, ""));
        let rest = rest.trim_start_matches(' ');
        if !is_token(scheme) || !(rest.is_empty() || is_token68(rest) || is_auth_param(rest)) {
            return false;
        }
        any = true;
    }
    any
}

/// `#token` (`Allow = #method`).
pub(super) fn tokens(value: &str) -> bool {
    elements(value).all(is_token)
}

/// `Vary = #( "*" / field-name )` (Section 12.5.5).
pub(super) fn field_names(value: &str) -> bool {
    elements(value).all(|e| e == "*" || is_token(e))
}

/// `Upgrade = #protocol`, `protocol = protocol-name ["/" protocol-version]` (Section 7.8).
pub(super) fn protocols(value: &str) -> bool {
    elements(value).all(|e| match e.split_once('/') {
        Some((name, version)) => is_token(name) && is_token(version),
        None => is_token(e),
    })
}

/// `entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE` (Section 8.8.3), ASCII only.
pub(super) fn entity_tag(value: &str) -> bool {
    let opaque = value.strip_prefix("W/").unwrap_or(value);
    opaque.len() >= 2
        && opaque.starts_with('"')
        && opaque.ends_with('"')
        && opaque[1..opaque.len() - 1].bytes().all(|b| b == b'!' || (0x23..=0x7e).contains(&b))
}

#[cfg(test)]
#[path = "grammar_tests.rs"]
mod tests;
