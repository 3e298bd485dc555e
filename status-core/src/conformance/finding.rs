//! What the check reports: one broken rule each.

use crate::{Citation, Condition, Requirement};
use alloc::format;
use alloc::string::String;
use core::fmt;

/// One rule a response breaks, or may break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How sure and how binding: a violation, a recommendation, or advice.
    pub kind: Kind,
    /// The response's code.
    pub code: u16,
    /// Its reason phrase in the registry, if the registry lists the code.
    pub reason: Option<&'static str>,
    /// How strongly the specification states the rule (`MUST`, `SHOULD` ...); `None` for facts
    /// that are not requirements (an unregistered or obsoleted code).
    pub level: Option<Requirement>,
    /// What the rule is about: a header field, the content, or the code itself.
    pub subject: Subject,
    /// Who the rule addresses ("origin server", "server", ...), when the registry says.
    pub party: Option<&'static str>,
    /// The condition of the rule's sentence, when it has one: met by the exchange for a
    /// violation or a recommendation, not visible to the check for advice.
    pub condition: Option<Condition>,
    /// Where the rule is written.
    pub citation: Citation,
    /// What is wrong, as the sentence after the colon of [`Display`](fmt::Display).
    pub problem: Problem,
}

/// How a team acts on a finding.
///
/// Ordered from the weakest to the strongest, so `kind >= Kind::Recommendation` selects what
/// [`assert_conforms`](super::assert_conforms) fails on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A conditional SHOULD or SHOULD NOT whose condition the exchange does not show ("if the
    /// condition is temporary"), or a code no registry rule forbids but clients do not know:
    /// worth a look, not a fault.
    Advice,
    /// A SHOULD or SHOULD NOT whose condition the exchange shows to be met (or that has none).
    Recommendation,
    /// A MUST or MUST NOT broken, message framing that misleads a recipient, or a code no
    /// client can read as the server meant it.
    Violation,
}

impl fmt::Display for Kind {
    /// Writes `violation`, `recommendation` or `advice`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Advice => "advice",
            Kind::Recommendation => "recommendation",
            Kind::Violation => "violation",
        })
    }
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A header field, by name.
    Header(&'static str),
    /// The response's content.
    Content,
    /// The status code itself.
    Code,
}

/// The kinds of broken rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// A header field the rule asks for is missing.
    MissingHeader,
    /// A header field the rule forbids is present.
    ForbiddenHeader,
    /// Content on a code that never carries any (message framing: 1xx, 204, 304).
    ContentOnBodilessCode,
    /// Content on a code whose server must not generate any (205).
    ContentNotToBeGenerated,
    /// A code the registry does not list; `fallback` is how a client handles it.
    Unregistered {
        /// The code RFC 9110, Section 15 has a client treat it as.
        fallback: u16,
    },
    /// A code the registry reserves as unused (306, 418).
    Unused,
    /// A code whose registration is obsoleted (510).
    Obsoleted,
    /// A code that answers only some requests (304 a conditional GET or HEAD, 206 a `Range`
    /// request ...), sent for another.
    UnexpectedForRequest {
        /// What the request lacked.
        needs: &'static str,
    },
    /// `Allow` lists the very method the 405 refuses.
    AllowListsRefusedMethod,
    /// The header field is there, but its value lacks the token the rule asks for (`upgrade`
    /// in `Connection`, `rel="blocked-by"` in a 451's `Link`).
    MissingToken {
        /// The token.
        token: &'static str,
    },
    /// The field names something the request's field of the same rule did not offer (a 101
    /// switching to a protocol the client never listed in `Upgrade`).
    NotOffered,
    /// A code outside 100 to 599, the range of valid codes (RFC 9110, Section 15).
    InvalidCode,
    /// `Content-Length` beside `Transfer-Encoding` (RFC 9112, Section 6.2).
    LengthWithTransferEncoding,
    /// `Transfer-Encoding` in a response to an HTTP/1.0 request (RFC 9112, Section 6.1).
    TransferEncodingToHttp10,
    /// A 1xx response to an HTTP/1.0 request (RFC 9110, Section 15.2).
    InterimToHttp10,
    /// A connection-specific field (`Connection`, `Keep-Alive`, `Transfer-Encoding`, `Upgrade`,
    /// `Proxy-Connection`) in an HTTP/2 response (RFC 9113, Section 8.2.2).
    ConnectionSpecificInHttp2,
    /// `chunked` applied more than once (RFC 9112, Section 6.1).
    ChunkedTwice,
    /// A `Content-Length` value that is not a decimal number (RFC 9110, Sections 2.2 and 8.6).
    MalformedContentLength,
    /// A `Content-Length` that differs from the content sent (RFC 9110, Section 8.6).
    WrongContentLength {
        /// What `Content-Length` says.
        declared: u64,
        /// How many octets the content has.
        actual: u64,
    },
    /// Content in a response to HEAD (RFC 9110, Section 9.3.2).
    ContentToHead,
}

