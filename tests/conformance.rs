//! The conformance check on a corpus of exchanges: allowed ones, each resting on a sentence of
//! the specifications (cited above it, in our words), must give no violation and no
//! recommendation; broken ones must each be found, with the right kind.

#[path = "conformance/allowed.rs"]
mod allowed;
#[path = "conformance/broken.rs"]
mod broken;
#[path = "conformance/rules.rs"]
mod rules;
#[path = "conformance/values.rs"]
mod values;

use allowed::ALLOWED;
use broken::BROKEN;

use http::{Request, Response, Version};
use status_core::conformance::{self, Finding, Kind, Problem, Subject};

pub(crate) fn response(code: u16, headers: &[(&str, &[u8])], body: &str) -> Response<String> {
    let mut builder = Response::builder().status(code);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.to_owned()).unwrap()
}

pub(crate) fn request(method: &str, headers: &[(&str, &str)]) -> Request<()> {
    let mut builder = Request::builder().method(method).uri("/thing");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(()).unwrap()
}

pub(crate) fn problems(findings: &[Finding]) -> Vec<(u16, Problem, Subject)> {
    findings.iter().map(|f| (f.code, f.problem, f.subject)).collect()
}

/// The findings a team has to act on: violations and recommendations.
pub(crate) fn faults(findings: &[Finding]) -> Vec<Finding> {
    findings.iter().filter(|f| f.kind >= Kind::Recommendation).cloned().collect()
}

pub(crate) type Fields = &'static [(&'static str, &'static str)];

/// One exchange: the request (method, fields, version), if the check sees it, and the response.
pub(crate) struct Case {
    request: Option<(&'static str, Fields, Version)>,
    code: u16,
    fields: Fields,
    body: &'static str,
}

pub(crate) const fn to(method: &'static str, asked: Fields, code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: Some((method, asked, Version::HTTP_11)), code, fields, body }
}

pub(crate) const fn http10(method: &'static str, code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: Some((method, &[], Version::HTTP_10)), code, fields, body }
}

pub(crate) const fn http2(method: &'static str, code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: Some((method, &[], Version::HTTP_2)), code, fields, body }
}

pub(crate) const fn alone(code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: None, code, fields, body }
}

impl Case {
    pub(crate) fn check(&self) -> Vec<Finding> {
        let fields: Vec<(&str, &[u8])> = self.fields.iter().map(|(n, v)| (*n, v.as_bytes())).collect();
        let answer = response(self.code, &fields, self.body);
        match self.request {
            None => conformance::check(&answer),
            Some((method, asked, version)) => {
                let mut q = request(method, asked);
                *q.version_mut() = version;
                conformance::check_exchange(&q, &answer)
            }
        }
    }

    pub(crate) fn name(&self) -> String {
        let asked = self.request.map_or_else(String::new, |(m, f, _)| format!("{m} {f:?} -> "));
        format!("{asked}{} {:?} {:?}", self.code, self.fields, self.body)
    }
}

pub(crate) const GET: &str = "GET";

#[test]
fn allowed_exchanges_give_no_violation_and_no_recommendation() {
    assert!(ALLOWED.len() >= 95, "{}", ALLOWED.len());
    for case in ALLOWED {
        let found = faults(&case.check());
        assert!(found.is_empty(), "{}: {:#?}", case.name(), found.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
}

#[test]
fn broken_exchanges_are_found_with_their_kind() {
    assert!(BROKEN.len() >= 70, "{}", BROKEN.len());
    for (case, problem, subject, kind) in BROKEN {
        let found = case.check();
        assert!(
            found.iter().any(|f| f.problem == *problem && f.subject == *subject && f.kind == *kind),
            "{}: expected {kind} {problem:?} on {subject:?}, found {found:#?}",
            case.name()
        );
    }
}

/// Conditional SHOULDs whose condition the exchange does not show are advice, never silence.
#[test]
fn unseen_conditions_give_advice() {
    let advice = |case: Case, field: &'static str| {
        let found = case.check();
        assert!(
            found.iter().any(|f| f.kind == Kind::Advice && f.subject == Subject::Header(field)),
            "{}: {found:#?}",
            case.name()
        );
    };
    advice(to(GET, &[], 200, &[], "hello"), "ETag");
    advice(to("POST", &[], 413, &[], ""), "Retry-After");
    advice(to(GET, &[], 300, &[], ""), "Location");
    advice(to("POST", &[("content-encoding", "br")], 415, &[], ""), "Accept-Encoding");
    advice(
        to(GET, &[("if-none-match", "\"1\"")], 304, &[("etag", "\"1\""), ("content-type", "text/html")], ""),
        "Content-Type",
    );
    let text = to("POST", &[], 413, &[], "").check()[0].to_string();
    assert_eq!(
        text,
        "413 Content Too Large without Retry-After: the server SHOULD send Retry-After if the condition is temporary (RFC 9110, Section 15.5.14)"
    );
}

#[test]
fn finding_texts_cite_once() {
    let text = alone(299, &[], "").check()[0].to_string();
    assert_eq!(
        text,
        "299: not in the registry; a client that does not know it handles it as 200 (RFC 9110, Section 15)"
    );
    let text = alone(405, &[], "").check()[0].to_string();
    assert_eq!(
        text,
        "405 Method Not Allowed without Allow: the origin server MUST send Allow (RFC 9110, Section 15.5.6)"
    );
    let text = to("CONNECT", &[], 200, &[("content-length", "0")], "").check()[0].to_string();
    assert_eq!(
        text,
        "200 OK with Content-Length: the server MUST NOT send Content-Length in responses to CONNECT (RFC 9110, Section 8.6)"
    );
    for case in BROKEN.iter().map(|(c, ..)| c).chain(ALLOWED) {
        for finding in case.check() {
            let text = finding.to_string();
            assert_eq!(text.matches(&finding.citation.to_string()).count(), 1, "{text}");
        }
    }
}

#[test]
fn assert_conforms_fails_on_violations_and_recommendations_only() {
    // Advice only (validators, if available): passes; strict mode fails on it.
    let fine = response(200, &[], "fine");
    conformance::assert_conforms(&fine);
    conformance::assert_exchange_conforms(&request(GET, &[]), &fine);
    drop(fine);
    let strict = std::panic::catch_unwind(|| {
        conformance::assert_exchange_conforms_strict(&request(GET, &[]), &response(200, &[], "fine"));
    });
    let message = *strict.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("advice: 200 OK without ETag"), "{message}");
    conformance::assert_conforms_strict(&response(404, &[], ""));
    // A recommendation fails it, and so does a violation, each listed with its kind.
    let failure = std::panic::catch_unwind(|| conformance::assert_conforms(&response(301, &[], "")));
    let message = *failure.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("recommendation: 301 Moved Permanently without Location"), "{message}");
    let failure = std::panic::catch_unwind(|| conformance::assert_conforms(&response(405, &[], "")));
    let message = *failure.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("violation: 405 Method Not Allowed without Allow"), "{message}");
}
