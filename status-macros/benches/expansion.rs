//! Time of one macro expansion (parse + validate + generate), measured on the generator
//! functions directly, for the canonical registry and for synthetic registries of 100 to 900
//! codes (to show how it grows). `cargo bench -p status-macros --bench expansion`
//!
//! A proc-macro crate cannot be linked as a library, so the plain-function modules are compiled
//! into this benchmark directly.
#![allow(dead_code, missing_docs, unused_imports)]

#[path = "../src/diag.rs"]
mod diag;
#[path = "../src/docs.rs"]
mod docs;
#[path = "../src/expand.rs"]
mod expand;
#[path = "../src/ident.rs"]
mod ident;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/parse.rs"]
mod parse;
#[path = "../src/valid.rs"]
mod valid;

use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CANONICAL: &str = include_str!("../registry.toml");

/// A registry of `n` codes from 100 on, each entry as rich as the canonical ones.
fn synthetic(n: u16) -> String {
    let mut s = String::new();
    for code in 100..100 + n {
        let _ = write!(
            s,
            "[[status]]\ncode = {code}\nreason = \"Status Number {code}\"\nregistration = \"permanent\"\n\
             spec = \"RFC 9110\"\nsection = \"15\"\nurl = \"https://www.rfc-editor.org/rfc/rfc9110.html#section-15\"\n\
             summary = \"Synthetic code {code} for scale tests.\"\n\
             description = \"A description of code {code} that is about as long as the ones of the canonical registry, \
             two sentences or so. It exists to measure how expansion time grows with the number of codes.\"\n\
             former_names = [\"Old Name {code}\"]\ncacheable = true\n\
             headers = [{{ field = \"Retry-After\", level = \"may\", note = \"when to retry\" }}]\n\n"
        );
    }
    s
}

/// Median wall time of `parse` + `valid` + `expand` over `runs` runs.
fn expansion_time(text: &str, runs: usize) -> Duration {
    let canonical = Arc::new(parse::parse(CANONICAL).expect("canonical registry parses"));
    median(runs, || {
        let registry = parse::parse(black_box(text)).expect("registry parses");
        let source =
            expand::Source::Registry { file: None, origin: "bench".into(), canonical: Some(canonical.clone()) };
        let e =
            expand::registry_enum(Vec::new(), syn::Visibility::Inherited, quote::format_ident!("S"), &registry, source);
        // Turning tokens into text is what the compiler receives; include it.
        black_box(expand::expand(&e).to_string());
    })
}

/// Median time of `f` over `runs` runs.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    {
        // Where the time of one canonical expansion goes.
        let parsed = parse::parse(CANONICAL).unwrap();
        let toml_only = median(31, || drop(black_box(toml::de::DeTable::parse(black_box(CANONICAL)))));
        let parse_all = median(31, || drop(black_box(parse::parse(black_box(CANONICAL)))));
        let canonical = Arc::new(parsed.clone());
        let gen_tokens = median(31, || {
            let source =
                expand::Source::Registry { file: None, origin: "b".into(), canonical: Some(canonical.clone()) };
            let e = expand::registry_enum(
                Vec::new(),
                syn::Visibility::Inherited,
                quote::format_ident!("S"),
                &parsed,
                source,
            );
            black_box(expand::expand(&e));
        });
        let docs_only = median(31, || {
            for e in &parsed.entries {
                black_box(docs::variant(e, "4xx Client Error"));
            }
        });
        println!("canonical: variant docs {:.2} ms", ms(docs_only));
        println!(
            "canonical: TOML parse {:.2} ms, + model and validation = {:.2} ms; code generation {:.2} ms\n",
            ms(toml_only),
            ms(parse_all),
            ms(gen_tokens)
        );
    }
    let canonical = expansion_time(CANONICAL, 31);
    println!("| registry | codes | expansion (median) | per code |");
    println!("|----------|------:|-------------------:|---------:|");
    println!("| canonical registry.toml | 64 | {:.2} ms | {:.1} µs |", ms(canonical), ms(canonical) * 1000.0 / 64.0);
    for n in [100u16, 300, 600, 900] {
        let t = expansion_time(&synthetic(n), 11);
        println!("| synthetic | {n} | {:.2} ms | {:.1} µs |", ms(t), ms(t) * 1000.0 / f64::from(n));
    }
    println!("\ntarget: full registry under 20 ms: {}", if ms(canonical) < 20.0 { "met" } else { "NOT met" });
}
