//! Registry TOML text to [`Registry`], reporting every problem with its line and column.
//!
//! Uses toml's parse-only tables (with spans) instead of serde: fewer crates to build and exact
//! positions for every key and value.

use super::fields::{Item, Reader};
use super::model::{Citation, Class, Entry, Link, Pos, REGISTRATIONS, Registration, RegistrationKind, Registry};
use crate::diag::{Ctxt, Diag, LineIndex};
use crate::text::{self, insert_sorted};
use toml::de::{DeTable, DeValue};

const TOP_KEYS: &[&str] = &["registry", "class", "field", "status"];
const REGISTRY_KEYS: &[&str] = &["name", "source", "updated"];
const CLASS_KEYS: &[&str] = &["digit", "name", "summary", "spec", "section", "url"];
const STATUS_KEYS: &[&str] = &[
    "code",
    "reason",
    "variant",
    "registration",
    "registered",
    "extended",
    "expires",
    "spec",
    "section",
    "url",
    "summary",
    "description",
    "former_names",
    "content",
    "cache",
    "headers",
    "retry",
    "sender",
    "history",
    "limits",
    "request",
    "used_by",
    "see_also",
];
const LINK_KEYS: &[&str] = &["title", "url"];

/// Parses registry text. On failure returns every problem found, sorted by position.
pub fn parse(src: &str) -> Result<Registry, Vec<Diag>> {
    let idx = LineIndex::new(src);
    let (root, errors) = DeTable::parse_recoverable(src);
    if !errors.is_empty() {
        return Err(crate::diag::syntax_errors(&idx, &errors));
    }
    let mut r = Reader { idx: &idx, cx: Ctxt::new(), typo_for: Vec::new() };
    let registry = r.registry(root.get_ref());
    // Cross-entry rules only make sense once every entry could be read.
    if !r.cx.has_errors() {
        super::valid::check(&registry, &r.cx);
    }
    match r.cx.finish() {
        Ok(()) => Ok(registry),
        Err(diags) => {
            let mut sorted = Vec::with_capacity(diags.len());
            for d in diags {
                insert_sorted(&mut sorted, d, |d| d.pos);
            }
            Err(sorted)
        }
    }
}

