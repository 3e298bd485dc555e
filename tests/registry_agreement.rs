//! The generated enum against its sources: `registry.toml` (read here with an independent
//! parser) and the IANA registry export (`tests/data/iana-http-status-codes.csv`).

use status_core::{Registration, StatusCode, StatusInfo};
use toml::de::{DeTable, DeValue};

const REGISTRY: &str = include_str!("../registry.toml");
const IANA_CSV: &str = include_str!("data/iana-http-status-codes.csv");

fn str_of<'a>(t: &'a DeTable<'_>, key: &str) -> Option<&'a str> {
    t.get(key).and_then(|v| v.get_ref().as_str())
}

#[test]
fn generated_enum_matches_registry_toml_entry_by_entry() {
    let root = DeTable::parse(REGISTRY).unwrap();
    let Some(DeValue::Array(entries)) = root.get_ref().get("status").map(toml::Spanned::get_ref) else {
        panic!("no [[status]]")
    };
    assert_eq!(entries.len(), StatusCode::REGISTRY.len());
    let mut variants = 0;
    for entry in entries {
        let DeValue::Table(t) = entry.get_ref() else { panic!() };
        let code: u16 = t.get("code").unwrap().get_ref().as_integer().unwrap().as_str().parse().unwrap();
        let info: &StatusInfo = StatusCode::lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(info.reason(), str_of(t, "reason").unwrap(), "{code}");
        assert_eq!(info.summary(), str_of(t, "summary").unwrap(), "{code}");
        assert_eq!(info.description(), str_of(t, "description").unwrap().trim(), "{code}");
        assert_eq!(info.citation().spec, str_of(t, "spec").unwrap(), "{code}");
        assert_eq!(info.citation().section, str_of(t, "section"), "{code}");
        assert_eq!(info.citation().url, str_of(t, "url").unwrap(), "{code}");
        let flag = |k| t.get(k).and_then(|v| v.get_ref().as_bool()).unwrap_or(false);
        assert_eq!(info.is_heuristically_cacheable(), flag("cacheable"), "{code}");
        assert_eq!(info.allows_content(), !flag("content_forbidden"), "{code}");
        let former: Vec<&str> = match t.get("former_names").map(toml::Spanned::get_ref) {
            Some(DeValue::Array(a)) => a.iter().map(|v| v.get_ref().as_str().unwrap()).collect(),
            _ => Vec::new(),
        };
        assert_eq!(info.former_names(), former.as_slice(), "{code}");
        let registration = str_of(t, "registration").unwrap();
        assert_eq!(info.registration().to_string().split(' ').next().unwrap(), registration, "{code}");
        match StatusCode::from_u16(code) {
            Some(status) => {
                variants += 1;
                assert_ne!(registration, "unused");
                assert_eq!(status.info(), info);
            }
            None => assert_eq!(registration, "unused", "{code} has no variant"),
        }
    }
    assert_eq!(variants, StatusCode::ALL.len());
}

/// One row of the IANA CSV export: `Value,Description,Reference,Link`, fields maybe quoted.
fn csv_rows() -> Vec<[String; 4]> {
    IANA_CSV
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut fields = Vec::new();
            let (mut field, mut quoted) = (String::new(), false);
            for c in line.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields.push(std::mem::take(&mut field)),
                    c => field.push(c),
                }
            }
            fields.push(field);
            fields.try_into().unwrap_or_else(|f| panic!("bad row {f:?}"))
        })
        .collect()
}

#[test]
fn registry_agrees_with_the_iana_registry() {
    let rows = csv_rows();
    assert_eq!(rows.len(), 64);
    assert_eq!(rows.len(), StatusCode::REGISTRY.len());
    for [value, description, reference, link] in rows {
        let code: u16 = value.parse().unwrap();
        let info = StatusCode::lookup(code).unwrap_or_else(|| panic!("IANA code {code} missing"));
        // IANA annotates some descriptions: "Not Extended (OBSOLETED)", "... (TEMPORARY - registered ...)".
        let (reason, expected) = if let Some(r) = description.strip_suffix(" (OBSOLETED)") {
            (r.to_owned(), "obsoleted")
        } else if let Some((r, _)) = description.split_once(" (TEMPORARY") {
            (r.to_owned(), "temporary")
        } else if description == "(Unused)" {
            (description.clone(), "unused")
        } else {
            (description.clone(), "permanent")
        };
        assert_eq!(info.reason(), reason, "{code}");
        assert_eq!(info.registration().to_string().split(' ').next().unwrap(), expected, "{code}");
        if let Registration::Temporary { registered, extended, expires } = info.registration() {
            assert!(description.contains(&format!("registered {registered}")), "{description}");
            assert!(description.contains(&format!("expires {expires}")), "{description}");
            assert!(description.contains(&format!("extension registered {}", extended.unwrap())), "{description}");
        }
        // "[RFC9110, Section 15.2.1]" or "[RFC2518]" or "[draft-...][...]": the first bracket names our spec.
        let first = reference.trim_start_matches('[').split(']').next().unwrap();
        let (doc, section) = first.split_once(", Section ").map_or((first, None), |(d, s)| (d, Some(s)));
        let doc = doc.replacen("RFC", "RFC ", 1);
        let c = info.citation();
        assert_eq!(c.spec, doc, "{code}");
        if section.is_some() {
            assert_eq!(c.section, section, "{code}");
            assert_eq!(c.url, link, "{code}");
        } else {
            let ours = c.url.split('#').next().unwrap();
            assert!(link.ends_with(ours.rsplit('/').next().unwrap()), "{code}: {} vs {link}", c.url);
        }
    }
}

#[test]
fn classes_in_the_registry_match_status_class() {
    let root = DeTable::parse(REGISTRY).unwrap();
    let Some(DeValue::Array(classes)) = root.get_ref().get("class").map(toml::Spanned::get_ref) else {
        panic!("no [[class]]")
    };
    assert_eq!(classes.len(), 5);
    for (class, entry) in status_core::StatusClass::ALL.iter().zip(classes.iter()) {
        let DeValue::Table(t) = entry.get_ref() else { panic!() };
        assert_eq!(str_of(t, "name"), Some(class.name()));
    }
}
