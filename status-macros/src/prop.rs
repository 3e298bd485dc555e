//! Property tests: random and mutated registry text never panics the parser, validator or
//! generator; whatever parses is internally consistent.

use crate::expand::{Source, expand, registry_enum};
use crate::parse::parse;
use proptest::prelude::*;

/// Generates code from a registry that parsed, as the `registry` macro would.
fn generate(registry: &crate::model::Registry) -> proc_macro2::TokenStream {
    let source = Source::Registry { file: None, origin: "test".into(), canonical: None };
    let e = registry_enum(Vec::new(), syn::Visibility::Inherited, quote::format_ident!("S"), registry, source);
    expand(&e)
}

fn check_consistent(registry: &crate::model::Registry) {
    let usable: Vec<_> = registry.usable().collect();
    assert!(!usable.is_empty());
    assert!(registry.entries.windows(2).all(|w| w[0].code < w[1].code), "sorted and unique");
    for e in &usable {
        assert!((100..=999).contains(&e.code));
        assert!(syn::parse_str::<syn::Ident>(&e.variant).is_ok(), "{}", e.variant);
        assert!(!e.reason.chars().any(char::is_control));
    }
    // The enum comes first in the output; it must parse, with one variant per usable entry.
    let enum_tokens: proc_macro2::TokenStream =
        generate(registry).into_iter().take_while(|t| t.to_string() != "impl").collect();
    let input: syn::DeriveInput = syn::parse2(enum_tokens).expect("generated enum parses");
    let syn::Data::Enum(data) = input.data else { panic!("not an enum") };
    assert_eq!(data.variants.len(), usable.len());
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
        let mut text = crate::CANONICAL.to_owned();
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
