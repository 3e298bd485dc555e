//! A conformance check of real responses against the registry's rules (feature `http`).
//!
//! [`check`] looks at an `http::Response` alone; [`check_exchange`] also takes the request, for
//! the rules that depend on it. Both read the registry's data only (header rules, content
//! facts, registrations, request context), so [`check_in`] applies a custom registry's rules the
//! same way. Nothing found is an empty list.
//!
//! ```
//! use status_core::conformance;
//!
//! let response = http::Response::builder().status(405).body(String::new())?;
//! let findings = conformance::check(&response);
//! assert_eq!(
//!     findings[0].to_string(),
//!     "405 Method Not Allowed without Allow: the origin server MUST send Allow (RFC 9110, Section 15.5.6)"
//! );
//! let fixed = http::Response::builder().status(405).header("Allow", "GET").body(String::new())?;
//! assert!(conformance::check(&fixed).is_empty());
//! # Ok::<(), http::Error>(())
//! ```
//!
//! Each [`Finding`] says its [`Kind`]: a **violation** (a MUST or MUST NOT broken, or message
//! framing), a **recommendation** (a SHOULD or SHOULD NOT whose condition the exchange shows to
//! be met), or **advice** (a SHOULD whose condition the check cannot see, such as "if the
//! condition is temporary", or a code clients do not know). A MUST whose condition the exchange
//! does not show gives no finding at all: the check reports only what it can stand by.
//!
//! In a service, [`ConformanceLayer`] (feature `tower`) runs the check on every response and
//! logs the findings, each kind at its own level; in tests, [`assert_conforms`] fails on
//! violations and recommendations with all of them listed ([`assert_conforms_strict`] on advice
//! too).

mod auth;
mod decide;
mod finding;
mod framing;
mod grammar;
#[cfg(feature = "tower")]
mod layer;
mod request;
mod rules;
mod uri;
mod values;

pub use finding::{Finding, Kind, Problem, Subject};
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub use layer::{Conformance, ConformanceLayer};
pub use rules::{check, check_exchange, check_exchange_in, check_exchange_with, check_in};

/// How much of each header field the check reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Reading {
    /// Names only: which fields a response carries, and the tokens its header rules look for;
    /// no value is read by its grammar. The cheaper check, as it was before values were read.
    Names,
    /// Names and values: every field the registry gives a grammar (`[[field]]`) is read by it,
    /// and the values a code asks for (a 206's satisfied range) are checked. The default.
    #[default]
    Values,
}

use alloc::string::String;
use core::fmt::Write;

/// Panics, listing them, if the response has violations or recommendations by the IANA
/// registry's rules: the test helper for a handler's responses. Advice does not fail it.
///
/// # Panics
/// When [`check`] finds a violation or a recommendation.
#[track_caller]
pub fn assert_conforms<B: http_body::Body>(response: &http::Response<B>) {
    fail_on(&check(response), Kind::Recommendation);
}

/// Like [`assert_conforms`], with the request's rules too ([`check_exchange`]).
///
/// # Panics
/// When [`check_exchange`] finds a violation or a recommendation.
#[track_caller]
pub fn assert_exchange_conforms<Q, B: http_body::Body>(request: &http::Request<Q>, response: &http::Response<B>) {
    fail_on(&check_exchange(request, response), Kind::Recommendation);
}

/// Strict mode of [`assert_conforms`]: advice fails it too.
///
/// # Panics
/// When [`check`] finds anything.
#[track_caller]
pub fn assert_conforms_strict<B: http_body::Body>(response: &http::Response<B>) {
    fail_on(&check(response), Kind::Advice);
}

/// Strict mode of [`assert_exchange_conforms`]: advice fails it too.
///
/// # Panics
/// When [`check_exchange`] finds anything.
#[track_caller]
pub fn assert_exchange_conforms_strict<Q, B: http_body::Body>(
    request: &http::Request<Q>,
    response: &http::Response<B>,
) {
    fail_on(&check_exchange(request, response), Kind::Advice);
}

#[track_caller]
fn fail_on(findings: &[Finding], from: Kind) {
    let failing: alloc::vec::Vec<&Finding> = findings.iter().filter(|f| f.kind >= from).collect();
    if failing.is_empty() {
        return;
    }
    let mut text = String::new();
    for finding in &failing {
        let _ = writeln!(text, "  - {}: {finding}", finding.kind);
    }
    panic!("the response breaks {} rule(s) of the HTTP specifications:\n{text}", failing.len());
}
