//! Feeds arbitrary token streams to the `subset` attribute and the `Subset` derive, through the
//! generator library (no compiler in the loop): whatever the tokens, the generator returns
//! tokens (the expansion or `compile_error!`s) and never panics.
//!
//! Input: UTF-8 text, split at the first NUL into the attribute's arguments and the item. Text
//! that does not lex as Rust tokens is skipped (the compiler never passes such input).
#![no_main]

use proc_macro2::TokenStream;
use std::str::FromStr;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (args, item) = text.split_once('\0').unwrap_or(("", text));
    let (Ok(args), Ok(item)) = (TokenStream::from_str(args), TokenStream::from_str(item)) else { return };
    let out = status_codegen::subset(args, item.clone());
    assert!(!out.is_empty(), "the attribute always emits something (the enum or errors)");
    let _ = status_codegen::derive_subset(item.clone());
    let _ = status_codegen::registry(TokenStream::new(), item);
});
