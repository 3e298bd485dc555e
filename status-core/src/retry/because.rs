//! Why a decision was taken: the registry's fact with its citation, and what else the exchange
//! showed.

use crate::{Citation, Retry, StatusCode};
use core::fmt;
use core::time::Duration;
use std::string::String;

/// Why a [`Decision`](super::Decision) was taken: the registry's retry fact for the code (or the
/// rule applied where the registry records none) with its citation, how the wait was chosen, and
/// what stopped a repeat the fact allows. Its `Display` says all of it in one line:
///
/// ```text
/// 503 Service Unavailable: the condition is temporary; Retry-After, if sent, says when (registry:
/// after-retry-after; RFC 9110, Section 15.6.4); waiting 1 s as Retry-After asks (RFC 9110, Section 10.2.3)
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Because {
    pub(super) status: u16,
    pub(super) decided_as: Option<StatusCode>,
    pub(super) ground: Ground,
    pub(super) wait: Option<Wait>,
    pub(super) stop: Option<Stop>,
}

/// The rule a decision rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ground {
    /// The registry's retry fact for the code.
    Fact(Retry),
    /// The registry records no way to repeat a request after the code: the code's citation.
    NoFact(Citation),
    /// `Policy::common`'s addition, beyond the RFCs: the code's citation.
    Common(Citation),
    /// A number outside the five classes.
    NoClass,
}

/// How the wait before the next attempt was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Wait {
    RetryAfter { after: Duration, date: bool },
    Backoff { after: Duration, attempt: u32 },
    Unreadable { value: String, backoff: Duration, attempt: u32 },
}

/// What stopped a repeat the fact allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Stop {
    /// A method that is not idempotent, without a key or a precondition.
    NotIdempotent(http::Method),
    /// The last attempt the policy allows.
    Exhausted(u32),
    /// A `Retry-After` beyond `max_wait`.
    TooLong { asked: Duration, max_wait: Duration },
    /// 413 without a readable `Retry-After`: the condition is not said to be temporary.
    NotTemporary(Option<Citation>),
    /// The tower layer's retry budget is spent.
    #[cfg(feature = "tower-retry")]
    Budget,
    /// The request's body cannot be sent again.
    #[cfg(any(feature = "tower-retry", feature = "reqwest-middleware"))]
    Body,
}

/// RFC 9110, Section 10.2.3 (`Retry-After`).
const RETRY_AFTER: &str = "RFC 9110, Section 10.2.3";
/// RFC 9110, Section 9.2.2 (idempotent methods).
const IDEMPOTENT: &str = "RFC 9110, Section 9.2.2";

impl Because {
    /// The status code of the response, as received.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The registered code the response was decided as: the code itself, or for an unrecognized
    /// code the `x00` of its class (RFC 9110, Section 15); `None` outside the five classes.
    #[must_use]
    pub fn decided_as(&self) -> Option<StatusCode> {
        self.decided_as
    }

    /// The registry's retry fact the decision rests on, if the registry records one for the code.
    #[must_use]
    pub fn fact(&self) -> Option<Retry> {
        match self.ground {
            Ground::Fact(fact) => Some(fact),
            _ => None,
        }
    }

    /// Where the rule the decision rests on is stated: the fact's citation, else the code's or
    /// its class's.
    #[must_use]
    pub fn citation(&self) -> Option<Citation> {
        match self.ground {
            Ground::Fact(fact) => Some(fact.citation),
            Ground::NoFact(c) | Ground::Common(c) => Some(c),
            Ground::NoClass => None,
        }
    }

    /// Whether the registry's fact (or the policy) allowed a repeat that the method, the attempts,
    /// the wait, the budget or the body ruled out.
    #[must_use]
    pub fn stopped(&self) -> bool {
        self.stop.is_some()
    }

    /// The same ground, with a stop instead of a wait.
    pub(super) fn with_stop(mut self, stop: Stop) -> Self {
        self.wait = None;
        self.stop = Some(stop);
        self
    }
}

impl fmt::Display for Because {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (StatusCode::from_u16(self.status), self.decided_as) {
            (Some(code), _) => write!(f, "{code}: ")?,
            (None, Some(as_code)) => {
                write!(f, "{} (unrecognized: decided as {as_code}, RFC 9110, Section 15): ", self.status)?;
            }
            (None, None) => write!(f, "{} (outside the five classes of RFC 9110, Section 15): ", self.status)?,
        }
        match self.ground {
            Ground::Fact(fact) => {
                write!(f, "{} (registry: {}", fact.note, fact.kind.word())?;
                if let Some(level) = fact.level {
                    write!(f, ", {level}")?;
                }
                write!(f, "; {})", fact.citation)?;
            }
            Ground::NoFact(c) => write!(f, "the registry records no way to repeat the request ({c})")?,
            Ground::Common(c) => {
                write!(f, "no repeat in the RFCs ({c}); Policy::common repeats 500, 502 and 504 as most clients do")?;
            }
            Ground::NoClass => f.write_str("not a status code a client can interpret")?,
        }
        if let Some(wait) = &self.wait {
            write!(f, "; {wait}")?;
        }
        if let Some(stop) = &self.stop {
            write!(f, "; {stop}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Wait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Wait::RetryAfter { after, date: false } => {
                write!(f, "waiting {after:?} as Retry-After asks ({RETRY_AFTER})")
            }
            Wait::RetryAfter { after, date: true } => {
                write!(f, "waiting {after:?}, until the date Retry-After gives ({RETRY_AFTER})")
            }
            Wait::Backoff { after, attempt } => {
                write!(f, "no Retry-After: backoff of {after:?} after attempt {attempt}")
            }
            Wait::Unreadable { value, backoff, attempt } => write!(
                f,
                "Retry-After {value:?} is neither delay-seconds nor an HTTP-date and is ignored ({RETRY_AFTER}): \
                 backoff of {backoff:?} after attempt {attempt}"
            ),
        }
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::NotIdempotent(method) => write!(
                f,
                "but {method} is not idempotent and the request has no Idempotency-Key, If-Match or \
                 If-Unmodified-Since: not repeated automatically (SHOULD NOT, {IDEMPOTENT})"
            ),
            Stop::Exhausted(attempts) => write!(f, "but that was attempt {attempts} of {attempts}: no more attempts"),
            Stop::TooLong { asked, max_wait } => write!(
                f,
                "but Retry-After asks for {asked:?}, beyond max_wait ({max_wait:?}): given up at once ({RETRY_AFTER})"
            ),
            Stop::NotTemporary(citation) => {
                f.write_str("but without a Retry-After the condition is not said to be temporary")?;
                match citation {
                    Some(c) => write!(f, " ({c}): the same request fails again"),
                    None => f.write_str(": the same request fails again"),
                }
            }
            #[cfg(feature = "tower-retry")]
            Stop::Budget => f.write_str("but the retry budget is spent (tower's TpsBudget)"),
            #[cfg(any(feature = "tower-retry", feature = "reqwest-middleware"))]
            Stop::Body => f.write_str("but the request's body cannot be sent again (not Clone, or not buffered)"),
        }
    }
}
