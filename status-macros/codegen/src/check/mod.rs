//! The rules a user's enum must follow (serde_derive's `check.rs`): one function per rule, each
//! opening with the rule it enforces, each reporting into the collector and going on, so that
//! every problem of the input is shown at once.

pub mod client;
pub mod detail;
pub mod error;
pub mod response;
pub mod subset;

use crate::ast::{Form, Variant};
use crate::attr::{self, StatusAttr};
use crate::diag::{Ctxt, SynCtxt};
use crate::input::{Data, DataEnum, DeriveInput, Path, Variant as InputVariant};
use crate::registry::model::{Entry, Registry};
use crate::template::tokens;
use crate::text::did_you_mean;
use syn::LitInt;

/// Rule: the macros apply to enums without generics or a where clause (a status code enum is
/// a plain list of codes). Returns the input only if it is such an enum.
pub fn plain_enum(
    item: proc_macro2::TokenStream,
    macro_name: &str,
    what_for: &str,
    cx: &Ctxt<syn::Error>,
) -> Option<DeriveInput> {
    let input: DeriveInput = match syn::parse2(item) {
        Ok(input) => input,
        Err(e) => {
            cx.push(e);
            return None;
        }
    };
    let not_enum = match &input.data {
        Data::Enum(_) => None,
        Data::Struct(span) | Data::Union(span) => Some(*span),
    };
    if let Some(span) = not_enum {
        let ident = &input.ident;
        cx.at(span, format!("`#[{macro_name}]` applies to enums only: write `enum {ident} {{ ... }}` {what_for}"));
        return None;
    }
    if let Some(param) = &input.generics.first_param {
        cx.spanned(
            param,
            format!(
                "`#[{macro_name}]` enums cannot be generic: a status code enum is a plain `#[repr(u16)]` list of codes; remove the parameters"
            ),
        );
    }
    if let Some(clause) = &input.generics.where_clause {
        cx.spanned(clause, format!("`#[{macro_name}]` enums cannot have a where clause; remove it"));
    }
    Some(input)
}

/// Rule: a `#[registry]` enum is empty; the registry file provides its variants.
pub fn registry_enum_is_empty(data: &DataEnum, cx: &Ctxt<syn::Error>) {
    if let Some(v) = data.variants.first() {
        cx.spanned(
            v,
            "a `#[registry]` enum is filled from the registry file: leave it empty (`enum Name {}`), or use `#[subset]` to pick codes",
        );
    }
}

/// Rules on the subset enum as a whole: it lists at least one code, and in the attribute form
/// it has no `#[repr]` of its own (the macro sets `#[repr(u16)]`).
pub fn subset_enum(input: &DeriveInput, data: &DataEnum, form: Form, cx: &Ctxt<syn::Error>) {
    if form == Form::Attribute {
        for attr in input.attrs.iter().filter(|a| a.path().is_ident("repr")) {
            cx.spanned(
                attr,
                "remove this `#[repr]`: `#[subset]` sets `#[repr(u16)]` itself, with each code as the discriminant (or keep it and your discriminants, and use `#[derive(Subset)]`)",
            );
        }
    }
    if data.variants.is_empty() {
        cx.at(
            input.ident.span(),
            "a subset needs at least one variant: list the codes it returns, e.g. `enum GetUser { Ok, NotFound }`",
        );
    }
}

/// Where a variant's status comes from.
pub enum VariantStatus<'r> {
    /// A registry entry: by the variant's name or its `#[status(code)]`.
    Entry(&'r Entry),
    /// `#[status(transparent)]`: the subset the variant holds.
    Transparent(proc_macro2::Span),
}

