//! The decision for every registered code, for a GET and a POST, without and with
//! `Retry-After: 1`, against expectations written from the RFCs (not from the registry): a code
//! the registry gains fails the test until its row is written.

use status_core::StatusCode;
use status_core::retry::{Decision, Policy};
use std::time::Duration;

/// `Done`, `Retry`, `RetryElsewhere`, `FixRequest`, `GiveUp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    D,
    R,
    E,
    F,
    G,
}
use Want::{D, E, F, G, R};

/// (code, GET, GET with Retry-After, POST, POST with Retry-After), each row with its reason.
#[rustfmt::skip]
const TABLE: &[(u16, Want, Want, Want, Want)] = &[
    // 1xx, 2xx, 3xx: nothing to repeat (RFC 9110, Sections 15.2 to 15.4).
    (100, D, D, D, D), (101, D, D, D, D), (102, D, D, D, D), (103, D, D, D, D), (104, D, D, D, D),
    (200, D, D, D, D), (201, D, D, D, D), (202, D, D, D, D), (203, D, D, D, D), (204, D, D, D, D),
    (205, D, D, D, D), (206, D, D, D, D), (207, D, D, D, D), (208, D, D, D, D), (226, D, D, D, D),
    (300, D, D, D, D), (301, D, D, D, D), (302, D, D, D, D), (303, D, D, D, D), (304, D, D, D, D),
    (305, D, D, D, D), (307, D, D, D, D), (308, D, D, D, D),
    (400, G, G, G, G), // 9110 15.5.1: the request itself is at fault
    (401, F, F, F, F), // 9110 15.5.2: MAY repeat with new or replaced Authorization
    (402, G, G, G, G), // 9110 15.5.3: reserved, nothing said
    (403, F, F, F, F), // 9110 15.5.4: MAY repeat with new or different credentials
    (404, G, G, G, G), // 9110 15.5.5: may or may not be temporary, nothing to wait for
    (405, G, G, G, G), // 9110 15.5.6: the method is not supported by the resource
    (406, G, G, G, G), // 9110 15.5.7: no acceptable representation
    (407, F, F, F, F), // 9110 15.5.8: MAY repeat with new Proxy-Authorization
    (408, R, R, G, G), // 9110 15.5.9: MAY repeat; 9.2.2: a POST is not repeated on its own
    (409, F, F, F, F), // 9110 15.5.10: resubmit once the conflict is resolved
    (410, G, G, G, G), // 9110 15.5.11: likely permanent
    (411, F, F, F, F), // 9110 15.5.12: MAY repeat with a valid Content-Length
    (412, G, G, G, G), // 9110 15.5.13: the precondition is false; the same one stays false
    (413, F, R, F, G), // 9110 15.5.14: Retry-After marks the condition temporary; else smaller content
    (414, G, G, G, G), // 9110 15.5.15: the URI is too long
    (415, G, G, G, G), // 9110 15.5.16: the format is not supported
    (416, G, G, G, G), // 9110 15.5.17: the ranges cannot be satisfied
    (417, F, F, F, F), // 9110 10.1.1: SHOULD repeat without the expectation
    (421, E, E, E, E), // 9110 15.5.20: MAY retry on another connection, whatever the method
    (422, G, G, G, G), // 9110 15.5.21: the instructions cannot be processed
    (423, G, G, G, G), // 4918 11.3: the resource is locked
    (424, G, G, G, G), // 4918 11.4: an action it depended on failed
    (425, E, E, E, E), // 8470 4: MUST retry, outside early data, whatever the method
    (426, F, F, F, F), // 9110 15.5.22: after upgrading to a protocol Upgrade names
    (428, F, F, F, F), // 6585 3: resend as a conditional request
    (429, R, R, G, G), // 6585 4: wait as Retry-After says; 9.2.2 for the POST
    (431, F, F, F, F), // 6585 5: MAY resubmit with smaller header fields
    (451, G, G, G, G), // 7725 3: a legal demand
    (500, G, G, G, G), // 9110 15.6.1: no RFC says it may be repeated (Policy::common does)
    (501, G, G, G, G), // 9110 15.6.2: not supported for any resource
    (502, G, G, G, G), // 9110 15.6.3: nothing said (Policy::common repeats)
    (503, R, R, G, G), // 9110 15.6.4: temporary, Retry-After says when; 9.2.2 for the POST
    (504, G, G, G, G), // 9110 15.6.5: nothing said (Policy::common repeats)
    (505, G, G, G, G), // 9110 15.6.6: not in this major version
    (506, G, G, G, G), // 2295 8.1: a configuration error of the server
    (507, G, G, G, G), // 4918 11.5: MUST NOT repeat without a new user action
    (508, G, G, G, G), // 5842 7.2: the operation loops
    (510, F, F, F, F), // 2774 7: repeat with the extension declarations asked for
    (511, G, G, G, G), // 6585 6: the user has to authenticate to the network
];

