//! The rules, read from the registry: header rules, content facts, registrations and the
//! request context a code answers.

use super::decide::{self, Decision, RequestParts, Seen, kind_of};
use super::finding::{Finding, Kind, Problem, Subject};
use super::values;
use super::{Reading, framing};
use crate::{Citation, Condition, Content, HeaderRule, HttpStatus, Registration, Requirement, StatusCode, StatusInfo};
use alloc::vec::Vec;
use http::{HeaderMap, Method, Version};

/// The findings for a response, by the rules of the IANA registry (`StatusCode`).
#[must_use]
pub fn check<B: http_body::Body>(response: &http::Response<B>) -> Vec<Finding> {
    check_in::<StatusCode, B>(response)
}

/// The findings for a response and the request it answers, by the rules of the IANA registry:
/// [`check`], plus the rules that depend on the request (a header rule for some methods only,
/// 304 only for a conditional GET or HEAD, 206 and 416 only for a `Range` request, ...).
#[must_use]
pub fn check_exchange<Q, B: http_body::Body>(request: &http::Request<Q>, response: &http::Response<B>) -> Vec<Finding> {
    check_exchange_in::<StatusCode, Q, B>(request, response)
}

/// [`check`] by the rules of the registry enum `R` (a custom registry's own rules).
#[must_use]
pub fn check_in<R: HttpStatus, B: http_body::Body>(response: &http::Response<B>) -> Vec<Finding> {
    Checker::<R>::new(response, None, Reading::Values).run()
}

/// [`check_exchange`] by the rules of the registry enum `R`.
#[must_use]
pub fn check_exchange_in<R: HttpStatus, Q, B: http_body::Body>(
    request: &http::Request<Q>,
    response: &http::Response<B>,
) -> Vec<Finding> {
    check_exchange_with::<R, Q, B>(request, response, Reading::Values)
}

/// [`check_exchange_in`], reading the fields' values or only their names ([`Reading`]).
///
/// ```
/// use status_core::StatusCode;
/// use status_core::conformance::{Reading, check_exchange_with};
///
/// let request = http::Request::get("/").body(())?;
/// let response = http::Response::builder().status(503).header("Retry-After", "soon").body(String::new())?;
/// assert_eq!(check_exchange_with::<StatusCode, _, _>(&request, &response, Reading::Values).len(), 1);
/// assert!(check_exchange_with::<StatusCode, _, _>(&request, &response, Reading::Names).is_empty());
/// # Ok::<(), http::Error>(())
/// ```
#[must_use]
pub fn check_exchange_with<R: HttpStatus, Q, B: http_body::Body>(
    request: &http::Request<Q>,
    response: &http::Response<B>,
    reading: Reading,
) -> Vec<Finding> {
    check_request_parts::<R, B>(request.method(), request.headers(), request.version(), response, reading)
}

/// [`check_exchange_with`] from the parts of the request the rules read (for the layer, which
/// keeps only these while the request moves on).
pub(super) fn check_request_parts<R: HttpStatus, B: http_body::Body>(
    method: &Method,
    headers: &HeaderMap,
    version: Version,
    response: &http::Response<B>,
    reading: Reading,
) -> Vec<Finding> {
    let request = Some(RequestParts { method, headers, version });
    Checker::<R>::new(response, request, reading).run()
}

/// Whether the body has content: `Some(true)`/`Some(false)` when its size hint decides it,
/// `None` for a stream of unknown length; and its exact length when the hint gives one.
fn content_of<B: http_body::Body>(body: &B) -> (Option<bool>, Option<u64>) {
    let hint = body.size_hint();
    if body.is_end_stream() || hint.upper() == Some(0) {
        (Some(false), Some(0))
    } else if hint.lower() > 0 {
        (Some(true), hint.exact())
    } else {
        (None, hint.exact())
    }
}

pub(super) struct Checker<'a, R> {
    pub(super) code: u16,
    pub(super) headers: &'a HeaderMap,
    content: Option<bool>,
    length: Option<u64>,
    pub(super) request: Option<RequestParts<'a>>,
    pub(super) reading: Reading,
    findings: Vec<Finding>,
    _registry: core::marker::PhantomData<R>,
}

