//! The check's rules one by one: every unconditional MUST header rule of the registry, fields
//! named without a keyword, method conditions, bodies of several types, bad input, custom
//! registries. Only violations and recommendations count here ([`faults`]); advice is tested
//! in the corpus.

use super::{faults, problems, request, response};
use bytes::Bytes;
use http::Response;
use http_body_util::Full;
use status_core::conformance::{self, Kind, Problem, Subject};
use status_core::{Condition, Grammar, Requirement, StatusCode};

/// Every header rule the registry states as an unconditional MUST is found missing.
#[test]
fn every_must_header_rule_is_checked() {
    let mut checked = 0;
    for info in StatusCode::REGISTRY.iter().filter(|i| StatusCode::from_u16(i.code()).is_some()) {
        for rule in info.header_rules().iter().filter(|r| r.level == Some(Requirement::Must) && r.when.is_none()) {
            let findings = conformance::check(&response(info.code(), &[], ""));
            assert!(
                findings.iter().any(|f| f.subject == Subject::Header(rule.field)
                    && f.problem == Problem::MissingHeader
                    && f.kind == Kind::Violation),
                "{} without {}: {findings:?}",
                info.code(),
                rule.field
            );
            checked += 1;
        }
    }
    assert!(checked >= 6, "the registry states at least 101/426 Upgrade, 401, 405, 407 and 416 rules: {checked}");
}

/// A header field the specification names without a keyword (303's `Location`, 415's `Accept`)
/// is in the registry, but its absence is no finding: there is no requirement to break.
#[test]
fn fields_named_without_a_keyword_are_no_requirement() {
    let keywordless: Vec<(u16, &str)> = StatusCode::ALL
        .iter()
        .flat_map(|s| s.header_rules().iter().filter(|r| r.level.is_none()).map(move |r| (s.code(), r.field)))
        .collect();
    for expected in [(103, "Link"), (201, "Location"), (303, "Location"), (415, "Accept")] {
        assert!(keywordless.contains(&expected), "{expected:?} in {keywordless:?}");
    }
    for (code, field) in keywordless {
        let findings = faults(&conformance::check(&response(code, &[], "")));
        assert!(!findings.iter().any(|f| f.subject == Subject::Header(field)), "{code} without {field}: {findings:?}");
    }
}

#[test]
fn method_conditions_apply_only_with_the_request() {
    for info in StatusCode::REGISTRY {
        for rule in info.header_rules() {
            let Some(Condition::Methods(methods)) = rule.when else { continue };
            // Without the request the condition is undecided: at most advice for that field.
            let alone = faults(&conformance::check(&response(info.code(), &[], "")));
            assert!(!alone.iter().any(|f| f.subject == Subject::Header(rule.field)), "{}: {alone:?}", info.code());
            if matches!(rule.level, Some(Requirement::Must | Requirement::Should)) {
                let found =
                    faults(&conformance::check_exchange(&request(methods[0], &[]), &response(info.code(), &[], "")));
                assert!(
                    found.iter().any(|f| f.subject == Subject::Header(rule.field)),
                    "{} {}: {found:?}",
                    methods[0],
                    info.code()
                );
            }
        }
    }
}

#[test]
fn any_body_type_works_and_streams_of_unknown_length_are_not_guessed() {
    let full = Response::builder().status(204).body(Full::new(Bytes::from_static(b"x"))).unwrap();
    assert_eq!(problems(&conformance::check(&full)), [(204, Problem::ContentOnBodilessCode, Subject::Content)]);
    let empty = Response::builder().status(204).body(Full::new(Bytes::new())).unwrap();
    assert_eq!(conformance::check(&empty), []);
    let axum_body = Response::builder().status(304).body(axum::body::Body::from("x")).unwrap();
    assert_eq!(conformance::check(&axum_body).len(), 1);
    let stream = Response::builder().status(204).body(http_body_util::StreamBody::new(futures_stream())).unwrap();
    assert_eq!(conformance::check(&stream), []);
}

fn futures_stream() -> impl futures_core::Stream<Item = Result<http_body::Frame<Bytes>, std::convert::Infallible>> {
    struct Once(Option<Bytes>);
    impl futures_core::Stream for Once {
        type Item = Result<http_body::Frame<Bytes>, std::convert::Infallible>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            std::task::Poll::Ready(self.0.take().map(|b| Ok(http_body::Frame::data(b))))
        }
    }
    Once(Some(Bytes::from_static(b"x")))
}

