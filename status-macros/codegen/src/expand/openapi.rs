//! `OpenAPI`: one `ResponseDoc` per variant, for status-core's `__utoipa_impls!` (which expands to
//! `utoipa::IntoResponses` with the `utoipa` feature, to nothing without it).

use super::private;
use crate::ast::{Enum, HeaderField, Presence, Variant, doc_text};
use crate::input::types::{Text, generic_of, text_kind};
use crate::template::tokens;
use proc_macro2::TokenStream;

/// The `IntoResponses` request of the enum.
pub fn openapi(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let docs = item.variants.iter().map(|v| response_doc(item, v));
    // Transparent variants document the codes of the subsets they hold.
    let inner = item.inner.iter().map(|i| &i.ty);
    tokens! {[private, ident] [docs, inner]
        #private::__utoipa_impls! { #ident [#(#docs),*] [#(#inner),*] }
    }
}

/// A variant's response: its description, header fields, content and problem members.
fn response_doc(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    let code = &v.code;
    let description = description(v);
    let headers = v.response.headers.iter().map(|h| header_doc(v, h));
    let content = content(item, v);
    let members = v.response.extensions.iter().map(|(name, _)| name);
    tokens!([private, code, description, content] [headers, members] #private::ResponseDoc {
        code: #code,
        description: #description,
        headers: &[#(#headers),*],
        content: #content,
        members: &[#(#members),*],
    })
}

/// `#[response(description = "...")]`, else the first paragraph of the variant's docs (the
/// rest is for the code's readers), else the registry's summary: never empty.
fn description(v: &Variant<'_>) -> String {
    if let Some(text) = &v.response.description {
        return text.value();
    }
    doc_text(&v.attrs)
        .and_then(|doc| doc.split("\n\n").next().map(|p| p.replace('\n', " ").trim().to_owned()))
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| v.entry.summary.clone())
}

/// A header field: described by its doc comment, the registry's note on that field for the
/// code, or its name; its schema from its type (a string for types without one); required
/// unless it is an `Option`.
fn header_doc(v: &Variant<'_>, h: &HeaderField) -> TokenStream {
    let private = private();
    let field = h.name.value();
    let rule = v.entry.facts.headers.iter().find(|r| r.field.eq_ignore_ascii_case(&field));
    let text = h
        .doc
        .clone()
        .or_else(|| rule.map(|r| r.note.clone()))
        .unwrap_or_else(|| format!("The `{field}` header field."));
    let required = h.presence == Presence::Always;
    let ty = &h.value_ty;
    tokens!([private, field, text, required, ty] [] #private::HeaderDoc {
        name: #field,
        description: #text,
        required: #required,
        schema: || {
            use #private::{HeaderHasSchema as _, HeaderIsText as _};
            (&&#private::SchemaOf::<#ty>::NEW).header_schema()
        },
    })
}

/// The content of the variant's response: its `#[body]` (`Json<T>` as JSON with `T`'s schema,
/// text as a string), or for a 4xx/5xx the error format's.
fn content(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    if let Some((_, ty)) = &v.response.body {
        // `Json<T>` (axum's, actix-web's or status-core's, by any path) documents `T`.
        if let Some(value) = generic_of(ty, "Json") {
            return tokens!([private, value] []|| {
                use #private::{BodyHasSchema as _, BodyIsAnything as _};
                ::core::option::Option::Some(("application/json", (&&#private::SchemaOf::<#value>::NEW).body_schema()))
            });
        }
        if text_kind(ty) != Text::Other {
            return tokens!([private] [] #private::text_content);
        }
        return tokens!([] [] || ::core::option::Option::None);
    }
    if v.entry.code < 400 {
        return tokens!([] [] || ::core::option::Option::None);
    }
    let format = item
        .format
        .as_ref()
        .map_or_else(|| tokens!([] [] ::status_core::problem::Rfc9457), |path| quote::ToTokens::to_token_stream(&path));
    tokens!([format, private] [] <#format as #private::ErrorFormat>::openapi)
}
