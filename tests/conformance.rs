//! The conformance check on a corpus of responses: each breaks one rule (every unconditional
//! MUST header rule of the registry among them) or none; bodies of several types; bad input.

use bytes::Bytes;
use http::{Request, Response};
use http_body_util::Full;
use status_core::conformance::{self, Finding, Problem, Subject};
use status_core::{Condition, Requirement, StatusCode};

fn response(code: u16, headers: &[(&str, &[u8])], body: &str) -> Response<String> {
    let mut builder = Response::builder().status(code);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.to_owned()).unwrap()
}

fn request(method: &str, headers: &[(&str, &str)]) -> Request<()> {
    let mut builder = Request::builder().method(method).uri("/thing");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(()).unwrap()
}

fn problems(findings: &[Finding]) -> Vec<(u16, Problem, Subject)> {
    findings.iter().map(|f| (f.code, f.problem, f.subject)).collect()
}

/// Responses that break no rule the response alone can decide.
#[test]
fn clean_responses_have_no_findings() {
    let clean: Vec<Response<String>> = vec![
        response(200, &[], "hello"),
        response(200, &[], ""),
        response(201, &[("location", b"/things/1")], ""),
        response(204, &[], ""),
        response(304, &[("etag", b"\"1\"")], ""),
        response(404, &[], "{}"),
        response(405, &[("allow", b"GET, HEAD")], ""),
        response(401, &[("www-authenticate", b"Bearer")], ""),
        response(407, &[("proxy-authenticate", b"Basic")], ""),
        response(426, &[("upgrade", b"HTTP/3.0")], ""),
        response(101, &[("upgrade", b"websocket")], ""),
        response(205, &[], ""),
        response(500, &[], "oops"),
        response(503, &[], ""),
        response(302, &[("location", b"/elsewhere")], ""),
    ];
    for r in &clean {
        assert_eq!(conformance::check(r), [], "{}", r.status());
    }
    let exchanges = [
        (request("GET", &[("if-none-match", "\"1\"")]), response(304, &[("etag", b"\"1\"")], "")),
        (
            request("GET", &[("range", "bytes=0-9")]),
            response(206, &[("content-range", b"bytes 0-9/100")], "0123456789"),
        ),
        (request("GET", &[("range", "bytes=200-")]), response(416, &[("content-range", b"bytes */100")], "")),
        (request("POST", &[]), response(201, &[("location", b"/things/2")], "")),
        (request("PUT", &[]), response(201, &[], "")),
        (request("PATCH", &[]), response(201, &[], "")),
        (request("DELETE", &[]), response(405, &[("allow", b"GET, HEAD")], "")),
    ];
    for (q, r) in &exchanges {
        assert_eq!(conformance::check_exchange(q, r), [], "{} {}", q.method(), r.status());
    }
}

/// Every header rule the registry states as an unconditional MUST is found missing.
#[test]
fn every_must_header_rule_is_checked() {
    let mut checked = 0;
    for info in StatusCode::REGISTRY.iter().filter(|i| StatusCode::from_u16(i.code()).is_some()) {
        for rule in info.header_rules().iter().filter(|r| r.level == Some(Requirement::Must) && r.when.is_none()) {
            let findings = conformance::check(&response(info.code(), &[], ""));
            assert!(
                findings
                    .iter()
                    .any(|f| f.subject == Subject::Header(rule.field) && f.problem == Problem::MissingHeader),
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
        let findings = conformance::check(&response(code, &[], ""));
        assert!(!findings.iter().any(|f| f.subject == Subject::Header(field)), "{code} without {field}: {findings:?}");
    }
}

#[test]
fn broken_responses_are_found() {
    let cases: Vec<(Response<String>, Problem, Subject)> = vec![
        (response(405, &[], ""), Problem::MissingHeader, Subject::Header("Allow")),
        (response(401, &[], ""), Problem::MissingHeader, Subject::Header("WWW-Authenticate")),
        (response(407, &[], ""), Problem::MissingHeader, Subject::Header("Proxy-Authenticate")),
        (response(426, &[], ""), Problem::MissingHeader, Subject::Header("Upgrade")),
        (response(101, &[], ""), Problem::MissingHeader, Subject::Header("Upgrade")),
        (response(204, &[], "surprise"), Problem::ContentOnBodilessCode, Subject::Content),
        (response(304, &[], "surprise"), Problem::ContentOnBodilessCode, Subject::Content),
        (response(100, &[], "surprise"), Problem::ContentOnBodilessCode, Subject::Content),
        (response(103, &[], "surprise"), Problem::ContentOnBodilessCode, Subject::Content),
        (response(205, &[], "surprise"), Problem::ContentNotToBeGenerated, Subject::Content),
        (response(299, &[], ""), Problem::Unregistered { fallback: 200 }, Subject::Code),
        (response(499, &[], ""), Problem::Unregistered { fallback: 400 }, Subject::Code),
        (response(999, &[], ""), Problem::Unregistered { fallback: 500 }, Subject::Code),
        (response(306, &[], ""), Problem::Unused, Subject::Code),
        (response(418, &[], ""), Problem::Unused, Subject::Code),
        (response(510, &[], ""), Problem::Obsoleted, Subject::Code),
    ];
    for (r, problem, subject) in &cases {
        let found = problems(&conformance::check(r));
        assert!(found.contains(&(r.status().as_u16(), *problem, *subject)), "{}: {found:?}", r.status());
    }
    let exchanges = [
        (request("POST", &[]), response(304, &[], ""), Subject::Code),
        (request("GET", &[]), response(206, &[("content-range", b"bytes 0-9/100")], "0123456789"), Subject::Code),
        (request("GET", &[]), response(416, &[("content-range", b"bytes */100")], ""), Subject::Code),
        (request("DELETE", &[]), response(405, &[("allow", b"GET, DELETE")], ""), Subject::Header("Allow")),
        (request("POST", &[]), response(201, &[], ""), Subject::Header("Location")),
    ];
    for (q, r, subject) in &exchanges {
        let found = conformance::check_exchange(q, r);
        assert!(found.iter().any(|f| f.subject == *subject), "{} {}: {found:?}", q.method(), r.status());
    }
    // Findings say what is wrong, who the rule addresses, the level and the citation.
    let text = conformance::check(&response(405, &[], ""))[0].to_string();
    assert_eq!(
        text,
        "405 Method Not Allowed without Allow: the origin server MUST send Allow (RFC 9110, Section 15.5.6)"
    );
}

#[test]
fn method_conditions_apply_only_with_the_request() {
    for info in StatusCode::REGISTRY {
        for rule in info.header_rules() {
            let Some(Condition::Methods(methods)) = rule.when else { continue };
            // Without the request the condition is undecided: no finding for that field.
            let alone = conformance::check(&response(info.code(), &[], ""));
            assert!(!alone.iter().any(|f| f.subject == Subject::Header(rule.field)), "{}: {alone:?}", info.code());
            if matches!(rule.level, Some(Requirement::Must | Requirement::Should)) {
                let found = conformance::check_exchange(&request(methods[0], &[]), &response(info.code(), &[], ""));
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
fn assert_conforms_lists_every_finding() {
    conformance::assert_conforms(&response(200, &[], "fine"));
    let failure = std::panic::catch_unwind(|| conformance::assert_conforms(&response(405, &[], "")));
    let message = *failure.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("405 Method Not Allowed without Allow"), "{message}");
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
}
