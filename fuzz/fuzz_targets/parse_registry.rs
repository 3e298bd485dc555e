//! Feeds arbitrary bytes to the registry parser, validator and generator of `status-codegen`.
#![no_main]

use status_codegen::ast::{Canonical, Enum, Kind};
use status_codegen::expand::expand;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(registry) = status_codegen::registry::parse(text) {
        let kind = Kind::Registry { include: None, origin: "fuzz".into(), canonical: Canonical::Itself { fingerprint: 0 } };
        let _ = expand(&Enum::from_registry(syn::parse_quote!(enum S {}), &registry, kind));
    }
});