/// The registry entry a variant stands for, checking the rules of one variant: its code is
/// given once and agrees with its discriminant; a registry name keeps its own code; the code is
/// registered and usable. `attrs` loses our `#[status]`.
pub fn subset_variant<'r>(
    v: &InputVariant,
    attrs: &mut Vec<crate::input::Attribute>,
    form: Form,
    registry: &'r Registry,
    cx: &Ctxt<syn::Error>,
) -> Option<VariantStatus<'r>> {
    let given = match attr::status_code(attrs, cx).ok()? {
        Some(StatusAttr::Code(lit)) => Some(lit),
        Some(StatusAttr::Name(path)) => {
            name_in_status_attr(&path, registry, cx);
            return None;
        }
        Some(StatusAttr::Transparent(span)) => {
            transparent_has_no_discriminant(v, cx);
            return Some(VariantStatus::Transparent(span));
        }
        None => None,
    };
    let code = discriminant_code(v, given, form, cx)?;
    let name = v.ident.to_string();
    let entry = match code {
        Some(lit) => {
            let entry = registered_code(&lit, registry, cx)?;
            registry_name_keeps_its_code(v, &lit, entry, registry, cx).then_some(entry)
        }
        None => known_name(&v.ident, &name, registry, cx),
    };
    entry.map(VariantStatus::Entry)
}

/// Rule: a `#[status(transparent)]` variant has no discriminant (its codes are the inner
/// subset's, and it holds a value).
fn transparent_has_no_discriminant(v: &InputVariant, cx: &Ctxt<syn::Error>) {
    if let Some((eq, expr)) = &v.discriminant {
        cx.spanned(
            tokens!([eq, expr] [] #eq #expr),
            "remove this discriminant: a `#[status(transparent)]` variant takes its codes from the subset it holds",
        );
    }
}

/// Rule: `#[status(..)]` holds a number. A name there gets the name's code as the fix.
fn name_in_status_attr(path: &Path, registry: &Registry, cx: &Ctxt<syn::Error>) {
    let name = quote::ToTokens::to_token_stream(path).to_string().replace(' ', "");
    let code = registry.by_variant(&name).map_or_else(|| "404".to_owned(), |e| e.code.to_string());
    cx.spanned(
        path,
        format!(
            "`#[status(..)]` takes a code, not a name: drop the attribute and name the variant `{name}`, or write the code, e.g. `#[status({code})]`"
        ),
    );
}

/// Rule: in the attribute form the macro sets the discriminants, so there are none; in the
/// derive form a discriminant is the code, an integer literal agreeing with any `#[status]`.
/// `None` on a problem; `Some(None)` when the variant gives no code (its name must say it).
#[allow(clippy::option_option)]
fn discriminant_code(
    v: &InputVariant,
    given: Option<LitInt>,
    form: Form,
    cx: &Ctxt<syn::Error>,
) -> Option<Option<LitInt>> {
    let Some((eq, expr)) = &v.discriminant else { return Some(given) };
    let ident = &v.ident;
    let literal = syn::parse2::<LitInt>(expr.clone()).ok();
    if form == Form::Attribute {
        let code = literal.map_or_else(|| "404".to_owned(), |i| i.to_string());
        cx.spanned(
            tokens!([eq, expr] [] #eq #expr),
            format!(
                "remove this discriminant: `#[subset]` sets each variant's discriminant to its status code; to give `{ident}` a code explicitly, write `#[status({code})] {ident}` (or keep the discriminants and use `#[derive(Subset)]`)"
            ),
        );
        return None;
    }
    match (literal, given) {
        (None, _) => {
            cx.spanned(expr, "write the status code as an integer literal, e.g. `= 404`");
            None
        }
        (Some(lit), Some(given)) if lit.base10_digits() != given.base10_digits() => {
            cx.spanned(expr, format!("the discriminant {lit} disagrees with `#[status({given})]`; keep one of them"));
            None
        }
        (Some(lit), _) => Some(Some(lit)),
    }
}

/// Rule: a variant named like a registry entry keeps that entry's code (`Gone` with
/// `#[status(404)]` reads as 410 and is 404).
fn registry_name_keeps_its_code(
    v: &InputVariant,
    lit: &LitInt,
    entry: &Entry,
    registry: &Registry,
    cx: &Ctxt<syn::Error>,
) -> bool {
    let name = v.ident.to_string();
    match registry.by_variant(&name) {
        Some(named) if named.code != entry.code => {
            cx.at(
                lit.span(),
                format!(
                    "`{name}` is the registry name of {} {}, but its code here is {}; use {}, or rename the variant (e.g. `{}`)",
                    named.code, named.reason, entry.code, named.code, entry.variant
                ),
            );
            false
        }
        _ => true,
    }
}

/// Rule: an explicit code is a number from 100 to 999 that the registry lists as usable.
fn registered_code<'r>(lit: &LitInt, registry: &'r Registry, cx: &Ctxt<syn::Error>) -> Option<&'r Entry> {
    let Some(code) = lit.base10_parse::<u16>().ok().filter(|c| (100..=999).contains(c)) else {
        cx.at(lit.span(), "a status code is a number from 100 to 999, e.g. `#[status(404)]`");
        return None;
    };
    match registry.get(code) {
        Some(entry) if entry.registration.is_usable() => Some(entry),
        Some(entry) => {
            cx.at(
                lit.span(),
                format!(
                    "status code {code} is registered as unused ({}), so it cannot be part of a subset; pick a registered code",
                    entry.citation
                ),
            );
            None
        }
        None => {
            let class = code / 100;
            let near: Vec<String> =
                registry.usable().filter(|e| e.code / 100 == class).take(12).map(|e| e.code.to_string()).collect();
            let hint = if near.is_empty() {
                String::new()
            } else {
                format!("; registered {class}xx codes: {}", near.join(", "))
            };
            cx.at(lit.span(), format!("status code {code} is not in the registry{hint}"));
            None
        }
    }
}

