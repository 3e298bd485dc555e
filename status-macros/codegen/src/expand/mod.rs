//! Code generation from the model in [`crate::ast`]: one path for registry enums (`StatusCode`,
//! custom registries) and subsets. Generated code reaches the runtime only through
//! [`private`], status-core's `__private` module.

mod convert;
pub mod docs;
mod error;
mod facts;
mod openapi;
mod problem;
mod respond;
mod table;
mod vocabulary;

pub use vocabulary::vocabulary;

use crate::ast::{Classed, Enum, Form, Kind, Provider, Shape, Variant};
use crate::template::tokens;
use proc_macro2::TokenStream;
use quote::format_ident;
use std::fmt::Write as _;

/// The one path from generated code to the runtime (status-core's `src/private.rs`).
pub fn private() -> TokenStream {
    tokens!([] [] ::status_core::__private)
}

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
    let inherent = inherent(item);
    let display = display(item);
    let errors = error::errors(item);
    let conversions = convert::conversions(item);
    let respond = respond::respond(item);
    let openapi = openapi::openapi(item);
    let same_registry = same_registry(item);
    tokens! {[definition, include, same_registry, inherent, display, errors, conversions, respond, openapi] []
        #definition
        #include
        #same_registry
        #inherent
        #display
        #errors
        #conversions
        #respond
        #openapi
    }
}