/// A finding's parts that vary from rule to rule.
#[derive(Clone, Copy)]
pub(super) struct Made {
    pub(super) kind: Kind,
    pub(super) level: Option<Requirement>,
    pub(super) subject: Subject,
    pub(super) party: Option<&'static str>,
    pub(super) condition: Option<Condition>,
    pub(super) citation: Citation,
    pub(super) problem: Problem,
}

impl<'a, R: HttpStatus> Checker<'a, R> {
    fn new<B: http_body::Body>(
        response: &'a http::Response<B>,
        request: Option<RequestParts<'a>>,
        reading: Reading,
    ) -> Self {
        let (content, length) = content_of(response.body());
        Checker {
            code: response.status().as_u16(),
            headers: response.headers(),
            content,
            length,
            request,
            reading,
            findings: Vec::new(),
            _registry: core::marker::PhantomData,
        }
    }

    fn run(mut self) -> Vec<Finding> {
        self.framing();
        let Some(info) = R::lookup(self.code) else {
            self.unregistered();
            self.values(None);
            return self.findings;
        };
        let (kind, problem) = match info.registration() {
            // Reserved: no client knows a meaning for it.
            Registration::Unused => (Some(Kind::Recommendation), Problem::Unused),
            // Still registered, its meaning still known: worth knowing, not a fault.
            Registration::Obsoleted => (Some(Kind::Advice), Problem::Obsoleted),
            _ => (None, Problem::Unused),
        };
        if let Some(kind) = kind {
            let citation = info.citation();
            let made =
                Made { kind, level: None, subject: Subject::Code, party: None, condition: None, citation, problem };
            self.push(Some(info.reason()), made);
        }
        self.header_rules(info);
        self.values(Some(info));
        self.content_rules(info);
        if self.request.is_some() {
            self.request_rules(info);
        }
        self.findings
    }

    pub(super) fn push(&mut self, reason: Option<&'static str>, m: Made) {
        self.push_with(reason, m, None);
    }

    /// A finding about a value the exchange showed (`Finding::value`).
    pub(super) fn push_with(&mut self, reason: Option<&'static str>, m: Made, value: Option<alloc::string::String>) {
        self.findings.push(Finding {
            value,
            kind: m.kind,
            code: self.code,
            reason,
            level: m.level,
            subject: m.subject,
            party: m.party,
            condition: m.condition,
            citation: m.citation,
            problem: m.problem,
        });
    }

    /// The framing rules no code owns: each a MUST or MUST NOT, so a violation.
    fn framing(&mut self) {
        let reason = R::lookup(self.code).map(StatusInfo::reason);
        for (problem, field, citation) in framing::check(self.code, self.headers, self.length, self.request) {
            let subject = match (problem, field) {
                (Problem::InterimToHttp10, _) => Subject::Code,
                (_, "") => Subject::Content,
                (_, field) => Subject::Header(field),
            };
            // Every framing rule is a prohibition.
            let level = Some(Requirement::MustNot);
            let made = Made { kind: Kind::Violation, level, subject, party: None, condition: None, citation, problem };
            self.push(reason, made);
        }
    }

    /// A code the registry does not list: RFC 9110, Section 15 has a client handle it as the
    /// x00 of its class, or as a 5xx without one. Outside 100 to 599 no code is valid.
    fn unregistered(&mut self) {
        let fallback = crate::StatusClass::of(self.code).map_or(500, |class| class.fallback().code());
        let citation = Citation {
            spec: "RFC 9110",
            section: Some("15"),
            url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15",
        };
        let (kind, problem) = if (100..=599).contains(&self.code) {
            // Codes are extensible; a client that does not know this one still reads its class.
            (Kind::Advice, Problem::Unregistered { fallback })
        } else {
            (Kind::Violation, Problem::InvalidCode)
        };
        let made = Made { kind, level: None, subject: Subject::Code, party: None, condition: None, citation, problem };
        self.push(None, made);
    }

