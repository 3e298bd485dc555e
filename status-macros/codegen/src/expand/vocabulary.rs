//! The registry file's words, for the runtime: status-core invokes `__vocabulary!()` once, and
//! this writes `word()` (and for levels `keyword()`) on its enums from the same tables the parser
//! reads the file with and the generator names the runtime variants by. Each word is defined
//! once, in `registry/model.rs`.

use crate::registry::model::{CACHE_KINDS, HTTP_VERSIONS, LEVELS, PARTIES, REGISTRATIONS, RETRY_KINDS, Vocab};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The `word()` methods of status-core's vocabulary enums.
pub fn vocabulary() -> TokenStream {
    let mut out = TokenStream::new();
    out.extend(word_fn("Registration", &REGISTRATIONS));
    out.extend(word_fn("Requirement", &LEVELS));
    out.extend(word_fn("CacheKind", &CACHE_KINDS));
    out.extend(word_fn("RetryKind", &RETRY_KINDS));
    out.extend(word_fn("Party", &PARTIES));
    out.extend(word_fn("HttpVersion", &HTTP_VERSIONS));
    // RFC 2119 writes the levels in capitals, "MUST NOT" with a space.
    let (variants, keywords): (Vec<_>, Vec<_>) = LEVELS
        .words
        .iter()
        .map(|(word, _, variant)| (format_ident!("{variant}"), word.to_uppercase().replace('-', " ")))
        .unzip();
    out.extend(quote! {
        impl crate::Requirement {
            /// The keyword as RFC 2119 writes it: `MUST`, `SHOULD NOT`, ...
            #[must_use]
            pub const fn keyword(&self) -> &'static str {
                match self { #(Self::#variants => #keywords,)* }
            }
        }
    });
    out
}

fn word_fn<T: Copy + PartialEq>(ty: &str, vocab: &Vocab<T>) -> TokenStream {
    let ty = format_ident!("{ty}");
    let (variants, words): (Vec<_>, Vec<_>) =
        vocab.words.iter().map(|(word, _, variant)| (format_ident!("{variant}"), *word)).unzip();
    let doc = format!(" The word the registry file uses for this {}, e.g. `\"{}\"`.", vocab.what, words[0]);
    quote! {
        impl crate::#ty {
            #[doc = #doc]
            #[must_use]
            pub const fn word(&self) -> &'static str {
                match self { #(Self::#variants { .. } => #words,)* }
            }
        }
    }
}
