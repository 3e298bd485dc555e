//! Calendar dates of registrations, and today's date (feature `std`).

use core::fmt;

/// A calendar date, as the registry records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// The date of `days` days after 1970-01-01 (negative: before), in the proleptic Gregorian
    /// calendar.
    #[must_use]
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    pub const fn from_unix_days(days: i64) -> Date {
        // Howard Hinnant's `civil_from_days`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as u16;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative: before), the inverse of
    /// [`from_unix_days`](Self::from_unix_days); compares dates in `const` code.
    #[must_use]
    pub const fn unix_days(self) -> i64 {
        let (y, m, d) = (self.year as i64 - if self.month <= 2 { 1 } else { 0 }, self.month as i64, self.day as i64);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today's date (UTC) from the system clock, e.g. for
    /// [`Registration::is_expired_on`](crate::Registration::is_expired_on). A clock before 1970 gives 1970-01-01.
    #[cfg(feature = "std")]
    #[must_use]
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0))
    }
}

impl fmt::Display for Date {
    /// Writes ISO 8601, e.g. `2025-09-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn unix_days_round_trip() {
        let cases = [(0, (1970, 1, 1)), (11_016, (2000, 2, 29)), (20_770, (2026, 11, 13))];
        for (days, (year, month, day)) in cases {
            let date = Date { year, month, day };
            assert_eq!(Date::from_unix_days(days), date);
            assert_eq!(date.unix_days(), days);
        }
    }

    #[cfg(feature = "std")]
    #[test]
    fn today_is_after_the_audit() {
        assert!(Date::today() >= Date { year: 2026, month: 1, day: 1 });
    }
}
