//! The conformance check on a corpus of exchanges: allowed ones, each resting on a sentence of
//! the specifications (cited above it, in our words), must give no violation and no
//! recommendation; broken ones must each be found, with the right kind.

#[path = "conformance/rules.rs"]
mod rules;

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

type Fields = &'static [(&'static str, &'static str)];

/// One exchange: the request (method, fields, version), if the check sees it, and the response.
struct Case {
    request: Option<(&'static str, Fields, Version)>,
    code: u16,
    fields: Fields,
    body: &'static str,
}

const fn to(method: &'static str, asked: Fields, code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: Some((method, asked, Version::HTTP_11)), code, fields, body }
}

const fn http10(method: &'static str, code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: Some((method, &[], Version::HTTP_10)), code, fields, body }
}

const fn http2(method: &'static str, code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: Some((method, &[], Version::HTTP_2)), code, fields, body }
}

const fn alone(code: u16, fields: Fields, body: &'static str) -> Case {
    Case { request: None, code, fields, body }
}

impl Case {
    fn check(&self) -> Vec<Finding> {
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

    fn name(&self) -> String {
        let asked = self.request.map_or_else(String::new, |(m, f, _)| format!("{m} {f:?} -> "));
        format!("{asked}{} {:?} {:?}", self.code, self.fields, self.body)
    }
}

const GET: &str = "GET";

/// Exchanges the specifications allow.
// One exchange a line: a table reads better than rustfmt's one field a line.
#[rustfmt::skip]
const ALLOWED: &[Case] = &[
    // RFC 9110 15.3.1: validators in a 200 to GET are asked for only when available.
    to(GET, &[], 200, &[], "hello"),
    // 15.3.1: the validator rule is for GET and HEAD; a 200 to POST needs none.
    to("POST", &[], 200, &[], "done"),
    // 15.3.1: any available validator; both together are only preferred.
    to(GET, &[], 200, &[("etag", "\"v1\"")], "hello"),
    // 9.3.2, 8.6: a HEAD response may state the length a GET would have had, with no content.
    to("HEAD", &[], 200, &[("content-length", "5"), ("etag", "\"v1\"")], ""),
    // 8.6: Content-Length equal to the content sent.
    to(GET, &[], 200, &[("content-length", "5")], "hello"),
    // RFC 9112 6.1: chunked to an HTTP/1.1 request, without Content-Length.
    to(GET, &[], 200, &[("transfer-encoding", "chunked")], "hello"),
    // RFC 9112 6.2, RFC 9110 15.2: an HTTP/1.0 client gets a length-delimited final response.
    http10(GET, 200, &[("content-length", "5")], "hello"),
    // RFC 9113 8.2.2: an HTTP/2 response without connection-specific fields.
    http2(GET, 200, &[("content-length", "5"), ("etag", "\"v1\"")], "hello"),
    // RFC 9110 9.3.6, 8.6: a 2xx to CONNECT carries neither Content-Length nor Transfer-Encoding.
    to("CONNECT", &[], 200, &[], ""),
    // 15.3.2, 9.3.3: Location is a SHOULD after POST; a 201 to PUT may leave it out.
    to("PUT", &[], 201, &[], ""),
    // 9.3.3: a 201 to POST with the new resource in Location.
    to("POST", &[], 201, &[("location", "/things/2")], ""),
    // 15.3.5, 8.6: a 204 without Content-Length or Transfer-Encoding.
    to("DELETE", &[], 204, &[], ""),
    // 15.3.6: a 205 generates no content.
    to("POST", &[], 205, &[], ""),
    // 15.3.7.1: one range, with Content-Range; 15.3.7: Date, ETag ... only if a 200 would have sent them.
    to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "bytes 0-4/10")], "hello"),
    // 15.3.7.2: several ranges as multipart/byteranges, Content-Range only inside the parts.
    to(GET, &[("range", "bytes=0-1,5-6")], 206, &[("content-type", "multipart/byteranges; boundary=X")], "--X--"),
    // 15.3.7: with If-Range, only the required fields beside Content-Range.
    to(GET, &[("range", "bytes=0-4"), ("if-range", "\"v1\"")], 206, &[("content-range", "bytes 0-4/10"), ("etag", "\"v1\"")], "hello"),
    // RFC 4918 9.10.3: a LOCK that cannot lock every resource is answered with 207.
    to("LOCK", &[], 207, &[("content-type", "application/xml")], "<multistatus/>"),
    // RFC 4918 13 and the extensions that reuse it: 207 to a method the registry's list does not name.
    to("REPORT", &[], 207, &[], "<multistatus/>"),
    // RFC 9110 15.4.1: Location only if the server has a preferred choice.
    to(GET, &[], 300, &[], "<ul><li>/a</li><li>/b</li></ul>"),
    // 15.4.1: a 300 naming its preferred choice.
    to(GET, &[], 300, &[("location", "/a")], "<ul><li>/a</li></ul>"),
    // 15.4.3: a 302 with Location.
    to(GET, &[], 302, &[("location", "/elsewhere")], ""),
    // 15.4.5: Last-Modified can guide cache updates when there is no ETag (the spec's example).
    to(GET, &[("if-modified-since", "Mon, 23 Nov 2026 10:00:00 GMT")], 304, &[("last-modified", "Mon, 23 Nov 2026 09:00:00 GMT")], ""),
    // 15.4.5: ETag and Last-Modified together.
    to(GET, &[("if-none-match", "\"v1\"")], 304, &[("etag", "\"v1\""), ("last-modified", "Mon, 23 Nov 2026 09:00:00 GMT")], ""),
    // 8.6: a 304 to a conditional GET may carry the length a 200 would have had.
    to(GET, &[("if-none-match", "\"v1\"")], 304, &[("etag", "\"v1\""), ("content-length", "1234")], ""),
    // RFC 9112 6.1: a 304 to a GET may carry Transfer-Encoding.
    to(GET, &[("if-none-match", "\"v1\"")], 304, &[("etag", "\"v1\""), ("transfer-encoding", "chunked")], ""),
    // RFC 9110 15.5.2: a 401 with its challenge.
    to(GET, &[], 401, &[("www-authenticate", "Bearer")], ""),
    // 15.5.5: a 404 with an explanation.
    to(GET, &[], 404, &[("content-type", "text/plain")], "no such thing"),
    // 15.5.6: Allow lists the supported methods, not the refused one.
    to("DELETE", &[], 405, &[("allow", "GET, HEAD")], ""),
    // 12.1, 15.5.7: Accept-Charset is a proactive negotiation field too.
    to(GET, &[("accept-charset", "iso-8859-5")], 406, &[], "<ul><li>/utf8</li></ul>"),
    // RFC 4918 10.4, RFC 9110 13.1: WebDAV's If is a precondition.
    to("PUT", &[("if", "(<urn:uuid:1>)")], 412, &[], ""),
    // RFC 9110 13.1: other specifications define further precondition fields.
    to("PUT", &[("if-schedule-tag-match", "\"s1\"")], 412, &[], ""),
    // 15.5.14: Retry-After only if the condition is temporary.
    to("POST", &[], 413, &[], "too big"),
    // 15.5.14: a temporary condition, said with Retry-After.
    to("POST", &[], 413, &[("retry-after", "3600")], "too big for now"),
    // 12.5.3: a 415 about a media type leaves Accept-Encoding out (and may list types in Accept).
    to("POST", &[("content-type", "text/csv")], 415, &[("accept", "application/json")], ""),
    // 12.5.3, 15.5.16: a 415 about a content coding lists the acceptable codings.
    to("POST", &[("content-encoding", "br")], 415, &[("accept-encoding", "gzip")], ""),
    // 15.5.17: Content-Range is asked for only to a byte-range request.
    to(GET, &[("range", "pages=9")], 416, &[], ""),
    // 15.5.17: to a byte-range request, with the current length.
    to(GET, &[("range", "bytes=200-")], 416, &[("content-range", "bytes */100")], ""),
    // RFC 8470 5.1, 5.2: a request received in early data need not carry Early-Data.
    to("POST", &[], 425, &[], ""),
    // RFC 9110 7.8, 15.5.22: Upgrade with the upgrade option in Connection.
    to(GET, &[], 426, &[("upgrade", "HTTP/3.0"), ("connection", "Upgrade")], ""),
    // RFC 6585 4: Retry-After is a MAY in a 429.
    to(GET, &[], 429, &[], "slow down"),
    // RFC 7725 4: a Link naming the blocker with rel blocked-by.
    to(GET, &[], 451, &[("link", "<https://blocker.example/>; rel=\"blocked-by\"")], "blocked by order"),
    // RFC 9110 15.6.4: Retry-After is a MAY in a 503.
    to(GET, &[], 503, &[], ""),
    // RFC 6585 6: a 511 links to a login page and carries no challenge.
    to(GET, &[], 511, &[], "<a href=\"/login\">sign in</a>"),
    // RFC 9110 15 (codes are extensible): an unregistered code is at most advice.
    to(GET, &[], 299, &[], ""),
    // 15.2.1: a client that sent no Expect simply discards a 100.
    to("POST", &[], 100, &[], ""),
    // 10.1.1: a 100 to Expect: 100-continue.
    to("POST", &[("expect", "100-continue")], 100, &[], ""),
    // 7.8, 15.2.2: Upgrade and Connection: upgrade in the 101.
    to(GET, &[("upgrade", "websocket"), ("connection", "upgrade")], 101, &[("upgrade", "websocket"), ("connection", "Upgrade")], ""),
    // RFC 8297 2: a 103 with a preload hint.
    to(GET, &[], 103, &[("link", "</style.css>; rel=preload; as=style")], ""),
    // Resumable uploads draft-05, 4: creation by PATCH, first 104 with Location.
    to("PATCH", &[("upload-complete", "?1")], 104, &[("location", "/uploads/1"), ("upload-draft-interop-version", "6")], ""),
    // Draft-05, 4: creation by any method with content, PUT included.
    to("PUT", &[("upload-complete", "?0")], 104, &[("location", "/uploads/2"), ("upload-draft-interop-version", "6")], ""),
    // Draft-05, 4: only the first 104 carries Location; one 104 alone does not show which it is.
    to("POST", &[("upload-complete", "?1")], 104, &[("upload-draft-interop-version", "6")], ""),
    // Draft-05, 6: a 104 to an upload append (Upload-Offset) carries no Location.
    to("PATCH", &[("upload-offset", "100")], 104, &[("upload-draft-interop-version", "6"), ("upload-offset", "150")], ""),
    // RFC 9110 15.3.1 without the request: the validator rule's method is unseen.
    alone(200, &[], "hello"),
    // 15.4.5 without the request: a 304 on its own.
    alone(304, &[("etag", "\"v1\"")], ""),
];

