//! HTTP-date (RFC 9110, Section 5.6.7): the three formats a recipient must accept, read into
//! seconds since 1970-01-01 UTC. Written here rather than taken from a crate so that the
//! two-digit years of the RFC 850 format follow the RFC's 50-year rule against the response's own
//! clock, and so that `retry` adds no dependency.

use crate::Date;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Seconds since 1970-01-01 UTC of an HTTP-date in any of its three formats, or `None`.
/// `reference` (seconds since 1970) is the instant a two-digit RFC 850 year is read against.
pub(crate) fn parse(text: &str, reference: i64) -> Option<i64> {
    // Only the RFC 850 format has a comma after a long day name; IMF-fixdate's comma follows
    // three letters; asctime has none.
    match text.find(',') {
        Some(3) => imf_fixdate(text),
        Some(_) => rfc850(text, reference),
        None => asctime(text),
    }
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`
fn imf_fixdate(text: &str) -> Option<i64> {
    let mut parts = text.split(' ');
    let day_name = parts.next()?.strip_suffix(',')?;
    DAYS.contains(&day_name).then_some(())?;
    let day = two_digits(parts.next()?)?;
    let month = month(parts.next()?)?;
    let year = digits(parts.next()?, 4)?;
    let seconds = time_of_day(parts.next()?)?;
    (parts.next()? == "GMT" && parts.next().is_none()).then_some(())?;
    instant(year, month, day, seconds)
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`
fn rfc850(text: &str, reference: i64) -> Option<i64> {
    let mut parts = text.split(' ');
    let day_name = parts.next()?.strip_suffix(',')?;
    LONG_DAYS.contains(&day_name).then_some(())?;
    let mut date = parts.next()?.split('-');
    let day = two_digits(date.next()?)?;
    let month = month(date.next()?)?;
    let short_year = digits(date.next()?, 2)?;
    date.next().is_none().then_some(())?;
    let seconds = time_of_day(parts.next()?)?;
    (parts.next()? == "GMT" && parts.next().is_none()).then_some(())?;
    instant(full_year(short_year, reference), month, day, seconds)
}

/// `Sun Nov  6 08:49:37 1994` (a one-digit day is padded with a space)
fn asctime(text: &str) -> Option<i64> {
    let (day_name, rest) = text.split_once(' ')?;
    DAYS.contains(&day_name).then_some(())?;
    let (month_name, rest) = rest.split_once(' ')?;
    let month = month(month_name)?;
    let (day, rest) = if let Some(one_digit) = rest.strip_prefix(' ') {
        let (day, rest) = one_digit.split_once(' ')?;
        (digits(day, 1)?, rest)
    } else {
        let (day, rest) = rest.split_once(' ')?;
        (two_digits(day)?, rest)
    };
    let (time, year) = rest.split_once(' ')?;
    let seconds = time_of_day(time)?;
    instant(digits(year, 4)?, month, day, seconds)
}

/// The year of a two-digit RFC 850 year: the one within 50 years ahead of the reference, else
/// the most recent past year with those digits (RFC 9110, Section 5.6.7).
fn full_year(short: u32, reference: i64) -> u32 {
    let reference_year = i64::from(Date::from_unix_days(reference.div_euclid(86_400)).year);
    let mut year = reference_year - reference_year.rem_euclid(100) + i64::from(short);
    if year > reference_year + 50 {
        year -= 100;
    } else if year <= reference_year - 50 {
        year += 100;
    }
    u32::try_from(year).unwrap_or(0)
}

fn month(name: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == name).and_then(|i| u32::try_from(i + 1).ok())
}

fn two_digits(text: &str) -> Option<u32> {
    digits(text, 2)
}

/// Exactly `count` ASCII digits.
fn digits(text: &str, count: usize) -> Option<u32> {
    (text.len() == count && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

/// `08:49:37` as seconds into the day; a leap second (60) is allowed.
fn time_of_day(text: &str) -> Option<u32> {
    let mut parts = text.split(':');
    let (hour, minute, second) = (two_digits(parts.next()?)?, two_digits(parts.next()?)?, two_digits(parts.next()?)?);
    (parts.next().is_none() && hour < 24 && minute < 60 && second <= 60).then_some(hour * 3600 + minute * 60 + second)
}

fn instant(year: u32, month: u32, day: u32, seconds: u32) -> Option<i64> {
    let date = Date { year: u16::try_from(year).ok()?, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()? };
    // A day the month does not have (31 Nov) comes back as another date.
    (day >= 1 && Date::from_unix_days(date.unix_days()) == date)
        .then_some(date.unix_days() * 86_400 + i64::from(seconds))
}

#[cfg(test)]
mod tests {
    use super::parse;

    /// 1994-11-06 08:49:37 UTC, RFC 9110's example instant.
    const EXAMPLE: i64 = 784_111_777;
    /// 2026-12-07 00:00:00 UTC.
    const NOW: i64 = 1_796_601_600;

    #[test]
    fn the_three_formats_name_the_same_instant() {
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW), Some(EXAMPLE));
        assert_eq!(parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW), Some(EXAMPLE));
        assert_eq!(parse("Sun Nov  6 08:49:37 1994", NOW), Some(EXAMPLE));
        assert_eq!(parse("Sun Nov 16 08:49:37 1994", NOW), Some(EXAMPLE + 10 * 86_400));
    }

    #[test]
    fn two_digit_years_more_than_50_years_ahead_are_in_the_past() {
        // Against 2026: 76 is 2076 (50 years ahead), 77 is 1977.
        assert_eq!(parse("Tuesday, 01-Jan-76 00:00:00 GMT", NOW), parse("Wed, 01 Jan 2076 00:00:00 GMT", NOW));
        assert_eq!(parse("Saturday, 01-Jan-77 00:00:00 GMT", NOW), parse("Sat, 01 Jan 1977 00:00:00 GMT", NOW));
        assert_eq!(parse("Friday, 01-Jan-27 00:00:00 GMT", NOW), parse("Fri, 01 Jan 2027 00:00:00 GMT", NOW));
    }

    #[test]
    fn malformed_dates_are_none() {
        for bad in [
            "",
            "120",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT ",
            "Sun, 29 Feb 1994 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Sun Nov  6 08:49 1994",
            "Fri, 31 Dec 1999 23:59:59 GMT, later",
        ] {
            assert_eq!(parse(bad, NOW), None, "{bad:?}");
        }
        assert_eq!(parse("Thu, 29 Feb 2024 23:59:60 GMT", NOW), Some(1_709_251_200));
    }
}
