//! The rules that read the request: what the request must have been for the code to answer
//! it, the elements a field may only echo from the request, and 405's `Allow`.

use super::decide::{self, RequestParts};
use super::finding::{Kind, Problem, Subject};
use super::rules::{Checker, Made};
use crate::{HttpStatus, Requirement, StatusInfo};
use alloc::vec::Vec;
use http::{HeaderMap, Method};

impl<R: HttpStatus> Checker<'_, R> {
    /// What the request must have been for this code to answer it (closed lists only), and
    /// 405's `Allow`.
    pub(super) fn request_rules(&mut self, info: &'static StatusInfo) {
        let Some(RequestParts { method, headers: request_headers, .. }) = self.request else { return };
        if let Some(context) = info.request().filter(|c| !c.open) {
            let method_ok =
                context.methods.is_empty() || context.methods.iter().any(|m| m.eq_ignore_ascii_case(method.as_str()));
            // The header fields are alternatives: a conditional request carries one of them.
            let has_header =
                context.headers.is_empty() || context.headers.iter().any(|h| request_headers.contains_key(*h));
            let found = if !method_ok {
                Some((Problem::UnexpectedMethod { answers: context.methods }, Some(method.as_str().into())))
            } else if !has_header {
                Some((Problem::UnexpectedForRequest { needs: context.headers }, None))
            } else {
                None
            };
            if let Some((problem, value)) = found {
                // Where the requirement is written: 206's in Range (14.2), 304's in the
                // preconditions (13.1.2), others in the code's definition.
                let citation = context.citation.unwrap_or_else(|| info.citation());
                let made = Made {
                    kind: Kind::Violation,
                    level: None,
                    subject: Subject::Code,
                    party: None,
                    condition: None,
                    citation,
                    problem,
                };
                self.push_with(Some(info.reason()), made, value);
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
            let mut named = decide::elements(self.headers, rule.field);
            let Some(unoffered) = named.find(|e| !offered.iter().any(|o| o.eq_ignore_ascii_case(e))) else {
                continue;
            };
            let made = Made {
                kind: Kind::Violation,
                level: rule.level,
                subject: Subject::Header(rule.field),
                party: rule.by,
                condition: rule.when,
                citation: rule.citation.unwrap_or_else(|| info.citation()),
                problem: Problem::NotOffered,
            };
            self.push_with(Some(info.reason()), made, Some(unoffered.into()));
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
