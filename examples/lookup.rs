//! Look up HTTP status codes in the registry `status_core` was generated from.
//!
//! ```text
//! cargo run --example lookup -- 404          # the full entry of one code
//! cargo run --example lookup -- teapot       # search reasons, summaries and former names
//! cargo run --example lookup -- 4xx          # every code of a class
//! cargo run --example lookup -- --json 413   # the same, as JSON
//! ```

use status_core::{Registration, StatusClass, StatusCode, StatusInfo};
use std::fmt::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: lookup [--json] <CODE | CLASS | WORD>...
  CODE   a status code, e.g. 404 (any registered code, unused ones too)
  CLASS  a class, e.g. 4xx
  WORD   text to find in reason phrases, summaries and former names, e.g. \"large\"";

fn main() -> ExitCode {
    let mut json = false;
    let mut queries = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => return fail(&format!("unknown option `{flag}`")),
            _ => queries.push(arg),
        }
    }
    if queries.is_empty() {
        return fail("nothing to look up");
    }
    let mut found: Vec<&'static StatusInfo> = Vec::new();
    for query in &queries {
        match search(query) {
            Ok(hits) if hits.is_empty() => return fail(&format!("no status code matches `{query}`")),
            Ok(hits) => found.extend(hits),
            Err(msg) => return fail(&msg),
        }
    }
    if json {
        let items: Vec<String> = found.iter().map(|info| to_json(info)).collect();
        println!("[{}]", items.join(","));
    } else if found.len() == 1 {
        print!("{}", full_entry(found[0]));
    } else {
        for info in found {
            println!("{:<40} {}", info.to_string(), info.summary());
        }
    }
    ExitCode::SUCCESS
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("lookup: {msg}\n{USAGE}");
    ExitCode::from(2)
}

/// Resolves one query: a number, a class like `4xx`, or a word.
fn search(query: &str) -> Result<Vec<&'static StatusInfo>, String> {
    if query.bytes().all(|b| b.is_ascii_digit()) {
        let code: u16 = query.parse().map_err(|_| format!("`{query}` is not a status code (100 to 999)"))?;
        // An unregistered number: the error says so and names its class fallback.
        return StatusCode::lookup(code).map(|info| vec![info]).ok_or_else(|| match StatusCode::try_from(code) {
            Err(err) => err.to_string(),
            Ok(status) => format!("{status} has no registry entry"),
        });
    }
    if let [d @ b'1'..=b'9', b'x' | b'X', b'x' | b'X'] = query.as_bytes() {
        let class =
            StatusClass::of(u16::from(d - b'0') * 100).ok_or_else(|| format!("RFC 9110 defines no class {query}"))?;
        return Ok(StatusCode::REGISTRY.iter().filter(|i| class.contains(i.code())).collect());
    }
    let needle = query.to_lowercase();
    Ok(StatusCode::REGISTRY
        .iter()
        .filter(|i| {
            i.reason().to_lowercase().contains(&needle)
                || i.summary().to_lowercase().contains(&needle)
                || i.former_names().iter().any(|n| n.to_lowercase().contains(&needle))
        })
        .collect())
}

fn full_entry(info: &StatusInfo) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{info}");
    if let Some(class) = StatusClass::of(info.code()) {
        let _ = writeln!(out, "class:         {class}");
    }
    let _ = writeln!(out, "registration:  {}", info.registration());
    let _ = writeln!(out, "defined in:    {} <{}>", info.citation(), info.citation().url);
    if matches!(info.registration(), Registration::Unused) {
        let _ = writeln!(out, "variant:       none (unused codes have no StatusCode variant)");
    } else if let Some(status) = StatusCode::from_u16(info.code()) {
        let _ = writeln!(out, "variant:       StatusCode::{status:?}");
    }
    if !info.former_names().is_empty() {
        let _ = writeln!(out, "former names:  {}", info.former_names().join(", "));
    }
    let _ = writeln!(
        out,
        "cacheable:     {}",
        if info.is_heuristically_cacheable() {
            "heuristically (RFC 9110, Section 15.1)"
        } else {
            "only with explicit freshness"
        }
    );
    let _ = writeln!(out, "content:       {}", if info.allows_content() { "allowed" } else { "never" });
    for rule in info.header_rules() {
        let _ = writeln!(out, "header field:  {} ({}): {}", rule.field, rule.level, rule.note);
    }
    for link in info.see_also() {
        let _ = writeln!(out, "see also:      {} <{}>", link.title, link.url);
    }
    let _ = writeln!(out, "\n{}\n\n{}", info.summary(), info.description());
    out
}

fn to_json(info: &StatusInfo) -> String {
    let s = |text: &str| {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if u32::from(c) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let list = |items: Vec<String>| format!("[{}]", items.join(","));
    let c = info.citation();
    format!(
        "{{\"code\":{},\"reason\":{},\"class\":{},\"registration\":{},\"spec\":{},\"section\":{},\"url\":{},\"summary\":{},\"description\":{},\"former_names\":{},\"heuristically_cacheable\":{},\"allows_content\":{},\"headers\":{}}}",
        info.code(),
        s(info.reason()),
        StatusClass::of(info.code()).map_or("null".into(), |k| s(k.name())),
        s(&info.registration().to_string()),
        s(c.spec),
        c.section.map_or("null".into(), s),
        s(c.url),
        s(info.summary()),
        s(info.description()),
        list(info.former_names().iter().map(|n| s(n)).collect()),
        info.is_heuristically_cacheable(),
        info.allows_content(),
        list(
            info.header_rules()
                .iter()
                .map(|h| format!(
                    "{{\"field\":{},\"level\":{},\"note\":{}}}",
                    s(h.field),
                    s(&h.level.to_string()),
                    s(h.note)
                ))
                .collect()
        ),
    )
}
