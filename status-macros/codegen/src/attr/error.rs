//! What the enum says about its error impls: the derives beside the subset (thiserror,
//! `derive_more`, displaydoc) and their attributes, `#[from]`/`#[source]` on fields, and the
//! `log` argument.

use super::mode::{CauseLog, ErrorImpls, PhraseMode, Provider};
use crate::diag::SynCtxt;
use crate::input::{self, Attribute, DataEnum, Meta, Path};
use proc_macro2::Span;
use syn::LitStr;

/// Who writes `Display`, `Error` and the `#[from]` conversions, from what the enum shows: a
/// derive named `Display`/`Error`/`From` beside the subset (visible when `#[subset]` comes
/// first), and the helper attributes those derives leave on the enum and its variants, which
/// are visible in either order: thiserror's `#[error("...")]`/`#[error(transparent)]` on the
/// enum or a variant (thiserror writes all three), `derive_more`'s `#[display(..)]`.
pub fn error_impls(attrs: &[Attribute], data: &DataEnum) -> ErrorImpls {
    let derived = derive_names(attrs);
    let has = |name: &str| derived.iter().any(|d| d == name);
    let on_variants =
        |name: &str| attrs.iter().chain(data.variants.iter().flat_map(|v| &v.attrs)).any(|a| a.path().is_ident(name));
    let thiserror = on_variants("error");
    let by = |derive: bool| if derive { Provider::Derive } else { Provider::Subset };
    ErrorImpls {
        display: by(thiserror || has("Display") || on_variants("display")),
        error: by(thiserror || has("Error")),
        from: by(thiserror || has("From")),
        serialize: by(has("Serialize")),
        deserialize: by(has("Deserialize")),
        // Only thiserror and a `From` derive read `#[from]`/`#[source]` themselves.
        source_attrs: by(thiserror || has("From")),
        displaydoc: derive_paths(attrs).iter().any(|p| p.contains("displaydoc")),
    }
}

/// The enum's derives as written, e.g. `displaydoc::Display`.
fn derive_paths(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(|a| match &a.meta {
            Meta::List(list) => Some(list.tokens.to_string().replace(' ', "")),
            _ => None,
        })
        .collect()
}

/// The last segment of every path in the enum's `#[derive(..)]` lists.
fn derive_names(attrs: &[Attribute]) -> Vec<String> {
    let mut names = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let Meta::List(list) = &attr.meta else { continue };
        let Ok(items) = input::comma_separated(list.tokens.clone()) else { continue };
        for item in items {
            if let Ok(path) = syn::parse2::<Path>(item) {
                if let Some(last) = path.segments.last() {
                    names.push(last.to_string());
                }
            }
        }
    }
    names
}

/// thiserror's `#[error(transparent)]`: the variant's message and source are its one field's.
pub fn is_error_transparent(attrs: &[Attribute]) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("error")).any(|a| match &a.meta {
        Meta::List(list) => list.tokens.to_string().trim() == "transparent",
        _ => false,
    })
}

/// `#[from]` or `#[source]` on a field.
pub fn is_source_attr(attr: &Attribute) -> bool {
    attr.path().is_ident("from") || attr.path().is_ident("source")
}

/// A field's `#[from]`/`#[source]`: `Some((is_from, span))` for the first, the others reported
/// by the check.
pub fn source_attr(attrs: &[Attribute]) -> Option<(bool, Span)> {
    let attr = attrs.iter().find(|a| is_source_attr(a))?;
    Some((attr.path().is_ident("from"), attr.path().segments[0].span()))
}

/// The generated impls `#[subset(skip(..))]` can leave to the user, by the trait's name: each
/// may collide (E0119) with an impl the macro cannot see.
pub const SKIPPABLE: &[&str] = &["Display", "Error", "From", "Serialize", "Deserialize"];

/// `skip(Error, Serialize)`: the traits named, each with its span; unknown and repeated names
/// are errors (all of them reported).
pub fn skip_list(tokens: proc_macro2::TokenStream, cx: &crate::diag::Ctxt<syn::Error>) -> Vec<(String, Span)> {
    let mut out: Vec<(String, Span)> = Vec::new();
    let Ok(items) = input::comma_separated(tokens.clone()) else {
        cx.spanned(tokens, "write the traits to leave out as names: `skip(Error, Serialize)`");
        return out;
    };
    for item in items {
        let Ok(path) = syn::parse2::<Path>(item.clone()) else {
            cx.spanned(item, "write a trait's name: `skip(Error)`");
            continue;
        };
        let Some(last) = path.segments.last() else { continue };
        let name = last.to_string();
        if !SKIPPABLE.contains(&name.as_str()) {
            cx.at(
                last.span(),
                format!("`{name}` is not an impl the subset writes; `skip(..)` takes {}", SKIPPABLE.join(", ")),
            );
        } else if let Some((_, first)) = out.iter().find(|(n, _)| *n == name) {
            let mut e = syn::Error::new(last.span(), format!("`{name}` is skipped twice; keep one"));
            e.combine(syn::Error::new(*first, format!("`{name}` first skipped here")));
            cx.push(e);
        } else {
            out.push((name, last.span()));
        }
    }
    out
}

/// The impls `skip` names become the user's (`Provider::Skipped`).
pub fn apply_skips(impls: &mut ErrorImpls, skips: &[(String, Span)]) {
    for (name, _) in skips {
        let provider = match name.as_str() {
            "Display" => &mut impls.display,
            "Error" => &mut impls.error,
            "From" => &mut impls.from,
            "Serialize" => &mut impls.serialize,
            "Deserialize" => &mut impls.deserialize,
            _ => continue,
        };
        *provider = Provider::Skipped;
    }
}

/// The words of `phrase = ".."`, each with its mode (`status_core::Phrase`'s variants).
pub const PHRASES: &[(&str, PhraseMode)] =
    &[("registry", PhraseMode::Registry), ("framework", PhraseMode::Framework), ("empty", PhraseMode::Empty)];

/// `phrase = "framework"`.
pub fn phrase(value: &LitStr) -> syn::Result<PhraseMode> {
    let word = value.value();
    for (name, mode) in PHRASES {
        if *name == word {
            return Ok(*mode);
        }
    }
    Err(syn::Error::new(
        value.span(),
        format!(
            "unknown phrase \"{word}\": write `phrase = \"registry\"` (the registry's reason phrase, the default), `phrase = \"framework\"` (the one hyper or actix-web writes) or `phrase = \"empty\"` (none)"
        ),
    ))
}

/// `log = "error"` or `log = "off"`.
pub fn cause_log(value: &LitStr) -> syn::Result<CauseLog> {
    match value.value().as_str() {
        "error" => Ok(CauseLog::Error),
        "off" => Ok(CauseLog::Off),
        other => Err(syn::Error::new(
            value.span(),
            format!(
                "unknown log mode \"{other}\": write `log = \"error\"` (the default: a 5xx response logs its cause at ERROR) or `log = \"off\"` (only the response's extension keeps it)"
            ),
        )),
    }
}
