//! Code generation from the model in [`crate::ast`]: one path for registry enums (`StatusCode`,
//! custom registries) and subsets. Generated code reaches the runtime only through
//! [`private`], status-core's `__private` module.

mod convert;
mod decode;
pub mod docs;
mod error;
mod facts;
mod head;
mod inherent;
mod openapi;
mod problem;
mod respond;
mod started;
mod table;
mod vocabulary;

pub use vocabulary::vocabulary;

use crate::ast::{Enum, Form, Kind, Provider, Shape, Variant};
use crate::template::{stream, tokens};
use proc_macro2::TokenStream;
use std::fmt::Write as _;

pub use crate::template::private;

/// Every item generated for the enum.
pub fn expand(item: &Enum<'_>) -> TokenStream {
    let definition = match item.form {
        Form::Attribute => definition(item),
        Form::Derive => TokenStream::new(),
    };
    let include = match &item.kind {
        Kind::Registry { include: Some(file), .. } => tokens!([file] []
            const _: &str = ::core::include_str!(#file);
        ),
        _ => TokenStream::new(),
    };
    let inherent = inherent::inherent(item);
    let display = display(item);
    let errors = error::errors(item);
    let conversions = convert::conversions(item);
    let respond = respond::respond(item);
    let openapi = openapi::openapi(item);
    let same_registry = same_registry(item);
    let decode = decode::decode(item);
    tokens! {[definition, include, same_registry, inherent, display, errors, conversions, respond, openapi, decode] []
        #definition
        #include
        #same_registry
        #inherent
        #display
        #errors
        #conversions
        #respond
        #openapi
        #decode
    }
}

/// For subsets of `StatusCode`: a compile-time check that status-core generated `StatusCode` from
/// the same registry bytes this subset was checked against.
fn same_registry(item: &Enum<'_>) -> TokenStream {
    let Kind::Subset { of: crate::ast::Parent::StatusCode } = &item.kind else { return TokenStream::new() };
    let private = private();
    let fingerprint = crate::registry::load::canonical_fingerprint();
    tokens!([private, fingerprint] [] const _: () = #private::same_registry(#fingerprint);)
}

/// The enum itself, for the attribute forms: the user's attributes, the registry's docs on the
/// enum and each variant, `#[repr(u16)]` and the codes as discriminants when all are unit.
fn definition(item: &Enum<'_>) -> TokenStream {
    let Enum { attrs, vis, ident, .. } = item;
    let mut table = docs::enum_docs(item);
    for i in &item.inner {
        let ty = i.ty.to_string().replace(' ', "");
        let _ = write!(table, "\n\n`{}` holds [`{ty}`]: every code it returns is one of this enum's too.", i.ident);
    }
    // A blank doc line between the user's docs and ours, so that they stay separate paragraphs.
    let separator = doc_separator(attrs);
    let derives = if item.is_registry() {
        Some(
            tokens!([] [] #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq,
            ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord)]),
        )
    } else {
        None
    };
    let repr = if item.shape == Shape::Unit { Some(tokens!([] [] #[repr(u16)])) } else { None };
    let displaydoc = if item.errors.displaydoc && !has_attr(attrs, "ignore_extra_doc_attributes") {
        Some(tokens!([] [] #[ignore_extra_doc_attributes]))
    } else {
        None
    };
    let variants = variant_definitions(item);
    tokens! {[separator, table, derives, repr, displaydoc, vis, ident] [attrs, variants]
        #(#attrs)*
        #separator
        #[doc = #table]
        #derives
        #repr
        #displaydoc
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// The variants in the user's order: those with a code and the transparent ones, each list
/// already in order of position, merged.
fn variant_definitions(item: &Enum<'_>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    let (mut own, mut inner) = (item.variants.iter().peekable(), item.inner.iter().peekable());
    loop {
        let take_own = match (own.peek(), inner.peek()) {
            (Some(v), Some(i)) => v.position <= i.position,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        if take_own {
            if let Some(v) = own.next() {
                out.push(variant_definition(item, v));
            }
        } else if let Some(i) = inner.next() {
            out.push(inner_definition(i));
        }
    }
}

/// A `#[status(transparent)]` variant as the user wrote it, documented.
fn inner_definition(i: &crate::ast::Inner) -> TokenStream {
    let (attrs, ident, fields) = (&i.attrs, &i.ident, &i.fields);
    let ty = i.ty.to_string().replace(' ', "");
    let doc = format!(
        " Every code of [`{ty}`]: its status, header fields and problem are this variant's (`#[status(transparent)]`)."
    );
    let separator = doc_separator(attrs);
    tokens!([separator, doc, ident, fields] [attrs] #(#attrs)* #separator #[doc = #doc] #ident #fields)
}

/// Whether `attrs` has an attribute with this path.
fn has_attr(attrs: &[crate::input::Attribute], name: &str) -> bool {
    for a in attrs {
        if a.path().is_ident(name) {
            return true;
        }
    }
    false
}

/// `#[doc = ""]` after the user's docs, if any, so that ours start a paragraph of their own.
fn doc_separator(attrs: &[crate::input::Attribute]) -> Option<TokenStream> {
    if has_attr(attrs, "doc") { Some(tokens!([] [] #[doc = ""])) } else { None }
}

fn variant_definition(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let Variant { attrs, ident, fields, entry, code, .. } = v;
    let doc = docs::variant(item.registry, entry);
    let separator = doc_separator(attrs);
    let alias = entry.code.to_string();
    let former = &entry.former_names;
    let discriminant = if item.shape == Shape::Unit { Some(tokens!([code] [] = #code)) } else { None };
    tokens! {[separator, doc, alias, ident, fields, discriminant] [attrs, former]
        #(#attrs)*
        #separator
        #[doc = #doc]
        #[doc(alias = #alias)]
        #(#[doc(alias = #former)])*
        #ident #fields #discriminant
    }
}

/// `Display`: the code and reason phrase, e.g. `404 Not Found` (a transparent variant: the
/// inner subset's); none when a derive beside the subset writes it (thiserror's messages).
fn display(item: &Enum<'_>) -> TokenStream {
    if item.errors.display != Provider::Subset {
        return TokenStream::new();
    }
    let ident = &item.ident;
    let mut lines = Vec::new();
    for v in &item.variants {
        lines.push(format!("{} {}", v.entry.code, v.entry.reason));
    }
    let inner = item.inner_arms(&|i| tokens!([i] [] ::core::fmt::Display::fmt(#i, f)));
    let private = private();
    tokens! {[ident, inner, private] [pats = inherent::patterns(item), lines]
        #private::Display__opt_out_with__subset_skip_Display! { #ident {
            /// Writes the code and reason phrase, e.g. `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self { #(#pats => f.pad(#lines),)* #inner }
            }
        } }
    }
}

/// The variants' codes, as unsuffixed literals.
fn codes(item: &Enum<'_>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for v in &item.variants {
        out.push(stream(&v.code));
    }
    out
}
