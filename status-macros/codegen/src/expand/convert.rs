//! Conversions: with `u16` (`From`, `TryFrom`, `PartialEq`), `FromStr`, `HttpStatus`, with the
//! parent enum (subsets) or with `StatusCode` (custom registries), and the feature-gated impls
//! that status-core's macros expand (serde, http).

use super::private;
use crate::ast::{Canonical, Enum, Kind, Provider, Shape};
use crate::template::{stream, tokens};
use proc_macro2::TokenStream;
use quote::format_ident;

/// Every conversion impl of the enum.
pub fn conversions(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let mut out = tokens!([private, ident] [] #private::__u16_impls! { #ident });
    if item.shape == Shape::Unit {
        out.extend(from_numbers(item));
    }
    // Feature-dependent impls: macros of status-core that expand to nothing when the feature is off.
    let shape = match item.shape {
        Shape::Unit => tokens!([] [] unit),
        Shape::Data => tokens!([] [] data),
    };
    // Serde's number form is for enums of unit variants only.
    let unit = item.shape == Shape::Unit;
    if unit && item.errors.serialize == Provider::Subset {
        out.extend(tokens!([private, shape, ident] [] #private::Serialize__opt_out_with__subset_skip_Serialize! { #shape #ident }));
    }
    if unit && item.errors.deserialize == Provider::Subset {
        out.extend(tokens!([private, shape, ident] [] #private::Deserialize__opt_out_with__subset_skip_Deserialize! { #shape #ident }));
    }
    out.extend(tokens!([private, shape, ident] [] #private::__http_impls! { #shape #ident }));
    match &item.kind {
        Kind::Registry { canonical: Canonical::ConvertsWith(canonical), .. } => {
            out.extend(with_status_code(item, canonical));
        }
        Kind::Registry { canonical: Canonical::Itself { .. }, .. } => {}
        Kind::Subset { .. } => out.extend(with_parent(item)),
    }
    out
}

/// `HttpStatus`, `TryFrom<u16>` and `FromStr` (status-core's `__number_impls!`): making a value
/// from a number needs every variant to be a unit variant.
fn from_numbers(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let name = ident.to_string();
    let parent = &item.parent;
    // `HttpStatus` takes `&self`; registry enums' inherent methods take `self` (they are `Copy`).
    let receiver = match item.receiver {
        crate::ast::Receiver::ByValue => tokens!([] [] by_value),
        crate::ast::Receiver::ByRef => tokens!([] [] by_ref),
    };
    // A whole registry also knows the codes it has no variant for (`lookup`); `StatusCode`
    // parses through one table of every three-digit outcome, every other enum generically.
    let kind = match &item.kind {
        Kind::Registry { canonical: Canonical::Itself { .. }, .. } => tokens!([] [] canonical),
        Kind::Registry { .. } => tokens!([] [] registry),
        Kind::Subset { .. } => tokens!([] [] subset),
    };
    // A registry without a `[[field]]` table reads values by the IANA registry's grammars (the
    // trait's default).
    let fields = if item.is_registry() && !item.registry.fields.is_empty() {
        tokens!([] [] fields)
    } else {
        tokens!([] [] no_fields)
    };
    tokens!([private, ident, name, parent, receiver, kind, fields] [] #private::__number_impls! { #ident #name #parent, #receiver #kind #fields })
}

/// For a subset: `From` into its parent (every code is in it), and `TryFrom` back for unit
/// subsets.
fn with_parent(item: &Enum<'_>) -> TokenStream {
    let ident = &item.ident;
    let (ours, parent) = (stream(ident), &item.parent);
    let mut arms = Arms::default();
    for v in &item.variants {
        let (n, pv) = (&v.ident, &v.parent_variant);
        arms.pats.push(tokens!([ident, n] [] #ident::#n { .. }));
        arms.values.push(tokens!([parent, pv] [] #parent::#pv));
    }
    let private = private();
    for i in &item.inner {
        let (n, pattern) = (&i.ident, i.pattern());
        arms.pats.push(tokens!([ident, n, pattern] [] #ident::#n #pattern));
        arms.values.push(tokens!([private] [] #private::Subset::status(&__inner)));
    }
    let mut out = conversion(&ours, parent, Some(arms));
    if item.shape == Shape::Unit {
        out.extend(conversion(parent, &ours, None));
    }
    out
}

/// The arms of a conversion's match: patterns and the values they convert to.
#[derive(Default)]
struct Arms {
    pats: Vec<TokenStream>,
    values: Vec<TokenStream>,
}

/// For a custom registry enum: conversions with `status_core::StatusCode` by number. `From`
/// where every code of one side is in the other, `TryFrom` (an `UnknownStatus` error) otherwise.
fn with_status_code(item: &Enum<'_>, canonical: &crate::registry::model::Registry) -> TokenStream {
    let private = private();
    let sc = tokens!([private] [] #private::StatusCode);
    let ident = &item.ident;
    let ours = stream(ident);
    let mut to_canonical = Some(Arms::default());
    for v in &item.variants {
        let theirs = match canonical.get(v.entry.code) {
            Some(c) if c.registration.is_usable() => c,
            _ => {
                to_canonical = None;
                break;
            }
        };
        let (n, c) = (&v.ident, format_ident!("{}", theirs.variant));
        if let Some(arms) = &mut to_canonical {
            arms.pats.push(tokens!([ident, n] [] #ident::#n));
            arms.values.push(tokens!([sc, c] [] #sc::#c));
        }
    }
    let mut from_canonical = Some(Arms::default());
    for c in &canonical.entries {
        if !c.registration.is_usable() {
            continue;
        }
        let Some(mine) = variant_of(item, c.code) else {
            from_canonical = None;
            break;
        };
        let theirs = format_ident!("{}", c.variant);
        if let Some(arms) = &mut from_canonical {
            arms.pats.push(tokens!([sc, theirs] [] #sc::#theirs));
            arms.values.push(tokens!([ident, mine] [] #ident::#mine));
        }
    }
    let mut out = conversion(&ours, &sc, to_canonical);
    out.extend(conversion(&sc, &ours, from_canonical));
    out
}

/// The name of the enum's first variant with `code`.
fn variant_of<'a>(item: &'a Enum<'_>, code: u16) -> Option<&'a syn::Ident> {
    for v in &item.variants {
        if v.entry.code == code {
            return Some(&v.ident);
        }
    }
    None
}

/// A conversion from one generated enum to another: `From` by a match when every variant of
/// `from` has a counterpart (`arms`), otherwise `TryFrom` by number, failing with
/// `UnknownStatus` (`to` has `TryFrom<u16>`: it has only unit variants).
fn conversion(from: &TokenStream, to: &TokenStream, arms: Option<Arms>) -> TokenStream {
    let private = private();
    let Some(Arms { pats, values }) = arms else {
        return tokens! {[from, to, private] []
            #[automatically_derived]
            impl ::core::convert::TryFrom<#from> for #to {
                type Error = #private::UnknownStatus;

                #[inline]
                fn try_from(status: #from) -> ::core::result::Result<Self, Self::Error> {
                    <#to as ::core::convert::TryFrom<u16>>::try_from(status.code())
                }
            }
        };
    };
    tokens! {[from, to] [pats, values]
        #[automatically_derived]
        impl ::core::convert::From<#from> for #to {
            #[inline]
            fn from(status: #from) -> #to {
                match status { #(#pats => #values,)* }
            }
        }
    }
}
