//! Message framing rules that hold for every code (RFC 9110, Sections 8.6 and 9.3.2; RFC 9112,
//! Sections 6.1 and 6.2). The rules for particular codes (no `Content-Length` in a 1xx or 204,
//! none in a 2xx to CONNECT) are header rules of the registry; these are the ones no code owns.

use super::decide::RequestParts;
use super::finding::Problem;
use crate::Citation;
use http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
use http::{HeaderMap, Method, Version};

/// A framing problem and where its rule is written.
pub(super) type Broken = (Problem, &'static str, Citation);

const fn cite(spec: &'static str, section: &'static str, url: &'static str) -> Citation {
    Citation { spec, section: Some(section), url }
}

const RFC9112_6_1: Citation = cite("RFC 9112", "6.1", "https://www.rfc-editor.org/rfc/rfc9112.html#section-6.1");
const RFC9112_6_2: Citation = cite("RFC 9112", "6.2", "https://www.rfc-editor.org/rfc/rfc9112.html#section-6.2");
const RFC9110_8_6: Citation = cite("RFC 9110", "8.6", "https://www.rfc-editor.org/rfc/rfc9110.html#section-8.6");
const RFC9110_15_2: Citation = cite("RFC 9110", "15.2", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2");
const RFC9113_8_2_2: Citation = cite("RFC 9113", "8.2.2", "https://www.rfc-editor.org/rfc/rfc9113.html#section-8.2.2");
/// The fields HTTP/2 forbids (RFC 9113, Section 8.2.2).
const CONNECTION_SPECIFIC: [&str; 5] = ["Connection", "Proxy-Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade"];
const RFC9110_9_3_2: Citation = cite("RFC 9110", "9.3.2", "https://www.rfc-editor.org/rfc/rfc9110.html#section-9.3.2");

/// The framing problems of a response: `exact` is the content's length when the body knows it.
pub(super) fn check(
    code: u16,
    headers: &HeaderMap,
    exact: Option<u64>,
    request: Option<RequestParts<'_>>,
) -> alloc::vec::Vec<Broken> {
    let mut found = alloc::vec::Vec::new();
    // Over all its field lines: `None` without one, `Some(None)` when a line is no number or
    // the lines differ.
    let mut lines = headers.get_all(CONTENT_LENGTH).iter().map(|v| v.to_str().ok().and_then(parse_length));
    let length = lines.next().map(|first| lines.fold(first, |seen, next| if next == seen { seen } else { None }));
    let chunked = headers
        .get_all(TRANSFER_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter(|coding| coding.trim().eq_ignore_ascii_case("chunked"))
        .count();
    let has_te = headers.contains_key(TRANSFER_ENCODING);
    if has_te && length.is_some() {
        found.push((Problem::LengthWithTransferEncoding, "Content-Length", RFC9112_6_2));
    }
    if chunked > 1 {
        found.push((Problem::ChunkedTwice, "Transfer-Encoding", RFC9112_6_1));
    }
    if length == Some(None) {
        found.push((Problem::MalformedContentLength, "Content-Length", RFC9110_8_6));
    }
    let Some(request) = request else { return found };
    let old = matches!(request.version, Version::HTTP_09 | Version::HTTP_10);
    if has_te && old {
        found.push((Problem::TransferEncodingToHttp10, "Transfer-Encoding", RFC9112_6_1));
    }
    if old && code < 200 {
        found.push((Problem::InterimToHttp10, "", RFC9110_15_2));
    }
    if request.version == Version::HTTP_2 {
        for field in CONNECTION_SPECIFIC.into_iter().filter(|f| headers.contains_key(*f)) {
            found.push((Problem::ConnectionSpecificInHttp2, field, RFC9113_8_2_2));
        }
    }
    let head = request.method == Method::HEAD;
    if head && exact.is_some_and(|n| n > 0) {
        found.push((Problem::ContentToHead, "", RFC9110_9_3_2));
    }
    // A HEAD or 304 response states the length a 200 would have had; 1xx and 204 have their
    // own rules; a 2xx to CONNECT has no content of its own.
    let states_other_length = head || code == 304 || code < 200 || code == 204;
    let tunnel = request.method == Method::CONNECT && (200..300).contains(&code);
    if let (Some(Some(declared)), Some(actual)) = (length, exact) {
        if !states_other_length && !tunnel && !has_te && declared != actual {
            found.push((Problem::WrongContentLength { declared, actual }, "Content-Length", RFC9110_8_6));
        }
    }
    found
}

/// `1*DIGIT`, or the same number repeated as a list (`42, 42`), which RFC 9110, Section 8.6 lets
/// a recipient read as one; `None` for anything else.
fn parse_length(value: &str) -> Option<u64> {
    let mut numbers = value
        .split(',')
        .map(str::trim)
        .map(|n| if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) { n.parse::<u64>().ok() } else { None });
    let first = numbers.next()??;
    numbers.all(|n| n == Some(first)).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::parse_length;

    #[test]
    fn content_length_values() {
        assert_eq!(parse_length("42"), Some(42));
        assert_eq!(parse_length("42, 42"), Some(42));
        assert_eq!(parse_length("42, 43"), None);
        assert_eq!(parse_length("-1"), None);
        assert_eq!(parse_length("abc"), None);
        assert_eq!(parse_length(""), None);
    }
}