impl Reader<'_> {
    fn registry(&mut self, root: &DeTable<'_>) -> Registry {
        self.unknown_keys(root, TOP_KEYS, "at the top level of the registry");
        let mut registry = Registry::default();
        if let Some(meta) = root.get("registry") {
            if let Some(t) = self.table(meta, "`registry`") {
                self.unknown_keys(t, REGISTRY_KEYS, "in `[registry]`");
                registry.name = self.opt_str(t, "name", "`[registry]`", false);
                self.opt_str(t, "source", "`[registry]`", false);
                self.opt_date(t, "updated", "`[registry]`");
            }
        }
        for item in self.array_of_tables(root, "class") {
            if let Some(class) = self.class(item) {
                registry.classes.push(class);
            }
        }
        for item in self.array_of_tables(root, "field") {
            if let Some(field) = self.field(item) {
                registry.fields.push(field);
            }
        }
        for item in self.array_of_tables(root, "status") {
            if let Some(entry) = self.status(item) {
                insert_sorted(&mut registry.entries, entry, |e| e.code);
            }
        }
        registry
    }

    fn array_of_tables<'t, 'i>(&mut self, root: &'t DeTable<'i>, key: &str) -> &'t [Item<'i>] {
        let Some(value) = root.get(key) else { return &[] };
        match value.get_ref() {
            DeValue::Array(items) => items,
            other => {
                let found = other.type_str();
                self.err(
                    self.pos(value),
                    format!("`{key}` must be an array of tables, found {found}"),
                    format!("write each entry as a `[[{key}]]` table"),
                );
                &[]
            }
        }
    }

    fn class(&mut self, item: &Item<'_>) -> Option<Class> {
        let t = self.table(item, "each `[[class]]` entry")?;
        self.unknown_keys(t, CLASS_KEYS, "in a `[[class]]` entry");
        let what = "`[[class]]` entry";
        let at = self.pos(item);
        let digit = match self.int(t, "digit", what, at) {
            Some((d @ 1..=5, _)) => u8::try_from(d).ok(),
            Some((d, pos)) => {
                self.err(pos, format!("class digit {d} is not 1 to 5"), "RFC 9110 defines five classes, 1xx to 5xx");
                None
            }
            None => None,
        };
        let name = self.req_str(t, "name", what, at);
        let summary = self.req_str(t, "summary", what, at);
        let citation = self.citation(t, what, at);
        Some(Class { digit: digit?, name: name?, summary: summary?, citation: citation?, pos: at })
    }

    fn status(&mut self, item: &Item<'_>) -> Option<Entry> {
        let t = self.table(item, "each `[[status]]` entry")?;
        let at = self.pos(item);
        // Name the entry by its code in messages, when the code is readable at all.
        let peek = match t.get("code") {
            Some(v) => v.get_ref().as_integer(),
            None => None,
        };
        let what = match peek {
            Some(i) => match i.as_str().parse::<u16>() {
                Ok(c) => format!("entry for {c}"),
                Err(_) => "`[[status]]` entry".to_owned(),
            },
            None => "`[[status]]` entry".to_owned(),
        };
        self.unknown_keys(t, STATUS_KEYS, &format!("in the {what}"));
        let code = match self.int(t, "code", "`[[status]]` entry", at) {
            Some((c @ 100..=999, _)) => u16::try_from(c).ok(),
            Some((c, pos)) => {
                self.err(
                    pos,
                    format!("status code {c} is outside 100..=999"),
                    "HTTP status codes are three-digit numbers from 100 to 999 (RFC 9110, Section 15)",
                );
                None
            }
            None => None,
        };
        let reason = self.req_str(t, "reason", &what, at);
        let registration = self.registration(t, &what, at);
        let citation = self.citation(t, &what, at);
        let summary = self.req_str(t, "summary", &what, at);
        let description = self.req_text(t, "description", &what, at);
        let former_names = self.str_array(t, "former_names", &what);
        let used_by = self.opt_str(t, "used_by", &what, false);
        let see_also = self.links(t, &what);
        let explicit_variant = match t.get("variant") {
            Some(v) => Some((self.str_value(v, "variant", &what), self.pos(v))),
            None => None,
        };
        // Last: the facts' own tables reset the typo memory of `unknown_keys`.
        let facts = self.facts(t, &what, citation.as_ref());

        let (code, reason, registration) = (code?, reason?, registration?);
        // The line that gives the variant its name: `variant`, or else `reason`.
        let variant_pos = match &explicit_variant {
            Some((_, pos)) => *pos,
            None => self.pos_of(t, "reason", at),
        };
        let variant = self.variant_name(t, explicit_variant, code, &reason, registration, at)?;
        Some(Entry {
            code,
            reason,
            variant,
            registration,
            citation: citation?,
            summary: summary?,
            description: description?,
            former_names,
            facts,
            used_by,
            see_also,
            pos: at,
            variant_pos,
        })
    }

    /// The variant name: the explicit `variant`, or the reason phrase in `UpperCamelCase`
    /// (none for unused codes).
    fn variant_name(
        &mut self,
        t: &DeTable<'_>,
        explicit_variant: Option<(Option<String>, Pos)>,
        code: u16,
        reason: &str,
        registration: Registration,
        at: Pos,
    ) -> Option<String> {
        Some(match explicit_variant {
            Some((Some(name), pos)) => match text::check_explicit(&name) {
                Ok(()) => name,
                Err(why) => {
                    self.err(
                        pos,
                        format!("`variant = \"{name}\"` is not usable: {why}"),
                        "give an UpperCamelCase Rust identifier such as \"NotFound\"",
                    );
                    return None;
                }
            },
            Some((None, _)) => return None,
            None if !registration.is_usable() => String::new(),
            None => match text::from_reason(reason) {
                Ok(name) => name,
                Err(why) => {
                    self.err(
                        self.pos_of(t, "reason", at),
                        format!("reason phrase \"{reason}\" of {code} makes no Rust identifier: {why}"),
                        format!("add `variant = \"...\"` to the entry for {code} to name its enum variant"),
                    );
                    return None;
                }
            },
        })
    }

    fn registration(&mut self, t: &DeTable<'_>, what: &str, at: Pos) -> Option<Registration> {
        let value = self.required(t, "registration", what, at)?;
        let kind = self.word(value, "registration", what, &REGISTRATIONS)?;
        let word = REGISTRATIONS.word(kind);
        let registration = match kind {
            RegistrationKind::Permanent => Registration::Permanent,
            RegistrationKind::Obsoleted => Registration::Obsoleted,
            RegistrationKind::Unused => Registration::Unused,
            RegistrationKind::Unofficial => Registration::Unofficial,
            RegistrationKind::Temporary => match (
                self.opt_date(t, "registered", what),
                self.opt_date(t, "extended", what),
                self.opt_date(t, "expires", what),
            ) {
                (Some(registered), extended, Some(expires)) => {
                    Registration::Temporary { registered, extended, expires }
                }
                (registered, _, _) => {
                    let missing = if registered.is_none() { "registered" } else { "expires" };
                    self.err(
                        self.pos(value),
                        format!("temporary {what} has no `{missing}` date"),
                        format!("add `{missing} = YYYY-MM-DD` (temporary registrations have a registration and an expiry date)"),
                    );
                    return None;
                }
            },
        };
        if !matches!(registration, Registration::Temporary { .. }) {
            for &key in &["registered", "extended", "expires"] {
                if let Some(v) = t.get(key) {
                    self.err(
                        self.pos(v),
                        format!("`{key}` is only meaningful for temporary registrations, but the {what} is {word}"),
                        format!("remove `{key}`, or set `registration = \"temporary\"`"),
                    );
                }
            }
        }
        Some(registration)
    }

    fn citation(&mut self, t: &DeTable<'_>, what: &str, at: Pos) -> Option<Citation> {
        let spec = self.req_str(t, "spec", what, at);
        let section = self.opt_str(t, "section", what, false);
        let url = self.url(t, "url", what, at);
        Some(Citation { spec: spec?, section, url: url? })
    }

    fn links(&mut self, t: &DeTable<'_>, what: &str) -> Vec<Link> {
        let mut out = Vec::new();
        for item in self.array(t, "see_also", what) {
            let Some(l) = self.table(item, "each element of `see_also`") else { continue };
            let at = self.pos(item);
            let inner = format!("`see_also` link of the {what}");
            self.unknown_keys(l, LINK_KEYS, &format!("in a {inner}"));
            let title = self.req_str(l, "title", &inner, at);
            let url = self.url(l, "url", &inner, at);
            if let (Some(title), Some(url)) = (title, url) {
                out.push(Link { title, url });
            }
        }
        out
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const MINIMAL: &str = r#"
[[status]]
code = 404
reason = "Not Found"
registration = "permanent"
spec = "RFC 9110"
section = "15.5.5"
url = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"
summary = "Nothing here."
description = "Nothing at all."
cache = { kind = "heuristic", spec = "RFC 9110", section = "15.1" }
"#;

    pub(crate) fn errors(src: &str) -> Vec<String> {
        parse(src).expect_err("expected errors").iter().map(|d| d.render("t.toml")).collect()
    }

    #[test]
    fn minimal_entry_parses() {
        let r = parse(MINIMAL).unwrap();
        assert_eq!(r.entries.len(), 1);
        let e = &r.entries[0];
        assert_eq!((e.code, e.reason.as_str(), e.variant.as_str()), (404, "Not Found", "NotFound"));
        assert!(e.facts.cache.is_some() && e.facts.content == crate::model::Content::Allowed);
        assert_eq!(
            e.facts.cache.as_ref().unwrap().citation.url,
            "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1"
        );
        assert_eq!(e.citation.to_string(), "RFC 9110, Section 15.5.5");
        assert_eq!(e.pos.line, 2);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let errs = errors("[[status]]\ncode = = 4\n");
        assert!(errs[0].starts_with("t.toml:2:"), "{errs:?}");
        assert!(errs[0].contains("TOML syntax error"), "{errs:?}");
    }

    #[test]
    fn unknown_keys_suggest_the_right_one() {
        let src = MINIMAL.replace("summary =", "sumary =");
        let errs = errors(&src);
        assert!(
            errs.iter().any(|e| e.contains("unknown key `sumary`") && e.contains("did you mean `summary`?")),
            "{errs:?}"
        );
        assert!(!errs.iter().any(|e| e.contains("missing the required key `summary`")), "reported once: {errs:?}");
        let errs = errors(&MINIMAL.replace("summary =", "zzz ="));
        assert!(errs.iter().any(|e| e.contains("missing the required key `summary`")), "{errs:?}");
    }

    #[test]
    fn wrong_types_and_ranges_are_reported_together() {
        let src = MINIMAL
            .replace("code = 404", "code = 1000")
            .replace("description =", "former_names = \"yes\"\ndescription =");
        let errs = errors(&src);
        assert!(errs.iter().any(|e| e.contains("t.toml:3:8: status code 1000 is outside 100..=999")), "{errs:?}");
        assert!(
            errs.iter().any(|e| e.contains("`former_names` of the entry for 1000 must be an array, found string")),
            "{errs:?}"
        );
        let errs = errors(&MINIMAL.replace("code = 404", "code = 404.0"));
        assert!(errs.iter().any(|e| e.contains("must be an integer, found float")), "{errs:?}");
    }

    #[test]
    fn temporary_needs_dates() {
        let src = MINIMAL.replace("\"permanent\"", "\"temporary\"\nregistered = 2024-11-13");
        let errs = errors(&src);
        assert!(errs.iter().any(|e| e.contains("has no `expires` date")), "{errs:?}");
        let ok = MINIMAL.replace("\"permanent\"", "\"temporary\"\nregistered = 2024-11-13\nexpires = 2026-11-13");
        let r = parse(&ok).unwrap();
        assert!(matches!(
            r.entries[0].registration,
            Registration::Temporary { expires: crate::model::Date { year: 2026, .. }, .. }
        ));
    }

    #[test]
    fn control_characters_and_bad_reasons_are_refused() {
        let errs = errors(&MINIMAL.replace("Not Found", "Not\\u0007Found"));
        assert!(errs.iter().any(|e| e.contains("control character")), "{errs:?}");
        let errs = errors(&MINIMAL.replace("Not Found", "404"));
        assert!(errs.iter().any(|e| e.contains("makes no Rust identifier") && e.contains("variant = ")), "{errs:?}");
        let fixed = MINIMAL.replace("Not Found", "404").replace("summary", "variant = \"FourOhFour\"\nsummary");
        assert_eq!(parse(&fixed).unwrap().entries[0].variant, "FourOhFour");
    }
}
