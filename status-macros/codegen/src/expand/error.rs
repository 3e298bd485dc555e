//! The error side of a subset: `core::error::Error` with `source()`, the `From` conversions of
//! `#[from]` fields and transparent variants (unless a derive beside the subset writes them),
//! the `Subset` impl with every code the enum returns, and the const checks of a composition.

use super::private;
use crate::ast::{Enum, Provider};
use crate::template::tokens;
use proc_macro2::TokenStream;

/// Every error-side item of a subset; nothing for registry enums.
pub fn errors(item: &Enum<'_>) -> TokenStream {
    if item.is_registry() {
        return TokenStream::new();
    }
    let error = error_impl(item);
    let from = from_impls(item);
    let subset = subset_impl(item);
    let composition = composition(item);
    tokens!([error, from, subset, composition] [] #error #from #subset #composition)
}

/// `core::error::Error`, its `source()` the variant's source field or the inner subset's own.
fn error_impl(item: &Enum<'_>) -> TokenStream {
    if item.errors.error != Provider::Subset {
        return TokenStream::new();
    }
    let private = private();
    let ident = &item.ident;
    let mut own = Vec::new();
    let mut rest = None;
    for v in &item.variants {
        let Some(source) = &v.source else {
            rest = Some(tokens!([] [] _ => ::core::option::Option::None,));
            continue;
        };
        let (name, member) = (&v.ident, &source.member);
        own.push(tokens! {[name, member] []
            Self::#name { #member: __source, .. } => ::core::option::Option::Some(__source.as_dyn_error()),
        });
    }
    let inner = item.inner_arms(&|i| tokens!([i] [] ::core::error::Error::source(#i)));
    tokens! {[ident, private, inner, rest] [own]
        #private::Error__opt_out_with__subset_skip_Error! { #ident {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                use #private::AsDynError as _;
                match self {
                    #(#own)*
                    #inner
                    #rest
                }
            }
        } }
    }
}

/// `From<T>` for each `#[from]` field and each transparent variant (so that `?` converts an
/// inner subset); where thiserror is derived it writes those of `#[from]` fields itself.
fn from_impls(item: &Enum<'_>) -> TokenStream {
    let ident = &item.ident;
    let ours = item.errors.from == Provider::Subset;
    let mut held = Vec::new();
    for v in &item.variants {
        if let Some(source) = &v.source {
            if source.from && ours {
                held.push((&v.ident, &source.member, &source.ty));
            }
        }
    }
    // A derive writes the `From` of a `#[from]` field, the subset the others; a skipped `From`
    // is the user's, all of them.
    let derived = item.errors.from == Provider::Derive;
    for i in &item.inner {
        if ours || (derived && !i.from) {
            held.push((&i.ident, &i.member, &i.ty));
        }
    }
    let mut impls = TokenStream::new();
    for (name, member, ty) in held {
        let private = private();
        impls.extend(tokens! {[ty, ident, name, member, private] []
            #private::From__opt_out_with__subset_skip_From! { #ident [#ty] {
                #[inline]
                fn from(source: #ty) -> Self {
                    Self::#name { #member: source }
                }
            } }
        });
    }
    impls
}

/// `Subset`: the codes the enum can return, its inner subsets' included.
fn subset_impl(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let ident = &item.ident;
    let codes = super::codes(item);
    let value = if item.inner.is_empty() {
        tokens!([] [codes] &[#(#codes),*])
    } else {
        let own = item.variants.len();
        let mut inner = Vec::new();
        for i in &item.inner {
            inner.push(i.ty.clone());
        }
        tokens!([own, private] [inner = &inner, codes] &{
            const LEN: usize = #own #(+ <#inner as #private::Subset>::CODES.len())*;
            #private::concat_codes::<LEN>(&[&[#(#codes),*] #(, <#inner as #private::Subset>::CODES)*])
        })
    };
    let parent = &item.parent;
    tokens!([private, ident, value, parent] [] #private::__subset_impl! { #ident #parent, #value })
}

/// For an enum holding other subsets: each must be one (a trait error that says so), and no
/// code may be both the enum's own and an inner one's, or in two inner ones: which variant
/// would a client's status stand for? Known only once types are checked, so const assertions.
fn composition(item: &Enum<'_>) -> TokenStream {
    if item.inner.is_empty() {
        return TokenStream::new();
    }
    let private = private();
    let ident = &item.ident;
    let mut checks = Vec::new();
    for n in 0..item.inner.len() {
        let i = &item.inner[n];
        let (ty, held) = (&i.ty, &i.ident);
        let shown = ty.to_string().replace(' ', "");
        for v in &item.variants {
            let (code, name) = (&v.code, &v.ident);
            let message = format!(
                "status {code} is returned both by `{ident}::{name}` and by `{shown}` (held by `{ident}::{held}`): a code belongs to one place in a composition; remove `{name}`, or its code from `{shown}`"
            );
            checks.push(tokens! {[private, ty, code, message] []
                ::core::assert!(!#private::has_code(<#ty as #private::Subset>::CODES, #code), #message);
            });
        }
        for j in &item.inner[n + 1..] {
            let (other, other_held) = (&j.ty, &j.ident);
            let before = "status ";
            let after = format!(
                " is returned by both `{shown}` (held by `{ident}::{held}`) and `{}` (held by `{ident}::{other_held}`): a code belongs to one place in a composition; remove it from one of them",
                other.to_string().replace(' ', "")
            );
            checks.push(tokens! {[private, ty, other, before, after] []
                let __shared = #private::SharedCode::of(
                    <#ty as #private::Subset>::CODES, <#other as #private::Subset>::CODES, #before, #after);
                if __shared.is_some() {
                    ::core::panic!("{}", __shared.as_str());
                }
            });
        }
    }
    tokens!([] [checks] const _: () = { #(#checks)* };)
}
