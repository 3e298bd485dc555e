//! How long to wait before the next attempt: the response's `Retry-After` (RFC 9110, Section
//! 10.2.3), else exponential backoff with full jitter.

use super::date;
use core::hash::{BuildHasher, Hasher};
use core::time::Duration;
use std::collections::hash_map::RandomState;
use std::string::String;
use std::time::{SystemTime, UNIX_EPOCH};

/// What a response's `Retry-After` field says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RetryAfter {
    /// No field.
    Absent,
    /// A wait, from delay-seconds or from an HTTP-date.
    Wait { after: Duration, date: bool },
    /// A value that is neither: kept to say so.
    Unreadable(String),
}

impl RetryAfter {
    /// Reads the field of a response; an HTTP-date is counted from the response's `Date` when it
    /// has a valid one (the server's clock against the server's clock), else from this clock.
    pub(crate) fn of(headers: &http::HeaderMap) -> RetryAfter {
        let Some(value) = headers.get(http::header::RETRY_AFTER) else { return RetryAfter::Absent };
        let Ok(text) = value.to_str() else {
            return RetryAfter::Unreadable(String::from_utf8_lossy(value.as_bytes()).into());
        };
        let text = text.trim();
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            // Too many digits for a u64 is a wait longer than any max_wait.
            let seconds = text.parse().unwrap_or(u64::MAX);
            return RetryAfter::Wait { after: Duration::from_secs(seconds), date: false };
        }
        let now = now_seconds();
        let reference = headers
            .get(http::header::DATE)
            .and_then(|date| date.to_str().ok())
            .and_then(|date| date::parse(date.trim(), now))
            .unwrap_or(now);
        match date::parse(text, reference) {
            Some(at) => {
                let seconds = u64::try_from(at.saturating_sub(reference)).unwrap_or(0);
                RetryAfter::Wait { after: Duration::from_secs(seconds), date: true }
            }
            None => RetryAfter::Unreadable(text.into()),
        }
    }
}

fn now_seconds() -> i64 {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
}

/// Exponential backoff with full jitter: a uniformly random wait between zero and
/// `min(cap, base * 2^(attempt - 1))`, in whole milliseconds.
///
/// The randomness is std's per-process random hasher keys (`RandomState`) over a counter: not
/// for cryptography, and enough to spread clients apart, without a dependency.
pub(crate) fn backoff(base: Duration, cap: Duration, attempt: u32) -> Duration {
    let doubling = 2u32.saturating_pow(attempt.saturating_sub(1).min(31));
    let ceiling = base.saturating_mul(doubling).min(cap);
    // Whole milliseconds: finer waits mean nothing to a timer or a server, and read badly.
    let millis = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
    Duration::from_millis(random() % millis.saturating_add(1))
}

fn random() -> u64 {
    use core::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::{RetryAfter, backoff};
    use core::time::Duration;

    fn read(fields: &[(&'static str, &str)]) -> RetryAfter {
        let mut headers = http::HeaderMap::new();
        for (name, value) in fields {
            headers.append(*name, value.parse().unwrap());
        }
        RetryAfter::of(&headers)
    }

    #[test]
    fn delay_seconds_and_dates_against_the_response_date() {
        assert_eq!(read(&[]), RetryAfter::Absent);
        assert_eq!(read(&[("retry-after", "120")]), RetryAfter::Wait { after: Duration::from_secs(120), date: false });
        let huge = read(&[("retry-after", "99999999999999999999999")]);
        assert_eq!(huge, RetryAfter::Wait { after: Duration::from_secs(u64::MAX), date: false });
        let dated = [("date", "Fri, 31 Dec 1999 23:59:00 GMT"), ("retry-after", "Fri, 31 Dec 1999 23:59:59 GMT")];
        assert_eq!(read(&dated), RetryAfter::Wait { after: Duration::from_secs(59), date: true });
        let asctime = [("date", "Fri, 31 Dec 1999 23:59:00 GMT"), ("retry-after", "Fri Dec 31 23:59:30 1999")];
        assert_eq!(read(&asctime), RetryAfter::Wait { after: Duration::from_secs(30), date: true });
        // A date already past is no wait; without a Date field, this clock decides.
        assert_eq!(
            read(&[("retry-after", "Fri, 31 Dec 1999 23:59:59 GMT")]),
            RetryAfter::Wait { after: Duration::ZERO, date: true }
        );
    }

    #[test]
    fn other_values_are_unreadable() {
        for bad in ["soon", "-1", "1.5", "", "Fri, 31 Dec 1999 23:59:59 CET"] {
            assert_eq!(read(&[("retry-after", bad)]), RetryAfter::Unreadable(bad.into()), "{bad:?}");
        }
    }

    #[test]
    fn backoff_is_bounded_and_jittered() {
        let (base, cap) = (Duration::from_millis(100), Duration::from_secs(2));
        for attempt in 1..40 {
            let ceiling = (base * 2u32.saturating_pow((attempt - 1).min(31))).min(cap);
            assert!(backoff(base, cap, attempt) <= ceiling);
        }
        let draws: std::collections::HashSet<_> = (0..20).map(|_| backoff(base, cap, 5)).collect();
        assert!(draws.len() > 10, "{draws:?}");
        assert_eq!(backoff(Duration::ZERO, cap, 3), Duration::ZERO);
    }
}
