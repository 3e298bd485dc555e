//! Property tests: random and mutated registry text never panics the parser, validator or
//! generator; whatever parses is internally consistent.

use crate::ast::{Canonical, Enum, Kind};
use crate::expand::expand;
use crate::registry::load::CANONICAL;
use crate::registry::model::Registry;
use crate::registry::parse;
use proptest::prelude::*;

/// Generates code from a registry that parsed, as the `registry` macro would.
fn generate(registry: &Registry) -> proc_macro2::TokenStream {
    let kind = Kind::Registry { include: None, origin: "test".into(), canonical: Canonical::Itself { fingerprint: 0 } };
    let input: crate::input::DeriveInput = syn::parse2(quote::quote!(
        enum S {}
    ))
    .expect("an empty enum parses");
    expand(&Enum::from_registry(input, registry, kind))
}

fn check_consistent(registry: &Registry) {
    let usable: Vec<_> = registry.usable().collect();
    assert!(!usable.is_empty());
    assert!(registry.entries.windows(2).all(|w| w[0].code < w[1].code), "sorted and unique");
    for e in &usable {
        assert!((100..=999).contains(&e.code));
        assert!(syn::parse_str::<syn::Ident>(&e.variant).is_ok(), "{}", e.variant);
        assert!(!e.reason.chars().any(char::is_control));
    }
    // The whole output parses as Rust, with one variant per usable entry.
    let file: syn::File = syn::parse2(generate(registry)).expect("generated code parses");
    let variants = file.items.iter().find_map(|item| match item {
        syn::Item::Enum(e) => Some(e.variants.len()),
        _ => None,
    });
    assert_eq!(variants, Some(usable.len()));
}

/// One random edit of the text: delete, insert, replace or duplicate a span.
fn mutate(text: &str, op: u8, at: usize, len: usize, insert: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    let end = (at + len).min(chars.len());
    match op % 4 {
        0 => {
            chars.drain(at..end);
        }
        1 => {
            chars.splice(at..at, insert.chars());
        }
        2 => {
            chars.splice(at..end, insert.chars());
        }
        _ => {
            let copy: Vec<char> = chars[at..end].to_vec();
            chars.splice(at..at, copy);
        }
    }
    chars.into_iter().collect()
}

const TOKENS: &str = r#"(\[\[status\]\]|\[registry\]|code = |reason = |"|\\|=|\n|[0-9]{1,5}|true|1e9|-|\{|\}|\[|\]|,|é|\u{7}|[a-z_]{1,8})*"#;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC*") {
        if let Ok(r) = parse(&text) {
            check_consistent(&r);
        }
    }

    #[test]
    fn toml_like_text_never_panics(text in TOKENS) {
        if let Ok(r) = parse(&text) {
            check_consistent(&r);
        }
    }

    #[test]
    fn mutated_registry_never_panics(
        edits in proptest::collection::vec((any::<u8>(), any::<usize>(), 0usize..64, TOKENS), 1..4)
    ) {
        let mut text = CANONICAL.to_owned();
        for (op, at, len, insert) in &edits {
            text = mutate(&text, *op, *at, *len, insert);
        }
        match parse(&text) {
            Ok(r) => check_consistent(&r),
            Err(diags) => {
                prop_assert!(!diags.is_empty());
                for d in diags {
                    prop_assert!(d.pos.line >= 1 && d.pos.column >= 1);
                    prop_assert!(!d.message.is_empty());
                }
            }
        }
    }
}
