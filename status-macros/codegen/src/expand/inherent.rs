//! The inherent impl of every generated enum: `code()`, `reason()`, `class()`, `info()`,
//! `status()`; a registry enum's also has the class predicates and the accessors of the registry's facts (each
//! delegating to `self.info()`). A subset reaches those through `status()`, `info()` or the
//! `Subset` trait's provided methods, written once in status-core: a subset's expansion keeps
//! what differs per enum, which a service compiles again on every rebuild.

use super::{codes, private};
use crate::ast::{Classed, Enum, Kind, Shape};
use crate::template::{stream, tokens};
use proc_macro2::TokenStream;
use quote::format_ident;

/// The inherent impl: tables and number conversions (unit enums), `code`, `reason`, `as_str`,
/// `class`, `info`, `status` (subsets), the class predicates and the facts' accessors (registry
/// enums).
pub fn inherent(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let constness = item.constness();
    let recv = item.receiver.tokens();
    let pats = patterns(item);
    // A registry enum's discriminants are its codes (`#[repr(u16)]`, taken by value).
    let code_body = if item.is_registry() {
        tokens!([] [] self as u16)
    } else {
        let inner = subset_arms(item, &private, "code");
        tokens!([inner] [pats = &pats, codes = codes(item)] match self { #(#pats => #codes,)* #inner })
    };
    // A subset's phrase, digits and facts are its parent variant's: one match (`status()`) per
    // enum instead of one per method.
    let reason_body = if item.is_registry() {
        let row = registry_row();
        tokens!([row] [] Self::REGISTRY[#row].reason())
    } else {
        tokens!([] [] self.status().reason())
    };
    let str_body = if item.is_registry() {
        let digits = item.variants.iter().map(|v| v.entry.code.to_string());
        tokens!([] [pats = &pats, digits] match self { #(#pats => #digits,)* })
    } else {
        tokens!([] [] self.status().as_str())
    };

    let unit_items = if item.shape == Shape::Unit { Some(super::table::unit_items(item)) } else { None };
    let registry_items = if item.is_registry() { Some(super::table::registry_items(item)) } else { None };
    let status = status_fn(item);
    let class_fns = class_fns(item);
    let accessors = accessors(item);
    tokens! {[ident, unit_items, registry_items, constness, recv, code_body, reason_body, str_body, status, class_fns, accessors] []
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
                #str_body
            }

            #status
            #class_fns
            #accessors
        }
    }
}

/// The variants' patterns (`Self::Name { .. }`), as the arms of a match list them.
pub(super) fn patterns(item: &Enum<'_>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for v in &item.variants {
        out.push(v.pattern.clone());
    }
    out
}

/// The same codes' variants of the parent enum.
fn parent_variants(item: &Enum<'_>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for v in &item.variants {
        out.push(stream(&v.parent_variant));
    }
    out
}

/// The transparent variants' arms of a method that asks the inner subset through the `Subset`
/// trait: `Self::V(__inner) => #private::Subset::method(__inner),`.
fn subset_arms(item: &Enum<'_>, private: &TokenStream, method: &str) -> TokenStream {
    let method = format_ident!("{method}");
    item.inner_arms(&|i| tokens!([private, method, i] [] #private::Subset::#method(#i)))
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
    let private = private();
    let inner = subset_arms(item, &private, "status");
    tokens! {[doc, constness, recv, inner, parent] [pats = patterns(item), parents = parent_variants(item)]
        #[doc = #doc]
        #[must_use]
        #[inline]
        pub #constness fn status(#recv) -> #parent {
            match self { #(#pats => #parent::#parents,)* #inner }
        }
    }
}

/// `class()`, and a registry enum's `is_*` class predicates (a subset's are the `Subset`
/// trait's); their docs name the classes as the registry's `[[class]]` table does.
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
    let mut out = class_fn;
    if !item.is_registry() {
        return out;
    }
    for &(digit, f, variant) in &crate::registry::model::CLASS_PREDICATES {
        let (f, variant) = (format_ident!("{f}"), format_ident!("{variant}"));
        let mut doc = format!(" Whether the code is {digit}xx.");
        for c in &item.registry.classes {
            if c.digit == digit {
                doc = format!(" Whether the code is {digit}xx ({}): {}", c.name, c.summary);
                break;
            }
        }
        out.extend(tokens! {[doc, constness, f, recv, private, variant] []
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub #constness fn #f(#recv) -> bool {
                #private::StatusClass::#variant.contains(self.code())
            }
        });
    }
    out
}

/// `info()` and the accessors of the facts it holds.
fn accessors(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let constness = item.constness();
    let recv = item.receiver.tokens();
    let info_body = if item.is_registry() {
        let row = registry_row();
        tokens!([row] [] &Self::REGISTRY[#row])
    } else {
        tokens!([] [] self.status().info())
    };
    let mut facts = Vec::new();
    let table = if item.is_registry() { fact_table(&private).to_vec() } else { Vec::new() };
    for (name, ty, doc) in table {
        let (name, doc) = (format_ident!("{name}"), format!(" {doc}"));
        facts.push(tokens! {[doc, constness, name, recv, ty] []
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub #constness fn #name(#recv) -> #ty {
                self.info().#name()
            }
        });
    }
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