impl fmt::Display for Finding {
    /// One line: `405 Method Not Allowed without Allow: the origin server MUST send Allow
    /// (RFC 9110, Section 15.5.6)`; a rule's condition follows its field.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason {
            Some(reason) => write!(f, "{} {reason}", self.code)?,
            None => write!(f, "{}", self.code)?,
        }
        f.write_str(&self.problem_text())?;
        write!(f, " ({})", self.citation)
    }
}

impl Finding {
    /// What follows the code in the one-line form; the citation is added once, by `Display`.
    fn problem_text(&self) -> String {
        let party = self.party.map_or_else(|| String::from("the sender"), |p| format!("the {p}"));
        let level = self.level.map_or_else(String::new, |l| format!("{l} "));
        let when = self.condition.map_or_else(String::new, |c| format!(" {c}"));
        match (self.problem, self.subject) {
            (Problem::MissingHeader, Subject::Header(field)) => {
                format!(" without {field}: {party} {level}send {field}{when}")
            }
            (Problem::ForbiddenHeader, Subject::Header(field)) => {
                format!(" with {field}: {party} {level}send {field}{when}")
            }
            (Problem::MissingToken { token }, Subject::Header(field)) => {
                format!(" with {field} lacking {token}: {party} {level}send {token} in {field}{when}")
            }
            (Problem::NotOffered, Subject::Header(field)) => {
                format!(
                    " whose {field} names what the request did not offer: {party} {level}name only what the request's {field} listed"
                )
            }
            (Problem::ContentOnBodilessCode, _) => " with content: a response with this code never has content".into(),
            (Problem::ContentNotToBeGenerated, _) => format!(" with content: {party} {level}generate content"),
            (Problem::Unregistered { fallback }, _) => {
                format!(": not in the registry; a client that does not know it handles it as {fallback}")
            }
            (Problem::Unused, _) => ": the code is reserved as unused and never assigned".into(),
            (Problem::Obsoleted, _) => ": the code's registration is obsoleted".into(),
            (Problem::UnexpectedForRequest { needs }, _) => format!(" for a request without {needs}"),
            (Problem::AllowListsRefusedMethod, _) => {
                " whose Allow lists the refused method: Allow names the methods the resource supports".into()
            }
            _ => self.framing_text(),
        }
    }

    /// The one-line text of the framing problems.
    fn framing_text(&self) -> String {
        match self.problem {
            Problem::InvalidCode => ": valid status codes lie between 100 and 599".into(),
            Problem::LengthWithTransferEncoding => {
                " with Content-Length and Transfer-Encoding: a sender MUST NOT send Content-Length beside Transfer-Encoding"
                    .into()
            }
            Problem::TransferEncodingToHttp10 => {
                " with Transfer-Encoding to an HTTP/1.0 request: a server MUST NOT send Transfer-Encoding unless the request is HTTP/1.1 or later".into()
            }
            Problem::ChunkedTwice => " with chunked applied twice: a sender MUST NOT chunk a message body more than once".into(),
            Problem::MalformedContentLength => {
                " with a Content-Length that is no decimal number: a sender MUST NOT generate it".into()
            }
            Problem::WrongContentLength { declared, actual } => format!(
                " with Content-Length {declared} and {actual} octets of content: a sender MUST NOT send a Content-Length known to be wrong"
            ),
            Problem::InterimToHttp10 => " to an HTTP/1.0 request: a server MUST NOT send a 1xx response to an HTTP/1.0 client".into(),
            Problem::ConnectionSpecificInHttp2 => match self.subject {
                Subject::Header(field) => {
                    format!(" with {field} over HTTP/2: an endpoint MUST NOT generate connection-specific fields there")
                }
                _ => " with a connection-specific field over HTTP/2".into(),
            },
            Problem::ContentToHead => " with content to HEAD: the server MUST NOT send content in a response to HEAD".into(),
            _ => ": breaks a rule".into(),
        }
    }
}
