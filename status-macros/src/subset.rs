//! `#[subset]`: checks a user's enum of codes against a registry, every problem at once.

use crate::diag::did_you_mean;
use crate::expand::{Enum, Source, Variant};
use crate::model::Registry;
use proc_macro2::TokenStream;
use syn::{Attribute, Data, DeriveInput, Error, LitInt};

/// Resolves every variant of `input` to a registry entry, or returns all the errors found.
///
/// `derived`: the input comes from `#[derive(Subset)]`, which cannot change the enum, so the
/// user's `#[repr]` and discriminants stay and a discriminant is taken as the variant's code.
pub fn analyze(input: DeriveInput, registry: &Registry, parent: TokenStream, derived: bool) -> syn::Result<Enum<'_>> {
    let mut errors: Vec<Error> = Vec::new();
    let Data::Enum(data) = input.data else { unreachable!("ast::enum_input checked it is an enum") };
    for attr in input.attrs.iter().filter(|a| !derived && a.path().is_ident("repr")) {
        errors.push(Error::new_spanned(
            attr,
            "remove this `#[repr]`: `#[subset]` sets `#[repr(u16)]` itself, with each code as the discriminant (or keep it and your discriminants, and use `#[derive(Subset)]`)",
        ));
    }
    if data.variants.is_empty() {
        errors.push(Error::new(
            input.ident.span(),
            "a subset needs at least one variant: list the codes it returns, e.g. `enum GetUser { Ok, NotFound }`",
        ));
    }
    let mut variants = Vec::new();
    // (code, variant name) of the variants so far; subsets are small.
    let mut seen: Vec<(u16, String)> = Vec::new();
    for v in data.variants {
        let (code_attr, attrs) = match status_attr(v.attrs) {
            Ok(parts) => parts,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let code_attr = match discriminant_code(&v.ident, v.discriminant.as_ref(), code_attr, derived) {
            Ok(code) => code,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let name = v.ident.to_string();
        let found = match code_attr {
            // A registry name with a different explicit code is almost certainly a mistake.
            Some(lit)
                if derived && registry.by_variant(&name).is_some_and(|e| lit.base10_digits() != e.code.to_string()) =>
            {
                let e = registry.by_variant(&name).map_or(0, |e| e.code);
                Err(Error::new(
                    lit.span(),
                    format!(
                        "`{name}` is the registry name of {e}, but its code here is {lit}; use {e}, or rename the variant"
                    ),
                ))
            }
            Some(lit) => code_of(&lit, registry),
            None => registry.by_variant(&name).ok_or_else(|| unknown_name(&v.ident, registry)),
        };
        let entry = match found {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if let Some((_, first)) = seen.iter().find(|(code, _)| *code == entry.code) {
            errors.push(Error::new(
                v.ident.span(),
                format!(
                    "status {} {} is already in this subset as `{first}`; each code may appear once, so remove one of them",
                    entry.code, entry.reason
                ),
            ));
            continue;
        }
        seen.push((entry.code, name));
        variants.push(Variant { attrs, ident: v.ident, fields: v.fields, entry });
    }
    if let Some(err) = crate::combine_all(errors) {
        return Err(err);
    }
    Ok(Enum {
        attrs: input.attrs,
        vis: input.vis,
        ident: input.ident,
        variants,
        registry,
        source: Source::Subset { parent, derived },
    })
}

/// The explicit code of a variant, from `#[status(N)]` or (derive only) its discriminant.
fn discriminant_code(
    ident: &syn::Ident,
    discriminant: Option<&(syn::token::Eq, syn::Expr)>,
    code_attr: Option<LitInt>,
    derived: bool,
) -> syn::Result<Option<LitInt>> {
    let Some((eq, expr)) = discriminant else { return Ok(code_attr) };
    let literal = match expr {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => Some(i.clone()),
        _ => None,
    };
    if !derived {
        let code = literal.map_or_else(|| "404".to_owned(), |i| i.to_string());
        return Err(Error::new_spanned(
            quote::quote!(#eq #expr),
            format!(
                "remove this discriminant: `#[subset]` sets each variant's discriminant to its status code; to give `{ident}` a code explicitly, write `#[status({code})] {ident}` (or keep the discriminants and use `#[derive(Subset)]`)"
            ),
        ));
    }
    match (literal, code_attr) {
        (None, _) => Err(Error::new_spanned(expr, "write the status code as an integer literal, e.g. `= 404`")),
        (Some(lit), Some(given)) if lit.base10_digits() != given.base10_digits() => Err(Error::new_spanned(
            expr,
            format!("the discriminant {lit} disagrees with `#[status({given})]`; keep one of them"),
        )),
        (Some(lit), _) => Ok(Some(lit)),
    }
}

/// Splits off the `#[status(NNN)]` attribute (at most one) from the variant's other attributes.
fn status_attr(attrs: Vec<Attribute>) -> syn::Result<(Option<LitInt>, Vec<Attribute>)> {
    let mut code: Option<LitInt> = None;
    let mut rest = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("status") {
            rest.push(attr);
            continue;
        }
        if code.is_some() {
            return Err(Error::new_spanned(attr, "`#[status(..)]` is given twice on this variant; keep one"));
        }
        let lit = attr
            .parse_args::<LitInt>()
            .map_err(|_| Error::new_spanned(&attr, "write the code as a number: `#[status(404)]`"))?;
        code = Some(lit);
    }
    Ok((code, rest))
}

fn code_of<'r>(lit: &LitInt, registry: &'r Registry) -> syn::Result<&'r crate::model::Entry> {
    let code: u16 =
        lit.base10_parse().ok().filter(|c| (100..=999).contains(c)).ok_or_else(|| {
            Error::new(lit.span(), "a status code is a number from 100 to 999, e.g. `#[status(404)]`")
        })?;
    match registry.get(code) {
        Some(entry) if entry.registration.is_usable() => Ok(entry),
        Some(entry) => Err(Error::new(
            lit.span(),
            format!(
                "status code {code} is registered as unused ({}), so it cannot be part of a subset; pick a registered code",
                entry.citation
            ),
        )),
        None => {
            let class = code / 100;
            let near: Vec<String> =
                registry.usable().filter(|e| e.code / 100 == class).take(12).map(|e| e.code.to_string()).collect();
            let hint = if near.is_empty() {
                String::new()
            } else {
                format!("; registered {class}xx codes: {}", near.join(", "))
            };
            Err(Error::new(lit.span(), format!("status code {code} is not in the registry{hint}")))
        }
    }
}

fn unknown_name(ident: &syn::Ident, registry: &Registry) -> Error {
    let name = ident.to_string();
    let suggestion = did_you_mean(&name, registry.usable().map(|e| e.variant.as_str()));
    let msg = match suggestion.and_then(|s| registry.by_variant(s)) {
        Some(e) => format!(
            "`{name}` is not a status code name; did you mean `{}` ({} {})? To keep the name `{name}`, give its code: `#[status({})] {name}`",
            e.variant, e.code, e.reason, e.code
        ),
        None => format!(
            "`{name}` is not a status code name: name the variant after a registry entry (e.g. `NotFound`), or give its code explicitly: `#[status(404)] {name}`"
        ),
    };
    Error::new(ident.span(), msg)
}
