//! The head of a variant's response, written the same on every path (by reference, by value,
//! body first): the status line with the enum's phrase, the fixed header fields, and the 5xx's
//! cause to log.

use super::private;
use crate::ast::{Enum, PhraseMode, Provider, Variant};
use crate::template::tokens;
use proc_macro2::TokenStream;

/// The status line of a variant: the enum's phrase (where it names one, else its format's),
/// then code and the registry's phrase.
pub(super) fn status_line(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    let (code, reason) = (&v.code, &v.entry.reason);
    let phrase = match (item.phrase, &item.format) {
        (Some(mode), _) => {
            let word = match mode {
                PhraseMode::Registry => tokens!([] [] Registry),
                PhraseMode::Framework => tokens!([] [] Framework),
                PhraseMode::Empty => tokens!([] [] Empty),
            };
            Some(tokens!([private, word] [] #private::Sink::phrase(__sink, #private::Phrase::#word);))
        }
        // The format's phrase, if it has one (a constant: the branch folds away).
        (None, Some(format)) => Some(tokens! {[private, format] []
            if let ::core::option::Option::Some(__phrase) = <#format as #private::ErrorFormat>::PHRASE {
                #private::Sink::phrase(__sink, __phrase);
            }
        }),
        (None, None) => None,
    };
    tokens!([private, code, reason, phrase] [] #phrase #private::Sink::status(__sink, #code, #reason);)
}

/// The variant's `#[header("Name", "value")]` fields: `&'static str`s checked as field values
/// when the enum was compiled, handed over without a copy.
pub(super) fn fixed_headers(v: &Variant<'_>) -> TokenStream {
    let private = private();
    let names = v.response.fixed.iter().map(|h| &h.name);
    let values = v.response.fixed.iter().map(|h| &h.value);
    tokens!([private] [names, values] #(#private::Sink::static_header(__sink, #names, #values);)*)
}

/// The 5xx's cause to log: its `#[cause]` field; where the enum is no `Error` of ours
/// (`skip(Error)`), its source field; else the variant itself, an error whose `source()` chain
/// the line follows.
pub(super) fn log_cause(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    let field = match (&v.cause_field, &v.source) {
        (Some(field), _) => Some(field),
        (None, Some(source)) if item.errors.error == Provider::Skipped => Some(source),
        _ => None,
    };
    match field {
        Some(field) => {
            let binding = &field.binding;
            tokens!([private, binding] [] #private::__log_cause!(__sink, #binding);)
        }
        None => tokens!([private] [] #private::__log_cause!(__sink, self);),
    }
}
