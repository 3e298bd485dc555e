//! What the check reports: one broken rule each.

use crate::{Citation, Condition, Grammar, Requirement, ValueForm};
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
    /// What the exchange showed that breaks the rule, when the problem is about it: the field's
    /// value for a value that does not match its grammar or does not fit the code, the
    /// request's method for a code that does not answer it.
    pub value: Option<String>,
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
    /// A code that answers only requests with one of some header fields (304 a conditional
    /// request, 206 a `Range` request ...), sent for one without any of them.
    UnexpectedForRequest {
        /// The request header fields, any one of which the code needs.
        needs: &'static [&'static str],
    },
    /// A code that answers only some methods (304 GET or HEAD, 206 GET), sent for another
    /// (the finding's `value`).
    UnexpectedMethod {
        /// The methods the code answers.
        answers: &'static [&'static str],
    },
    /// A field value that does not match the field's grammar (the finding's `value`): a sender
    /// MUST NOT generate it (RFC 9110, Section 2.2).
    MalformedValue {
        /// The grammar the value should follow.
        grammar: Grammar,
    },
    /// A date in the RFC 850 or asctime form: a recipient reads it, a sender MUST generate
    /// IMF-fixdate (RFC 9110, Section 5.6.7).
    ObsoleteDate,
    /// A field value that matches its grammar but not what the code asks for (a 206's
    /// `Content-Range` of the unsatisfied form, a 416's of a satisfied range).
    WrongForm {
        /// What the value has to be with this code.
        form: ValueForm,
    },
    /// A field the code's definition names without a requirement keyword (303's `Location`) is
    /// missing: advice.
    MissingNamedHeader,
    /// A multipart response to a request for a single range (RFC 9110, Section 15.3.7.2).
    MultipartForSingleRange,
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
        let value = self.value.as_deref().unwrap_or_default();
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
            (Problem::NotOffered, Subject::Header(field)) => format!(
                " whose {field} names {value}, which the request did not offer: {party} {level}name in {field} anything the request's {field} did not list"
            ),
            (Problem::MalformedValue { grammar }, Subject::Header(field)) => format!(
                " with {field} {value:?}: {party} {level}generate a {field} value that is not {}",
                Self::grammar_phrase(grammar)
            ),
            (Problem::ObsoleteDate, Subject::Header(field)) => {
                format!(" with {field} {value:?}, an obsolete date form: {party} {level}generate dates as IMF-fixdate")
            }
            (Problem::WrongForm { form }, Subject::Header(field)) => {
                let form = match form {
                    ValueForm::SatisfiedRange => "the range it encloses",
                    ValueForm::UnsatisfiedRange => "the unsatisfied form, */complete-length,",
                };
                format!(" with {field} {value:?}: {party} {level}send in {field} {form}{when}")
            }
            (Problem::MissingNamedHeader, Subject::Header(field)) => {
                format!(" without {field}: the code's definition names {field}, without a requirement keyword")
            }
            (Problem::MultipartForSingleRange, _) => format!(
                " with multipart content for a request for a single range: {party} {level}send a multipart response to it"
            ),
            (Problem::ContentOnBodilessCode, _) => " with content: a response with this code never has content".into(),
            (Problem::ContentNotToBeGenerated, _) => format!(" with content: {party} {level}generate content"),
            (Problem::Unregistered { fallback }, _) => {
                format!(": not in the registry; a client that does not know it handles it as {fallback}")
            }
            (Problem::Unused, _) => ": the code is reserved as unused and never assigned".into(),
            (Problem::Obsoleted, _) => ": the code's registration is obsoleted".into(),
            (Problem::UnexpectedForRequest { needs }, _) => {
                let needs = needs.join(" or ");
                format!(" for a request without {needs}: a {} answers only a request with {needs}", self.code)
            }
            (Problem::UnexpectedMethod { answers }, _) => {
                format!(" to a {value} request: a {} answers only {}", self.code, answers.join(" or "))
            }
            (Problem::AllowListsRefusedMethod, _) => format!(
                " whose Allow lists the refused method: {party} {level}send in Allow the methods the resource supports, and a refused one is not"
            ),
            _ => self.framing_text(),
        }
    }

    /// What a value of `grammar` is, in a few words.
    fn grammar_phrase(grammar: Grammar) -> &'static str {
        match grammar {
            Grammar::HttpDate => "an HTTP-date",
            Grammar::RetryAfter => "an HTTP-date or a number of seconds",
            Grammar::ContentRange => "a range unit, a space and a range within the complete length (or */length)",
            Grammar::Challenges => "at least one challenge, each starting with its auth-scheme token",
            Grammar::Tokens => "a comma-separated list of tokens",
            Grammar::FieldNames => "* or a comma-separated list of field names",
            Grammar::UriReference => "a URI-reference",
            Grammar::PartialUri => "an absolute or partial URI without a fragment",
            Grammar::EntityTag => "one entity-tag (an opaque quoted string, W/ before it when weak)",
            Grammar::Protocols => "a comma-separated list of protocols (a name, a version after / if any)",
            Grammar::Links => "a comma-separated list of links (a URI-reference in <>, parameters after ;)",
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
            Problem::ChunkedTwice => {
                " with chunked twice in Transfer-Encoding: a sender MUST NOT chunk a message body more than once".into()
            }
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
