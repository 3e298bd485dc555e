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

/// The codes the generated `Subset` impl of `item` lists (the `__subset_impl!` it asks
/// status-core for: the enum, its parent, then the codes): its own literal codes, and the inner
/// types whose `CODES` it appends, in order.
fn listed_codes(tokens: &proc_macro2::TokenStream) -> (Vec<u16>, Vec<String>) {
    let file: syn::File = syn::parse2(tokens.clone()).expect("generated code parses");
    let subset_impl = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) if m.mac.path.segments.last().is_some_and(|s| s.ident == "__subset_impl") => {
                Some(m.mac.tokens.to_string())
            }
            _ => None,
        })
        .expect("a Subset impl");
    assert!(subset_impl.starts_with("Outer "), "{subset_impl}");
    let codes_expr = &subset_impl[subset_impl.find(',').unwrap()..];
    // The own codes are the one bracketed list that starts with a digit.
    let own = codes_expr
        .split("& [")
        .find(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .map_or("", |rest| rest.split(']').next().unwrap_or(""));
    let own = own.split(',').filter_map(|c| c.trim().parse().ok()).collect();
    // The held subsets appended to the own codes (after the length, which names them too).
    let appended = codes_expr.find("concat_codes").map_or("", |at| &codes_expr[at..]);
    let inner = appended.match_indices("< Inner").map(|(i, _)| appended[i + 2..].split(' ').next().unwrap().to_owned());
    (own, inner.collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A composition lists its own codes (shared ones once per variant) and every held subset,
    /// so its `CODES` is the union of its variants' codes and theirs.
    #[test]
    fn a_composition_lists_the_union_of_its_codes(
        picks in proptest::collection::vec(0usize..60, 1..6),
        shared in 0usize..3,
        inner in 0usize..3,
    ) {
        let registry = crate::registry::load::canonical().expect("the canonical registry loads");
        let usable: Vec<u16> = registry.usable().map(|e| e.code).collect();
        let mut own: Vec<u16> = picks.iter().map(|i| usable[i % usable.len()]).collect();
        own.dedup();
        own.sort_unstable();
        own.dedup();
        // Some codes twice, as two causes.
        let twice: Vec<u16> = own.iter().take(shared).copied().collect();
        let mut variants = Vec::new();
        let mut expected = Vec::new();
        for (n, code) in own.iter().chain(&twice).enumerate() {
            let name = quote::format_ident!("V{n}");
            let code = proc_macro2::Literal::u16_unsuffixed(*code);
            variants.push(quote::quote!(#[status(#code)] #name));
            expected.push(code.to_string().parse::<u16>().unwrap());
        }
        let inner_names: Vec<String> = (0..inner).map(|i| format!("Inner{i}")).collect();
        for name in &inner_names {
            let (variant, ty) = (quote::format_ident!("Held{name}"), quote::format_ident!("{name}"));
            variants.push(quote::quote!(#[status(transparent)] #variant(#ty)));
        }
        let tokens = crate::subset(quote::quote!(), quote::quote!(#[derive(Debug)] enum Outer { #(#variants,)* }));
        prop_assert!(!tokens.to_string().contains("compile_error"), "{tokens}");
        let (listed, held) = listed_codes(&tokens);
        prop_assert_eq!(listed, expected);
        prop_assert_eq!(held, inner_names);
    }
}
