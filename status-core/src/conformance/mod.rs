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
//! In a service, [`ConformanceLayer`] (feature `tower`) runs the check on every response and
//! logs the findings; in tests, [`assert_conforms`] fails with all of them listed.

mod finding;
#[cfg(feature = "tower")]
mod layer;
mod rules;

pub use finding::{Finding, Problem, Subject};
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub use layer::{Conformance, ConformanceLayer};
pub use rules::{check, check_exchange, check_exchange_in, check_in};

use alloc::string::String;
use core::fmt::Write;

/// Panics, listing every finding, if the response breaks a rule of the IANA registry: the test
/// helper for a handler's responses.
///
/// # Panics
/// When [`check`] finds anything.
#[track_caller]
pub fn assert_conforms<B: http_body::Body>(response: &http::Response<B>) {
    fail_on(&check(response));
}

/// Like [`assert_conforms`], with the request's rules too ([`check_exchange`]).
///
/// # Panics
/// When [`check_exchange`] finds anything.
#[track_caller]
pub fn assert_exchange_conforms<Q, B: http_body::Body>(request: &http::Request<Q>, response: &http::Response<B>) {
    fail_on(&check_exchange(request, response));
}

#[track_caller]
fn fail_on(findings: &[Finding]) {
    if findings.is_empty() {
        return;
    }
    let mut text = String::new();
    for finding in findings {
        let _ = writeln!(text, "  - {finding}");
    }
    panic!("the response breaks {} rule(s) of the HTTP specifications:\n{text}", findings.len());
}