#[test]
fn bad_input_gives_findings_never_a_panic() {
    // A header value that is not UTF-8 (obs-text bytes), a huge body, every code from 100 to 999.
    let odd = response(405, &[("allow", b"GET, \xff\xfe")], "");
    let found = conformance::check_exchange(&request("DELETE", &[]), &odd);
    assert!(found.iter().all(|f| f.problem != Problem::AllowListsRefusedMethod), "{found:?}");
    assert!(!found.iter().any(|f| f.problem == Problem::MissingHeader), "{found:?}");
    let huge = Response::builder().status(204).body("x".repeat(10_000_000)).unwrap();
    assert_eq!(conformance::check(&huge).len(), 1);
    for code in 100..=999 {
        let r = response(code, &[], "body");
        let _ = conformance::check(&r);
        let _ = conformance::check_exchange(&request("GET", &[("range", "bytes=0-")]), &r);
    }
}

#[test]
fn custom_registries_rules_apply() {
    #[status_core::registry(path = "tests/registries/quota.toml")]
    enum Quota {}
    assert_eq!(conformance::check_in::<Quota, _>(&response(200, &[], "")), []);
    let found = problems(&conformance::check_in::<Quota, _>(&response(499, &[], "")));
    assert_eq!(found, [(499, Problem::MissingHeader, Subject::Header("Retry-After"))]);
    assert_eq!(conformance::check_in::<Quota, _>(&response(499, &[("retry-after", b"60")], "")), []);
    // 404 is in the IANA registry but not in this one.
    let found = problems(&conformance::check_in::<Quota, _>(&response(404, &[], "")));
    assert_eq!(found, [(404, Problem::Unregistered { fallback: 400 }, Subject::Code)]);
    assert_eq!(conformance::check_in::<Quota, _>(&response(404, &[], ""))[0].kind, Kind::Advice);
}

/// A registry's `[[field]]` table is the grammar its check reads values by; a registry without
/// one (here the unofficial codes) reads them by the IANA registry's.
#[test]
fn custom_registries_state_their_field_grammars() {
    #[status_core::registry(path = "tests/registries/quota.toml")]
    enum Quota {}
    let reset = |value: &'static [u8]| response(499, &[("retry-after", b"60"), ("quota-reset", value)], "");
    assert_eq!(conformance::check_in::<Quota, _>(&reset(b"Tue, 08 Dec 2026 00:00:00 GMT")), []);
    let found = conformance::check_in::<Quota, _>(&reset(b"tomorrow"));
    assert_eq!(
        problems(&found),
        [(499, Problem::MalformedValue { grammar: Grammar::HttpDate }, Subject::Header("Quota-Reset"))]
    );
    assert_eq!(found[0].citation.spec, "Example API guide");
    // The IANA registry states no grammar for the application's field.
    assert_eq!(conformance::check(&reset(b"tomorrow")), conformance::check(&reset(b"Tue, 08 Dec 2026 00:00:00 GMT")));
    let found =
        conformance::check_in::<status_core::unofficial::Status, _>(&response(520, &[("retry-after", b"soon")], ""));
    assert_eq!(
        problems(&found),
        [(520, Problem::MalformedValue { grammar: Grammar::RetryAfter }, Subject::Header("Retry-After"))]
    );
}

/// A field named without a keyword is advice when missing (303's `Location`), except where a
/// rule with a keyword says when it is due: a 201 to PUT without `Location` has no finding at all
/// (RFC 9110, Section 15.3.2: the target URI is then the resource created).
#[test]
fn a_keywordless_field_is_advice_only_where_no_keyword_rule_decides() {
    let put = conformance::check_exchange(&request("PUT", &[]), &response(201, &[], ""));
    assert!(put.iter().all(|f| f.subject != Subject::Header("Location")), "{put:?}");
    let see_other = conformance::check_exchange(&request("POST", &[]), &response(303, &[], ""));
    assert!(
        see_other.iter().any(|f| f.subject == Subject::Header("Location") && f.kind == Kind::Advice),
        "{see_other:?}"
    );
}
