//! Proc macros behind [`status_core`](https://docs.rs/status-core): they read a TOML registry
//! of HTTP status codes and generate exhaustive, documented enums from it.
//!
//! Use them through `status_core`, which re-exports them and holds the runtime types the
//! generated code refers to. The generator itself is plain functions over
//! `proc_macro2::TokenStream` ([`parse`], [`valid`], [`expand`]); the entry points here are thin.

mod ast;
mod attr;
mod diag;
mod docs;
mod expand;
mod ident;
mod load;
mod model;
mod parse;
mod valid;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;

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

/// The `registry` attribute over `proc_macro2` tokens: errors become `compile_error!`.
fn registry_attribute(args: TokenStream2, item: TokenStream2) -> TokenStream2 {
    expand_registry(args, item.clone()).unwrap_or_else(|err| {
        let mut out = err.into_compile_error();
        out.extend(item);
        out
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
    let loaded = load::load(&rel).map_err(|e| match e {
        load::LoadError::File(msg) => syn::Error::new(args.path.span(), msg),
        load::LoadError::Contents(diags) => diags
            .iter()
            .map(|d| syn::Error::new(args.path.span(), d.render(&rel)))
            .reduce(|mut a, b| {
                a.combine(b);
                a
            })
            .unwrap_or_else(|| syn::Error::new(args.path.span(), "invalid registry")),
    })?;
    let registry = &loaded.registry;
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
