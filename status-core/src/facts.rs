//! The facts a registry records about a code beyond its meaning: content, caching, retry,
//! sender, history, limits and the request it answers. [`StatusInfo`](crate::StatusInfo) returns them.

use crate::info::Citation;
use crate::{CacheKind, Content, HttpVersion, Party, Requirement, RetryKind};
use core::fmt;

/// How caches treat a response with a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Caching {
    /// Heuristically cacheable, or never stored.
    pub kind: CacheKind,
    /// The specification's keyword, if it uses one.
    pub level: Option<Requirement>,
    /// Where this is said.
    pub citation: Citation,
}

/// Whether and how a client may repeat the request after this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Retry {
    /// Under which change the request may be repeated.
    pub kind: RetryKind,
    /// The specification's keyword; `None` where the text states it without one.
    pub level: Option<Requirement>,
    /// In a few words.
    pub note: &'static str,
    /// Where this is said.
    pub citation: Citation,
}

/// Who sends a code, when the specification names a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sender {
    /// The party.
    pub who: Party,
    /// The specification's keyword, if it uses one.
    pub level: Option<Requirement>,
    /// In a few words.
    pub note: &'static str,
    /// Where this is said.
    pub citation: Citation,
}

/// Where a code was first defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct History {
    /// The first document that defined the code with its meaning.
    pub citation: Citation,
    /// The HTTP version it was defined for; `None` when the document is not about HTTP (418).
    pub http: Option<HttpVersion>,
    /// The year of that document.
    pub year: u16,
}

impl fmt::Display for HttpVersion {
    /// Writes `HTTP/1.1`, or `any HTTP version`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Http1_0 => "HTTP/1.0",
            Self::Http1_1 => "HTTP/1.1",
            Self::Http2 => "HTTP/2",
            Self::Any => "any HTTP version",
        })
    }
}

/// A further condition on sending or handling a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limit {
    /// The specification's keyword; `None` where the text states it without one.
    pub level: Option<Requirement>,
    /// In a few words.
    pub note: &'static str,
    /// Where this is said.
    pub citation: Citation,
}

/// The request a response with a code answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestContext {
    /// Request methods the code answers, if only some.
    pub methods: &'static [&'static str],
    /// Request header fields that lead to the code (any one of them).
    pub headers: &'static [&'static str],
    /// `true` when the lists name typical requests rather than every one: the conformance check
    /// concludes nothing from an open list.
    pub open: bool,
    /// In a few words.
    pub note: &'static str,
    /// Where the requirement on the request is written, when not in the code's own definition
    /// (206: RFC 9110, Section 14.2 has a server ignore `Range` except on GET).
    pub citation: Option<Citation>,
}

/// When a [`HeaderRule`](crate::HeaderRule) applies: the condition of the sentence that states
/// the rule. The conformance check decides it where the exchange shows it, and otherwise gives
/// at most advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Condition {
    /// Only in responses to these request methods.
    Methods(&'static [&'static str]),
    /// Only if a response with this code to the same request would have carried the field.
    AsWith(u16),
    /// Only in the first interim response of its kind.
    FirstInterim,
    /// Only in the interim responses after the first.
    SubsequentInterim,
    /// Only in a single-part response (206 with one range).
    SinglePart,
    /// Only in a multipart response (206 with several ranges: `multipart/byteranges` content).
    Multipart,
    /// Only in responses to a request carrying one of these header fields.
    RequestHeaders(&'static [&'static str]),
    /// Only when the response itself carries this header field.
    WithField(&'static str),
    /// Only if the server has a validator for the representation.
    ValidatorAvailable,
    /// Only if the condition the code reports is temporary.
    Temporary,
    /// Only if the server has a preferred choice among the alternatives.
    PreferredChoice,
    /// Only if an unsupported content coding of the request caused the response.
    ContentCoding,
    /// Only if the response is for reasons unrelated to content codings.
    NotContentCoding,
    /// Only in responses to a request for byte ranges (`Range: bytes=...`).
    ByteRange,
    /// Only when the field does not serve to guide cache updates.
    NotForCacheUpdates,
    /// Only when the field identifies the entity that blocks access.
    IdentifiesBlocker,
    /// Only in responses to a request for one range.
    SingleRange,
    /// Only if the server changed the enclosed representation when it saved it (a PUT).
    ContentTransformed,
    /// Only if the value differs from the one a 200 to the same request would have had.
    LengthDiffers,
    /// Only over HTTP/1.1: HTTP/2 and HTTP/3 have no `Upgrade` or `Connection` field (RFC 9113,
    /// Section 8.2.2).
    Http1,
    /// All of these at once.
    All(&'static [Condition]),
}

impl fmt::Display for CacheKind {
    /// Writes what caches do: `heuristically cacheable` or `never stored`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Heuristic => "heuristically cacheable",
            Self::NeverStored => "never stored by a cache",
        })
    }
}