/// Broken exchanges, each with the finding it must give.
// One exchange a line: a table reads better than rustfmt's one field a line.
#[rustfmt::skip]
const BROKEN: &[(Case, Problem, Subject, Kind)] = &[
    // RFC 9110 8.6, RFC 9112 6.1: no Content-Length or Transfer-Encoding in 1xx and 204.
    (alone(204, &[("content-length", "0")], ""), Problem::ForbiddenHeader, Subject::Header("Content-Length"), Kind::Violation),
    (alone(204, &[("transfer-encoding", "chunked")], ""), Problem::ForbiddenHeader, Subject::Header("Transfer-Encoding"), Kind::Violation),
    (alone(100, &[("content-length", "0")], ""), Problem::ForbiddenHeader, Subject::Header("Content-Length"), Kind::Violation),
    (alone(103, &[("transfer-encoding", "chunked")], ""), Problem::ForbiddenHeader, Subject::Header("Transfer-Encoding"), Kind::Violation),
    // RFC 9110 9.3.6, 8.6; RFC 9112 6.1: none in a 2xx to CONNECT.
    (to("CONNECT", &[], 200, &[("transfer-encoding", "chunked")], ""), Problem::ForbiddenHeader, Subject::Header("Transfer-Encoding"), Kind::Violation),
    (to("CONNECT", &[], 200, &[("content-length", "0")], ""), Problem::ForbiddenHeader, Subject::Header("Content-Length"), Kind::Violation),
    // RFC 9112 6.2: no Content-Length beside Transfer-Encoding.
    (alone(200, &[("content-length", "5"), ("transfer-encoding", "chunked")], "hello"), Problem::LengthWithTransferEncoding, Subject::Header("Content-Length"), Kind::Violation),
    // RFC 9112 6.1: no Transfer-Encoding to an HTTP/1.0 request; chunked once only.
    (http10(GET, 200, &[("transfer-encoding", "chunked")], "hello"), Problem::TransferEncodingToHttp10, Subject::Header("Transfer-Encoding"), Kind::Violation),
    (alone(200, &[("transfer-encoding", "chunked, chunked")], "hello"), Problem::ChunkedTwice, Subject::Header("Transfer-Encoding"), Kind::Violation),
    // RFC 9110 15.2: no 1xx to an HTTP/1.0 client; RFC 9113 8.2.2: no connection-specific field in HTTP/2.
    (http10("POST", 100, &[], ""), Problem::InterimToHttp10, Subject::Code, Kind::Violation),
    (http2(GET, 200, &[("connection", "keep-alive")], "hello"), Problem::ConnectionSpecificInHttp2, Subject::Header("Connection"), Kind::Violation),
    // RFC 9110 2.2, 8.6: Content-Length is a decimal number, and right.
    (alone(200, &[("content-length", "five")], "hello"), Problem::MalformedContentLength, Subject::Header("Content-Length"), Kind::Violation),
    (to(GET, &[], 200, &[("content-length", "10")], "hello"), Problem::WrongContentLength { declared: 10, actual: 5 }, Subject::Header("Content-Length"), Kind::Violation),
    // 9.3.2: no content in a response to HEAD.
    (to("HEAD", &[], 200, &[], "hello"), Problem::ContentToHead, Subject::Content, Kind::Violation),
    // 15.3.5, RFC 9112 6.3: a 204 has no content; 15.3.6: a 205's server generates none.
    (alone(204, &[], "surprise"), Problem::ContentOnBodilessCode, Subject::Content, Kind::Violation),
    (alone(205, &[], "surprise"), Problem::ContentNotToBeGenerated, Subject::Content, Kind::Violation),
    // 15.5.6, 15.5.2, 15.5.8: the challenge and Allow fields.
    (alone(405, &[], ""), Problem::MissingHeader, Subject::Header("Allow"), Kind::Violation),
    (alone(401, &[], ""), Problem::MissingHeader, Subject::Header("WWW-Authenticate"), Kind::Violation),
    (alone(407, &[], ""), Problem::MissingHeader, Subject::Header("Proxy-Authenticate"), Kind::Violation),
    (to("DELETE", &[], 405, &[("allow", "GET, DELETE")], ""), Problem::AllowListsRefusedMethod, Subject::Header("Allow"), Kind::Violation),
    // 15.2.2, 7.8: Upgrade in a 101, and Connection: upgrade beside any Upgrade.
    (alone(101, &[], ""), Problem::MissingHeader, Subject::Header("Upgrade"), Kind::Violation),
    (alone(101, &[("upgrade", "websocket")], ""), Problem::MissingHeader, Subject::Header("Connection"), Kind::Violation),
    (alone(426, &[("upgrade", "HTTP/3.0"), ("connection", "keep-alive")], ""), Problem::MissingToken { token: "upgrade" }, Subject::Header("Connection"), Kind::Violation),
    // 7.8: a 101 switches only to a protocol the request offered.
    (to(GET, &[("upgrade", "websocket"), ("connection", "upgrade")], 101, &[("upgrade", "h2c"), ("connection", "upgrade")], ""), Problem::NotOffered, Subject::Header("Upgrade"), Kind::Violation),
    // 7.8: a 101 answers a request that offered Upgrade.
    (to(GET, &[], 101, &[("upgrade", "websocket"), ("connection", "upgrade")], ""), Problem::UnexpectedForRequest { needs: "Upgrade" }, Subject::Code, Kind::Violation),
    // 15.3.7.1: a single-part 206 has Content-Range.
    (to(GET, &[("range", "bytes=0-4")], 206, &[], "hello"), Problem::MissingHeader, Subject::Header("Content-Range"), Kind::Violation),
    // 15.3.7.2: no multipart answer to one range; no Content-Range in a multipart header section.
    (to(GET, &[("range", "bytes=0-4")], 206, &[("content-type", "multipart/byteranges; boundary=X")], "--X--"), Problem::ForbiddenHeader, Subject::Header("Content-Type"), Kind::Violation),
    (to(GET, &[("range", "bytes=0-1,5-6")], 206, &[("content-type", "multipart/byteranges; boundary=X"), ("content-range", "bytes 0-1/10")], "--X--"), Problem::ForbiddenHeader, Subject::Header("Content-Range"), Kind::Violation),
    // 14.2, 13.1.5: a 206 answers a GET with Range, never If-Range alone.
    (to(GET, &[("if-range", "\"v1\"")], 206, &[("content-range", "bytes 0-4/10")], "hello"), Problem::UnexpectedForRequest { needs: "Range" }, Subject::Code, Kind::Violation),
    // 15.3.7: with If-Range, no other representation fields.
    (to(GET, &[("range", "bytes=0-4"), ("if-range", "\"v1\"")], 206, &[("content-range", "bytes 0-4/10"), ("last-modified", "Mon, 23 Nov 2026 09:00:00 GMT")], "hello"), Problem::ForbiddenHeader, Subject::Header("Last-Modified"), Kind::Recommendation),
    // 15.4.5: a 304 answers a conditional GET or HEAD.
    (to("POST", &[], 304, &[], ""), Problem::UnexpectedForRequest { needs: "GET" }, Subject::Code, Kind::Violation),
    // 15.5.17: to a byte-range request, a 416 gives the current length.
    (to(GET, &[("range", "bytes=200-")], 416, &[], ""), Problem::MissingHeader, Subject::Header("Content-Range"), Kind::Recommendation),
    // 15.5.18: a 417 answers a request with Expect.
    (to(GET, &[], 417, &[], ""), Problem::UnexpectedForRequest { needs: "Expect" }, Subject::Code, Kind::Violation),
    // 9.3.3: a 201 to POST names the new resource.
    (to("POST", &[], 201, &[], ""), Problem::MissingHeader, Subject::Header("Location"), Kind::Recommendation),
    // 15.4.2: a 301 names the new URI.
    (alone(301, &[], ""), Problem::MissingHeader, Subject::Header("Location"), Kind::Recommendation),
    // Draft-05, 6: no Location in a 104 to an upload append.
    (to("PATCH", &[("upload-offset", "100")], 104, &[("location", "/uploads/1"), ("upload-draft-interop-version", "6")], ""), Problem::ForbiddenHeader, Subject::Header("Location"), Kind::Violation),
    // RFC 7725 4: a 451 has a Link to the blocker, with rel blocked-by.
    (alone(451, &[], ""), Problem::MissingHeader, Subject::Header("Link"), Kind::Recommendation),
    (alone(451, &[("link", "<https://blocker.example/>; rel=help")], ""), Problem::MissingToken { token: "blocked-by" }, Subject::Header("Link"), Kind::Recommendation),
    // RFC 6585 6: no challenge in a 511.
    (alone(511, &[("www-authenticate", "Basic")], ""), Problem::ForbiddenHeader, Subject::Header("WWW-Authenticate"), Kind::Recommendation),
    // RFC 9110 15: valid codes lie between 100 and 599; 15.4.7: 306 is reserved.
    (alone(999, &[], ""), Problem::InvalidCode, Subject::Code, Kind::Violation),
    (alone(306, &[], ""), Problem::Unused, Subject::Code, Kind::Recommendation),
];

#[test]
fn allowed_exchanges_give_no_violation_and_no_recommendation() {
    assert!(ALLOWED.len() >= 40, "{}", ALLOWED.len());
    for case in ALLOWED {
        let found = faults(&case.check());
        assert!(found.is_empty(), "{}: {:#?}", case.name(), found.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
}

#[test]
fn broken_exchanges_are_found_with_their_kind() {
    assert!(BROKEN.len() >= 25, "{}", BROKEN.len());
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
