//! The decision: the registry's retry fact for the code, then the method, the attempts and the
//! wait.

use super::because::{Because, Ground, Stop, Wait};
use super::wait::{RetryAfter, backoff};
use super::{Decision, Policy};
use crate::{Condition, HeaderRule, RetryKind, StatusClass, StatusCode};
use http::{HeaderMap, Method, header};

/// The codes `Policy::common` repeats beyond the registry's facts: what AWS's and Google's
/// clients, and most others, repeat for idempotent requests.
const COMMON: [StatusCode; 3] = [StatusCode::InternalServerError, StatusCode::BadGateway, StatusCode::GatewayTimeout];

pub(super) fn decide(
    policy: &Policy,
    method: &Method,
    request: &HeaderMap,
    status: u16,
    response: &HeaderMap,
    attempt: u32,
) -> Decision {
    // RFC 9110, Section 15: an unrecognized code is understood as the x00 of its class (306 and
    // 418, registered as unused, have no meaning to go by either).
    let decided_as = StatusCode::from_u16(status).or_else(|| StatusClass::of(status).map(StatusClass::fallback));
    let mut because = Because { status, decided_as, ground: Ground::NoClass, wait: None, stop: None };
    let Some(code) = decided_as else { return Decision::GiveUp { because } };
    let class = code.class();
    if matches!(class, StatusClass::Informational | StatusClass::Successful | StatusClass::Redirection) {
        return Decision::Done;
    }
    let Some(fact) = code.retry() else {
        if policy.common && COMMON.contains(&code) {
            because.ground = Ground::Common(code.citation());
            return repeat(policy, method, request, response, attempt, because);
        }
        because.ground = Ground::NoFact(code.citation());
        return Decision::GiveUp { because };
    };
    because.ground = Ground::Fact(fact);
    match fact.kind {
        RetryKind::NewCredentials | RetryKind::AfterChanges | RetryKind::WithoutExpectation => {
            Decision::FixRequest { because }
        }
        RetryKind::AfterUserAction | RetryKind::AfterServerChange => Decision::GiveUp { because },
        // RFC 9110, Section 15.5.20 and RFC 8470, Section 4: whatever the method.
        RetryKind::OtherConnection | RetryKind::OutsideEarlyData => {
            if attempt >= policy.max_attempts {
                return Decision::GiveUp { because: because.with_stop(Stop::Exhausted(attempt)) };
            }
            Decision::RetryElsewhere { because }
        }
        RetryKind::AsIs | RetryKind::AfterRetryAfter => {
            if let Some(rule) = temporary_only(code) {
                if !matches!(RetryAfter::of(response), RetryAfter::Wait { .. }) {
                    return Decision::FixRequest { because: because.with_stop(Stop::NotTemporary(rule.citation)) };
                }
            }
            repeat(policy, method, request, response, attempt, because)
        }
    }
}

/// A repeat the fact allows: ruled out by the method or the attempts, timed by `Retry-After`
/// (given up when beyond `max_wait`) or by the backoff.
fn repeat(
    policy: &Policy,
    method: &Method,
    request: &HeaderMap,
    response: &HeaderMap,
    attempt: u32,
    mut because: Because,
) -> Decision {
    if !repeatable(method, request) {
        return Decision::GiveUp { because: because.with_stop(Stop::NotIdempotent(method.clone())) };
    }
    if attempt >= policy.max_attempts {
        return Decision::GiveUp { because: because.with_stop(Stop::Exhausted(attempt)) };
    }
    let wait = match RetryAfter::of(response) {
        RetryAfter::Wait { after, .. } if after > policy.max_wait => {
            return Decision::GiveUp {
                because: because.with_stop(Stop::TooLong { asked: after, max_wait: policy.max_wait }),
            };
        }
        RetryAfter::Wait { after, date } => Wait::RetryAfter { after, date },
        RetryAfter::Absent => Wait::Backoff { after: backoff(policy.base, policy.cap, attempt), attempt },
        RetryAfter::Unreadable(value) => {
            Wait::Unreadable { value, backoff: backoff(policy.base, policy.cap, attempt), attempt }
        }
    };
    let after = match &wait {
        Wait::RetryAfter { after, .. } | Wait::Backoff { after, .. } => *after,
        Wait::Unreadable { backoff, .. } => *backoff,
    };
    because.wait = Some(wait);
    Decision::Retry { after, because }
}

/// Whether a request may be repeated on its own: an idempotent method (RFC 9110, Section 9.2.2:
/// PUT, DELETE and the safe methods), or another method with a sign that a repeat is harmless:
/// an `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header) or a precondition that fails
/// once the first attempt has taken effect (`If-Match`, `If-Unmodified-Since`: RFC 9110, Section
/// 13.1).
pub(crate) fn repeatable(method: &Method, request: &HeaderMap) -> bool {
    let idempotent = [Method::GET, Method::HEAD, Method::OPTIONS, Method::TRACE, Method::PUT, Method::DELETE];
    idempotent.contains(method)
        || request.contains_key("idempotency-key")
        || request.contains_key(header::IF_MATCH)
        || request.contains_key(header::IF_UNMODIFIED_SINCE)
}

