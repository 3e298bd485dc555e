//! Rustdoc text for generated enums and variants, from registry entries.

use crate::ast::{Enum, Kind};
use crate::registry::model::{Entry, LEVELS, Registration, Registry};
use std::fmt::Write;

/// The doc lines of one variant: what editors show on hover.
pub fn variant(registry: &Registry, entry: &Entry) -> String {
    let mut d = String::new();
    let _ = writeln!(d, "**{} {}**: {}", entry.code, entry.reason, entry.summary);
    let _ = writeln!(d);
    let _ = writeln!(d, "{}", entry.description.trim());
    let _ = writeln!(d);
    if let Some(class) = registry.class_of(entry.code) {
        let _ = writeln!(d, "- Class: {}xx {}", class.digit, class.name);
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
        let _ = writeln!(d, "- Header field `{}` ({}): {}", h.field, LEVELS.word(h.level).to_uppercase(), h.note);
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
        other => crate::registry::model::REGISTRATIONS.word(other.kind()).to_owned(),
    }
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
    let classes: Vec<_> = registry
        .classes
        .iter()
        .filter(|c| item.variants.iter().any(|v| v.entry.code / 100 == u16::from(c.digit)))
        .collect();
    if !classes.is_empty() {
        let _ = writeln!(d, "\n# Classes\n");
        for c in classes {
            let _ = writeln!(d, "- **{}xx {}**: {} ([{}]({}))", c.digit, c.name, c.summary, c.citation, c.citation.url);
        }
    }
    let unused: Vec<_> =
        registry.entries.iter().filter(|e| !e.registration.is_usable()).map(|e| e.code.to_string()).collect();
    if item.is_registry() && !unused.is_empty() {
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
        let registry = crate::registry::load::canonical().unwrap();
        let e = registry.get(413).unwrap();
        let d = variant(&registry, e);
        assert!(d.contains("- Class: 4xx Client Error"), "{d}");
        assert!(d.starts_with("**413 Content Too Large**: "), "{d}");
        assert!(d.contains(&e.description.trim()[..40]));
        assert!(d.contains("Former names: Request Entity Too Large, Payload Too Large"));
        assert!(d.contains("Header field `Retry-After` (SHOULD)"));
        assert!(d.contains("[RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14)"));
        let d = variant(&registry, registry.get(104).unwrap());
        assert!(d.contains("temporary (registered 2024-11-13, extended 2025-09-15, expires 2026-11-13)"), "{d}");
        assert!(d.contains("Content: never"));
    }
}
