//! Whether to repeat a request after a response, decided by the registry's retry facts (feature
//! `retry`), and the two places Rust clients plug the decision in: a tower layer (feature
//! `tower-retry`) and a reqwest middleware (feature `reqwest-middleware`).
//!
//! ```
//! use status_core::retry::{Decision, Policy};
//! use std::time::Duration;
//!
//! let policy = Policy::spec().max_attempts(4).max_wait(Duration::from_secs(30));
//! let get = http::Request::get("/report").body(())?;
//! let busy = http::Response::builder().status(503).header("retry-after", "1").body(())?;
//! match policy.decide(&get, &busy, 1) {
//!     Decision::Retry { after, because } => {
//!         assert_eq!(after, Duration::from_secs(1));
//!         assert_eq!(because.citation().unwrap().to_string(), "RFC 9110, Section 15.6.4");
//!     }
//!     other => panic!("{other}"),
//! }
//!
//! // A POST is not repeated on its own (RFC 9110, Section 9.2.2), and 507 never repeats a user's
//! // request (RFC 4918, Section 11.5).
//! let post = http::Request::post("/report").body(())?;
//! assert!(matches!(policy.decide(&post, &busy, 1), Decision::GiveUp { .. }));
//! let full = http::Response::builder().status(507).body(())?;
//! assert!(matches!(policy.decide(&get, &full, 1), Decision::GiveUp { .. }));
//! # Ok::<(), http::Error>(())
//! ```
//!
//! How each kind of registry fact decides, for a 4xx or 5xx (1xx to 3xx are [`Decision::Done`]):
//!
//! | fact (`retry = { kind = .. }`) | codes | decision |
//! |---|---|---|
//! | `as-is`, `after-retry-after` | 408; 413, 429, 503 | [`Retry`](Decision::Retry) for idempotent requests (RFC 9110, Section 9.2.2) and for any with `Idempotency-Key`, `If-Match` or `If-Unmodified-Since`; 413 only with a `Retry-After` (its rule applies only if the condition is temporary) |
//! | `other-connection`, `outside-early-data` | 421, 425 | [`RetryElsewhere`](Decision::RetryElsewhere), whatever the method |
//! | `new-credentials`, `after-changes`, `without-expectation` | 401, 403, 407, 409, 411, 417, 431, 510 | [`FixRequest`](Decision::FixRequest) |
//! | `after-user-action`, `after-server-change`, none | 507; 404, 410, 501, 505; the rest | [`GiveUp`](Decision::GiveUp) |
//!
//! An unrecognized code is decided as the `x00` of its class (RFC 9110, Section 15).
//! [`Policy::common`] also repeats 500, 502 and 504 for idempotent requests, as AWS's and Google's
//! clients do; no RFC says those may be repeated.
//!
//! # Compared with reqwest-retry's default classification
//!
//! reqwest-retry's `DefaultRetryableStrategy` repeats every 5xx and 408 and 429, whatever the
//! method, and nothing else. [`Policy::spec`] differs on:
//!
//! - **a POST or PATCH** without `Idempotency-Key` or a precondition: never repeated on its own
//!   (RFC 9110, Section 9.2.2: a client SHOULD NOT automatically retry a non-idempotent request);
//! - **507**: not repeated (RFC 4918, Section 11.5: MUST NOT without a new user action);
//! - **501 and 505**: not repeated (RFC 9110, Sections 15.6.2 and 15.6.6: the same request gets
//!   the same answer);
//! - **500, 502, 504** (and 506, 508, 511): not repeated by `spec()`, as no RFC says they may be;
//!   `common()` repeats 500, 502 and 504 for idempotent requests;
//! - **421 and 425**: repeated elsewhere, even a POST (RFC 9110, Section 15.5.20; RFC 8470,
//!   Section 4), where reqwest-retry gives up;
//! - **413 with `Retry-After`**: repeated after it (RFC 9110, Section 15.5.14);
//! - **`Retry-After`** on any repeated code: waited for, in seconds or as an HTTP-date
//!   (RFC 9110, Section 10.2.3), where reqwest-retry uses its backoff alone;
//! - **401, 407, 411, 417, 431**: [`FixRequest`](Decision::FixRequest) says what to change,
//!   where reqwest-retry says only "fatal".

