//! Time of one macro expansion (parse + validate + generate), measured on the generator
//! functions directly, for the canonical registry and for synthetic registries of 100 to 900
//! codes (to show how it grows). `cargo bench -p status-codegen --bench expansion`
//!
//! The generator is a library, so the stages are called directly.
#![allow(missing_docs)]

use status_codegen::ast::{Canonical, Enum, Kind};
use status_codegen::expand::{docs, expand};
use status_codegen::registry::{load::CANONICAL, model::Registry, parse};
use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Generates a custom registry's enum, as `#[registry(path = ..)]` does after loading the file.
fn generate(registry: &Registry, canonical: &Arc<Registry>) -> proc_macro2::TokenStream {
    let kind =
        Kind::Registry { include: None, origin: "bench".into(), canonical: Canonical::ConvertsWith(canonical.clone()) };
    expand(&Enum::from_registry(
        syn::parse_quote!(
            enum S {}
        ),
        registry,
        kind,
    ))
}

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
             former_names = [\"Old Name {code}\"]\ncache = {{ kind = \"heuristic\", spec = \"RFC 9110\" }}\n\
             headers = [{{ field = \"Retry-After\", level = \"may\", note = \"when to retry\" }}]\n\n"
        );
    }
    s
}

/// Median wall time of `parse` + `valid` + `expand` over `runs` runs.
fn expansion_time(text: &str, runs: usize) -> Duration {
    let canonical = Arc::new(parse(CANONICAL).expect("canonical registry parses"));
    median(runs, || {
        let registry = parse(black_box(text)).expect("registry parses");
        // Turning tokens into text is what the compiler receives; include it.
        black_box(generate(&registry, &canonical).to_string());
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
        let parsed = parse(CANONICAL).unwrap();
        let toml_only = median(31, || drop(black_box(toml::de::DeTable::parse(black_box(CANONICAL)))));
        let parse_all = median(31, || drop(black_box(parse(black_box(CANONICAL)))));
        let canonical = Arc::new(parsed.clone());
        let gen_tokens = median(31, || {
            black_box(generate(&parsed, &canonical));
        });
        let docs_only = median(31, || {
            for e in &parsed.entries {
                black_box(docs::variant(&parsed, e));
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
