//! Rustdoc text for generated enums and variants, from registry entries.

use crate::ast::{Enum, Kind};
use crate::registry::model::{
    CacheKind, Citation, Content, Date, Entry, HTTP_VERSIONS, Header, HttpVersion, Level, PARTIES, RETRY_KINDS,
    Registration, Registry, RequestContext,
};
use std::fmt::Write;

/// The doc lines of one variant: what editors show on hover.
pub fn variant(registry: &Registry, entry: &Entry) -> String {
    variant_on(registry, entry, build_date())
}

/// The variant's docs as of `today` (which decides whether a registration reads as expired).
fn variant_on(registry: &Registry, entry: &Entry, today: Date) -> String {
    let mut d = String::new();
    let _ = writeln!(d, "**{} {}**: {}", entry.code, entry.reason, entry.summary);
    let _ = writeln!(d);
    let _ = writeln!(d, "{}", entry.description.trim());
    let _ = writeln!(d);
    if let Some(class) = registry.class_of(entry.code) {
        let _ = writeln!(d, "- Class: {}xx {}", class.digit, class.name);
    }
    let _ = writeln!(d, "- Registration: {}", registration(entry.registration, today));
    facts(&mut d, entry);
    if !entry.former_names.is_empty() {
        let _ = writeln!(d, "- Former names: {}", entry.former_names.join(", "));
    }
    if let Some(used_by) = &entry.used_by {
        let _ = writeln!(d, "- Used by: {used_by}");
    }
    let _ = writeln!(d);
    let _ = write!(d, "Specification: {}", link(&entry.citation));
    for link in &entry.see_also {
        let _ = write!(d, "; see also [{}]({})", link.title, link.url);
    }
    d
}

/// One list item per fact beyond the meaning, levels as RFC 2119 keywords, each with its citation.
fn facts(d: &mut String, entry: &Entry) {
    match entry.facts.content {
        Content::Allowed => {}
        Content::NoneByFraming => {
            let _ = writeln!(d, "- Content: never (message framing ends the response after its header section)");
        }
        Content::MustNotGenerate => {
            let _ = writeln!(d, "- Content: the server MUST NOT generate any (recipients read the framing as usual)");
        }
    }
    if let Some(c) = &entry.facts.cache {
        let what = match c.kind {
            CacheKind::Heuristic => "heuristically cacheable (a cache may reuse it without explicit freshness)",
            CacheKind::NeverStored => "never stored by caches",
        };
        let _ = writeln!(d, "- Caching{}: {what} ({})", level(c.level), link(&c.citation));
    }
    for h in &entry.facts.headers {
        header_fact(d, h);
    }
    if let Some(r) = &entry.facts.retry {
        let kind = RETRY_KINDS.word(r.kind).replace('-', " ");
        let level = match r.level {
            Some(l) => format!(", {}", l.keyword()),
            None => String::new(),
        };
        let _ = writeln!(d, "- Retry ({kind}{level}): {} ({})", r.note, link(&r.citation));
    }
    if let Some(s) = &entry.facts.sender {
        let who = PARTIES.word(s.who);
        let _ = writeln!(d, "- Sent by{}: {who}; {} ({})", level(s.level), s.note, link(&s.citation));
    }
    for l in &entry.facts.limits {
        let _ = writeln!(d, "- Limit{}: {} ({})", level(l.level), l.note, link(&l.citation));
    }
    if let Some(r) = &entry.facts.request {
        request_fact(d, r);
    }
    if let Some(h) = &entry.facts.history {
        let http = match h.http {
            None => String::new(),
            Some(HttpVersion::Any) => ", for any HTTP version".to_owned(),
            Some(v) => format!(", for HTTP/{}", HTTP_VERSIONS.word(v)),
        };
        let _ = writeln!(d, "- First defined: {} ({}){http}", link(&h.citation), h.year);
    }
}

/// The list item of one header rule: its level, party, condition, token and echo, and citation.
fn header_fact(d: &mut String, h: &Header) {
    let mut terms = match h.level {
        Some(l) => vec![l.keyword()],
        None => vec!["no keyword".to_owned()],
    };
    if let Some(by) = &h.by {
        terms.push(format!("sent by the {by}"));
    }
    if let Some(when) = &h.when {
        terms.push(when.to_string());
    }
    if let Some(t) = &h.token {
        terms.push(format!("with `{t}`"));
    }
    if let Some(e) = &h.echoes {
        terms.push(format!("naming only what the request's `{e}` offered"));
    }
    let cited = match &h.citation {
        Some(c) => format!(" ({})", link(c)),
        None => String::new(),
    };
    let _ = writeln!(d, "- Header field `{}` ({}): {}{cited}", h.field, terms.join(", "), h.note);
}

/// The list item of the request a response answers: methods, header fields, whether typical.
fn request_fact(d: &mut String, r: &RequestContext) {
    let mut terms: Vec<String> = Vec::new();
    if !r.methods.is_empty() {
        terms.push(format!("methods {}", r.methods.join(", ")));
    }
    if !r.headers.is_empty() {
        let mut fields = String::new();
        for h in &r.headers {
            if !fields.is_empty() {
                fields.push_str(", ");
            }
            let _ = write!(fields, "`{h}`");
        }
        terms.push(format!("header fields {fields}"));
    }
    if r.open {
        terms.push("typical requests, not all".to_owned());
    }
    let terms = if terms.is_empty() { String::new() } else { format!(" ({})", terms.join("; ")) };
    let _ = writeln!(d, "- Answers{terms}: {}", r.note);
}

/// ` (MUST NOT)`, or nothing where the text states the fact without a keyword.
fn level(level: Option<Level>) -> String {
    match level {
        Some(l) => format!(" ({})", l.keyword()),
        None => String::new(),
    }
}