mod because;
#[cfg(feature = "tower-retry")]
mod body;
mod date;
mod decide;
#[cfg(feature = "reqwest-middleware")]
mod reqwest;
#[cfg(feature = "tower-retry")]
mod tower;
mod wait;

pub use because::Because;
#[cfg(feature = "reqwest-middleware")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest-middleware")))]
pub use reqwest::RetryMiddleware;
#[cfg(feature = "tower-retry")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower-retry")))]
pub use tower::{BoxError, BufferBodies, CloneBodies, RetryLayer, RetryPolicy, Retrying};

/// Retried responses of at most this many bytes are read to their end, by default, so that
/// the connection goes back to the pool.
#[cfg(any(feature = "tower-retry", feature = "reqwest-middleware"))]
const DRAIN_LIMIT: usize = 64 * 1024;
/// The least time given to reading a retried response's body (the wait, when longer).
#[cfg(any(feature = "tower-retry", feature = "reqwest-middleware"))]
const DRAIN_TIME: Duration = Duration::from_millis(250);
use core::fmt;
use core::time::Duration;

/// The wait before a repeat the integrations make themselves: a [`Decision::Retry`]'s, and at
/// once for a 425's [`Decision::RetryElsewhere`]: neither reqwest nor hyper's client sends TLS
/// early data, so any repeat of theirs is outside it (RFC 8470, Section 4). A 421 asks for another
/// connection, which neither can choose: that decision is the caller's.
#[cfg(any(feature = "tower-retry", feature = "reqwest-middleware"))]
fn repeat_after(decision: &Decision) -> Option<Duration> {
    match decision {
        Decision::Retry { after, .. } => Some(*after),
        Decision::RetryElsewhere { because }
            if because.fact().is_some_and(|fact| fact.kind == crate::RetryKind::OutsideEarlyData) =>
        {
            Some(Duration::ZERO)
        }
        _ => None,
    }
}

/// A decision to repeat that the integration cannot act on (the request's body cannot be sent
/// again, or the budget is spent), as the `GiveUp` that says why.
#[cfg(any(feature = "tower-retry", feature = "reqwest-middleware"))]
fn not_repeated(decision: Decision, stop: because::Stop) -> Decision {
    match decision {
        Decision::Retry { because, .. } | Decision::RetryElsewhere { because } => {
            Decision::GiveUp { because: because.with_stop(stop) }
        }
        other => other,
    }
}

/// What to do after a response: the outcome of [`Policy::decide`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// 1xx to 3xx: nothing to repeat.
    Done,
    /// Send the same request again after `after`: the `Retry-After` wait, or the backoff.
    Retry {
        /// How long to wait first.
        after: Duration,
        /// The fact and its citation, and how the wait was chosen.
        because: Because,
    },
    /// Send it again on another connection (421), or outside TLS early data (425), whatever the
    /// method.
    RetryElsewhere {
        /// The fact and its citation.
        because: Because,
    },
    /// The same bytes fail again: new credentials (401, 407), a `Content-Length` (411), smaller
    /// content (413 without `Retry-After`) or header fields (431), no expectation (417).
    FixRequest {
        /// The fact and its citation.
        because: Because,
    },
    /// Do not repeat: the fact rules it out (404, 501, 505, 507, ...), or the method, the
    /// attempts, the wait, the budget or the body do.
    GiveUp {
        /// The fact and its citation, and what stopped the repeat.
        because: Because,
    },
}

impl Decision {
    /// Why, for every decision but [`Done`](Self::Done).
    #[must_use]
    pub fn because(&self) -> Option<&Because> {
        match self {
            Decision::Done => None,
            Decision::Retry { because, .. }
            | Decision::RetryElsewhere { because }
            | Decision::FixRequest { because }
            | Decision::GiveUp { because } => Some(because),
        }
    }
}

