//! What the check reports: one broken rule each.

use crate::{Citation, Requirement};
use alloc::format;
use alloc::string::String;
use core::fmt;

/// One rule a response breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
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
    /// Where the rule is written.
    pub citation: Citation,
    /// What is wrong, as the sentence after the colon of [`Display`](fmt::Display).
    pub problem: Problem,
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
}

impl fmt::Display for Finding {
    /// One line: `405 Method Not Allowed without Allow: the origin server MUST send Allow
    /// (RFC 9110, Section 15.5.6)`.
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
    /// What follows the code in the one-line form.
    fn problem_text(&self) -> String {
        let party = self.party.map_or_else(|| String::from("the sender"), |p| format!("the {p}"));
        let level = self.level.map_or_else(String::new, |l| format!("{l} "));
        match (self.problem, self.subject) {
            (Problem::MissingHeader, Subject::Header(field)) => {
                format!(" without {field}: {party} {level}send {field}")
            }
            (Problem::ForbiddenHeader, Subject::Header(field)) => format!(" with {field}: {party} {level}send {field}"),
            (Problem::ContentOnBodilessCode, _) => " with content: a response with this code never has content".into(),
            (Problem::ContentNotToBeGenerated, _) => format!(" with content: {party} {level}generate content"),
            (Problem::Unregistered { fallback }, _) => format!(
                ": not in the registry; a client that does not know it handles it as {fallback} (RFC 9110, Section 15)"
            ),
            (Problem::Unused, _) => ": the code is reserved as unused and never assigned".into(),
            (Problem::Obsoleted, _) => ": the code's registration is obsoleted".into(),
            (Problem::UnexpectedForRequest { needs }, _) => format!(" for a request without {needs}"),
            (Problem::AllowListsRefusedMethod, _) => {
                " whose Allow lists the refused method: Allow names the methods the resource supports".into()
            }
            (_, _) => ": breaks a rule".into(),
        }
    }
}
