//! Our registry texts are our own words: no run of 8 or more consecutive words may come from a
//! specification. The specification excerpts live in `tests/data/spec/` (the status-code chapters
//! of the texts the registries cite); the checked texts are every `summary`, `description` and
//! `note` string of `registry.toml` and `registries/unofficial.toml`.
//!
//! Both sides are normalised the same way: lowercase, hyphens, apostrophes and markdown backticks
//! dropped (so `Content-Length` and `Content-\n   Length` both become `contentlength`), every other
//! non-alphanumeric character a word break. Page headers and footers of paginated RFC text are
//! skipped. Every 8-word window of the specifications goes into a hash set; a checked string fails
//! if any of its 8-word windows is in the set.

use std::collections::HashSet;
use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::Path;

use toml::de::{DeTable, DeValue};

/// Length of the word runs that count as copying.
const RUN: usize = 8;

/// The keys whose string values are our prose (at any depth: `headers = [{ note = ... }]` too).
const PROSE_KEYS: [&str; 3] = ["summary", "description", "note"];

/// The files whose prose is checked, relative to the workspace root.
const CHECKED: [&str; 2] = ["registry.toml", "registries/unofficial.toml"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Lowercased words with hyphens, apostrophes and backticks removed and other punctuation as breaks.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if matches!(c, '-' | '\'' | '\u{2019}' | '`' | '\u{00ad}') {
            // dropped: joins `Content-Length`, `client's`, `` `Allow` `` and soft hyphens
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Spec text as a word list: hyphenated line breaks joined, page headers/footers of paginated RFCs
/// (`Fielding, et al.  Standards Track  [Page 12]`, `RFC 2616  HTTP/1.1  June 1999`) left out.
fn spec_words(text: &str) -> Vec<String> {
    let mut kept = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim();
        let footer = t.ends_with(']') && t.contains("[Page ");
        let header = t.starts_with("RFC ")
            && t.split_whitespace().last().is_some_and(|y| y.len() == 4 && y.starts_with(['1', '2']));
        if footer || header || t.contains('\u{c}') {
            continue;
        }
        // `multi-` at a line end followed by `part` on the next line is one word: the hyphen is
        // dropped by `words` and no separator is added here.
        if let Some(stem) = t.strip_suffix('-').filter(|s| s.chars().last().is_some_and(char::is_alphanumeric)) {
            kept.push_str(stem);
        } else {
            kept.push_str(t);
            kept.push('\n');
        }
    }
    words(&kept)
}

fn hash_run(run: &[String]) -> u64 {
    let mut h = DefaultHasher::new();
    run.hash(&mut h);
    h.finish()
}

/// Every 8-word window of every specification text.
fn spec_runs(texts: &[String]) -> HashSet<u64> {
    let mut set = HashSet::new();
    for text in texts {
        let w = spec_words(text);
        for run in w.windows(RUN) {
            set.insert(hash_run(run));
        }
    }
    set
}

fn spec_texts() -> Vec<String> {
    let dir = root().join("tests/data/spec");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "expected the spec excerpts in {}", dir.display());
    files.iter().map(|p| fs::read_to_string(p).unwrap()).collect()
}

/// One prose string of a registry file: where it is, and the text.
struct Prose {
    place: String,
    text: String,
}

fn collect(value: &DeValue<'_>, place: &str, out: &mut Vec<Prose>) {
    match value {
        DeValue::Table(t) => {
            // Name a `[[status]]` / `[[fact]]` entry by its code.
            let here = match t.get("code").and_then(|c| c.get_ref().as_integer()) {
                Some(code) => format!("{place} code {}", code.as_str()),
                None => place.to_owned(),
            };
            for (key, v) in t {
                let key = key.get_ref();
                match v.get_ref() {
                    DeValue::String(s) if PROSE_KEYS.contains(&key.as_ref()) => {
                        out.push(Prose { place: format!("{here} {key}"), text: s.to_string() });
                    }
                    other => collect(other, &format!("{here} {key}"), out),
                }
            }
        }
        DeValue::Array(a) => {
            for v in a {
                collect(v.get_ref(), place, out);
            }
        }
        _ => {}
    }
}

fn prose_of(name: &str, source: &str) -> Vec<Prose> {
    let table = DeTable::parse(source).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut out = Vec::new();
    collect(&DeValue::Table(table.into_inner()), name, &mut out);
    out
}

/// Every copied run, as `place: "eight words ..."`, one per maximal run.
fn copied_runs(prose: &[Prose], runs: &HashSet<u64>) -> Vec<String> {
    let mut found = Vec::new();
    for p in prose {
        let w = words(&p.text);
        let mut i = 0;
        while i + RUN <= w.len() {
            if runs.contains(&hash_run(&w[i..i + RUN])) {
                // Extend to the longest copied stretch so one sentence is reported once.
                let mut end = i + RUN;
                while end < w.len() && runs.contains(&hash_run(&w[end + 1 - RUN..=end])) {
                    end += 1;
                }
                found.push(format!("{}: \"{}\"", p.place, w[i..end].join(" ")));
                i = end;
            } else {
                i += 1;
            }
        }
    }
    found
}

#[test]
fn registry_prose_copies_no_run_of_eight_words_from_a_spec() {
    let runs = spec_runs(&spec_texts());
    let mut prose = Vec::new();
    for name in CHECKED {
        let path = root().join(name);
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let found = prose_of(name, &source);
        assert!(!found.is_empty(), "{name}: no summary/description/note found");
        prose.extend(found);
    }
    let copied = copied_runs(&prose, &runs);
    assert!(
        copied.is_empty(),
        "{} run(s) of {RUN}+ words copied from tests/data/spec/:\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn a_planted_copied_sentence_is_detected() {
    let texts = spec_texts();
    let runs = spec_runs(&texts);
    // A sentence of RFC 9110, Section 15.5.4, re-cased, re-punctuated and wrapped as TOML would be.
    let planted = r#"
[[status]]
code = 403
summary = "Our own words."
description = """
If Authentication Credentials were provided in the request, the server \
considers them insufficient -- to grant access."""
headers = [{ field = "X", level = "may", note = "fine" }]
"#;
    let copied = copied_runs(&prose_of("planted.toml", planted), &runs);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(
        copied[0].starts_with("planted.toml status code 403 description: \"if authentication credentials"),
        "{copied:?}"
    );

    // A run taken from the middle of a specification file is found in a `note` too.
    let w = spec_words(&texts[0]);
    let run = w[200..200 + RUN].join(" ");
    let planted = format!("[[fact]]\ncode = 100\nretry = {{ kind = \"as-is\", note = \"{run}\" }}\n");
    assert_eq!(copied_runs(&prose_of("facts.toml", &planted), &runs).len(), 1, "{run}");

    // Seven words of a spec sentence are not a copy.
    let planted = "[[status]]\ncode = 404\nsummary = \"origin server did not find a current\"\n";
    assert!(copied_runs(&prose_of("ok.toml", planted), &runs).is_empty());
}

#[test]
fn normalisation_joins_hyphenated_line_breaks_and_ignores_markup() {
    assert_eq!(words("The `Content-Length` field, the client's"), ["the", "contentlength", "field", "the", "clients"]);
    let spec = "   a server MUST send the Content-\n   Length header field in that\n\nFielding  Standards Track  [Page 9]\nRFC 2616   HTTP/1.1   June 1999\n   response";
    assert_eq!(
        spec_words(spec),
        ["a", "server", "must", "send", "the", "contentlength", "header", "field", "in", "that", "response"]
    );
}
