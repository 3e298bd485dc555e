//! Feeds arbitrary bytes to the registry parser, validator and generator of `status-macros`.
//! A proc-macro crate cannot be linked as a library, so its plain-function modules are compiled
//! into this target directly.
#![no_main]
// The target uses only part of the included modules.
#![allow(dead_code)]

#[path = "../../status-macros/src/diag.rs"]
mod diag;
#[path = "../../status-macros/src/docs.rs"]
mod docs;
#[path = "../../status-macros/src/expand.rs"]
mod expand;
#[path = "../../status-macros/src/ident.rs"]
mod ident;
#[path = "../../status-macros/src/model.rs"]
mod model;
#[path = "../../status-macros/src/parse.rs"]
mod parse;
#[path = "../../status-macros/src/valid.rs"]
mod valid;

/// Referenced by the included modules' unit tests only.
#[allow(dead_code)]
const CANONICAL: &str = include_str!("../../registry.toml");

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(registry) = parse::parse(text) {
        let source = expand::Source::Registry { file: None, origin: "fuzz".into(), canonical: None };
        let e = expand::registry_enum(Vec::new(), syn::Visibility::Inherited, quote::format_ident!("S"), &registry, source);
        let _ = expand::expand(&e);
    }
});
