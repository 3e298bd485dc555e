//! Broken exchanges, each with the finding it must give: its problem, subject and kind.

use super::{Case, GET, alone, http2, http10, to};
use status_core::conformance::{Kind, Problem, Subject};
use status_core::{Grammar, ValueForm};

/// Broken exchanges, each with the finding it must give.
// One exchange a line: a table reads better than rustfmt's one field a line.
#[rustfmt::skip]
pub(crate) const BROKEN: &[(Case, Problem, Subject, Kind)] = &[
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
    (to(GET, &[], 426, &[("upgrade", "HTTP/3.0"), ("connection", "keep-alive")], ""), Problem::MissingToken { token: "upgrade" }, Subject::Header("Connection"), Kind::Violation),
    // 15.5.22 over HTTP/1.1: a 426 names the protocols in Upgrade.
    (to(GET, &[], 426, &[], ""), Problem::MissingHeader, Subject::Header("Upgrade"), Kind::Violation),
    // 7.8: a 101 switches only to a protocol the request offered.
    (to(GET, &[("upgrade", "websocket"), ("connection", "upgrade")], 101, &[("upgrade", "h2c"), ("connection", "upgrade")], ""), Problem::NotOffered, Subject::Header("Upgrade"), Kind::Violation),
    // 7.8: a 101 answers a request that offered Upgrade.
    (to(GET, &[], 101, &[("upgrade", "websocket"), ("connection", "upgrade")], ""), Problem::UnexpectedForRequest { needs: &["Upgrade"] }, Subject::Code, Kind::Violation),
    // 15.3.7.1: a single-part 206 has Content-Range.
    (to(GET, &[("range", "bytes=0-4")], 206, &[], "hello"), Problem::MissingHeader, Subject::Header("Content-Range"), Kind::Violation),
    // 15.3.7.2: no multipart answer to one range; no Content-Range in a multipart header section.
    (to(GET, &[("range", "bytes=0-4")], 206, &[("content-type", "multipart/byteranges; boundary=X")], "--X--"), Problem::MultipartForSingleRange, Subject::Content, Kind::Violation),
    (to(GET, &[("range", "bytes=0-1,5-6")], 206, &[("content-type", "multipart/byteranges; boundary=X"), ("content-range", "bytes 0-1/10")], "--X--"), Problem::ForbiddenHeader, Subject::Header("Content-Range"), Kind::Violation),
    // 14.2, 13.1.5: a 206 answers a GET with Range, never If-Range alone.
    (to(GET, &[("if-range", "\"v1\"")], 206, &[("content-range", "bytes 0-4/10")], "hello"), Problem::UnexpectedForRequest { needs: &["Range"] }, Subject::Code, Kind::Violation),
    // 15.3.7: with If-Range, no other representation fields.
    (to(GET, &[("range", "bytes=0-4"), ("if-range", "\"v1\"")], 206, &[("content-range", "bytes 0-4/10"), ("last-modified", "Mon, 23 Nov 2026 09:00:00 GMT")], "hello"), Problem::ForbiddenHeader, Subject::Header("Last-Modified"), Kind::Recommendation),
    // 15.4.5: a 304 answers a conditional GET or HEAD.
    (to("POST", &[], 304, &[], ""), Problem::UnexpectedMethod { answers: &["GET", "HEAD"] }, Subject::Code, Kind::Violation),
    // 15.5.17: to a byte-range request, a 416 gives the current length.
    (to(GET, &[("range", "bytes=200-")], 416, &[], ""), Problem::MissingHeader, Subject::Header("Content-Range"), Kind::Recommendation),
    // 15.5.18: a 417 answers a request with Expect.
    (to(GET, &[], 417, &[], ""), Problem::UnexpectedForRequest { needs: &["Expect"] }, Subject::Code, Kind::Violation),
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
    // 14.2: a 206 answers a GET only.
    (to("POST", &[("range", "bytes=0-4")], 206, &[("content-range", "bytes 0-4/10")], "hello"), Problem::UnexpectedMethod { answers: &["GET"] }, Subject::Code, Kind::Violation),
    // 13.1.2, 13.1.3: a 304 answers a request with If-None-Match or If-Modified-Since.
    (to(GET, &[], 304, &[("etag", "\"v1\"")], ""), Problem::UnexpectedForRequest { needs: &["If-None-Match", "If-Modified-Since"] }, Subject::Code, Kind::Violation),
    // Values (RFC 9110, 2.2: a sender generates only what the grammar allows). 10.2.3: Retry-After.
    (to("POST", &[], 413, &[("retry-after", "later")], ""), RETRY_AFTER, Subject::Header("Retry-After"), Kind::Violation),
    (to(GET, &[], 429, &[("retry-after", "1.5")], ""), RETRY_AFTER, Subject::Header("Retry-After"), Kind::Violation),
    (to(GET, &[], 503, &[("retry-after", "-5")], ""), RETRY_AFTER, Subject::Header("Retry-After"), Kind::Violation),
    (to(GET, &[], 503, &[("retry-after", "soon")], ""), RETRY_AFTER, Subject::Header("Retry-After"), Kind::Violation),
    (to(GET, &[], 503, &[("retry-after", "120, 60")], ""), RETRY_AFTER, Subject::Header("Retry-After"), Kind::Violation),
    // 5.6.7: a sender generates IMF-fixdate, never the obsolete forms.
    (to(GET, &[], 503, &[("retry-after", "Sunday, 06-Dec-26 08:49:37 GMT")], ""), Problem::ObsoleteDate, Subject::Header("Retry-After"), Kind::Violation),
    (to(GET, &[], 200, &[("last-modified", "Sun Dec  6 08:49:37 2026")], "hello"), Problem::ObsoleteDate, Subject::Header("Last-Modified"), Kind::Violation),
    (alone(200, &[("date", "Sunday, 06-Dec-26 08:49:37 GMT")], "hello"), Problem::ObsoleteDate, Subject::Header("Date"), Kind::Violation),
    // 6.6.1, RFC 9111 5.3: Date and Expires are HTTP-dates (a recipient reads Expires: 0 as expired; a sender does not send it).
    (alone(200, &[("date", "2026-12-06T08:49:37Z")], "hello"), HTTP_DATE, Subject::Header("Date"), Kind::Violation),
    (alone(200, &[("expires", "0")], "hello"), HTTP_DATE, Subject::Header("Expires"), Kind::Violation),
    (alone(200, &[("date", "Mon, 07 Dec 2026 08:49:37 GMT"), ("date", "Mon, 07 Dec 2026 08:49:38 GMT")], "hello"), HTTP_DATE, Subject::Header("Date"), Kind::Violation),
    // 15.3.7.1: a single-part 206 says which range it encloses; 14.4: inside its complete length.
    (to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "bytes */100")], "hello"), Problem::WrongForm { form: ValueForm::SatisfiedRange }, Subject::Header("Content-Range"), Kind::Violation),
    (to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "bytes 0-200/100")], "hello"), CONTENT_RANGE, Subject::Header("Content-Range"), Kind::Violation),
    (to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "bytes=0-4/10")], "hello"), CONTENT_RANGE, Subject::Header("Content-Range"), Kind::Violation),
    // 15.5.17: a 416 to a byte-range request sends the unsatisfied form.
    (to(GET, &[("range", "bytes=200-")], 416, &[("content-range", "bytes 0-4/100")], ""), Problem::WrongForm { form: ValueForm::UnsatisfiedRange }, Subject::Header("Content-Range"), Kind::Recommendation),
    // 11.6.1, 11.7.1: at least one challenge, each with its auth-scheme token.
    (alone(401, &[("www-authenticate", "")], ""), CHALLENGES, Subject::Header("WWW-Authenticate"), Kind::Violation),
    (alone(401, &[("www-authenticate", "realm=\"x\"")], ""), CHALLENGES, Subject::Header("WWW-Authenticate"), Kind::Violation),
    (alone(407, &[("proxy-authenticate", "\"Basic\"")], ""), CHALLENGES, Subject::Header("Proxy-Authenticate"), Kind::Violation),
    // 10.2.1: a 405's Allow is a list of methods.
    (to("DELETE", &[], 405, &[("allow", "GET HEAD")], ""), Problem::MalformedValue { grammar: Grammar::Tokens }, Subject::Header("Allow"), Kind::Violation),
    // 10.2.2: a 3xx's Location is a URI-reference; 8.7: Content-Location has no fragment.
    (to(GET, &[], 302, &[("location", "/a page")], ""), Problem::MalformedValue { grammar: Grammar::UriReference }, Subject::Header("Location"), Kind::Violation),
    (to(GET, &[], 301, &[("location", "1http://example.com/")], ""), Problem::MalformedValue { grammar: Grammar::UriReference }, Subject::Header("Location"), Kind::Violation),
    (to(GET, &[], 200, &[("content-location", "/a#b")], "hello"), Problem::MalformedValue { grammar: Grammar::PartialUri }, Subject::Header("Content-Location"), Kind::Violation),
    // 8.8.3: an entity-tag is quoted.
    (to(GET, &[], 200, &[("etag", "v1")], "hello"), Problem::MalformedValue { grammar: Grammar::EntityTag }, Subject::Header("ETag"), Kind::Violation),
    // 7.8: Upgrade is a list of protocols.
    (to(GET, &[("upgrade", "websocket"), ("connection", "upgrade")], 101, &[("upgrade", "web socket"), ("connection", "upgrade")], ""), Problem::MalformedValue { grammar: Grammar::Protocols }, Subject::Header("Upgrade"), Kind::Violation),
    // 12.5.5: Vary is * or a list of field names.
    (to(GET, &[], 200, &[("vary", "Accept Encoding")], "hello"), Problem::MalformedValue { grammar: Grammar::FieldNames }, Subject::Header("Vary"), Kind::Violation),
    // 8.6: Content-Length is digits; a list only of the same number, on one line or several.
    (alone(200, &[("content-length", "5"), ("content-length", "6")], "hello"), Problem::MalformedContentLength, Subject::Header("Content-Length"), Kind::Violation),
    // RFC 8288 3: a link is a URI-reference in angle brackets; RFC 7725 4: its relation blocked-by.
    (alone(451, &[("link", "https://blocker.example/; rel=blocked-by")], ""), Problem::MalformedValue { grammar: Grammar::Links }, Subject::Header("Link"), Kind::Violation),
    (alone(451, &[("link", "<https://blocker.example/>; title=blocked-by")], ""), Problem::MissingToken { token: "blocked-by" }, Subject::Header("Link"), Kind::Recommendation),
    // 15.4.4: a 303 is defined by the URI in Location, without a keyword: advice.
    (to("POST", &[], 303, &[], ""), Problem::MissingNamedHeader, Subject::Header("Location"), Kind::Advice),
];

const RETRY_AFTER: Problem = Problem::MalformedValue { grammar: Grammar::RetryAfter };
const HTTP_DATE: Problem = Problem::MalformedValue { grammar: Grammar::HttpDate };
const CONTENT_RANGE: Problem = Problem::MalformedValue { grammar: Grammar::ContentRange };
const CHALLENGES: Problem = Problem::MalformedValue { grammar: Grammar::Challenges };
