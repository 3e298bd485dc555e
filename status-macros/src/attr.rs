//! Arguments of the attribute macros.

use syn::LitStr;
use syn::parse::Parser;

/// `#[registry(path = "status.toml")]`
pub struct RegistryArgs {
    pub path: LitStr,
}

pub fn registry_args(args: proc_macro2::TokenStream) -> syn::Result<RegistryArgs> {
    let mut path = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("path") {
            if path.is_some() {
                return Err(meta.error("`path` is given twice; keep one"));
            }
            path = Some(meta.value()?.parse::<LitStr>()?);
            Ok(())
        } else {
            Err(meta.error(
                "unknown argument; the registry attribute takes `path = \"file.toml\"` (relative to the crate root)",
            ))
        }
    });
    parser.parse2(args)?;
    match path {
        Some(path) => Ok(RegistryArgs { path }),
        None => Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            "missing the registry file: write `#[registry(path = \"status.toml\")]`, with the path relative to the crate root",
        )),
    }
}

/// `#[subset]`, or `#[subset(of = AppStatus, registry = "status.toml")]` for a custom registry.
pub struct SubsetArgs {
    pub of: Option<syn::Path>,
    pub registry: Option<LitStr>,
}

pub fn subset_args(args: proc_macro2::TokenStream) -> syn::Result<SubsetArgs> {
    let mut out = SubsetArgs { of: None, registry: None };
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("of") {
            if out.of.is_some() {
                return Err(meta.error("`of` is given twice; keep one"));
            }
            out.of = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("registry") {
            if out.registry.is_some() {
                return Err(meta.error("`registry` is given twice; keep one"));
            }
            out.registry = Some(meta.value()?.parse()?);
        } else {
            return Err(meta.error(
                "unknown argument; write `#[subset]` for a subset of `status_core::StatusCode`, or `#[subset(of = AppStatus, registry = \"status.toml\")]` for one of your own registry enum",
            ));
        }
        Ok(())
    });
    parser.parse2(args)?;
    match (&out.of, &out.registry) {
        (Some(of), None) => Err(syn::Error::new_spanned(
            of,
            "also name the registry file `of` was generated from: `#[subset(of = AppStatus, registry = \"status.toml\")]`",
        )),
        (None, Some(path)) => Err(syn::Error::new(
            path.span(),
            "also name the enum generated from this registry: `#[subset(of = AppStatus, registry = \"status.toml\")]`",
        )),
        _ => Ok(out),
    }
}
