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
            Err(meta.error("unknown argument; the registry attribute takes `path = \"file.toml\"` (relative to the crate root)"))
        }
    });
    parser.parse2(args.clone())?;
    match path {
        Some(path) => Ok(RegistryArgs { path }),
        None => Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            "missing the registry file: write `#[registry(path = \"status.toml\")]`, with the path relative to the crate root",
        )),
    }
}
