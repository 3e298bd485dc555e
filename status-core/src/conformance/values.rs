//! Field values. Each field of the registry's `[[field]]` table that the response carries is
//! read by its grammar: a value outside it is a violation (RFC 9110, Section 2.2 has a sender
//! generate only what the grammar allows), a date in an obsolete form too (a sender generates
//! IMF-fixdate). A value that fits its grammar but not the code breaks the header rule that
//! states its `form` (206: a satisfied range; 416: the unsatisfied form).

use super::decide::{Seen, kind_of};
use super::finding::{Kind, Problem, Subject};
use super::grammar::{self, ContentRange, DateForm};
use super::rules::{Checker, Made};
use super::{Reading, auth, uri};
use crate::{Citation, FieldGrammar, Grammar, HttpStatus, Requirement, StatusInfo, ValueForm};
use alloc::borrow::Cow;
use alloc::string::String;
use http::HeaderValue;

const RFC9110_5_6_7: Citation = Citation {
    spec: "RFC 9110",
    section: Some("5.6.7"),
    url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.7",
};

/// What a value is, by its grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Fits,
    /// A date a recipient reads but a sender does not generate.
    Obsolete,
    Malformed,
}

/// The registry's grammar for `field`, if it states one.
pub(super) fn grammar_of<R: HttpStatus>(field: &str) -> Option<&'static FieldGrammar> {
    R::field_grammars().iter().find(|f| f.field.len() == field.len() && f.field.eq_ignore_ascii_case(field))
}

/// [`grammar_of`] for a name in lower case (a `HeaderName`'s): compared inline, byte by byte,
/// where `eq_ignore_ascii_case` calls out (this runs for every field of every response).
fn grammar_of_lower<R: HttpStatus>(lower: &str) -> Option<&'static FieldGrammar> {
    R::field_grammars().iter().find(|f| {
        f.field.len() == lower.len() && f.field.bytes().zip(lower.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    })
}

/// Lists may be split over several field lines; the other fields have one value.
fn is_list(grammar: Grammar) -> bool {
    matches!(grammar, Grammar::Challenges | Grammar::Tokens | Grammar::FieldNames | Grammar::Protocols | Grammar::Links)
}

/// The verdict of a value's grammar. The grammars read bytes (dates, challenges, URIs and
/// entity-tags directly; the lists as text, where bytes that are no UTF-8 become U+FFFD, which
/// only a quoted string takes, as it takes obs-text); each decides on bytes outside ASCII.
fn judge(grammar: Grammar, value: &[u8]) -> Verdict {
    let value = grammar::trim_ows_bytes(value);
    let date = |form| match form {
        DateForm::Fixdate => Verdict::Fits,
        DateForm::Obsolete => Verdict::Obsolete,
        DateForm::Invalid => Verdict::Malformed,
    };
    let text = || String::from_utf8_lossy(value);
    let fits = match grammar {
        Grammar::HttpDate => return date(grammar::http_date(value)),
        Grammar::RetryAfter => return date(grammar::retry_after(value)),
        Grammar::ContentRange => grammar::content_range(&text()).is_some(),
        Grammar::Challenges => auth::challenges(value),
        Grammar::Tokens => grammar::tokens(&text()),
        Grammar::FieldNames => grammar::field_names(&text()),
        Grammar::UriReference => uri::uri_reference(value),
        Grammar::PartialUri => uri::absolute_or_partial(value),
        Grammar::EntityTag => grammar::entity_tag(value),
        Grammar::Protocols => grammar::protocols(&text()),
        Grammar::Links => uri::links(&text()),
    };
    if fits { Verdict::Fits } else { Verdict::Malformed }
}

/// The verdict on a field's lines, and the value to show when it does not fit.
fn read(grammar: Grammar, first: &HeaderValue, rest: &[&HeaderValue]) -> (Verdict, Option<String>) {
    // The lines of a list joined as one list; one line as it is, without a copy.
    let value: Cow<'_, [u8]> = if rest.is_empty() {
        Cow::Borrowed(first.as_bytes())
    } else {
        let mut joined = first.as_bytes().to_vec();
        for line in rest {
            joined.extend_from_slice(b", ");
            joined.extend_from_slice(line.as_bytes());
        }
        Cow::Owned(joined)
    };
    // A field of one value sent twice is no value of its grammar (`Date: a, b`).
    let verdict = if !rest.is_empty() && !is_list(grammar) { Verdict::Malformed } else { judge(grammar, &value) };
    (verdict, (verdict != Verdict::Fits).then(|| String::from_utf8_lossy(&value).into_owned()))
}

impl<R: HttpStatus> Checker<'_, R> {
    /// The values of the fields the registry gives a grammar, then the forms its header rules
    /// ask of them with this code.
    pub(super) fn values(&mut self, info: Option<&'static StatusInfo>) {
        if self.reading == Reading::Names {
            return;
        }
        let reason = info.map(StatusInfo::reason);
        // The response's few fields in one pass, each looked up in the table (a lookup in the
        // header map by a table name would hash a lowered copy of it, once per entry); the
        // map yields the lines of one field one after another.
        let mut fields = self.headers.iter().peekable();
        while let Some((name, first)) = fields.next() {
            let mut rest = alloc::vec::Vec::new();
            while let Some((_, line)) = fields.next_if(|(next, _)| *next == name) {
                rest.push(line);
            }
            let Some(field) = grammar_of_lower::<R>(name.as_str()) else { continue };
            let (verdict, value) = read(field.grammar, first, &rest);
            let (problem, level, citation) = match verdict {
                Verdict::Fits => continue,
                Verdict::Obsolete => (Problem::ObsoleteDate, Requirement::Must, RFC9110_5_6_7),
                Verdict::Malformed => {
                    (Problem::MalformedValue { grammar: field.grammar }, Requirement::MustNot, field.citation)
                }
            };
            let made = Made {
                kind: Kind::Violation,
                level: Some(level),
                subject: Subject::Header(field.field),
                party: Some("sender"),
                condition: None,
                citation,
                problem,
            };
            self.push_with(reason, made, value);
        }
        if let Some(info) = info {
            self.forms(info);
        }
    }

    /// Header rules with a `form`: a well-formed value that is not what the code asks for.
    fn forms(&mut self, info: &'static StatusInfo) {
        let seen = Seen { request: self.request, response: self.headers };
        for rule in info.header_rules() {
            let Some(form) = rule.form else { continue };
            let Some(kind) = kind_of(rule.level, seen.decide(rule.when)) else { continue };
            let Some(value) = self.headers.get(rule.field).and_then(|v| v.to_str().ok()) else { continue };
            let value = grammar::trim_ows(value);
            let fits = match (form, grammar::content_range(value)) {
                // Malformed (already a finding), or a unit whose ranges are not read here.
                (_, None | Some(ContentRange::OtherUnit)) => true,
                (ValueForm::SatisfiedRange, Some(range)) => matches!(range, ContentRange::Satisfied { .. }),
                (ValueForm::UnsatisfiedRange, Some(range)) => matches!(range, ContentRange::Unsatisfied { .. }),
            };
            if fits {
                continue;
            }
            let made = Made {
                kind,
                level: rule.level,
                subject: Subject::Header(rule.field),
                party: rule.by,
                condition: rule.when,
                citation: rule.citation.unwrap_or_else(|| info.citation()),
                problem: Problem::WrongForm { form },
            };
            self.push_with(Some(info.reason()), made, Some(value.into()));
        }
    }
}