fn link(c: &Citation) -> String {
    format!("[{c}]({})", c.url)
}

fn registration(r: Registration, today: Date) -> String {
    match r {
        Registration::Temporary { registered, extended, expires } => {
            let ext = match extended {
                Some(e) => format!(", extended {e}"),
                None => String::new(),
            };
            if expires < today {
                format!("temporary, expired on {expires} (registered {registered}{ext})")
            } else {
                format!("temporary (registered {registered}{ext}, expires {expires})")
            }
        }
        Registration::Obsoleted => "obsoleted: do not use it in new designs".to_owned(),
        Registration::Unofficial => "unofficial: not in the IANA registry".to_owned(),
        other => crate::registry::model::REGISTRATIONS.word(other.kind()).to_owned(),
    }
}

/// The date of the build, for "expired on": `SOURCE_DATE_EPOCH` (seconds since 1970, for
/// reproducible builds) if set, else the system clock; read once per process.
pub fn build_date() -> Date {
    static DATE: std::sync::OnceLock<Date> = std::sync::OnceLock::new();
    *DATE.get_or_init(|| {
        let from_env = match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(s) => s.trim().parse::<i64>().ok(),
            Err(_) => None,
        };
        let secs = match from_env {
            Some(secs) => secs,
            None => match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
                Ok(d) => i64::try_from(d.as_secs()).unwrap_or(0),
                Err(_) => 0,
            },
        };
        Date::from_unix_days(secs.div_euclid(86_400))
    })
}

/// The docs of the enum: where its codes come from, a table of them, the classes they belong
/// to, and (for a whole registry) the codes without a variant.
pub fn enum_docs(item: &Enum<'_>) -> String {
    let registry = item.registry;
    let mut d = String::new();
    match &item.kind {
        Kind::Registry { origin, .. } => {
            let _ = writeln!(d, "# Codes\n\nGenerated from {origin}.");
        }
        Kind::Subset { of } => {
            let (shown, target) = of.doc_link();
            let _ = writeln!(
                d,
                "# Codes\n\nA subset of [`{shown}`]({target}), checked against its registry at compile time."
            );
        }
    }
    let _ = writeln!(d);
    let _ = writeln!(d, "| Code | Reason phrase | Variant | Specification |");
    let _ = writeln!(d, "|-----:|---------------|---------|---------------|");
    for v in &item.variants {
        let (entry, name) = (v.entry, &v.ident);
        let _ = writeln!(
            d,
            "| {} | {} | [`{name}`](Self::{name}) | [{}]({}) |",
            entry.code, entry.reason, entry.citation, entry.citation.url
        );
    }
    // Only the classes the enum has codes of.
    let mut heading = false;
    for c in &registry.classes {
        if !has_class(item, c.digit) {
            continue;
        }
        if !heading {
            let _ = writeln!(d, "\n# Classes\n");
            heading = true;
        }
        let _ = writeln!(d, "- **{}xx {}**: {} ([{}]({}))", c.digit, c.name, c.summary, c.citation, c.citation.url);
    }
    let mut unused = String::new();
    for e in &registry.entries {
        if !e.registration.is_usable() {
            if !unused.is_empty() {
                unused.push_str(", ");
            }
            let _ = write!(unused, "{}", e.code);
        }
    }
    if item.is_registry() && !unused.is_empty() {
        let _ = writeln!(d);
        let _ = writeln!(d, "Registered as unused, so without a variant: {unused}.");
    }
    d
}

/// Whether the enum has a code of the class with this first digit.
fn has_class(item: &Enum<'_>, digit: u8) -> bool {
    for v in &item.variants {
        if v.entry.code / 100 == u16::from(digit) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_docs_carry_meaning_facts_and_citation() {
        let registry = crate::registry::load::canonical().unwrap();
        let e = registry.get(413).unwrap();
        let d = variant(&registry, e);
        assert!(d.contains("- Class: 4xx Client Error"), "{d}");
        assert!(d.starts_with("**413 Content Too Large**: "), "{d}");
        assert!(d.contains(&e.description.trim()[..40]));
        assert!(d.contains("Former names: Request Entity Too Large, Payload Too Large"));
        assert!(d.contains("Header field `Retry-After` (SHOULD, sent by the server"), "{d}");
        assert!(d.contains("[RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14)"));
        let e104 = registry.get(104).unwrap();
        let before = Date { year: 2026, month: 11, day: 13 };
        let d = variant_on(&registry, e104, before);
        assert!(d.contains("temporary (registered 2024-11-13, extended 2025-09-15, expires 2026-11-13)"), "{d}");
        assert!(d.contains("Content: never"));
        assert!(d.contains("(MUST, sent by the server, in the first interim response)"), "{d}");
        assert!(d.contains("- Limit (MUST NOT): no 1xx response goes to an HTTP/1.0 client"), "{d}");
        let after = Date { year: 2026, month: 11, day: 14 };
        let d = variant_on(&registry, e104, after);
        assert!(d.contains("temporary, expired on 2026-11-13 (registered 2024-11-13, extended 2025-09-15)"), "{d}");
        let d = variant(&registry, registry.get(511).unwrap());
        assert!(d.contains("- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6]("), "{d}");
        assert!(d.contains("- First defined: [RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6) (2012), for HTTP/1.1"), "{d}");
        assert!(d.contains("(SHOULD NOT, sent by the intercepting proxy)"), "{d}");
        let d = variant(&registry, registry.get(401).unwrap());
        assert!(d.contains("- Retry (new credentials, MAY): "), "{d}");
        assert_eq!(Date::from_unix_days(20_770), Date { year: 2026, month: 11, day: 13 });
    }
}
