//! The generated enum against its sources: `registry.toml` (read here with an independent
//! parser) and the IANA registry export (`tests/data/iana-http-status-codes.csv`).

use status_core::{
    CacheKind, Citation, Condition, Content, HttpVersion, Registration, Requirement, StatusCode, StatusInfo,
};
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
        facts_agree(code, t, info);
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

fn table<'a, 'i>(t: &'a DeTable<'i>, key: &str) -> Option<&'a DeTable<'i>> {
    match t.get(key).map(toml::Spanned::get_ref) {
        Some(DeValue::Table(inner)) => Some(inner),
        _ => None,
    }
}

fn tables<'a, 'i>(t: &'a DeTable<'i>, key: &str) -> Vec<&'a DeTable<'i>> {
    match t.get(key).map(toml::Spanned::get_ref) {
        Some(DeValue::Array(items)) => {
            items.iter().map(|i| if let DeValue::Table(x) = i.get_ref() { x } else { panic!("{key}") }).collect()
        }
        _ => Vec::new(),
    }
}

fn strs<'a>(t: &'a DeTable<'_>, key: &str) -> Vec<&'a str> {
    match t.get(key).map(toml::Spanned::get_ref) {
        Some(DeValue::Array(a)) => a.iter().map(|v| v.get_ref().as_str().unwrap()).collect(),
        _ => Vec::new(),
    }
}

fn int(t: &DeTable<'_>, key: &str) -> Option<u16> {
    t.get(key).and_then(|v| v.get_ref().as_integer()).map(|i| i.as_str().parse().unwrap())
}

/// The file's level word as the runtime's keyword (`"must-not"` is `MUST NOT`).
fn level(t: &DeTable<'_>) -> Option<String> {
    str_of(t, "level").map(|w| w.replace('-', " ").to_uppercase())
}

fn shown(level: Option<Requirement>) -> Option<String> {
    level.map(|l| l.to_string())
}

/// A fact's citation: the same document and section; the URL given, or one that points there.
fn cited(code: u16, t: &DeTable<'_>, c: Citation) {
    assert_eq!(c.spec, str_of(t, "spec").unwrap(), "{code}");
    assert_eq!(c.section, str_of(t, "section"), "{code}");
    match str_of(t, "url") {
        Some(url) => assert_eq!(c.url, url, "{code}"),
        None => assert!(c.url.starts_with("https://"), "{code}: {}", c.url),
    }
    if let (Some(n), Some(section)) = (c.spec.strip_prefix("RFC "), c.section) {
        assert!(c.url.ends_with(&format!("rfc{n}.html#section-{section}")), "{code}: {}", c.url);
    }
}

/// Every fact beyond the meaning: content and cache here, then headers, retry, sender, history,
/// limits and request.
fn facts_agree(code: u16, t: &DeTable<'_>, info: &StatusInfo) {
    let content = match str_of(t, "content") {
        None => Content::Allowed,
        Some("framing") => Content::NoneByFraming,
        Some("must-not-generate") => Content::MustNotGenerate,
        Some(other) => panic!("{code}: content {other}"),
    };
    assert_eq!(info.content(), content, "{code}");
    assert_eq!(info.allows_content(), content == Content::Allowed, "{code}");
    match (table(t, "cache"), info.caching()) {
        (None, None) => {}
        (Some(c), Some(caching)) => {
            let kind = match str_of(c, "kind").unwrap() {
                "heuristic" => CacheKind::Heuristic,
                "never-stored" => CacheKind::NeverStored,
                other => panic!("{code}: cache kind {other}"),
            };
            assert_eq!(caching.kind, kind, "{code}");
            assert_eq!(shown(caching.level), level(c), "{code}");
            cited(code, c, caching.citation);
        }
        other => panic!("{code}: cache {other:?}"),
    }
    assert_eq!(info.is_heuristically_cacheable(), info.caching().is_some_and(|c| c.kind == CacheKind::Heuristic));
    headers_agree(code, t, info);
    retry_sender_history_agree(code, t, info);
    limits_and_request_agree(code, t, info);
}

fn headers_agree(code: u16, t: &DeTable<'_>, info: &StatusInfo) {
    let headers = tables(t, "headers");
    assert_eq!(info.header_rules().len(), headers.len(), "{code}");
    for (h, rule) in headers.iter().zip(info.header_rules()) {
        assert_eq!(rule.field, str_of(h, "field").unwrap(), "{code}");
        assert_eq!(rule.level.map(|l| l.to_string()), level(h), "{code}");
        assert_eq!(rule.note, str_of(h, "note").unwrap(), "{code}");
        assert_eq!(rule.by, str_of(h, "by"), "{code}");
        let when = h.get("when").map(|w| condition_text(w.get_ref()));
        assert_eq!(rule.when.map(runtime_condition_text), when, "{code}");
        assert_eq!(rule.token, str_of(h, "token"), "{code}");
        assert_eq!(rule.echoes, str_of(h, "echoes"), "{code}");
        assert_eq!(rule.form.map(|f| f.word()), str_of(h, "form"), "{code}");
        match rule.citation {
            Some(c) => cited(code, h, c),
            None => assert!(str_of(h, "spec").is_none(), "{code}"),
        }
    }
}

