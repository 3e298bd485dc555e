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
#[cfg(test)]
mod prop;
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

/// The derive form of [`subset`](macro@subset), for an enum that keeps its own `#[repr(u16)]`
/// and discriminants:
///
/// ```ignore
/// #[derive(status_core::Subset, Debug, Clone, Copy, PartialEq, Eq)]
/// #[repr(u16)]
/// pub enum GetUser {
///     Ok = 200,
///     NotFound = 404,
///     #[status(410)]
///     Deleted = 410,
/// }
/// ```
///
/// Each discriminant (or `#[status(N)]`, or a registry name) gives the code, checked against the
/// registry. A derive cannot add documentation to the variants; the attribute form can.
#[proc_macro_derive(Subset, attributes(status, subset))]
pub fn derive_subset(item: TokenStream) -> TokenStream {
    subset_derive(item.into()).into()
}

/// The `Subset` derive over `proc_macro2` tokens: errors become `compile_error!` (and nothing
/// else, since a derive's input stays in place).
pub(crate) fn subset_derive(item: TokenStream2) -> TokenStream2 {
    expand_subset_derive(item).unwrap_or_else(syn::Error::into_compile_error)
}

fn expand_subset_derive(item: TokenStream2) -> syn::Result<TokenStream2> {
    let input = ast::enum_input(item, "derive(Subset)", "listing the codes it returns")?;
    // `#[subset(of = .., registry = "..")]` as a helper attribute picks a custom registry.
    let mut args = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("subset")) {
        let tokens = match &attr.meta {
            syn::Meta::List(list) => list.tokens.clone(),
            _ => {
                return Err(syn::Error::new_spanned(
                    attr,
                    "write `#[subset(of = AppStatus, registry = \"status.toml\")]`",
                ));
            }
        };
        args = Some(attr::subset_args(tokens)?);
    }
    let (registry, parent) = subset_registry(args.unwrap_or(attr::SubsetArgs { of: None, registry: None }))?;
    let e = subset::analyze(input, &registry, parent, true)?;
    Ok(expand::expand(&e))
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
            // Generics were refused above; keeping them would add an unused-parameter error.
            input.generics = syn::Generics::default();
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
    let (registry, parent) = subset_registry(args)?;
    let e = subset::analyze(input, &registry, parent, false)?;
    Ok(expand::expand(&e))
}

/// The registry a subset draws from and the enum it converts to: a custom one, or `StatusCode`.
fn subset_registry(args: attr::SubsetArgs) -> syn::Result<(Arc<model::Registry>, TokenStream2)> {
    Ok(match (args.of, args.registry) {
        (Some(of), Some(path)) => (load_registry(&path)?.registry, quote::quote!(#of)),
        _ => (
            canonical().map_err(|msg| syn::Error::new(proc_macro2::Span::call_site(), msg))?,
            quote::quote!(::status_core::StatusCode),
        ),
    })
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
fn load_registry(path: &syn::LitStr) -> syn::Result<load::Loaded> {
    let rel = path.value();
    load::load(&rel).map_err(|e| match e {
        load::LoadError::File(msg) => syn::Error::new(path.span(), msg),
        load::LoadError::Contents(diags) => {
            combine_all(diags.iter().map(|d| syn::Error::new(path.span(), d.render(&rel))).collect())
                .unwrap_or_else(|| syn::Error::new(path.span(), "invalid registry"))
        }
    })
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
    let loaded = load_registry(&args.path)?;
    let registry = &loaded.registry;
    let origin = match &registry.name {
        Some(name) => format!("the registry file `{rel}` ({name})"),
        None => format!("the registry file `{rel}`"),
    };
    // `status_core::StatusCode` itself has no conversions with itself.
    let is_canonical = std::env::var("CARGO_CRATE_NAME").as_deref() == Ok("status_core") && input.ident == "StatusCode";
    let canonical =
        if is_canonical { None } else { Some(canonical().map_err(|msg| syn::Error::new(args.path.span(), msg))?) };
    let source = expand::Source::Registry { file: Some(loaded.path.display().to_string()), origin, canonical };
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

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    /// Every `#[doc = "..."]` string attached to `variant` in the generated code, in order.
    fn variant_docs(out: &TokenStream2, variant: &str) -> Vec<String> {
        let file: syn::DeriveInput = syn::parse2(
            out.clone().into_iter().take_while(|t| t.to_string() != "const" && t.to_string() != "impl").collect(),
        )
        .expect("the enum comes first");
        let syn::Data::Enum(data) = file.data else { panic!("not an enum") };
        let v = data.variants.iter().find(|v| v.ident == variant).expect("variant exists");
        v.attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    #[test]
    fn subset_variants_carry_user_docs_first_then_the_registry_text() {
        let out = subset_attribute(
            quote!(),
            quote! {
                /// What GET /users answers.
                pub enum GetUser {
                    /// The account was deleted.
                    Gone,
                    #[status(404)]
                    NoSuchUser,
                }
            },
        );
        let registry = canonical().unwrap();
        let gone = registry.get(410).unwrap();
        let docs = variant_docs(&out, "Gone");
        assert_eq!(docs[0], " The account was deleted.");
        let text = docs.join("\n");
        assert!(text.contains(&gone.summary) && text.contains(gone.description.trim()), "{text}");
        assert!(
            text.contains("[RFC 9110, Section 15.5.11](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11)")
        );
        let docs = variant_docs(&out, "NoSuchUser").join("\n");
        assert!(docs.starts_with("**404 Not Found**"), "{docs}");
        let s = out.to_string();
        assert!(!s.contains("status (404)"), "the inert #[status] attribute is removed");
        assert!(s.contains("repr (u16)") && s.contains("NoSuchUser = 404"), "{s}");
    }

    #[test]
    fn registry_output_includes_the_file_so_edits_rebuild() {
        let out = registry_attribute(
            quote!(path = "registry.toml"),
            quote!(
                pub enum StatusCode {}
            ),
        )
        .to_string();
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry.toml");
        assert!(out.contains(&format!(":: core :: include_str ! ({:?})", file.display().to_string())), "{out:.300}");
        let docs = variant_docs(
            &registry_attribute(
                quote!(path = "registry.toml"),
                quote!(
                    enum S {}
                ),
            ),
            "ImUsed",
        );
        assert!(docs.len() == 1 && docs[0].starts_with("**226 IM Used**"), "{docs:?}");
    }

    #[test]
    fn errors_become_compile_errors_not_panics() {
        let out = subset_attribute(
            quote!(),
            quote!(
                enum E {
                    NotFund,
                }
            ),
        )
        .to_string();
        assert!(out.contains("compile_error") && out.contains("did you mean `NotFound`"), "{out}");
        let out = registry_attribute(
            quote!(path = "nope.toml"),
            quote!(
                enum E {}
            ),
        )
        .to_string();
        assert!(out.contains("compile_error") && out.contains("cannot find the registry file"), "{out}");
        let out = registry_attribute(
            quote!(path = 5),
            quote!(
                enum E {}
            ),
        )
        .to_string();
        assert!(out.contains("compile_error"), "{out}");
        let out = subset_attribute(
            quote!(),
            quote!(
                fn not_an_item_we_take() {}
            ),
        )
        .to_string();
        assert!(out.contains("compile_error"), "{out}");
    }
}
