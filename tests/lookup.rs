//! The `lookup` example, run as a user runs it: output and exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

fn lookup(args: &[&str]) -> Output {
    // Build the example (a no-op when `cargo test` already did), then run its binary.
    let cargo = env!("CARGO");
    let status = Command::new(cargo)
        .args(["build", "-q", "--example", "lookup", "-p", env!("CARGO_PKG_NAME")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let exe = std::env::current_exe().unwrap();
    let profile_dir: PathBuf = exe.ancestors().nth(2).unwrap().to_path_buf(); // target/<profile>
    Command::new(profile_dir.join("examples").join("lookup")).args(args).output().unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = lookup(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn fails(args: &[&str]) -> String {
    let out = lookup(args);
    assert_eq!(out.status.code(), Some(2), "{args:?} should fail");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("usage: lookup"), "{err}");
    err
}

#[test]
fn a_number_prints_the_full_entry() {
    let out = ok(&["404"]);
    assert!(out.starts_with("404 Not Found\n"), "{out}");
    assert!(out.contains("RFC 9110, Section 15.5.5 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5>"));
    assert!(out.contains("variant:       StatusCode::NotFound"));
    assert!(out.contains("heuristically"));
    let out = ok(&["418"]);
    assert!(out.contains("registration:  unused") && out.contains("no StatusCode variant"), "{out}");
}

#[test]
fn words_search_reasons_summaries_and_former_names() {
    let out = ok(&["payload"]);
    assert!(out.contains("413 Content Too Large"), "former name Payload Too Large: {out}");
    let out = ok(&["teapot"]);
    assert!(out.contains("418 (Unused)"), "{out}");
    let out = ok(&["large"]);
    assert!(out.lines().count() >= 3, "{out}");
}

#[test]
fn a_class_lists_its_codes() {
    let out = ok(&["5xx"]);
    let codes: Vec<&str> = out.lines().map(|l| &l[..3]).collect();
    assert_eq!(codes, ["500", "501", "502", "503", "504", "505", "506", "507", "508", "510", "511"]);
}

#[test]
fn json_output_is_valid_json() {
    let out = ok(&["--json", "413", "4xx"]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = value.as_array().unwrap();
    assert_eq!(items[0]["code"], 413);
    assert_eq!(items[0]["reason"], "Content Too Large");
    assert_eq!(items[0]["former_names"][1], "Payload Too Large");
    assert_eq!(items[0]["headers"][0]["field"], "Retry-After");
    assert_eq!(items[0]["class"], "Client Error");
    assert!(items.len() > 20);
}

#[test]
fn bad_arguments_exit_2_with_a_clear_message() {
    assert!(fails(&[]).contains("nothing to look up"));
    assert!(fails(&["--bogus", "404"]).contains("unknown option `--bogus`"));
    assert!(fails(&["299"]).contains("299 is not registered"));
    assert!(fails(&["70000"]).contains("not a status code"));
    assert!(fails(&["7xx"]).contains("no class 7xx"));
    assert!(fails(&["zzzz"]).contains("no status code matches `zzzz`"));
}
