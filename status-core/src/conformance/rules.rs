//! The rules, read from the registry: header rules, content facts, registrations and the
//! request context a code answers.

use super::finding::{Finding, Problem, Subject};
use crate::{Citation, Condition, Content, HttpStatus, Registration, Requirement, StatusCode, StatusInfo};
use alloc::vec::Vec;
use http::{HeaderMap, Method};

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
    Checker::<R>::new(response.status().as_u16(), response.headers(), has_content(response.body()), None).run()
}

/// [`check_exchange`] by the rules of the registry enum `R`.
#[must_use]
pub fn check_exchange_in<R: HttpStatus, Q, B: http_body::Body>(
    request: &http::Request<Q>,
    response: &http::Response<B>,
) -> Vec<Finding> {
    check_request_parts::<R, B>(request.method(), request.headers(), response)
}

/// [`check_exchange_in`] from the parts of the request the rules read (for the layer, which
/// keeps only these while the request moves on).
pub(super) fn check_request_parts<R: HttpStatus, B: http_body::Body>(
    method: &Method,
    headers: &HeaderMap,
    response: &http::Response<B>,
) -> Vec<Finding> {
    let request = Some((method, headers));
    Checker::<R>::new(response.status().as_u16(), response.headers(), has_content(response.body()), request).run()
}

/// Whether the body has content: `Some(true)`/`Some(false)` when its size hint decides it,
/// `None` for a stream of unknown length.
fn has_content<B: http_body::Body>(body: &B) -> Option<bool> {
    let hint = body.size_hint();
    if body.is_end_stream() || hint.upper() == Some(0) {
        Some(false)
    } else if hint.lower() > 0 {
        Some(true)
    } else {
        None
    }
}

struct Checker<'a, R> {
    code: u16,
    headers: &'a HeaderMap,
    content: Option<bool>,
    request: Option<(&'a Method, &'a HeaderMap)>,
    findings: Vec<Finding>,
    _registry: core::marker::PhantomData<R>,
}

impl<'a, R: HttpStatus> Checker<'a, R> {
    fn new(
        code: u16,
        headers: &'a HeaderMap,
        content: Option<bool>,
        request: Option<(&'a Method, &'a HeaderMap)>,
    ) -> Self {
        Checker { code, headers, content, request, findings: Vec::new(), _registry: core::marker::PhantomData }
    }

    fn run(mut self) -> Vec<Finding> {
        let Some(info) = R::lookup(self.code) else {
            self.unregistered();
            return self.findings;
        };
        match info.registration() {
            Registration::Unused => self.push(info, None, Subject::Code, None, info.citation(), Problem::Unused),
            Registration::Obsoleted => self.push(info, None, Subject::Code, None, info.citation(), Problem::Obsoleted),
            _ => {}
        }
        self.header_rules(info);
        self.content_rules(info);
        if self.request.is_some() {
            self.request_rules(info);
        }
        self.findings
    }

    fn push(
        &mut self,
        info: &StatusInfo,
        level: Option<Requirement>,
        subject: Subject,
        party: Option<&'static str>,
        citation: Citation,
        problem: Problem,
    ) {
        let reason = Some(info.reason());
        self.findings.push(Finding { code: self.code, reason, level, subject, party, citation, problem });
    }

    /// A code the registry does not list: RFC 9110, Section 15 has a client handle it as the
    /// x00 of its class, or as a 5xx without one.
    fn unregistered(&mut self) {
        let fallback = crate::StatusClass::of(self.code).map_or(500, |class| class.fallback().code());
        let citation = Citation {
            spec: "RFC 9110",
            section: Some("15"),
            url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15",
        };
        let problem = Problem::Unregistered { fallback };
        self.findings.push(Finding {
            code: self.code,
            reason: None,
            level: None,
            subject: Subject::Code,
            party: None,
            citation,
            problem,
        });
    }

    /// Header rules: MUST and SHOULD fields missing, MUST NOT and SHOULD NOT fields present,
    /// where the exchange decides their conditions.
    fn header_rules(&mut self, info: &'static StatusInfo) {
        for rule in info.header_rules() {
            if !self.condition_holds(rule.when) {
                continue;
            }
            let present = self.headers.contains_key(rule.field);
            // A field named without a keyword is no requirement to check.
            let problem = match rule.level {
                Some(Requirement::Must | Requirement::Should) if !present => Problem::MissingHeader,
                Some(Requirement::MustNot | Requirement::ShouldNot) if present => Problem::ForbiddenHeader,
                _ => continue,
            };
            let citation = rule.citation.unwrap_or_else(|| info.citation());
            self.push(info, rule.level, Subject::Header(rule.field), rule.by, citation, problem);
        }
    }

    /// Whether a rule's condition holds for this exchange; `false` when it cannot be decided
    /// (no request, or a fact about another response), so that only certain findings are made.
    fn condition_holds(&self, when: Option<Condition>) -> bool {
        match when {
            None => true,
            Some(Condition::Methods(methods)) => {
                self.request.is_some_and(|(method, _)| methods.iter().any(|m| m.eq_ignore_ascii_case(method.as_str())))
            }
            Some(Condition::Multipart) => self.is_multipart(),
            Some(Condition::SinglePart) => !self.is_multipart(),
            Some(Condition::AsWith(_) | Condition::FirstInterim) => false,
        }
    }

    /// Whether the content is `multipart/byteranges` (several ranges of a 206).
    fn is_multipart(&self) -> bool {
        self.headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("multipart/byteranges"))
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
        self.push(info, level, Subject::Content, Some("the server"), info.citation(), problem);
    }

    /// What the request must have been for this code to answer it, and 405's `Allow`.
    fn request_rules(&mut self, info: &'static StatusInfo) {
        let Some((method, request_headers)) = self.request else { return };
        if let Some(context) = info.request() {
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
                self.push(info, None, Subject::Code, None, info.citation(), Problem::UnexpectedForRequest { needs });
            }
        }
        if self.code == 405 {
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
                self.push(
                    info,
                    Some(Requirement::Must),
                    Subject::Header("Allow"),
                    rule.and_then(|r| r.by),
                    citation,
                    Problem::AllowListsRefusedMethod,
                );
            }
        }
    }
}
