//! `--json` (schema: docs/lookup-json.md). Objects are written by hand, each value a `String`
//! holding valid JSON, one small function per fact, so that a new fact is one line in
//! `entry_json`; strings are escaped by `serde_json`.

use super::Entry;
use status_core::{
    Caching, Citation, Condition, HeaderRule, History, Limit, Link, Registration, RequestContext, Requirement, Retry,
    Sender, StatusClass,
};

/// The output of `--json`: always an array, one entry object per code found.
pub fn json_array(entries: &[Entry]) -> String {
    let items: Vec<String> = entries.iter().map(|&e| entry_json(e)).collect();
    if items.is_empty() { "[]".into() } else { format!("[\n{}\n]", items.join(",\n")) }
}

/// One entry: every fact `StatusInfo` exposes, plus which registry it comes from.
fn entry_json(entry: Entry) -> String {
    let info = entry.info;
    object(&[
        ("registry", string(entry.source.name())),
        ("code", info.code().to_string()),
        ("reason", string(info.reason())),
        ("variant", nullable(entry.variant().as_deref(), string)),
        ("class", class_json(info.code())),
        ("registration", registration_json(info.registration())),
        ("citation", citation_json(info.citation())),
        ("summary", string(info.summary())),
        ("description", string(info.description())),
        ("former_names", array(info.former_names().iter().map(|name| string(name)))),
        ("cacheable", info.is_heuristically_cacheable().to_string()),
        ("content", string(info.content().word())),
        ("caching", nullable(info.caching(), caching_json)),
        ("header_rules", array(info.header_rules().iter().map(header_rule_json))),
        ("used_by", nullable(info.used_by(), string)),
        ("see_also", array(info.see_also().iter().map(link_json))),
        ("retry", nullable(info.retry(), retry_json)),
        ("sender", nullable(info.sender(), sender_json)),
        ("history", nullable(info.history(), history_json)),
        ("limits", array(info.limits().iter().map(limit_json))),
        ("request", nullable(info.request(), request_json)),
        ("expired", (super::expired(info.registration())).to_string()),
    ])
}

/// `{"digit": 4, "name": "Client Error"}`, or `null` outside 100..=599.
fn class_json(code: u16) -> String {
    nullable(StatusClass::of(code), |class| {
        object(&[("digit", class.digit().to_string()), ("name", string(class.name()))])
    })
}

/// `{"status": "temporary", "registered": "2024-11-13", "extended": null, "expires": "..."}`;
/// the dates are `null` unless the registration is temporary.
fn registration_json(registration: Registration) -> String {
    let (registered, extended, expires) = match registration {
        Registration::Temporary { registered, extended, expires } => (Some(registered), extended, Some(expires)),
        _ => (None, None, None),
    };
    let date = |d: Option<status_core::Date>| nullable(d, |d| string(&d.to_string()));
    let status = match registration {
        Registration::Temporary { .. } => "temporary".to_string(),
        other => other.to_string(),
    };
    object(&[
        ("status", string(&status)),
        ("registered", date(registered)),
        ("extended", date(extended)),
        ("expires", date(expires)),
    ])
}

fn citation_json(citation: Citation) -> String {
    object(&[
        ("spec", string(citation.spec)),
        ("section", nullable(citation.section, string)),
        ("url", string(citation.url)),
    ])
}

fn header_rule_json(rule: &HeaderRule) -> String {
    object(&[
        ("field", string(rule.field)),
        ("level", level(rule.level)),
        ("note", string(rule.note)),
        ("by", nullable(rule.by, string)),
        ("when", nullable(rule.when, condition_json)),
        ("token", nullable(rule.token, string)),
        ("citation", nullable(rule.citation, citation_json)),
    ])
}

/// `{"methods": ["POST"]}`, `{"as_with": 200}`, `{"request_headers": ["If-Range"]}`,
/// `{"with_field": "Upgrade"}`, an array when all of several hold, or the registry's word
/// (`"temporary"`, `"byte-range"`, ...).
fn condition_json(condition: Condition) -> String {
    let word = match condition {
        Condition::Methods(methods) => return object(&[("methods", array(methods.iter().map(|m| string(m))))]),
        Condition::RequestHeaders(fields) => {
            return object(&[("request_headers", array(fields.iter().map(|f| string(f))))]);
        }
        Condition::WithField(field) => return object(&[("with_field", string(field))]),
        Condition::AsWith(code) => return object(&[("as_with", code.to_string())]),
        Condition::All(all) => return array(all.iter().map(|c| condition_json(*c))),
        Condition::FirstInterim => "first-interim",
        Condition::SubsequentInterim => "subsequent-interim",
        Condition::SinglePart => "single-part",
        Condition::Multipart => "multipart",
        Condition::ValidatorAvailable => "validator-available",
        Condition::Temporary => "temporary",
        Condition::PreferredChoice => "preferred-choice",
        Condition::ContentCoding => "content-coding",
        Condition::NotContentCoding => "not-content-coding",
        Condition::ByteRange => "byte-range",
        Condition::NotForCacheUpdates => "not-for-cache-updates",
        Condition::IdentifiesBlocker => "identifies-blocker",
        // A condition newer than this example: its phrase.
        other => return string(&other.to_string()),
    };
    string(word)
}

/// The RFC 2119 keyword (`"MUST NOT"`), or `null` where the specification states it without one.
fn level(level: Option<Requirement>) -> String {
    nullable(level, |l| string(&l.to_string()))
}

fn caching_json(caching: Caching) -> String {
    object(&[
        ("kind", string(&caching.kind.to_string())),
        ("level", level(caching.level)),
        ("citation", citation_json(caching.citation)),
    ])
}

fn retry_json(retry: Retry) -> String {
    object(&[
        ("kind", string(&retry.kind.to_string())),
        ("level", level(retry.level)),
        ("note", string(retry.note)),
        ("citation", citation_json(retry.citation)),
    ])
}

fn sender_json(sender: Sender) -> String {
    object(&[
        ("who", string(&sender.who.to_string())),
        ("level", level(sender.level)),
        ("note", string(sender.note)),
        ("citation", citation_json(sender.citation)),
    ])
}

fn history_json(history: History) -> String {
    object(&[
        ("citation", citation_json(history.citation)),
        ("http", nullable(history.http, |v| string(&v.to_string()))),
        ("year", history.year.to_string()),
    ])
}

fn limit_json(limit: &Limit) -> String {
    object(&[("level", level(limit.level)), ("note", string(limit.note)), ("citation", citation_json(limit.citation))])
}

fn request_json(request: RequestContext) -> String {
    object(&[
        ("methods", array(request.methods.iter().map(|m| string(m)))),
        ("headers", array(request.headers.iter().map(|h| string(h)))),
        ("open", request.open.to_string()),
        ("note", string(request.note)),
    ])
}

fn link_json(link: &Link) -> String {
    object(&[("title", string(link.title)), ("url", string(link.url))])
}

// JSON building blocks.

fn object(fields: &[(&str, String)]) -> String {
    let fields: Vec<String> = fields.iter().map(|(key, value)| format!("{}:{value}", string(key))).collect();
    format!("{{{}}}", fields.join(","))
}

fn array(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(","))
}

fn nullable<T>(value: Option<T>, to_json: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "null".into(), to_json)
}

/// A JSON string, escaped by `serde_json`.
fn string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}