impl fmt::Display for Decision {
    /// `retry after 1s: 503 Service Unavailable: ...`, `give up: 507 Insufficient Storage: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::Done => f.write_str("done: nothing to repeat"),
            Decision::Retry { after, because } => write!(f, "retry after {after:?}: {because}"),
            Decision::RetryElsewhere { because } => write!(f, "retry elsewhere: {because}"),
            Decision::FixRequest { because } => write!(f, "fix the request: {because}"),
            Decision::GiveUp { because } => write!(f, "give up: {because}"),
        }
    }
}

/// How many attempts, how long a wait, and which codes beyond the registry's facts.
///
/// `Policy::spec()` repeats only what the registry's facts allow; [`Policy::common`] adds 500,
/// 502 and 504. Both allow 3 attempts, a `Retry-After` of up to 60 s, and back off from 100 ms
/// up to 10 s (full jitter) where the response has no `Retry-After`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    max_attempts: u32,
    max_wait: Duration,
    base: Duration,
    cap: Duration,
    common: bool,
}

impl Policy {
    /// The registry's facts only.
    #[must_use]
    pub fn spec() -> Self {
        Policy {
            max_attempts: 3,
            max_wait: Duration::from_secs(60),
            base: Duration::from_millis(100),
            cap: Duration::from_secs(10),
            common: false,
        }
    }

    /// The registry's facts, and 500, 502 and 504 repeated for idempotent requests as AWS's,
    /// Google's and most other clients do. This goes beyond the RFCs, which say nothing of
    /// repeating after these codes; each such decision says so.
    #[must_use]
    pub fn common() -> Self {
        Policy { common: true, ..Policy::spec() }
    }

    /// Requests in all, the first included (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The longest `Retry-After` to wait for: a longer one gives up at once.
    #[must_use]
    pub fn max_wait(mut self, wait: Duration) -> Self {
        self.max_wait = wait;
        self
    }

    /// The backoff without `Retry-After`: a random wait up to `base * 2^(attempt - 1)`, at most `cap`.
    #[must_use]
    pub fn backoff(mut self, base: Duration, cap: Duration) -> Self {
        self.base = base;
        self.cap = cap;
        self
    }

    /// Decides on `response`, the answer to the `attempt`-th sending (1 for the first) of
    /// `request`: heads as `http::request::Parts` and `http::response::Parts`, or
    /// `http::Request<_>` and `http::Response<_>` (only method, status and header fields are read).
    pub fn decide<Q, R>(&self, request: &Q, response: &R, attempt: u32) -> Decision
    where
        Q: RequestHead + ?Sized,
        R: ResponseHead + ?Sized,
    {
        decide::decide(
            self,
            request.method(),
            request.headers(),
            response.status().as_u16(),
            response.headers(),
            attempt,
        )
    }
}

/// The head of a request, as [`Policy::decide`] reads it.
pub trait RequestHead {
    /// The request method.
    fn method(&self) -> &http::Method;
    /// The request's header fields.
    fn headers(&self) -> &http::HeaderMap;
}

/// The head of a response, as [`Policy::decide`] reads it.
pub trait ResponseHead {
    /// The status code.
    fn status(&self) -> http::StatusCode;
    /// The response's header fields.
    fn headers(&self) -> &http::HeaderMap;
}

impl RequestHead for http::request::Parts {
    fn method(&self) -> &http::Method {
        &self.method
    }
    fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }
}

impl<B> RequestHead for http::Request<B> {
    fn method(&self) -> &http::Method {
        self.method()
    }
    fn headers(&self) -> &http::HeaderMap {
        self.headers()
    }
}

impl ResponseHead for http::response::Parts {
    fn status(&self) -> http::StatusCode {
        self.status
    }
    fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }
}

impl<B> ResponseHead for http::Response<B> {
    fn status(&self) -> http::StatusCode {
        self.status()
    }
    fn headers(&self) -> &http::HeaderMap {
        self.headers()
    }
}

impl<T: RequestHead + ?Sized> RequestHead for &T {
    fn method(&self) -> &http::Method {
        (**self).method()
    }
    fn headers(&self) -> &http::HeaderMap {
        (**self).headers()
    }
}

impl<T: ResponseHead + ?Sized> ResponseHead for &T {
    fn status(&self) -> http::StatusCode {
        (**self).status()
    }
    fn headers(&self) -> &http::HeaderMap {
        (**self).headers()
    }
}
