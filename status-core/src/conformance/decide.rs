//! Deciding a rule's condition from what the exchange shows, and the kind of finding a broken
//! rule makes. A condition the exchange cannot show is `Unknown`, never guessed: a MUST under it
//! yields nothing, a SHOULD yields advice.

use super::finding::Kind;
use crate::{Condition, Requirement};
use http::{HeaderMap, Method, Version};

/// What the check knows of the request: nothing (`check`), or these parts (`check_exchange`).
#[derive(Debug, Clone, Copy)]
pub(super) struct RequestParts<'a> {
    pub(super) method: &'a Method,
    pub(super) headers: &'a HeaderMap,
    pub(super) version: Version,
}

/// Whether a condition holds for an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Decision {
    Holds,
    Fails,
    /// The exchange does not show it (no request, or a fact about another response or the
    /// server's state).
    Unknown,
}

/// What the condition needs to be decided: the request, if known, and the response's header.
pub(super) struct Seen<'a> {
    pub(super) request: Option<RequestParts<'a>>,
    pub(super) response: &'a HeaderMap,
}

impl Seen<'_> {
    /// Decides `condition`; `None` (no condition) always holds.
    pub(super) fn decide(&self, condition: Option<Condition>) -> Decision {
        condition.map_or(Decision::Holds, |c| self.decide_one(c))
    }

    fn decide_one(&self, condition: Condition) -> Decision {
        match condition {
            Condition::Methods(methods) => {
                self.on_request(|r| methods.iter().any(|m| m.eq_ignore_ascii_case(r.method.as_str())))
            }
            Condition::RequestHeaders(fields) => self.on_request(|r| fields.iter().any(|f| r.headers.contains_key(*f))),
            Condition::ByteRange => self.on_request(|r| byte_ranges(r.headers).is_some()),
            Condition::SingleRange => match self.request.map(|r| byte_ranges(r.headers)) {
                Some(Some(ranges)) => known(ranges == 1),
                // Not a byte-range request: no multipart answer fits it either, but that is the
                // request context's rule, not this one.
                Some(None) => Decision::Fails,
                None => Decision::Unknown,
            },
            Condition::WithField(field) => known(self.response.contains_key(field)),
            // HTTP/1.0 has no Upgrade either, but a 426 to it is another rule's matter.
            Condition::Http1 => self.on_request(|r| !matches!(r.version, Version::HTTP_2 | Version::HTTP_3)),
            Condition::Multipart => known(is_multipart(self.response)),
            Condition::SinglePart => known(!is_multipart(self.response)),
            Condition::All(all) => {
                let each: alloc::vec::Vec<Decision> = all.iter().map(|c| self.decide_one(*c)).collect();
                if each.contains(&Decision::Fails) {
                    Decision::Fails
                } else if each.contains(&Decision::Unknown) {
                    Decision::Unknown
                } else {
                    Decision::Holds
                }
            }
            // Facts about the server's state, other responses of the exchange, or why the
            // server answered so (a 415 for a media type or for a content coding: the request's
            // `Content-Encoding` does not tell, since a server may also ask for a coding).
            _ => Decision::Unknown,
        }
    }

    fn on_request(&self, test: impl FnOnce(&RequestParts<'_>) -> bool) -> Decision {
        self.request.as_ref().map_or(Decision::Unknown, |r| known(test(r)))
    }
}

fn known(holds: bool) -> Decision {
    if holds { Decision::Holds } else { Decision::Fails }
}

/// `Range: bytes=...`: a request for byte ranges (the range unit compared without case), with
/// the number of ranges it asks for.
fn byte_ranges(headers: &HeaderMap) -> Option<usize> {
    headers
        .get(http::header::RANGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim_start().split_once('='))
        .filter(|(unit, _)| unit.trim().eq_ignore_ascii_case("bytes"))
        .map(|(_, ranges)| ranges.split(',').filter(|r| !r.trim().is_empty()).count())
}

/// Whether a rule against `field` under `condition` is about the multipart form itself: a
/// `Content-Type` forbidden in a multipart response.
pub(super) fn is_multipart_rule(field: &str, condition: Option<Condition>) -> bool {
    let multipart = match condition {
        Some(Condition::Multipart) => true,
        Some(Condition::All(all)) => all.contains(&Condition::Multipart),
        _ => false,
    };
    multipart && field.eq_ignore_ascii_case("Content-Type")
}

/// Whether the content is `multipart/byteranges` (several ranges of a 206).
pub(super) fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("multipart/byteranges"))
}

/// The kind of finding a rule of `level` makes when broken, given its condition; `None` when
/// it makes none (a MAY, no keyword, a condition that fails, a MUST whose condition is unseen).
pub(super) fn kind_of(level: Option<Requirement>, decision: Decision) -> Option<Kind> {
    match (level?, decision) {
        // A MUST under a condition the exchange does not show is never guessed.
        (_, Decision::Fails)
        | (Requirement::May, _)
        | (Requirement::Must | Requirement::MustNot, Decision::Unknown) => None,
        (Requirement::Must | Requirement::MustNot, Decision::Holds) => Some(Kind::Violation),
        (Requirement::Should | Requirement::ShouldNot, Decision::Holds) => Some(Kind::Recommendation),
        (Requirement::Should | Requirement::ShouldNot, Decision::Unknown) => Some(Kind::Advice),
    }
}

/// Whether one of the field's values carries `token` as a list element or a parameter value
/// (`Connection: keep-alive, Upgrade`; `Link: <...>; rel="blocked-by"`), without regard to case.
pub(super) fn has_token(headers: &HeaderMap, field: &str, token: &str) -> bool {
    headers.get_all(field).iter().filter_map(|v| v.to_str().ok()).any(|value| {
        value
            .split(|c: char| matches!(c, ',' | ';' | '=') || c.is_ascii_whitespace())
            .map(|part| part.trim_matches('"'))
            .any(|part| part.eq_ignore_ascii_case(token))
    })
}

/// The elements of a comma-separated list field, trimmed, empty ones left out.
pub(super) fn elements<'h>(headers: &'h HeaderMap, field: &str) -> impl Iterator<Item = &'h str> {
    headers
        .get_all(field)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_list_elements_or_parameter_values() {
        let mut h = HeaderMap::new();
        h.insert("connection", "keep-alive, Upgrade".parse().unwrap());
        h.insert("link", "<https://blocked-by.example/>; rel=\"blocked-by\"".parse().unwrap());
        assert!(has_token(&h, "connection", "upgrade"));
        assert!(has_token(&h, "link", "blocked-by"));
        h.insert("link", "<https://blocked-by.example/>; rel=help".parse().unwrap());
        assert!(!has_token(&h, "link", "blocked-by"), "a URI that contains the word is no token");
    }

    #[test]
    fn a_must_under_an_unseen_condition_is_silent_and_a_should_is_advice() {
        assert_eq!(kind_of(Some(Requirement::Must), Decision::Unknown), None);
        assert_eq!(kind_of(Some(Requirement::Should), Decision::Unknown), Some(Kind::Advice));
        assert_eq!(kind_of(Some(Requirement::ShouldNot), Decision::Holds), Some(Kind::Recommendation));
        assert_eq!(kind_of(Some(Requirement::MustNot), Decision::Holds), Some(Kind::Violation));
        assert_eq!(kind_of(Some(Requirement::Must), Decision::Fails), None);
        assert_eq!(kind_of(None, Decision::Holds), None);
    }
}