impl fmt::Display for RetryKind {
    /// Writes how the request may be repeated, e.g. `with new or different credentials`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::AsIs => "unchanged",
            Self::NewCredentials => "with new or different credentials",
            Self::AfterChanges => "after the request or the resource changed",
            Self::WithoutExpectation => "without the expectation",
            Self::OtherConnection => "on another connection",
            Self::OutsideEarlyData => "outside TLS early data",
            Self::AfterRetryAfter => "after the time Retry-After gives",
            Self::AfterUserAction => "only after a new action of the user",
            Self::AfterServerChange => "only once the server or the resource has changed",
        })
    }
}

impl fmt::Display for Party {
    /// Writes the party, e.g. `gateway or proxy`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Proxy => "proxy",
            Self::Gateway => "gateway",
            Self::GatewayOrProxy => "gateway or proxy",
            Self::InterceptingProxy => "intercepting proxy",
        })
    }
}

impl fmt::Display for Content {
    /// Writes whether content goes with the code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Allowed => "allowed",
            Self::NoneByFraming => "never (message framing ends the response after its header section)",
            Self::MustNotGenerate => "the server MUST NOT generate any",
        })
    }
}

// `Display for Condition` is generated by `__vocabulary!()` (lib.rs), in the words the
// generator's docs use.

#[cfg(test)]
mod tests {
    use crate::{CacheKind, Condition, HttpVersion, Party, Registration, Requirement, RetryKind};
    use std::string::ToString;

    #[test]
    fn conditions_read_as_the_generator_docs_write_them() {
        assert_eq!(Condition::Methods(&["GET", "HEAD"]).to_string(), "in responses to GET and HEAD");
        assert_eq!(Condition::AsWith(200).to_string(), "if a 200 to the same request would have it");
        assert_eq!(Condition::FirstInterim.to_string(), "in the first interim response");
        assert_eq!(Condition::SinglePart.to_string(), "in a single-part response");
        assert_eq!(Condition::Multipart.to_string(), "in a multipart response");
        assert_eq!(Condition::Temporary.to_string(), "if the condition is temporary");
        assert_eq!(Condition::RequestHeaders(&["If-Range"]).to_string(), "to a request with If-Range");
        assert_eq!(Condition::WithField("Upgrade").to_string(), "when the response has Upgrade");
        assert_eq!(
            Condition::All(&[Condition::Methods(&["GET", "HEAD"]), Condition::ValidatorAvailable]).to_string(),
            "in responses to GET and HEAD, if a validator is available"
        );
    }

    #[test]
    fn words_come_from_the_registry_vocabulary() {
        assert_eq!(Registration::Obsoleted.word(), "obsoleted");
        assert_eq!(Requirement::MustNot.word(), "must-not");
        assert_eq!(Requirement::MustNot.keyword(), "MUST NOT");
        assert_eq!(Requirement::ShouldNot.to_string(), "SHOULD NOT");
        assert_eq!(CacheKind::NeverStored.word(), "never-stored");
        assert_eq!(RetryKind::AfterRetryAfter.word(), "after-retry-after");
        assert_eq!(Party::GatewayOrProxy.word(), "gateway or proxy");
        assert_eq!(HttpVersion::Http1_1.word(), "1.1");
    }
}
