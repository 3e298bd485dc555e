//! The grammars of RFC 9110's field values (and RFC 8288's `Link`), written by hand where no
//! light, maintained parser reads them as a sender must write them. Dates go through
//! `httpdate`; the rest is a few lines of ABNF each. Every function answers whether a value a
//! sender generated matches: recipients' leniency is not modelled.

/// A table of the bytes in `alphanumeric` or `others`: one load per byte where a scan of
/// `others` would compare each byte with every one of them.
pub(super) const fn byte_class(others: &[u8]) -> [bool; 256] {
    let mut class = [false; 256];
    let mut b: u8 = 0;
    loop {
        class[b as usize] = b.is_ascii_alphanumeric();
        if b == u8::MAX {
            break;
        }
        b += 1;
    }
    let mut i = 0;
    while i < others.len() {
        class[others[i] as usize] = true;
        i += 1;
    }
    class
}

pub(super) const TCHAR: [bool; 256] = byte_class(b"!#$%&'*+-.^_`|~");

/// `tchar` (RFC 9110, Section 5.6.2).
#[inline]
pub(super) fn is_tchar(b: u8) -> bool {
    TCHAR[usize::from(b)]
}

/// `s` without the optional whitespace (spaces and tabs) around it; byte by byte, which is
/// several times cheaper than `trim_matches` with a set of chars (a decoding of each char).
#[inline]
pub(super) fn trim_ows(s: &str) -> &str {
    let (start, end) = ows_bounds(s.as_bytes());
    &s[start..end]
}

/// [`trim_ows`] for bytes.
#[inline]
pub(super) fn trim_ows_bytes(bytes: &[u8]) -> &[u8] {
    let (start, end) = ows_bounds(bytes);
    &bytes[start..end]
}

#[inline]
fn ows_bounds(bytes: &[u8]) -> (usize, usize) {
    let ows = |b: &u8| *b == b' ' || *b == b'\t';
    let start = bytes.iter().position(|b| !ows(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !ows(b)).map_or(start, |last| last + 1);
    (start, end)
}

/// `token`: one or more `tchar`.
#[inline]
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
            let element = trim_ows(&value[start..end]);
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

/// `HTTP-date` (Section 5.6.7). The sender's form, IMF-fixdate, is read here (a fixed layout,
/// cheaper than httpdate's check, which converts the date to a `SystemTime` and back); any other
/// value goes to httpdate, which reads the two obsolete forms as a recipient does.
pub(super) fn http_date(value: impl AsRef<[u8]>) -> DateForm {
    // Whitespace around a field value is not part of it.
    let bytes = trim_ows_bytes(value.as_ref());
    if bytes.len() == 29 && bytes[3] == b',' {
        return if is_fixdate(bytes) { DateForm::Fixdate } else { DateForm::Invalid };
    }
    match core::str::from_utf8(bytes).map(str::parse::<httpdate::HttpDate>) {
        Ok(Ok(_)) => DateForm::Obsolete,
        _ => DateForm::Invalid,
    }
}

// Arrays, not slices: comparing two `[u8; 3]` is inline, comparing slices calls `memcmp`.
const DAY_NAMES: [[u8; 3]; 7] = [*b"Sun", *b"Mon", *b"Tue", *b"Wed", *b"Thu", *b"Fri", *b"Sat"];
const MONTHS: [[u8; 3]; 12] =
    [*b"Jan", *b"Feb", *b"Mar", *b"Apr", *b"May", *b"Jun", *b"Jul", *b"Aug", *b"Sep", *b"Oct", *b"Nov", *b"Dec"];

/// The days of each month in a common year.
const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Two or four digits as a number.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// `IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT`, names as written (case
/// matters), the date a real one (a leap second allowed), its day name the date's weekday.
fn is_fixdate(v: &[u8]) -> bool {
    let layout = v[3] == b','
        && v[4] == b' '
        && v[7] == b' '
        && v[11] == b' '
        && v[16] == b' '
        && v[19] == b':'
        && v[22] == b':';
    let (name, month) = ([v[0], v[1], v[2]], [v[8], v[9], v[10]]);
    let (Some(weekday), Some(month)) =
        (DAY_NAMES.iter().position(|d| *d == name), MONTHS.iter().position(|m| *m == month))
    else {
        return false;
    };
    let numbers = (digits(&v[5..7]), digits(&v[12..16]), digits(&v[17..19]), digits(&v[20..22]), digits(&v[23..25]));
    let (Some(day), Some(year), Some(hour), Some(minute), Some(second)) = numbers else { return false };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = DAYS[month] + u32::from(month == 1 && leap);
    layout
        && [v[25], v[26], v[27], v[28]] == *b" GMT"
        && (1..=days).contains(&day)
        && hour < 24
        && minute < 60
        && second <= 60
        && weekday_of(year, month, day) == weekday
}

/// The weekday (0 for Sunday) of a Gregorian date, `month` counted from 0 (Sakamoto's method).
fn weekday_of(year: u32, month: usize, day: u32) -> usize {
    const OFFSETS: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 2 { year + 399 } else { year + 400 };
    ((y + y / 4 - y / 100 + y / 400 + OFFSETS[month] + day) % 7) as usize
}

/// `Retry-After = HTTP-date / delay-seconds` (Section 10.2.3): the date's form, or `Fixdate`
/// for a number of seconds (nothing obsolete about it).
pub(super) fn retry_after(value: impl AsRef<[u8]>) -> DateForm {
    let bytes = value.as_ref();
    if !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) { DateForm::Fixdate } else { http_date(bytes) }
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

/// `entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE` (Section 8.8.3); `etagc` takes obs-text.
pub(super) fn entity_tag(value: impl AsRef<[u8]>) -> bool {
    let value = value.as_ref();
    let opaque = value.strip_prefix(b"W/").unwrap_or(value);
    opaque.len() >= 2
        && opaque.starts_with(b"\"")
        && opaque.ends_with(b"\"")
        && opaque[1..opaque.len() - 1].iter().all(|&b| b == b'!' || (0x23..=0x7e).contains(&b) || b >= 0x80)
}

#[cfg(test)]
#[path = "grammar_tests.rs"]
mod tests;
