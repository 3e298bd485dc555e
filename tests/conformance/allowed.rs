//! Exchanges the specifications allow, each resting on a sentence of the specifications (cited
//! above it, in our words): none may give a violation or a recommendation.

use super::{Case, GET, alone, http2, http10, to};

/// Exchanges the specifications allow.
// One exchange a line: a table reads better than rustfmt's one field a line.
#[rustfmt::skip]
pub(crate) const ALLOWED: &[Case] = &[
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
    // Values in every form their grammars allow (2.2). 10.2.3: seconds, zero, an IMF-fixdate; OWS around it.
    to(GET, &[], 503, &[("retry-after", "120")], ""),
    to(GET, &[], 503, &[("retry-after", "0")], ""),
    to(GET, &[], 503, &[("retry-after", "Mon, 07 Dec 2026 08:49:37 GMT")], ""),
    to(GET, &[], 429, &[("retry-after", " 60 ")], "slow down"),
    to("POST", &[], 413, &[("retry-after", "3600")], "too big for now"),
    to(GET, &[], 301, &[("location", "/new"), ("retry-after", "86400")], ""),
    // 14.4: a range with its complete length, or `*` when unknown; the unit without regard to case.
    to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "bytes 0-4/*")], "hello"),
    to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "Bytes 0-4/10")], "hello"),
    to(GET, &[("range", "bytes=5-")], 206, &[("content-range", "bytes 5-9/10")], "world"),
    // 14.4: another range unit's ranges are its own business.
    to(GET, &[("range", "pages=1-2")], 206, &[("content-range", "pages 1-2/9")], "two pages"),
    to(GET, &[("range", "bytes=200-")], 416, &[("content-range", "BYTES */100")], ""),
    // 11.6.1: one challenge or several, with auth-params or a token68, over one field line or several.
    to(GET, &[], 401, &[("www-authenticate", "Basic realm=\"simple\", charset=\"UTF-8\"")], ""),
    to(GET, &[], 401, &[("www-authenticate", "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"")], ""),
    to(GET, &[], 401, &[("www-authenticate", "Bearer realm = \"api\" , error=invalid_token"), ("www-authenticate", "bearer")], ""),
    to(GET, &[], 401, &[("www-authenticate", "Negotiate YIIB+/xk=")], ""),
    // 11.7.1: the proxy's challenge.
    to(GET, &[], 407, &[("proxy-authenticate", "Basic realm=\"proxy\"")], ""),
    // 10.2.1: Allow as a list, with OWS and empty elements, over several lines; empty when no method is allowed.
    to("DELETE", &[], 405, &[("allow", "GET,HEAD , PUT,, OPTIONS")], ""),
    to("DELETE", &[], 405, &[("allow", "GET"), ("allow", "HEAD")], ""),
    to("DELETE", &[], 405, &[("allow", "")], ""),
    // 10.2.2: Location as any URI-reference: relative, with a query or a fragment, absolute, encoded.
    to(GET, &[], 302, &[("location", "things/2")], ""),
    to(GET, &[], 302, &[("location", "../up?x=1")], ""),
    to(GET, &[], 307, &[("location", "https://example.com/a?b=c#d")], ""),
    to(GET, &[], 308, &[("location", "//cdn.example.com/caf%C3%A9")], ""),
    to("POST", &[], 303, &[("location", "?page=2")], ""),
    to(GET, &[], 301, &[("location", "http://[::1]:8080/")], ""),
    // 8.7: Content-Location, absolute or partial.
    to(GET, &[], 200, &[("content-location", "/things/2?lang=en")], "hello"),
    to(GET, &[], 200, &[("content-location", "https://example.com/things/2")], "hello"),
    // 8.8.3: strong, weak and empty entity-tags.
    to(GET, &[], 200, &[("etag", "W/\"v1\"")], "hello"),
    to(GET, &[], 200, &[("etag", "\"\"")], "hello"),
    // 5.6.4, 8.8.3: obs-text inside an entity-tag and inside a challenge's quoted string.
    to(GET, &[], 200, &[("etag", "W/\"café\"")], "hello"),
    to(GET, &[], 401, &[("www-authenticate", "Basic realm=\"café\"")], ""),
    // 6.6.1, 8.8.2, RFC 9111 5.3: IMF-fixdates.
    to(GET, &[], 200, &[("date", "Mon, 07 Dec 2026 08:49:37 GMT"), ("last-modified", "Sun, 06 Nov 1994 08:49:37 GMT"), ("expires", "Thu, 01 Jan 1970 00:00:00 GMT")], "hello"),
    // 5.6.7: a recipient reads all three date forms; the request's dates are no finding.
    to(GET, &[("if-modified-since", "Sunday, 06-Dec-26 08:49:37 GMT")], 304, &[("etag", "\"v1\"")], ""),
    to(GET, &[("if-modified-since", "Sun Dec  6 08:49:37 2026")], 304, &[("etag", "\"v1\"")], ""),
    to(GET, &[("if-modified-since", "Sun, 06 Dec 2026 08:49:37 GMT")], 304, &[("last-modified", "Sun, 06 Dec 2026 08:49:37 GMT")], ""),
    to(GET, &[("range", "bytes=0-4"), ("if-range", "Sun Dec  6 08:49:37 2026")], 206, &[("content-range", "bytes 0-4/10")], "hello"),
    // 7.8: protocols with versions, in the request's list, compared without case.
    to(GET, &[("upgrade", "HTTP/2.0, WebSocket"), ("connection", "upgrade")], 101, &[("upgrade", "websocket"), ("connection", "Upgrade")], ""),
    to(GET, &[], 426, &[("upgrade", "HTTP/3.0, TLS/1.2"), ("connection", "keep-alive, Upgrade")], ""),
    // RFC 9113 8.2.2: over HTTP/2 a 426 has neither Upgrade nor Connection.
    http2(GET, 426, &[], ""),
    // 8.6: Content-Length repeated with the same number, on one line or several.
    to(GET, &[], 200, &[("content-length", "5, 5")], "hello"),
    to(GET, &[], 200, &[("content-length", "5"), ("content-length", "5")], "hello"),
    // 12.5.5: Vary as *, as field names in any case, over several lines.
    to(GET, &[], 200, &[("vary", "*")], "hello"),
    to(GET, &[], 200, &[("vary", "accept-encoding, Accept-Language"), ("vary", "User-Agent")], "hello"),
    // RFC 7725 4, RFC 8288 3: blocked-by among other relations, unquoted, among other links.
    to(GET, &[], 451, &[("link", "<https://blocker.example/>; rel=blocked-by")], "blocked"),
    to(GET, &[], 451, &[("link", "</terms>; rel=\"terms-of-service\", <https://blocker.example/> ;rel=\"help Blocked-By\""),], "blocked"),
    to(GET, &[], 451, &[("link", "</terms>; rel=help"), ("link", "<https://blocker.example/>; rel=\"blocked-by\"")], "blocked"),
    // RFC 8297 2: several hints.
    to(GET, &[], 103, &[("link", "</style.css>; rel=preload; as=style, </script.js>; rel=preload; as=script")], ""),
];