fn want(decision: &Decision) -> Want {
    match decision {
        Decision::Done => D,
        Decision::Retry { .. } => R,
        Decision::RetryElsewhere { .. } => E,
        Decision::FixRequest { .. } => F,
        Decision::GiveUp { .. } => G,
    }
}

fn decide(policy: &Policy, code: u16, method: &str, retry_after: bool) -> Decision {
    let request = http::Request::builder().method(method).uri("/").body(()).unwrap();
    let mut response = http::Response::builder().status(code);
    if retry_after {
        response = response.header("retry-after", "1");
    }
    policy.decide(&request, &response.body(()).unwrap(), 1)
}

fn row(policy: &Policy, code: u16) -> (u16, Want, Want, Want, Want) {
    let [a, b, c, d] = [("GET", false), ("GET", true), ("POST", false), ("POST", true)]
        .map(|(m, ra)| want(&decide(policy, code, m, ra)));
    (code, a, b, c, d)
}

#[test]
fn every_registered_code_is_decided_as_the_rfcs_say() {
    let policy = Policy::spec();
    let codes: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    let rows: Vec<u16> = TABLE.iter().map(|r| r.0).collect();
    assert_eq!(codes, rows, "one row per registered code, in order");
    for expected in TABLE {
        assert_eq!(row(&policy, expected.0), *expected);
    }
}

#[test]
fn retries_wait_as_retry_after_says_or_back_off() {
    let policy = Policy::spec().backoff(Duration::from_millis(100), Duration::from_secs(1));
    for &(code, ..) in TABLE.iter().filter(|r| r.2 == R) {
        let Decision::Retry { after, because } = decide(&policy, code, "GET", true) else { unreachable!() };
        assert_eq!(after, Duration::from_secs(1), "{because}");
        if let Decision::Retry { after, because } = decide(&policy, code, "GET", false) {
            assert!(after <= Duration::from_millis(100), "{because}");
            assert!(because.to_string().contains("no Retry-After: backoff of"), "{because}");
        }
    }
}

#[test]
fn every_decision_but_done_cites_its_ground() {
    let policy = Policy::spec();
    for &(code, ..) in TABLE {
        for (method, retry_after) in [("GET", false), ("POST", true)] {
            let decision = decide(&policy, code, method, retry_after);
            let Some(because) = decision.because() else { continue };
            let citation = because.citation().unwrap().to_string();
            assert!(because.to_string().contains(&citation), "{because}");
            let registered = StatusCode::from_u16(code).unwrap();
            match registered.retry() {
                Some(fact) => assert_eq!(because.fact(), Some(fact)),
                None => assert_eq!(citation, registered.citation().to_string()),
            }
        }
    }
}

#[test]
fn unregistered_codes_are_decided_as_the_x00_of_their_class() {
    let policy = Policy::spec();
    for (code, as_code) in [(299, 200), (306, 300), (418, 400), (499, 400), (599, 500)] {
        let same_as = row(&policy, as_code);
        assert_eq!(row(&policy, code), (code, same_as.1, same_as.2, same_as.3, same_as.4));
    }
    let Decision::GiveUp { because } = decide(&policy, 499, "GET", false) else { panic!("499 gives up") };
    assert_eq!(because.decided_as(), Some(StatusCode::BadRequest));
    assert!(because.to_string().starts_with("499 (unrecognized: decided as 400 Bad Request, RFC 9110, Section 15)"));
    assert!(matches!(decide(&policy, 600, "GET", false), Decision::GiveUp { .. }));
}

#[test]
fn common_also_repeats_500_502_504_for_idempotent_requests() {
    let common = Policy::common();
    for code in [500, 502, 504] {
        assert_eq!(row(&common, code), (code, R, R, G, G));
    }
    for &expected in TABLE.iter().filter(|r| ![500, 502, 504].contains(&r.0)) {
        assert_eq!(row(&common, expected.0), expected);
    }
}
