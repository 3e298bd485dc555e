//! The text form of one entry: every recorded fact, one labelled line each.

use super::{Entry, expired};
use status_core::{HeaderRule, Registration, StatusClass};
use std::fmt::Write as _;

/// Everything recorded about one entry, for reading.
pub(super) fn full_entry(entry: Entry) -> String {
    let info = entry.info;
    let mut out = String::new();
    let mut line = |label: &str, value: &dyn std::fmt::Display| {
        let _ = writeln!(out, "{:<15}{value}", format!("{label}:"));
    };
    if let Some(class) = StatusClass::of(info.code()) {
        line("class", &class);
    }
    line("registration", &info.registration());
    if expired(info.registration()) {
        if let Registration::Temporary { expires, .. } = info.registration() {
            line("expired", &format!("yes: the registration lapsed on {expires} unless IANA renewed it since"));
        }
    }
    if let Some(used_by) = info.used_by() {
        line("used by", &used_by);
    }
    line("defined in", &format!("{} <{}>", info.citation(), info.citation().url));
    match entry.variant() {
        Some(variant) => line("variant", &variant),
        None if matches!(info.registration(), Registration::Unused) => {
            line("variant", &"none (unused codes have no StatusCode variant)");
        }
        None => {}
    }
    if !info.former_names().is_empty() {
        line("former names", &info.former_names().join(", "));
    }
    line(
        "cacheable",
        &if info.is_heuristically_cacheable() {
            "heuristically (RFC 9110, Section 15.1)"
        } else {
            "only with explicit freshness"
        },
    );
    line("content", &info.content());
    if let Some(caching) = info.caching() {
        line("caching", &format!("{}{} ({})", caching.kind, keyword(caching.level), caching.citation));
    }
    for rule in info.header_rules() {
        line("header field", &header_rule(rule));
    }
    if let Some(retry) = info.retry() {
        line("retry", &format!("{}{}: {} ({})", retry.kind, keyword(retry.level), retry.note, retry.citation));
    }
    if let Some(sender) = info.sender() {
        line("sent by", &format!("{}{}: {} ({})", sender.who, keyword(sender.level), sender.note, sender.citation));
    }
    if let Some(request) = info.request() {
        let mut answers = request.note.to_owned();
        if !request.methods.is_empty() {
            let _ = write!(answers, " (methods: {})", request.methods.join(", "));
        }
        if !request.headers.is_empty() {
            let _ = write!(answers, " (request fields: {})", request.headers.join(" or "));
        }
        if request.open {
            answers.push_str(" (typical requests, not all)");
        }
        line("answers", &answers);
    }
    for limit in info.limits() {
        line("limit", &format!("{}{} ({})", limit.note, keyword(limit.level), limit.citation));
    }
    if let Some(history) = info.history() {
        let http = history.http.map_or_else(String::new, |v| format!(", {v}"));
        line("first defined", &format!("{} ({}{http})", history.citation, history.year));
    }
    for link in info.see_also() {
        line("see also", &format!("{} <{}>", link.title, link.url));
    }
    format!("{}\n{out}\n{}\n\n{}\n", entry.title(), info.summary(), info.description())
}

/// ` (MUST)`, or nothing where the specification states a fact without a keyword.
fn keyword(level: Option<status_core::Requirement>) -> String {
    level.map_or_else(String::new, |l| format!(" ({l})"))
}

/// `the origin server MUST send Allow, in responses to ...: note (citation)`.
fn header_rule(rule: &HeaderRule) -> String {
    let by = rule.by.map_or_else(String::new, |by| format!("the {by} "));
    let mut when = rule.when.map_or_else(String::new, |w| format!(", {w}"));
    if let Some(token) = rule.token {
        let _ = write!(when, ", with {token}");
    }
    if let Some(offered) = rule.echoes {
        let _ = write!(when, ", naming only what the request's {offered} offered");
    }
    let cited = rule.citation.map_or_else(String::new, |c| format!(" ({c})"));
    let sends =
        rule.level.map_or_else(|| format!("sends {} (no keyword)", rule.field), |l| format!("{l} send {}", rule.field));
    format!("{by}{sends}{when}: {}{cited}", rule.note)
}
