//! The registry file's vocabularies, for the runtime: status-core invokes `__vocabulary!()` once,
//! and this writes its enums of words (`Requirement`, `Content`, `CacheKind`, `RetryKind`,
//! `Party`, `HttpVersion`, with their docs) and their `word()` methods, plus `Registration::word`
//! and `Requirement::keyword`, from the same tables the parser reads files with and the generator
//! names runtime variants by. Each word is defined once, in `registry/model.rs`.

use crate::registry::model::{
    CACHE_KINDS, CONTENTS, GRAMMARS, HTTP_VERSIONS, LEVELS, PARTIES, REGISTRATIONS, RETRY_KINDS, VALUE_FORMS,
};
use crate::registry::vocab::Words;
use crate::template::tokens;
use proc_macro2::TokenStream;
use quote::format_ident;

/// Whether a runtime enum may gain variants in a minor release.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Closed {
    /// Exhaustive: matching on it needs no wildcard.
    Yes,
    /// `#[non_exhaustive]`.
    No,
}

/// The runtime enums of words and their `word()` methods.
pub fn vocabulary() -> TokenStream {
    let ordered = tokens!([] [] ::core::cmp::PartialOrd, ::core::cmp::Ord,);
    let mut out = TokenStream::new();
    out.extend(runtime_enum("Requirement", &LEVELS.words(), Closed::Yes, &ordered));
    out.extend(runtime_enum("Content", &CONTENTS.words(), Closed::Yes, &TokenStream::new()));
    out.extend(runtime_enum("CacheKind", &CACHE_KINDS.words(), Closed::No, &TokenStream::new()));
    out.extend(runtime_enum("RetryKind", &RETRY_KINDS.words(), Closed::No, &TokenStream::new()));
    out.extend(runtime_enum("Party", &PARTIES.words(), Closed::No, &TokenStream::new()));
    out.extend(runtime_enum("HttpVersion", &HTTP_VERSIONS.words(), Closed::No, &ordered));
    out.extend(runtime_enum("Grammar", &GRAMMARS.words(), Closed::No, &TokenStream::new()));
    out.extend(runtime_enum("ValueForm", &VALUE_FORMS.words(), Closed::No, &TokenStream::new()));
    // `Registration` carries dates, so it is written by hand; its words come from here.
    out.extend(word_fn("Registration", &REGISTRATIONS.words()));
    // RFC 2119 writes the levels in capitals, "MUST NOT" with a space.
    let mut variants = Vec::new();
    let mut keywords = Vec::new();
    for (word, _, variant, _) in LEVELS.words {
        variants.push(format_ident!("{variant}"));
        keywords.push(word.to_uppercase().replace('-', " "));
    }
    out.extend(condition_display());
    out.extend(tokens! {[] [variants, keywords]
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

/// A runtime enum with one variant per word, documented from the table, and its `word()`.
fn runtime_enum(name: &str, vocab: &Words, closed: Closed, derives: &TokenStream) -> TokenStream {
    let ident = format_ident!("{name}");
    let doc = vocab.doc;
    let mut variants = Vec::new();
    for (_, variant, doc) in &vocab.words {
        let variant = format_ident!("{variant}");
        variants.push(tokens!([doc, variant] [] #[doc = #doc] #variant));
    }
    let non_exhaustive = if closed == Closed::No { Some(tokens!([] [] #[non_exhaustive])) } else { None };
    let word = word_fn(name, vocab);
    tokens! {[doc, derives, non_exhaustive, ident, word] [variants]
        #[doc = #doc]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq,
            ::core::cmp::Eq, ::core::hash::Hash, #derives)]
        #non_exhaustive
        pub enum #ident {
            #(#variants,)*
        }

        #word
    }
}

fn word_fn(ty: &str, vocab: &Words) -> TokenStream {
    let ty = format_ident!("{ty}");
    let mut variants = Vec::new();
    let mut words = Vec::new();
    for &(word, variant, _) in &vocab.words {
        variants.push(format_ident!("{variant}"));
        words.push(word);
    }
    let doc = format!(" The word the registry file uses for this {}, e.g. `\"{}\"`.", vocab.what, words[0]);
    tokens! {[ty, doc] [variants, words]
        impl crate::#ty {
            #[doc = #doc]
            #[must_use]
            pub const fn word(&self) -> &'static str {
                match self { #(Self::#variants { .. } => #words,)* }
            }
        }
    }
}

/// `Display for Condition`, in the words the generator's docs use (`condition_phrases` and the
/// phrases of `CONDITION_WORDS`).
fn condition_display() -> TokenStream {
    use crate::registry::model::CONDITION_WORDS;
    use crate::registry::model::condition_phrases::{
        ALL_JOIN, AS_WITH, METHODS, METHODS_JOIN, OR, REQUEST_HEADERS, WITH_FIELD,
    };
    let (before, after) = AS_WITH;
    let mut words = Vec::new();
    for (_, variant, phrase) in &CONDITION_WORDS {
        let variant = format_ident!("{}", variant);
        words.push(tokens!([variant, phrase] [] Self::#variant => f.write_str(#phrase),));
    }
    tokens! {[METHODS, METHODS_JOIN, REQUEST_HEADERS, OR, WITH_FIELD, before, after, ALL_JOIN] [words]
        impl ::core::fmt::Display for crate::Condition {
            /// Writes when a header rule applies, e.g. `in responses to POST`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                fn list(f: &mut ::core::fmt::Formatter<'_>, items: &[&str], join: &str) -> ::core::fmt::Result {
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            f.write_str(join)?;
                        }
                        f.write_str(item)?;
                    }
                    ::core::result::Result::Ok(())
                }
                match self {
                    Self::Methods(methods) => {
                        f.write_str(#METHODS)?;
                        list(f, methods, #METHODS_JOIN)
                    }
                    Self::RequestHeaders(fields) => {
                        f.write_str(#REQUEST_HEADERS)?;
                        list(f, fields, #OR)
                    }
                    Self::WithField(field) => {
                        f.write_str(#WITH_FIELD)?;
                        f.write_str(field)
                    }
                    Self::AsWith(code) => {
                        f.write_str(#before)?;
                        ::core::fmt::Display::fmt(code, f)?;
                        f.write_str(#after)
                    }
                    Self::All(all) => {
                        for (i, condition) in all.iter().enumerate() {
                            if i > 0 {
                                f.write_str(#ALL_JOIN)?;
                            }
                            ::core::fmt::Display::fmt(condition, f)?;
                        }
                        ::core::result::Result::Ok(())
                    }
                    #(#words)*
                }
            }
        }
    }
}
