//! The `lookup` tool (package `status-lookup`), run as a user runs it: output, error lines and exit codes
//! (0 found, 1 nothing found, 2 usage error), and the `--json` shape of docs/lookup-json.md.

use std::path::PathBuf;
use std::process::{Command, Output};

fn lookup(args: &[&str]) -> Output {
    // Build the tool (a no-op when `cargo test` already did), then run its binary.
    let cargo = env!("CARGO");
    let status = Command::new(cargo)
        .args(["build", "-q", "--bin", "lookup", "-p", "status-lookup"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let exe = std::env::current_exe().unwrap();
    let profile_dir: PathBuf = exe.ancestors().nth(2).unwrap().to_path_buf(); // target/<profile>
    Command::new(profile_dir.join("lookup")).args(args).output().unwrap()
}

/// Runs a lookup that must succeed (exit 0, nothing on stderr); returns stdout.
fn ok(args: &[&str]) -> String {
    let out = lookup(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a lookup that must exit with `code` and print exactly one line on stderr; returns it.
fn fails(args: &[&str], code: i32) -> String {
    let out = lookup(args);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: one line on stderr, got: {err}");
    assert!(err.starts_with("lookup: ") && err.contains("try"), "{args:?}: says what to try: {err}");
    assert!(!err.contains("usage:"), "{args:?}: no usage text for an error: {err}");
    err
}

fn json(args: &[&str]) -> Vec<serde_json::Value> {
    let out = ok(args);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"));
    value.as_array().unwrap_or_else(|| panic!("{args:?}: not an array: {out}")).clone()
}

#[test]
fn a_number_prints_the_full_entry() {
    let out = ok(&["404"]);
    assert!(out.starts_with("404 Not Found\n"), "{out}");
    assert!(out.contains("RFC 9110, Section 15.5.5 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5>"));
    assert!(out.contains("variant:       StatusCode::NotFound"));
    assert!(out.contains("heuristically"));
    assert!(!out.contains("unofficial"), "{out}");
}

#[test]
fn an_unofficial_code_follows_the_rfc_9110_fallback_line() {
    let out = ok(&["499"]);
    let mut lines = out.lines();
    let fallback = lines.next().unwrap();
    assert!(fallback.starts_with("499 is not registered with IANA"), "{out}");
    assert!(fallback.contains("400 Bad Request") && fallback.contains("RFC 9110, Section 15"), "{out}");
    let entry = out.find("499 Client Closed Request (unofficial)").expect("the unofficial entry");
    assert!(entry > out.find("400 Bad Request").unwrap(), "after the fallback line: {out}");
    assert!(out.contains("used by:       nginx"), "{out}");
    assert!(out.contains("defined in:    nginx source"), "{out}");
    assert!(out.contains("status_core::unofficial::Status::ClientClosedRequest"), "{out}");

    for (code, fallback, sender) in
        [("444", "400 Bad Request", "nginx"), ("520", "500 Internal Server Error", "Cloudflare")]
    {
        let out = ok(&[code]);
        assert!(out.lines().next().unwrap().contains(fallback), "{out}");
        assert!(out.contains("(unofficial)") && out.contains(&format!("used by:       {sender}")), "{out}");
    }

    // 418 is registered (as unused) and also known unofficially: both, IANA first.
    let out = ok(&["418"]);
    assert!(out.starts_with("418 (Unused)\n") && out.contains("registration:  unused"), "{out}");
    assert!(out.contains("no StatusCode variant") && out.contains("418 I'm a teapot (unofficial)"), "{out}");
}

#[test]
fn words_search_reasons_summaries_former_names_and_senders() {
    let out = ok(&["payload"]);
    assert!(out.contains("413 Content Too Large"), "former name Payload Too Large: {out}");
    let out = ok(&["teapot"]);
    assert!(out.contains("418 (Unused)") && out.contains("418 I'm a teapot (unofficial)"), "{out}");
    let out = ok(&["large"]);
    assert!(out.lines().count() >= 3, "{out}");
    let out = ok(&["cloudflare"]);
    assert!(out.lines().all(|l| l.contains("(unofficial)")) && out.contains("520 "), "{out}");
}

#[test]
fn a_class_starts_with_its_meaning_then_lists_its_codes() {
    let out = ok(&["5xx"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "5xx Server Error: The request looked valid, but the server failed to carry it out, or knows it cannot."
    );
    assert_eq!(
        lines.next().unwrap(),
        "defined in: RFC 9110, Section 15.6 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6>"
    );
    assert_eq!(lines.next().unwrap(), "");
    let iana: Vec<&str> = lines.by_ref().take_while(|l| !l.is_empty()).map(|l| &l[..3]).collect();
    assert_eq!(iana, ["500", "501", "502", "503", "504", "505", "506", "507", "508", "510", "511"]);
    assert_eq!(lines.next().unwrap(), "unofficial (not registered with IANA):");
    assert!(lines.all(|l| l.contains("(unofficial)") && l.starts_with('5')), "{out}");
}

#[test]
fn class_names_are_classes() {
    let by_digit = ok(&["4xx"]);
    for name in ["client error", "Client Error", "client-error", "CLIENTERROR"] {
        assert_eq!(ok(&[name]), by_digit, "{name}");
    }
    let out = ok(&["informational"]);
    assert!(out.starts_with("1xx Informational: An interim response"), "{out}");
    assert!(out.contains("\n100 Continue ") && out.contains("\n103 Early Hints "), "{out}");
}

#[test]
fn nothing_found_is_one_line_and_exit_1() {
    let err = fails(&["299"], 1);
    assert!(err.contains("299") && err.contains("200 OK") && err.contains("`lookup 2xx`"), "{err}");
    let err = fails(&["999"], 1);
    assert!(err.contains("500 Internal Server Error"), "{err}");
    assert!(fails(&["zzzz"], 1).contains("no status code matches `zzzz`"));

    // What was found is still printed.
    let out = lookup(&["404", "zzzz"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("404 Not Found\n"));
}

#[test]
fn usage_errors_are_one_line_and_exit_2() {
    assert!(fails(&["--bogus", "404"], 2).contains("unknown option `--bogus`"));
    assert!(fails(&["70000"], 2).contains("not a status code"));
    assert!(fails(&["42"], 2).contains("not a status code"));
    assert!(fails(&["7xx"], 2).contains("no class 7xx"));
    assert!(fails(&["--json"], 2).contains("nothing to look up"));
    assert!(ok(&["--", "404"]).starts_with("404 Not Found\n"), "`--` ends the options");
    assert!(lookup(&["404", "7xx"]).stdout.is_empty(), "nothing printed on a usage error");

    // No arguments at all: the usage text, on stderr.
    let out = lookup(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().starts_with("usage: lookup"));
}

#[test]
fn help_documents_exit_codes_and_the_json_schema() {
    for flag in ["--help", "-h"] {
        let out = ok(&[flag]);
        assert!(out.starts_with("usage: lookup"), "{out}");
        assert!(out.contains("exit codes:"), "{out}");
        for code in ["0  ", "1  ", "2  "] {
            assert!(out.lines().any(|l| l.trim_start().starts_with(code)), "exit code {code}: {out}");
        }
        assert!(out.contains("docs/lookup-json.md"), "{out}");
    }
    assert!(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lookup-json.md").is_file());
}

#[test]
fn json_is_always_an_array_of_entries() {
    let items = json(&["--json", "404"]);
    assert_eq!(items.len(), 1, "one code, still an array");
    let e = &items[0];
    assert_eq!(e["registry"], "iana");
    assert_eq!(e["code"], 404);
    assert_eq!(e["reason"], "Not Found");
    assert_eq!(e["variant"], "StatusCode::NotFound");
    assert_eq!(e["class"], serde_json::json!({"digit": 4, "name": "Client Error"}));
    assert_eq!(
        e["registration"],
        serde_json::json!({"status": "permanent", "registered": null, "extended": null, "expires": null})
    );
    assert_eq!(e["citation"]["spec"], "RFC 9110");
    assert_eq!(e["citation"]["section"], "15.5.5");
    assert_eq!(e["citation"]["url"], "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    assert!(e["summary"].is_string() && e["description"].is_string());
    assert_eq!(e["cacheable"], true);
    assert_eq!(e["content"], "allowed");
    assert_eq!(e["used_by"], serde_json::Value::Null);
    for list in ["former_names", "header_rules", "see_also"] {
        assert!(e[list].is_array(), "{list}");
    }

    let items = json(&["--json", "413", "104", "499", "4xx"]);
    assert_eq!(items[0]["former_names"][1], "Payload Too Large");
    assert_eq!(items[0]["header_rules"][0]["field"], "Retry-After");
    assert!(["MUST", "SHOULD", "MAY"].contains(&items[0]["header_rules"][0]["level"].as_str().unwrap()));
    assert_eq!(items[1]["registration"]["status"], "temporary");
    assert_eq!(items[1]["registration"]["registered"], "2024-11-13");
    assert_eq!(items[1]["content"], "framing");
    assert_eq!(items[2]["registry"], "unofficial");
    assert_eq!(items[2]["registration"]["status"], "unofficial");
    assert!(items[2]["used_by"].as_str().unwrap().starts_with("nginx"));
    assert!(items.len() > 30, "the 4xx class, IANA and unofficial codes");

    // Every entry has the same keys, each described in docs/lookup-json.md.
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert!(items.iter().all(|i| keys(i) == keys(&items[0])));
    let schema =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lookup-json.md")).unwrap();
    for key in keys(&items[0]) {
        assert!(schema.contains(&format!("`{key}`")), "docs/lookup-json.md describes `{key}`");
    }
}

#[test]
fn json_of_nothing_found_is_an_empty_array() {
    let out = lookup(&["--json", "299"]);
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value, serde_json::json!([]));
}

#[test]
fn json_shows_every_typed_fact() {
    let items = json(&["--json", "405", "206", "401", "502", "104", "101", "205", "511"]);
    let by_code = |code: u64| items.iter().find(|e| e["code"] == code).unwrap().clone();
    let e405 = by_code(405);
    assert_eq!(e405["header_rules"][0]["field"], "Allow");
    assert_eq!(e405["header_rules"][0]["level"], "MUST");
    assert_eq!(e405["header_rules"][0]["by"], "origin server");
    assert_eq!(e405["header_rules"][0]["citation"]["section"], "15.5.6");
    assert_eq!(e405["history"]["year"], 1997);
    assert_eq!(e405["caching"]["kind"], "heuristically cacheable");
    assert_eq!(by_code(206)["header_rules"][0]["when"], "single-part");
    assert_eq!(by_code(206)["request"]["headers"][0], "Range");
    assert_eq!(by_code(401)["retry"]["kind"], "with new or different credentials");
    assert_eq!(by_code(502)["sender"]["who"], "gateway or proxy");
    assert_eq!(by_code(104)["expired"], true, "104's recorded expiry, 2026-11-13, has passed");
    assert_eq!(by_code(405)["expired"], false);
    assert!(!by_code(101)["limits"].as_array().unwrap().is_empty(), "101 is not used in HTTP/2");
    assert_eq!(by_code(205)["content"], "must-not-generate");
    assert_eq!(by_code(511)["caching"]["kind"], "never stored by a cache");
}

#[test]
fn text_shows_the_typed_facts_and_expiry() {
    let out = ok(&["104"]);
    assert!(out.contains("expired:") && out.contains("2026-11-13"), "{out}");
    let out = ok(&["405"]);
    assert!(out.contains("the origin server MUST send Allow"), "{out}");
    assert!(out.contains("first defined: RFC 2068"), "{out}");
}

/// Codes and names the old lookup tables knew: each answers, with its kind of source said.
#[test]
fn the_old_tables_codes_and_names_answer() {
    let out = ok(&["420"]);
    assert!(out.contains("420 Enhance Your Calm (unofficial)"), "{out}");
    assert!(out.contains("Twitter") && out.contains("operator's own documentation"), "{out}");
    let out = ok(&["509"]);
    assert!(out.contains("509 Bandwidth Limit Exceeded (unofficial)"), "{out}");
    assert!(out.contains("cPanel") && out.contains("secondary sources"), "{out}");
    let out = ok(&["enhance your calm"]);
    assert!(out.contains("420 Enhance Your Calm (unofficial)"), "{out}");
    let out = ok(&["bandwidth limit"]);
    assert!(out.contains("509 Bandwidth Limit Exceeded (unofficial)"), "{out}");
    // Conditions, tokens and open request lists are shown.
    let out = ok(&["101"]);
    assert!(out.contains("MUST send Connection, when the response has Upgrade, with upgrade"), "{out}");
    assert!(out.contains("naming only what the request's Upgrade offered"), "{out}");
    let out = ok(&["412"]);
    assert!(out.contains("(typical requests, not all)"), "{out}");
    // Names of drafts, found as history.
    let out = ok(&["Switch Proxy"]);
    assert!(out.contains("306 (Unused)"), "{out}");
    let out = ok(&["Unordered Collection"]);
    assert!(out.contains("as history") && out.contains("425 Too Early"), "{out}");
    let entries = json(&["--json", "unordered collection"]);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["code"], 425);
    let entries = json(&["--json", "420", "509"]);
    assert_eq!(entries.iter().map(|e| e["registry"].as_str().unwrap()).collect::<Vec<_>>(), ["unofficial"; 2]);
    assert!(entries[0]["citation"]["spec"].as_str().unwrap().contains("operator's own documentation"));
}