/// Rule: a variant without an explicit code is named after a usable registry entry. A near
/// miss gets a did-you-mean; a former name of a code (`PayloadTooLarge`) gets today's name.
fn known_name<'r>(ident: &syn::Ident, name: &str, registry: &'r Registry, cx: &Ctxt<syn::Error>) -> Option<&'r Entry> {
    if let Some(entry) = registry.by_variant(name) {
        return Some(entry);
    }
    let keep = format!("To keep the name `{name}`, give its code: `#[status(CODE)] {name}`");
    let message = if let Some((e, former)) = renamed(name, registry) {
        format!(
            "`{name}` is not a status code name: {} was called \"{former}\" before and is \"{}\" now; did you mean `{}`? {}",
            e.code,
            e.reason,
            e.variant,
            keep.replace("CODE", &e.code.to_string())
        )
    } else if let Some(e) = did_you_mean(name, &registry.usable().map(|e| e.variant.as_str()).collect::<Vec<_>>())
        .and_then(|s| registry.by_variant(s))
    {
        format!(
            "`{name}` is not a status code name; did you mean `{}` ({} {})? {}",
            e.variant,
            e.code,
            e.reason,
            keep.replace("CODE", &e.code.to_string())
        )
    } else {
        format!(
            "`{name}` is not a status code name: name the variant after a registry entry (e.g. `NotFound`), or give its code explicitly: `#[status(404)] {name}`"
        )
    };
    cx.at(ident.span(), message);
    None
}

/// The usable entry one of whose former names makes `name` (as a variant name would be made
/// from it), with that former name.
fn renamed<'r>(name: &str, registry: &'r Registry) -> Option<(&'r Entry, &'r str)> {
    registry.usable().find_map(|e| {
        e.former_names
            .iter()
            .find(|former| crate::text::from_reason(former).is_ok_and(|n| n.eq_ignore_ascii_case(name)))
            .map(|former| (e, former.as_str()))
    })
}

/// Rule: several variants share a code only when each names it with `#[status(code)]`: they
/// are different causes of one status. A variant that takes its code from its name is that
/// code's only variant. Reported at the second variant, with a note at the first.
pub fn code_is_unique(v: &InputVariant, entry: &Entry, so_far: &[Variant<'_>], cx: &Ctxt<syn::Error>) -> bool {
    let Some(first) = so_far.iter().find(|seen| seen.entry.code == entry.code) else { return true };
    let named = |attrs: &[crate::input::Attribute]| attrs.iter().any(|a| a.path().is_ident("status"));
    if named(&v.attrs) && first.explicit_code {
        return true;
    }
    let code = entry.code;
    cx.at(
        v.ident.span(),
        format!(
            "status {code} {} is already in this subset as `{}`; two causes may share a code when each variant names it: write `#[status({code})]` on both (or remove one of them)",
            entry.reason, first.ident
        ),
    );
    cx.at(first.ident.span(), format!("`{}` first has status {code} here", first.ident));
    false
}