fn retry_sender_history_agree(code: u16, t: &DeTable<'_>, info: &StatusInfo) {
    match (table(t, "retry"), info.retry()) {
        (None, None) => {}
        (Some(r), Some(retry)) => {
            assert_eq!(format!("{:?}", retry.kind), pascal(str_of(r, "kind").unwrap()), "{code}");
            assert_eq!(shown(retry.level), level(r), "{code}");
            assert_eq!(retry.note, str_of(r, "note").unwrap(), "{code}");
            cited(code, r, retry.citation);
        }
        other => panic!("{code}: retry {other:?}"),
    }
    match (table(t, "sender"), info.sender()) {
        (None, None) => {}
        (Some(s), Some(sender)) => {
            assert_eq!(format!("{:?}", sender.who), pascal(str_of(s, "who").unwrap()), "{code}");
            assert_eq!(shown(sender.level), level(s), "{code}");
            assert_eq!(sender.note, str_of(s, "note").unwrap(), "{code}");
            cited(code, s, sender.citation);
        }
        other => panic!("{code}: sender {other:?}"),
    }
    match (table(t, "history"), info.history()) {
        (None, None) => {}
        (Some(h), Some(history)) => {
            let http = str_of(h, "http").map(|v| match v {
                "1.0" => HttpVersion::Http1_0,
                "1.1" => HttpVersion::Http1_1,
                "2" => HttpVersion::Http2,
                "any" => HttpVersion::Any,
                other => panic!("{code}: http {other}"),
            });
            assert_eq!(history.http, http, "{code}");
            assert_eq!(Some(history.year), int(h, "year"), "{code}");
            cited(code, h, history.citation);
        }
        other => panic!("{code}: history {other:?}"),
    }
}

fn limits_and_request_agree(code: u16, t: &DeTable<'_>, info: &StatusInfo) {
    let limits = tables(t, "limits");
    assert_eq!(info.limits().len(), limits.len(), "{code}");
    for (l, limit) in limits.iter().zip(info.limits()) {
        assert_eq!(shown(limit.level), level(l), "{code}");
        assert_eq!(limit.note, str_of(l, "note").unwrap(), "{code}");
        cited(code, l, limit.citation);
    }
    match (table(t, "request"), info.request()) {
        (None, None) => {}
        (Some(r), Some(request)) => {
            assert_eq!(request.methods, strs(r, "methods").as_slice(), "{code}");
            assert_eq!(request.headers, strs(r, "headers").as_slice(), "{code}");
            assert_eq!(request.note, str_of(r, "note").unwrap(), "{code}");
            match request.citation {
                Some(c) => cited(code, r, c),
                None => assert!(str_of(r, "spec").is_none(), "{code}"),
            }
        }
        other => panic!("{code}: request {other:?}"),
    }
}

/// `"gateway or proxy"` and `"new-credentials"` as the variant names `GatewayOrProxy`, `NewCredentials`.
/// A condition of the file as one comparable string: words in `PascalCase`, tables as
/// `key=value,...`, arrays in brackets.
fn condition_text(when: &DeValue<'_>) -> String {
    match when {
        DeValue::String(word) => pascal(word),
        DeValue::Array(all) => {
            format!("[{}]", all.iter().map(|c| condition_text(c.get_ref())).collect::<Vec<_>>().join(";"))
        }
        DeValue::Table(t) => {
            let (key, value) = t.iter().next().unwrap();
            let value = match value.get_ref() {
                DeValue::Array(items) => {
                    items.iter().map(|i| i.get_ref().as_str().unwrap().to_owned()).collect::<Vec<_>>().join(",")
                }
                DeValue::Integer(i) => i.as_str().to_owned(),
                other => other.as_str().unwrap().to_owned(),
            };
            format!("{}={value}", key.get_ref())
        }
        other => panic!("when {other:?}"),
    }
}

/// The generated condition in the form of [`condition_text`].
fn runtime_condition_text(c: Condition) -> String {
    match c {
        Condition::Methods(m) => format!("methods={}", m.join(",")),
        Condition::RequestHeaders(f) => format!("request_headers={}", f.join(",")),
        Condition::WithField(f) => format!("with_field={f}"),
        Condition::AsWith(code) => format!("as_with={code}"),
        Condition::All(all) => {
            format!("[{}]", all.iter().map(|c| runtime_condition_text(*c)).collect::<Vec<_>>().join(";"))
        }
        word => format!("{word:?}"),
    }
}

fn pascal(word: &str) -> String {
    word.split([' ', '-']).map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

#[test]
fn temporary_registrations_expire() {
    let info = StatusCode::lookup(104).unwrap();
    let expires = status_core::Date { year: 2026, month: 11, day: 13 };
    assert!(!info.registration().is_expired_on(expires));
    assert!(info.registration().is_expired_on(status_core::Date { year: 2026, month: 11, day: 14 }));
    assert!(!StatusCode::Ok.registration().is_expired_on(status_core::Date::today()));
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

#[test]
fn fields_in_the_registry_match_field_grammars() {
    let root = DeTable::parse(REGISTRY).unwrap();
    let Some(DeValue::Array(fields)) = root.get_ref().get("field").map(toml::Spanned::get_ref) else {
        panic!("no [[field]]")
    };
    assert_eq!(fields.len(), StatusCode::FIELDS.len());
    for (entry, field) in fields.iter().zip(StatusCode::FIELDS) {
        let DeValue::Table(t) = entry.get_ref() else { panic!() };
        assert_eq!(field.field, str_of(t, "name").unwrap());
        assert_eq!(field.grammar.word(), str_of(t, "grammar").unwrap(), "{}", field.field);
        assert_eq!(field.citation.spec, str_of(t, "spec").unwrap(), "{}", field.field);
        assert_eq!(field.citation.section, str_of(t, "section"), "{}", field.field);
    }
}
