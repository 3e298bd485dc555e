//! The rules, read from the registry: header rules, content facts, registrations and the
//! request context a code answers.

use super::decide::{self, RequestParts, Seen, kind_of};
use super::finding::{Finding, Kind, Problem, Subject};
use super::framing;
use crate::{Citation, Condition, Content, HttpStatus, Registration, Requirement, StatusCode, StatusInfo};
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
    Checker::<R>::new(response, None).run()
}

/// [`check_exchange`] by the rules of the registry enum `R`.
#[must_use]
pub fn check_exchange_in<R: HttpStatus, Q, B: http_body::Body>(
    request: &http::Request<Q>,
    response: &http::Response<B>,
) -> Vec<Finding> {
    check_request_parts::<R, B>(request.method(), request.headers(), request.version(), response)
}

/// [`check_exchange_in`] from the parts of the request the rules read (for the layer, which
/// keeps only these while the request moves on).
pub(super) fn check_request_parts<R: HttpStatus, B: http_body::Body>(
    method: &Method,
    headers: &HeaderMap,
    version: Version,
    response: &http::Response<B>,
) -> Vec<Finding> {
    let request = Some(RequestParts { method, headers, version });
    Checker::<R>::new(response, request).run()
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

struct Checker<'a, R> {
    code: u16,
    headers: &'a HeaderMap,
    content: Option<bool>,
    length: Option<u64>,
    request: Option<RequestParts<'a>>,
    findings: Vec<Finding>,
    _registry: core::marker::PhantomData<R>,
}

/// A finding's parts that vary from rule to rule.
#[derive(Clone, Copy)]
struct Made {
    kind: Kind,
    level: Option<Requirement>,
    subject: Subject,
    party: Option<&'static str>,
    condition: Option<Condition>,
    citation: Citation,
    problem: Problem,
}

impl<'a, R: HttpStatus> Checker<'a, R> {
    fn new<B: http_body::Body>(response: &'a http::Response<B>, request: Option<RequestParts<'a>>) -> Self {
        let (content, length) = content_of(response.body());
        Checker {
            code: response.status().as_u16(),
            headers: response.headers(),
            content,
            length,
            request,
            findings: Vec::new(),
            _registry: core::marker::PhantomData,
        }
    }

    fn run(mut self) -> Vec<Finding> {
        self.framing();
        let Some(info) = R::lookup(self.code) else {
            self.unregistered();
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
        self.content_rules(info);
        if self.request.is_some() {
            self.request_rules(info);
        }
        self.findings
    }

    fn push(&mut self, reason: Option<&'static str>, m: Made) {
        self.findings.push(Finding {
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
            let Some(kind) = kind_of(rule.level, seen.decide(rule.when)) else { continue };
            let present = self.headers.contains_key(rule.field);
            let problem = match rule.level {
                Some(Requirement::Must | Requirement::Should) if !present => Problem::MissingHeader,
                Some(Requirement::Must | Requirement::Should) => match rule.token {
                    Some(token) if !decide::has_token(self.headers, rule.field, token) => {
                        Problem::MissingToken { token }
                    }
                    _ => continue,
                },
                Some(Requirement::MustNot | Requirement::ShouldNot) if present => Problem::ForbiddenHeader,
                _ => continue,
            };
            let citation = rule.citation.unwrap_or_else(|| info.citation());
            let subject = Subject::Header(rule.field);
            let made =
                Made { kind, level: rule.level, subject, party: rule.by, condition: rule.when, citation, problem };
            self.push(Some(info.reason()), made);
        }
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

    /// What the request must have been for this code to answer it (closed lists only), and
    /// 405's `Allow`.
    fn request_rules(&mut self, info: &'static StatusInfo) {
        let Some(RequestParts { method, headers: request_headers, .. }) = self.request else { return };
        if let Some(context) = info.request().filter(|c| !c.open) {
            let method_ok =
                context.methods.is_empty() || context.methods.iter().any(|m| m.eq_ignore_ascii_case(method.as_str()));
            // The header fields are alternatives: a conditional request carries one of them.
            let has_header =
                context.headers.is_empty() || context.headers.iter().any(|h| request_headers.contains_key(*h));
            let needs = if !method_ok {
                Some(context.methods.first().copied().unwrap_or("another method"))
            } else if !has_header {
                context.headers.first().copied()
            } else {
                None
            };
            if let Some(needs) = needs {
                let (subject, citation, problem) =
                    (Subject::Code, info.citation(), Problem::UnexpectedForRequest { needs });
                let made = Made {
                    kind: Kind::Violation,
                    level: None,
                    subject,
                    party: None,
                    condition: None,
                    citation,
                    problem,
                };
                self.push(Some(info.reason()), made);
            }
        }
        if self.code == 405 {
            self.allow_lists_refused(info, method);
        }
        self.echoes(info, request_headers);
    }

    /// Fields whose elements must come from the request's field of the rule (`echoes`): a MUST
    /// NOT broken when the response names one the request did not list.
    fn echoes(&mut self, info: &'static StatusInfo, request_headers: &HeaderMap) {
        for rule in info.header_rules() {
            let Some(offered_in) = rule.echoes else { continue };
            let offered: Vec<&str> = decide::elements(request_headers, offered_in).collect();
            if decide::elements(self.headers, rule.field).all(|e| offered.iter().any(|o| o.eq_ignore_ascii_case(e))) {
                continue;
            }
            let made = Made {
                kind: Kind::Violation,
                level: rule.level,
                subject: Subject::Header(rule.field),
                party: rule.by,
                condition: rule.when,
                citation: rule.citation.unwrap_or_else(|| info.citation()),
                problem: Problem::NotOffered,
            };
            self.push(Some(info.reason()), made);
        }
    }

    /// A 405 whose `Allow` names the method it refuses.
    fn allow_lists_refused(&mut self, info: &'static StatusInfo, method: &Method) {
        let refused = self
            .headers
            .get_all(http::header::ALLOW)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|m| m.trim().eq_ignore_ascii_case(method.as_str()));
        if refused {
            let rule = info.header_rules().iter().find(|r| r.field.eq_ignore_ascii_case("Allow"));
            let citation = rule.and_then(|r| r.citation).unwrap_or_else(|| info.citation());
            let made = Made {
                kind: Kind::Violation,
                level: Some(Requirement::Must),
                subject: Subject::Header("Allow"),
                party: rule.and_then(|r| r.by),
                condition: None,
                citation,
                problem: Problem::AllowListsRefusedMethod,
            };
            self.push(Some(info.reason()), made);
        }
    }
}