/// For subsets of `StatusCode`: a compile-time check that status-core generated `StatusCode` from
/// the same registry bytes this subset was checked against.
fn same_registry(item: &Enum<'_>) -> TokenStream {
    let Kind::Subset { of: crate::ast::Parent::StatusCode } = &item.kind else { return TokenStream::new() };
    let private = private();
    let fingerprint = crate::registry::load::fingerprint(crate::registry::load::CANONICAL.as_bytes());
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
    let separator = attrs.iter().any(|a| a.path().is_ident("doc")).then(|| tokens!([] [] #[doc = ""]));
    let derives = item.is_registry().then(|| {
        tokens!([] [] #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq,
            ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord)])
    });
    let repr = (item.shape == Shape::Unit).then(|| tokens!([] [] #[repr(u16)]));
    let displaydoc = (item.errors.displaydoc
        && !attrs.iter().any(|a| a.path().is_ident("ignore_extra_doc_attributes")))
    .then(|| tokens!([] [] #[ignore_extra_doc_attributes]));
    // The user's order: variants with a code and transparent ones, by their position.
    let mut variants: Vec<(usize, TokenStream)> =
        item.variants.iter().map(|v| (v.position, variant_definition(item, v))).collect();
    variants.extend(item.inner.iter().map(|i| {
        let (attrs, ident, fields) = (&i.attrs, &i.ident, &i.fields);
        let ty = i.ty.to_string().replace(' ', "");
        let doc = format!(
            " Every code of [`{ty}`]: its status, header fields and problem are this variant's (`#[status(transparent)]`)."
        );
        let separator = attrs.iter().any(|a| a.path().is_ident("doc")).then(|| tokens!([] [] #[doc = ""]));
        (i.position, tokens!([separator, doc, ident, fields] [attrs] #(#attrs)* #separator #[doc = #doc] #ident #fields))
    }));
    variants.sort_by_key(|(position, _)| *position);
    let variants = variants.into_iter().map(|(_, tokens)| tokens);
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

fn variant_definition(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let Variant { attrs, ident, fields, entry, code, .. } = v;
    let doc = docs::variant(item.registry, entry);
    let separator = attrs.iter().any(|a| a.path().is_ident("doc")).then(|| tokens!([] [] #[doc = ""]));
    let alias = entry.code.to_string();
    let former = &entry.former_names;
    let discriminant = (item.shape == Shape::Unit).then(|| tokens!([code] [] = #code));
    tokens! {[separator, doc, alias, ident, fields, discriminant] [attrs, former]
        #(#attrs)*
        #separator
        #[doc = #doc]
        #[doc(alias = #alias)]
        #(#[doc(alias = #former)])*
        #ident #fields #discriminant
    }
}

/// The inherent impl: tables and number conversions (unit enums), `code`, `reason`, `as_str`,
/// `status`, the class predicates and the accessors of the registry's facts.
fn inherent(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let constness = item.constness();
    let recv = item.receiver.tokens();
    let pats: Vec<&TokenStream> = item.variants.iter().map(|v| &v.pattern).collect();
    let codes = item.variants.iter().map(|v| &v.code);
    let reasons = item.variants.iter().map(|v| v.entry.reason.as_str());
    let digits = item.variants.iter().map(|v| v.entry.code.to_string());
    // A registry enum's discriminants are its codes (`#[repr(u16)]`, taken by value).
    let code_body = if item.is_registry() {
        tokens!([] [] self as u16)
    } else {
        let inner = item.inner_arms(|i| tokens!([private, i] [] #private::Subset::code(#i)));
        tokens!([inner] [pats = &pats, codes] match self { #(#pats => #codes,)* #inner })
    };
    let inner_reason = item.inner_arms(|i| tokens!([private, i] [] #private::Subset::reason(#i)));
    let reason_body = if item.is_registry() {
        let row = registry_row();
        tokens!([row] [] Self::REGISTRY[#row].reason())
    } else {
        tokens!([inner_reason] [pats = &pats, reasons] match self { #(#pats => #reasons,)* #inner_reason })
    };
    let inner_str = item.inner_arms(|i| tokens!([private, i] [] #private::Subset::as_str(#i)));

    let unit_items = (item.shape == Shape::Unit).then(|| table::unit_items(item));
    let registry_items = item.is_registry().then(|| table::registry_items(item));
    let status = status_fn(item);
    let class_fns = class_fns(item);
    let accessors = accessors(item);
    tokens! {[ident, unit_items, registry_items, constness, recv, code_body, reason_body, inner_str, status, class_fns, accessors] [pats = &pats, digits]
        impl #ident {
            #unit_items
            #registry_items

            /// The numeric status code, e.g. `404`.
            #[must_use]
            #[inline]
            pub #constness fn code(#recv) -> u16 {
                #code_body
            }

            /// The reason phrase registered for the code, e.g. `"Not Found"`.
            #[must_use]
            #[inline]
            pub #constness fn reason(#recv) -> &'static str {
                #reason_body
            }

            /// The code as three digits, e.g. `"404"`, without allocating.
            #[must_use]
            #[inline]
            pub #constness fn as_str(#recv) -> &'static str {
                match self { #(#pats => #digits,)* #inner_str }
            }

            #status
            #class_fns
            #accessors
        }
    }
}

/// `status()`, for subsets: the variant's code as the registry enum the subset is drawn from
/// (`StatusCode` for `#[subset]`), whatever data the variant carries.
fn status_fn(item: &Enum<'_>) -> TokenStream {
    let Kind::Subset { of } = &item.kind else { return TokenStream::new() };
    let constness = item.constness();
    let (shown, target) = of.doc_link();
    let doc = format!(
        " The variant's code as [`{shown}`]({target}), the registry enum this subset is drawn from, whatever data the variant carries."
    );
    let (recv, parent) = (item.receiver.tokens(), &item.parent);
    let pats = item.variants.iter().map(|v| &v.pattern);
    let parents = item.variants.iter().map(|v| &v.parent_variant);
    let private = private();
    let inner = item.inner_arms(|i| tokens!([private, i] [] #private::Subset::status(#i)));
    tokens! {[doc, constness, recv, inner, parent] [pats, parents]
        #[doc = #doc]
        #[must_use]
        #[inline]
        pub #constness fn status(#recv) -> #parent {
            match self { #(#pats => #parent::#parents,)* #inner }
        }
    }
}

/// `class()` and the `is_*` class predicates; their docs name the classes as the registry's
/// `[[class]]` table does.
fn class_fns(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let constness = item.constness();
    let recv = item.receiver.tokens();
    let class_fn = match item.classed {
        Classed::All => tokens! {[constness, recv, private] []
            /// The class of this code (its first digit), RFC 9110, Section 15.
            #[must_use]
            #[inline]
            pub #constness fn class(#recv) -> #private::StatusClass {
                #private::class_of_valid(self.code())
            }
        },
        Classed::NotAll => tokens! {[constness, recv, private] []
            /// The class of this code (its first digit), RFC 9110, Section 15; `None` for codes
            /// 600 and above, which RFC 9110 gives no class.
            #[must_use]
            #[inline]
            pub #constness fn class(#recv) -> ::core::option::Option<#private::StatusClass> {
                #private::StatusClass::of(self.code())
            }
        },
    };
    let predicates = crate::registry::model::CLASS_PREDICATES.iter().map(|&(digit, f, variant)| {
        let (f, variant) = (format_ident!("{f}"), format_ident!("{variant}"));
        let doc = match item.registry.classes.iter().find(|c| c.digit == digit) {
            Some(c) => format!(" Whether the code is {digit}xx ({}): {}", c.name, c.summary),
            None => format!(" Whether the code is {digit}xx."),
        };
        tokens! {[doc, constness, f, recv, private, variant] []
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub #constness fn #f(#recv) -> bool {
                #private::StatusClass::#variant.contains(self.code())
            }
        }
    });
    tokens!([class_fn] [predicates] #class_fn #(#predicates)*)
}

/// `info()` and the accessors of the facts it holds.
fn accessors(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let constness = item.constness();
    let recv = item.receiver.tokens();
    let pats = item.variants.iter().map(|v| &v.pattern);
    let info_body = if item.is_registry() {
        let row = registry_row();
        tokens!([row] [] &Self::REGISTRY[#row])
    } else {
        let parent = &item.parent;
        let parents = item.variants.iter().map(|v| &v.parent_variant);
        let inner = item.inner_arms(|i| tokens!([private, i] [] #private::Subset::info(#i)));
        tokens!([inner, parent] [pats, parents] match self { #(#pats => #parent::#parents.info(),)* #inner })
    };
    let facts = fact_table(&private).map(|(name, ty, doc)| {
        let (name, doc) = (format_ident!("{name}"), format!(" {doc}"));
        tokens! {[doc, constness, name, recv, ty] []
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub #constness fn #name(#recv) -> #ty {
                self.info().#name()
            }
        }
    });
    tokens! {[constness, recv, private, info_body] [facts]
        /// Everything the registry records about this code: meaning, citation, spec facts.
        #[must_use]
        #[inline]
        pub #constness fn info(#recv) -> &'static #private::StatusInfo {
            #info_body
        }

        #(#facts)*
    }
}

/// A registry enum's `REGISTRY` row, through `__ROW` (every variant's code is in it, so the
/// row is never the 0 of an unregistered code).
fn registry_row() -> TokenStream {
    tokens!([] [] (Self::__ROW[(self as u16 - Self::__ROW_MIN) as usize] as usize - 1))
}

/// `Display`: the code and reason phrase, e.g. `404 Not Found` (a transparent variant: the
/// inner subset's); none when a derive beside the subset writes it (thiserror's messages).
fn display(item: &Enum<'_>) -> TokenStream {
    if item.errors.display == Provider::Derive {
        return TokenStream::new();
    }
    let ident = &item.ident;
    let pats = item.variants.iter().map(|v| &v.pattern);
    let lines = item.variants.iter().map(|v| format!("{} {}", v.entry.code, v.entry.reason));
    let inner = item.inner_arms(|i| tokens!([i] [] ::core::fmt::Display::fmt(#i, f)));
    tokens! {[ident, inner] [pats, lines]
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// Writes the code and reason phrase, e.g. `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self { #(#pats => f.pad(#lines),)* #inner }
            }
        }
    }
}

/// The accessors of the facts every generated enum has: (name, return type, doc), each
/// delegating to `self.info()`.
fn fact_table(private: &TokenStream) -> [(&'static str, TokenStream, &'static str); 14] {
    [
        ("summary", tokens!([] [] &'static str), "One-line summary of what the code means."),
        ("description", tokens!([] [] &'static str), "What the code means and when to use it."),
        (
            "citation",
            tokens!([private] [] #private::Citation),
            "The specification (and section) that defines the code, with its URL.",
        ),
        (
            "is_heuristically_cacheable",
            tokens!([] [] bool),
            "Whether a cache may reuse the response without explicit freshness information (heuristically cacheable).",
        ),
        ("allows_content", tokens!([] [] bool), "Whether a response with this code may carry content."),
        (
            "content",
            tokens!([private] [] #private::Content),
            "Whether a response with this code carries content: allowed, never by framing, or not to be generated.",
        ),
        (
            "caching",
            tokens!([private] [] ::core::option::Option<#private::Caching>),
            "How caches treat the response (heuristically cacheable or never stored), with its citation.",
        ),
        (
            "header_rules",
            tokens!([private] [] &'static [#private::HeaderRule]),
            "Header fields the specification requires, recommends or forbids with this code.",
        ),
        (
            "retry",
            tokens!([private] [] ::core::option::Option<#private::Retry>),
            "Whether and how a client may repeat the request after this code.",
        ),
        (
            "sender",
            tokens!([private] [] ::core::option::Option<#private::Sender>),
            "Who sends this code, when the specification names a party.",
        ),
        (
            "history",
            tokens!([private] [] ::core::option::Option<#private::History>),
            "Where this code was first defined: document, year and HTTP version.",
        ),
        (
            "limits",
            tokens!([private] [] &'static [#private::Limit]),
            "Further conditions on sending or handling this code.",
        ),
        (
            "request",
            tokens!([private] [] ::core::option::Option<#private::RequestContext>),
            "The request a response with this code answers (methods, request header fields).",
        ),
        (
            "registration",
            tokens!([private] [] #private::Registration),
            "The code's registration status (permanent, temporary, obsoleted ...).",
        ),
    ]
}