/// For a code whose registry rule asks for `Retry-After` only if the condition is temporary
/// (413), that rule: without the field, the condition is not temporary.
fn temporary_only(code: StatusCode) -> Option<&'static HeaderRule> {
    code.header_rules()
        .iter()
        .find(|rule| rule.field.eq_ignore_ascii_case("Retry-After") && rule.when == Some(Condition::Temporary))
}

#[cfg(test)]
mod tests {
    use super::super::{Decision, Policy};
    use std::string::ToString;

    fn decide(
        policy: &Policy,
        method: &str,
        request: &[(&str, &str)],
        status: u16,
        response: &[(&str, &str)],
    ) -> Decision {
        let mut req = http::Request::builder().method(method);
        for (name, value) in request {
            req = req.header(*name, *value);
        }
        let mut res = http::Response::builder().status(status);
        for (name, value) in response {
            res = res.header(*name, *value);
        }
        policy.decide(&req.body(()).unwrap(), &res.body(()).unwrap(), 1)
    }

    #[test]
    fn because_names_the_fact_and_its_citation() {
        let spec = Policy::spec();
        let retry = decide(&spec, "GET", &[], 503, &[("retry-after", "1")]);
        assert_eq!(
            retry.to_string(),
            "retry after 1s: 503 Service Unavailable: the condition is temporary; Retry-After, if sent, says when \
             (registry: after-retry-after; RFC 9110, Section 15.6.4); waiting 1s as Retry-After asks (RFC 9110, Section 10.2.3)"
        );
        let full = decide(&spec, "GET", &[], 507, &[]);
        assert_eq!(
            full.to_string(),
            "give up: 507 Insufficient Storage: a request a user caused is not repeated without a new user action \
             (registry: after-user-action, MUST NOT; RFC 4918, Section 11.5)"
        );
        let post = decide(&spec, "POST", &[], 429, &[]).to_string();
        assert!(post.ends_with("not repeated automatically (SHOULD NOT, RFC 9110, Section 9.2.2)"), "{post}");
        let unknown = decide(&spec, "GET", &[], 599, &[]).to_string();
        assert!(unknown.starts_with("give up: 599 (unrecognized: decided as 500 Internal Server Error"), "{unknown}");
        let common = decide(&Policy::common(), "GET", &[], 599, &[]).to_string();
        assert!(common.contains("Policy::common repeats 500, 502 and 504"), "{common}");
    }

    #[test]
    fn an_unreadable_retry_after_is_ignored_and_said() {
        let policy = Policy::spec();
        let Decision::Retry { because, .. } = decide(&policy, "GET", &[], 429, &[("retry-after", "soon")]) else {
            panic!("429 to a GET is repeated")
        };
        assert!(because.to_string().contains("Retry-After \"soon\" is neither delay-seconds nor an HTTP-date"));
        // 413 with an unreadable Retry-After: not said to be temporary.
        let fix = decide(&policy, "PUT", &[], 413, &[("retry-after", "soon")]);
        assert!(matches!(fix, Decision::FixRequest { .. }), "{fix}");
    }

    #[test]
    fn keys_and_preconditions_make_a_post_repeatable() {
        let policy = Policy::spec();
        for field in [
            ("idempotency-key", "k1"),
            ("if-match", "\"v3\""),
            ("if-unmodified-since", "Fri, 31 Dec 1999 23:59:59 GMT"),
        ] {
            assert!(matches!(decide(&policy, "POST", &[field], 503, &[]), Decision::Retry { .. }), "{field:?}");
            assert!(matches!(decide(&policy, "PATCH", &[field], 503, &[]), Decision::Retry { .. }), "{field:?}");
        }
        assert!(matches!(decide(&policy, "PATCH", &[], 503, &[]), Decision::GiveUp { .. }));
    }

    #[test]
    fn waits_beyond_max_wait_and_the_last_attempt_give_up() {
        let policy = Policy::spec().max_wait(core::time::Duration::from_secs(30)).max_attempts(2);
        let long = decide(&policy, "GET", &[], 503, &[("retry-after", "31")]).to_string();
        assert!(long.contains("Retry-After asks for 31s, beyond max_wait (30s): given up at once"), "{long}");
        let last = policy.decide(
            &http::Request::get("/").body(()).unwrap(),
            &http::Response::builder().status(503).body(()).unwrap(),
            2,
        );
        assert!(last.to_string().ends_with("but that was attempt 2 of 2: no more attempts"), "{last}");
    }
}
