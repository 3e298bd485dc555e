//! `OpenAPI`: one `ResponseDoc` per variant, for status-core's `__utoipa_impls!` (which expands to
//! `utoipa::IntoResponses` with the `utoipa` feature, to nothing without it).

use super::private;
use super::problem::variant_info;
use crate::ast::{Enum, FixedHeader, HeaderField, Presence, Variant, doc_text};
use crate::input::types::{Text, generic_of, text_kind};
use crate::template::{stream, tokens};
use proc_macro2::{Literal, TokenStream};

/// The `IntoResponses` request of the enum.
pub fn openapi(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let mut docs = Vec::new();
    for v in &item.variants {
        docs.push(response_doc(item, v));
    }
    // Transparent variants document the codes of the subsets they hold, chosen by name.
    let mut inner = Vec::new();
    for i in &item.inner {
        let name = Literal::string(&i.ident.to_string());
        let ty = &i.ty;
        inner.push(tokens!([name, ty] [] #name #ty));
    }
    tokens! {[private, ident] [docs, inner]
        #private::__utoipa_impls! { #ident [#(#docs),*] [#(#inner),*] }
    }
}

/// A variant's response: the variant, its description, header fields, content and problem
/// members.
fn response_doc(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    let variant = variant_info(item, v);
    let description = description(v);
    let mut headers = Vec::new();
    for h in &v.response.fixed {
        headers.push(fixed_header_doc(v, h));
    }
    for h in &v.response.headers {
        headers.push(header_doc(v, h));
    }
    let content = content(item, v);
    let mut members = Vec::new();
    for (name, _) in &v.response.extensions {
        members.push(name);
    }
    tokens!([private, variant, description, content] [headers, members] #private::ResponseDoc {
        variant: #variant,
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
    if let Some(doc) = doc_text(&v.attrs) {
        let first = match doc.split_once("\n\n") {
            Some((first, _)) => first,
            None => &doc,
        };
        let first = first.replace('\n', " ").trim().to_owned();
        if !first.is_empty() {
            return first;
        }
    }
    v.entry.summary.clone()
}

/// A header field: described by its doc comment, the registry's note on that field for the
/// code, or its name; its schema from its type (a string for types without one); required
/// unless it is an `Option`.
fn header_doc(v: &Variant<'_>, h: &HeaderField) -> TokenStream {
    let private = private();
    let field = h.name.value();
    let text = match &h.doc {
        Some(doc) => doc.clone(),
        None => rule_note(v, &field).unwrap_or_else(|| format!("The `{field}` header field.")),
    };
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

/// A `#[header("Name", "value")]` of the variant: in every response, a string that is always
/// the value (its one `enum` member and example), described by the registry's note or its name.
fn fixed_header_doc(v: &Variant<'_>, h: &FixedHeader) -> TokenStream {
    let private = private();
    let (field, value) = (h.name.value(), h.value.value());
    let about = rule_note(v, &field).unwrap_or_else(|| format!("The `{field}` header field"));
    let text = format!("{about}: always `{value}`.");
    tokens!([private, field, text, value] [] #private::HeaderDoc {
        name: #field,
        description: #text,
        required: true,
        schema: || #private::fixed_header_schema(#value),
    })
}

/// The registry's note on header field `field` for the variant's code.
fn rule_note(v: &Variant<'_>, field: &str) -> Option<String> {
    for rule in &v.entry.facts.headers {
        if rule.field.eq_ignore_ascii_case(field) {
            return Some(rule.note.clone());
        }
    }
    None
}

/// The content of the variant's response, a function of the variant: its `#[body]` (`Json<T>`
/// as JSON with `T`'s schema, text as a string), or for a 4xx/5xx what the error format says
/// for the variant.
fn content(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    if let Some((_, ty)) = &v.response.body {
        // `Json<T>` (axum's, actix-web's or status-core's, by any path) documents `T`.
        if let Some(value) = generic_of(ty, "Json") {
            return tokens!([private, value] []|_| {
                use #private::{BodyHasSchema as _, BodyIsAnything as _};
                ::core::option::Option::Some(("application/json", (&&#private::SchemaOf::<#value>::NEW).body_schema()))
            });
        }
        if text_kind(ty) != Text::Other {
            return tokens!([private] [] |_| #private::text_content());
        }
        return tokens!([] [] |_| ::core::option::Option::None);
    }
    if v.entry.code < 400 {
        return tokens!([] [] |_| ::core::option::Option::None);
    }
    let format = match &item.format {
        Some(path) => stream(path),
        None => tokens!([] [] ::status_core::problem::Rfc9457),
    };
    tokens!([format, private] [] <#format as #private::ErrorFormat>::openapi_for)
}
