//! Rustdoc text for generated enums and variants, from registry entries.

use crate::model::{Entry, Registration, Registry};
use std::fmt::Write;

/// The doc lines of one variant: what editors show on hover.
pub fn variant(entry: &Entry, class: &str) -> String {
    let mut d = String::new();
    let _ = writeln!(d, "**{} {}**: {}", entry.code, entry.reason, entry.summary);
    let _ = writeln!(d);
    let _ = writeln!(d, "{}", entry.description.trim());
    let _ = writeln!(d);
    if !class.is_empty() {
        let _ = writeln!(d, "- Class: {class}");
    }
    let _ = writeln!(d, "- Registration: {}", registration(entry.registration));
    let _ = writeln!(
        d,
        "- Heuristically cacheable: {}",
        if entry.cacheable {
            "yes (a cache may reuse it without explicit freshness, RFC 9110, Section 15.1)"
        } else {
            "no"
        }
    );
    if entry.content_forbidden {
        let _ = writeln!(d, "- Content: never (the response ends after its header section)");
    }
    for h in &entry.headers {
        let _ = writeln!(d, "- Header field `{}` ({}): {}", h.field, h.level.word().to_uppercase(), h.note);
    }
    if !entry.former_names.is_empty() {
        let _ = writeln!(d, "- Former names: {}", entry.former_names.join(", "));
    }
    if let Some(used_by) = &entry.used_by {
        let _ = writeln!(d, "- Used by: {used_by}");
    }
    let _ = writeln!(d);
    let _ = write!(d, "Specification: [{}]({})", entry.citation, entry.citation.url);
    for link in &entry.see_also {
        let _ = write!(d, "; see also [{}]({})", link.title, link.url);
    }
    d
}

fn registration(r: Registration) -> String {
    match r {
        Registration::Temporary { registered, extended, expires } => {
            let ext = extended.map_or_else(String::new, |e| format!(", extended {e}"));
            format!("temporary (registered {registered}{ext}, expires {expires})")
        }
        Registration::Obsoleted => "obsoleted: do not use it in new designs".to_owned(),
        Registration::Unofficial => "unofficial: not in the IANA registry".to_owned(),
        other => other.word().to_owned(),
    }
}

/// The table of codes in an enum's docs. `rows` are (code, reason, variant name).
pub fn table(registry: &Registry, rows: &[(&Entry, String)], origin: &str) -> String {
    let mut d = String::new();
    let _ = writeln!(d, "{origin}");
    let _ = writeln!(d);
    let _ = writeln!(d, "| Code | Reason phrase | Variant | Specification |");
    let _ = writeln!(d, "|-----:|---------------|---------|---------------|");
    for (entry, variant) in rows {
        let _ = writeln!(
            d,
            "| {} | {} | [`{variant}`](Self::{variant}) | [{}]({}) |",
            entry.code, entry.reason, entry.citation, entry.citation.url
        );
    }
    if !registry.classes.is_empty() {
        let _ = writeln!(d, "\n# Classes\n");
        for c in &registry.classes {
            let _ = writeln!(d, "- **{}xx {}**: {} ([{}]({}))", c.digit, c.name, c.summary, c.citation, c.citation.url);
        }
    }
    let unused: Vec<_> =
        registry.entries.iter().filter(|e| !e.registration.is_usable()).map(|e| e.code.to_string()).collect();
    if !unused.is_empty() && rows.len() + unused.len() == registry.entries.len() {
        let _ = writeln!(d);
        let _ = writeln!(d, "Registered as unused, so without a variant: {}.", unused.join(", "));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_docs_carry_meaning_facts_and_citation() {
        let registry = crate::parse::parse(crate::CANONICAL).unwrap();
        let e = registry.get(413).unwrap();
        let d = variant(e, "4xx Client Error");
        assert!(d.starts_with("**413 Content Too Large**: "), "{d}");
        assert!(d.contains(&e.description.trim()[..40]));
        assert!(d.contains("Former names: Request Entity Too Large, Payload Too Large"));
        assert!(d.contains("Header field `Retry-After` (SHOULD)"));
        assert!(d.contains("[RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14)"));
        let d = variant(registry.get(104).unwrap(), "");
        assert!(d.contains("temporary (registered 2024-11-13, extended 2025-09-15, expires 2026-11-13)"), "{d}");
        assert!(d.contains("Content: never"));
    }
}