    /// Header rules: MUST and SHOULD fields missing (or lacking their token), MUST NOT and
    /// SHOULD NOT fields present; each rule's condition decided by what the exchange shows.
    fn header_rules(&mut self, info: &'static StatusInfo) {
        let seen = Seen { request: self.request, response: self.headers };
        // A rule with `echoes` is about the field's elements, checked against the request.
        for rule in info.header_rules().iter().filter(|r| r.echoes.is_none()) {
            let decision = seen.decide(rule.when);
            let present = self.headers.contains_key(rule.field);
            let (kind, problem, subject) = match rule.level {
                // Named by the code's definition without a keyword (303's Location): no rule
                // to break, but a response without it is worth a look; not where a rule with a
                // keyword says when the field is due (201's Location: a SHOULD after a POST, and
                // without it the target URI is the resource created).
                None if !present && decision != Decision::Fails && !has_keyword_rule(info, rule.field) => {
                    (Kind::Advice, Problem::MissingNamedHeader, Subject::Header(rule.field))
                }
                None => continue,
                Some(level) => {
                    let Some(kind) = kind_of(Some(level), decision) else { continue };
                    let Some((problem, subject)) = self.broken(rule, level, present) else { continue };
                    (kind, problem, subject)
                }
            };
            let citation = rule.citation.unwrap_or_else(|| info.citation());
            let made =
                Made { kind, level: rule.level, subject, party: rule.by, condition: rule.when, citation, problem };
            self.push(Some(info.reason()), made);
        }
    }

    /// What breaks a header rule of `level` whose condition holds, if anything.
    fn broken(&self, rule: &HeaderRule, level: Requirement, present: bool) -> Option<(Problem, Subject)> {
        let subject = Subject::Header(rule.field);
        match level {
            Requirement::Must | Requirement::Should if !present => Some((Problem::MissingHeader, subject)),
            Requirement::Must | Requirement::Should => {
                let token = rule.token.filter(|token| !self.carries(rule.field, token))?;
                Some((Problem::MissingToken { token }, subject))
            }
            // A multipart response's Content-Type forbidden: the rule is against the multipart
            // response itself (206 to a single range), not against the field.
            Requirement::MustNot | Requirement::ShouldNot
                if present && decide::is_multipart_rule(rule.field, rule.when) =>
            {
                Some((Problem::MultipartForSingleRange, Subject::Content))
            }
            Requirement::MustNot | Requirement::ShouldNot if present => Some((Problem::ForbiddenHeader, subject)),
            _ => None,
        }
    }

    /// Whether `field` carries `token`: a link relation type in a field of links (451's
    /// `rel="blocked-by"`), a list element or parameter value otherwise.
    fn carries(&self, field: &str, token: &str) -> bool {
        if values::grammar_of::<R>(field).is_some_and(|f| f.grammar == crate::Grammar::Links) {
            let mut lines = self.headers.get_all(field).iter().filter_map(|v| v.to_str().ok());
            return lines.any(|v| super::uri::has_rel(v, token));
        }
        decide::has_token(self.headers, field, token)
    }

    /// Content: none on codes that never carry it (framing), none generated where the server
    /// must not (205).
    fn content_rules(&mut self, info: &'static StatusInfo) {
        if self.content != Some(true) {
            return;
        }
        let (level, problem) = match info.content() {
            Content::NoneByFraming => (None, Problem::ContentOnBodilessCode),
            Content::MustNotGenerate => (Some(Requirement::MustNot), Problem::ContentNotToBeGenerated),
            Content::Allowed => return,
        };
        let (subject, party, citation) = (Subject::Content, Some("server"), info.citation());
        let made = Made { kind: Kind::Violation, level, subject, party, condition: None, citation, problem };
        self.push(Some(info.reason()), made);
    }
}

/// Whether the code has a rule with a keyword about `field`.
fn has_keyword_rule(info: &StatusInfo, field: &str) -> bool {
    info.header_rules().iter().any(|r| r.level.is_some() && r.field.eq_ignore_ascii_case(field))
}
