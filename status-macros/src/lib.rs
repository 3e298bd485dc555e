//! Proc macros behind [`status_core`](https://docs.rs/status-core): they read a TOML registry
//! of HTTP status codes and generate exhaustive, documented enums from it.
//!
//! Use them through `status_core`, which re-exports them and holds the runtime types the
//! generated code refers to. The generator itself is plain functions over
//! `proc_macro2::TokenStream` (modules `parse`, `valid`, `expand`); the entry points here are thin.

mod ast;
mod attr;
mod diag;
mod docs;
mod expand;
mod ident;
mod load;
mod model;
mod parse;
mod subset;
mod valid;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use std::sync::{Arc, OnceLock};

/// The registry that ships with the crate: every code IANA registers.
pub(crate) const CANONICAL: &str = include_str!("../registry.toml");

/// Fills an empty enum with one variant per usable code of a registry file.
///
/// ```ignore
/// #[status_core::registry(path = "status.toml")]
/// pub enum AppStatus {}
/// ```
///
/// The path is relative to the invoking crate's root (its `CARGO_MANIFEST_DIR`); the file is
/// included in the build, so editing it rebuilds the crate.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    registry_attribute(args.into(), item.into()).into()
}

/// Turns an enum listing some codes of a registry into a checked, documented subset of it.
///
/// ```ignore
/// #[status_core::subset]
/// #[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// pub enum GetUser {
///     Ok,
///     NotModified,
///     #[status(404)]
///     UserMissing,
/// }
/// ```
///
/// Variants are named after registry entries (`NotFound`) or carry their code
/// (`#[status(404)]`). For a custom registry: `#[subset(of = AppStatus, registry = "status.toml")]`.
#[proc_macro_attribute]
pub fn subset(args: TokenStream, item: TokenStream) -> TokenStream {
    subset_attribute(args.into(), item.into()).into()
}

/// The `registry` attribute over `proc_macro2` tokens: errors become `compile_error!`.
pub(crate) fn registry_attribute(args: TokenStream2, item: TokenStream2) -> TokenStream2 {
    expand_registry(args, item.clone()).unwrap_or_else(|err| with_errors(err, item))
}

/// The `subset` attribute over `proc_macro2` tokens: errors become `compile_error!`.
pub(crate) fn subset_attribute(args: TokenStream2, item: TokenStream2) -> TokenStream2 {
    expand_subset(args, item.clone()).unwrap_or_else(|err| with_errors(err, item))
}

/// On error the original item is kept (minus our inert `#[status]` attributes), so that the
/// only errors shown are ours, not follow-ups about a missing type.
fn with_errors(err: syn::Error, item: TokenStream2) -> TokenStream2 {
    let mut out = err.into_compile_error();
    match syn::parse2::<syn::DeriveInput>(item.clone()) {
        Ok(mut input) => {
            if let syn::Data::Enum(data) = &mut input.data {
                for v in &mut data.variants {
                    v.attrs.retain(|a| !a.path().is_ident("status"));
                }
            }
            out.extend(quote::quote!(#input));
        }
        Err(_) => out.extend(item),
    }
    out
}

fn expand_subset(args: TokenStream2, item: TokenStream2) -> syn::Result<TokenStream2> {
    let args = attr::subset_args(args);
    let input = ast::enum_input(item, "subset", "listing the codes it returns");
    let (args, input) = combine(args, input)?;
    let (registry, parent) = match (args.of, args.registry) {
        (Some(of), Some(path)) => (load_registry(&path)?.1, quote::quote!(#of)),
        _ => (
            canonical().map_err(|msg| syn::Error::new(proc_macro2::Span::call_site(), msg))?,
            quote::quote!(::status_core::StatusCode),
        ),
    };
    let e = subset::analyze(input, &registry, parent)?;
    Ok(expand::expand(&e))
}

/// The registry shipped with the crate, parsed once per compilation.
fn canonical() -> Result<Arc<model::Registry>, String> {
    static PARSED: OnceLock<Result<Arc<model::Registry>, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            parse::parse(CANONICAL).map(Arc::new).map_err(|diags| {
                let all: Vec<String> = diags.iter().map(|d| d.render("status-macros/registry.toml")).collect();
                format!("the registry built into status-macros is invalid:\n{}", all.join("\n"))
            })
        })
        .clone()
}

/// Loads a registry named by a `path = "..."` literal; errors point at the literal.
fn load_registry(path: &syn::LitStr) -> syn::Result<(load::Loaded, Arc<model::Registry>)> {
    let rel = path.value();
    let loaded = load::load(&rel).map_err(|e| match e {
        load::LoadError::File(msg) => syn::Error::new(path.span(), msg),
        load::LoadError::Contents(diags) => {
            combine_all(diags.iter().map(|d| syn::Error::new(path.span(), d.render(&rel))).collect())
                .unwrap_or_else(|| syn::Error::new(path.span(), "invalid registry"))
        }
    })?;
    let registry = loaded.registry.clone();
    Ok((loaded, registry))
}

/// All errors as one (shown together by the compiler), or `None` if there are none.
pub(crate) fn combine_all(errors: Vec<syn::Error>) -> Option<syn::Error> {
    errors.into_iter().reduce(|mut a, b| {
        a.combine(b);
        a
    })
}

fn expand_registry(args: TokenStream2, item: TokenStream2) -> syn::Result<TokenStream2> {
    let args = attr::registry_args(args);
    let input = ast::enum_input(item, "registry", "with no variants: the registry file provides them");
    let (args, input) = combine(args, input)?;
    if let syn::Data::Enum(data) = &input.data {
        if let Some(v) = data.variants.first() {
            return Err(syn::Error::new_spanned(
                v,
                "a `#[registry]` enum is filled from the registry file: leave it empty (`enum Name {}`), or use `#[subset]` to pick codes",
            ));
        }
    }
    let rel = args.path.value();
    let (loaded, registry) = load_registry(&args.path)?;
    let registry = &registry;
    let origin = match &registry.name {
        Some(name) => format!("the registry file `{rel}` ({name})"),
        None => format!("the registry file `{rel}`"),
    };
    let source = expand::Source::Registry { file: Some(loaded.path.display().to_string()), origin };
    let e = expand::registry_enum(input.attrs, input.vis, input.ident, registry, source);
    Ok(expand::expand(&e))
}

/// Both results, or all their errors together.
fn combine<A, B>(a: syn::Result<A>, b: syn::Result<B>) -> syn::Result<(A, B)> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => Err(e),
        (Err(mut a), Err(b)) => {
            a.combine(b);
            Err(a)
        }
    }
}
