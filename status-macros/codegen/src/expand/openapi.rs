//! `OpenAPI`: one `ResponseDoc` per variant, for status-core's `__utoipa_impls!` (which expands to
//! `utoipa::IntoResponses` with the `utoipa` feature, to nothing without it).

use super::private;
use crate::ast::{Enum, Variant, doc_text};
use proc_macro2::TokenStream;
use quote::quote;

/// The `IntoResponses` request of the enum.
pub fn openapi(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let docs = item.variants.iter().map(|v| response_doc(v));
    // Transparent variants document the codes of the subsets they hold.
    let inner = item.inner.iter().map(|i| &i.ty);
    quote! {
        #private::__utoipa_impls! { #ident [#(#docs),*] [#(#inner),*] }
    }
}

/// A variant's response: its doc comment (or the registry's summary, so never empty) and its
/// header fields, each described by its own doc comment, the registry's note on that field for
/// the code, or its name.
fn response_doc(v: &Variant<'_>) -> TokenStream {
    let private = private();
    let code = &v.code;
    let description = doc_text(&v.attrs).unwrap_or_else(|| v.entry.summary.clone());
    let headers = v.response.headers.iter().map(|h| {
        let field = h.name.value();
        let rule = v.entry.facts.headers.iter().find(|r| r.field.eq_ignore_ascii_case(&field));
        let text = h
            .doc
            .clone()
            .or_else(|| rule.map(|r| r.note.clone()))
            .unwrap_or_else(|| format!("The `{field}` header field."));
        quote!((#field, #text))
    });
    quote!(#private::ResponseDoc { code: #code, description: #description, headers: &[#(#headers),*] })
}
