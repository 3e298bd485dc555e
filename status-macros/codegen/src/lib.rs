//! The generator behind [`status_core`](https://docs.rs/status-core)'s macros, as an ordinary
//! library over `proc_macro2` tokens: `status-macros` is a shim of one-line entry points over
//! [`registry`](fn@registry), [`subset`] and [`derive_subset`], and tests, benchmarks, fuzz targets and other
//! tools call these functions directly.
//!
//! The pipeline (see `docs/architecture.md`): registry text is read into a model once
//! ([`registry::parse`], cached by [`registry::load`]), its rules checked into one error
//! collector; the user's enum is checked ([`check`]) and turned into the model of what to
//! generate ([`ast`]); [`expand`] writes the tokens, which reach the runtime only through
//! status-core's `__private` module.
//!
//! ```
//! let tokens = status_codegen::subset(quote::quote!(), quote::quote!(enum GetUser { Ok, NotFound }));
//! assert!(tokens.to_string().contains("NotFound = 404"));
//! ```

// The stages are public for tools, not a documented API: no `#[must_use]`/`# Errors` ceremony.
#![allow(clippy::must_use_candidate, clippy::missing_errors_doc, clippy::missing_panics_doc)]

// The compiler's token API, used directly where `proc_macro2`'s layer costs (`template::parse`).
extern crate proc_macro;

// The stages are public for the repository's tools (benchmarks, fuzz targets, golden tests),
// hidden from the documented API, which is the three entry points.
#[doc(hidden)]
pub mod ast;
mod attr;
#[doc(hidden)]
pub mod check;
#[doc(hidden)]
pub mod diag;
#[doc(hidden)]
pub mod expand;
#[doc(hidden)]
pub mod input;
#[cfg(test)]
mod prop;
mod template;
#[doc(hidden)]
pub use status_registry as registry;
#[doc(hidden)]
pub use status_registry::text;

use ast::{Canonical, Enum, Form, Kind, Parent};
use diag::{Ctxt, SynCtxt};
use input::DeriveInput;
use proc_macro2::TokenStream;
use registry::load;
use std::sync::Arc;

/// `#[registry(path = "status.toml")] enum E {}`: the enum of every usable code of a registry
/// file. On error, the item is kept (so that the only errors shown are ours) beside them.
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let out = registry_enum(args, item.clone(), &cx);
    finish(cx, out, item)
}

/// `#[subset] enum E { .. }`: the user's enum of some codes of a registry, checked and documented.
pub fn subset(args: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let out = subset_enum(args, item.clone(), Form::Attribute, &cx);
    finish(cx, out, item)
}

/// `__vocabulary!()`, status-core's only: the `word()` methods of its vocabulary enums, from the
/// tables the parser reads registry files with.
pub fn vocabulary(_input: TokenStream) -> TokenStream {
    expand::vocabulary()
}

/// `#[derive(Subset)]`: the subset's impls for an enum that keeps its own repr and discriminants.
/// A derive's input stays in place, so on error only the errors are emitted.
pub fn derive_subset(item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let out = subset_enum(TokenStream::new(), item, Form::Derive, &cx);
    match cx.check() {
        Ok(()) => out.unwrap_or_default(),
        Err(err) => err.into_compile_error(),
    }
}

fn registry_enum(args: TokenStream, item: TokenStream, cx: &Ctxt<syn::Error>) -> Option<TokenStream> {
    let args = attr::registry_args(args, cx);
    let input = check::plain_enum(item, "registry", "with no variants: the registry file provides them", cx)?;
    if let input::Data::Enum(data) = &input.data {
        check::registry_enum_is_empty(data, cx);
    }
    let (registry, kind) = match args? {
        attr::RegistryArgs::File(path) => {
            let rel = path.value();
            let loaded = load_file(&path, cx)?;
            let origin = match &loaded.registry.name {
                Some(name) => format!("the registry file `{rel}` ({name})"),
                None => format!("the registry file `{rel}`"),
            };
            let canonical = Canonical::ConvertsWith(canonical(path.span(), cx)?);
            let include = Some(loaded.path.display().to_string());
            (loaded.registry, Kind::Registry { include, origin, canonical })
        }
        attr::RegistryArgs::Canonical => {
            let registry = canonical(proc_macro2::Span::call_site(), cx)?;
            let origin = "the IANA HTTP Status Code Registry (`registry.toml`, built into status-registry)".to_owned();
            let fingerprint = load::canonical_fingerprint();
            (registry, Kind::Registry { include: None, origin, canonical: Canonical::Itself { fingerprint } })
        }
    };
    if cx.has_errors() {
        return None;
    }
    Some(expand::expand(&Enum::from_registry(input, &registry, kind)))
}

fn subset_enum(args: TokenStream, item: TokenStream, form: Form, cx: &Ctxt<syn::Error>) -> Option<TokenStream> {
    let macro_name = match form {
        Form::Attribute => "subset",
        Form::Derive => "derive(Subset)",
    };
    let mut input: DeriveInput = check::plain_enum(item, macro_name, "listing the codes it returns", cx)?;
    let args = match form {
        // The attribute's own arguments and a `#[subset(..)]` beside it, read as one list (an
        // argument given in both is given twice); the helper is ours, so it is not emitted.
        Form::Attribute => {
            let mut all = args;
            for attr in input.attrs.iter().filter(|a| a.path().is_ident("subset")) {
                if let input::Meta::List(list) = &attr.meta {
                    if !all.is_empty() {
                        all.extend(quote::quote!(,));
                    }
                    all.extend(list.tokens.clone());
                } else {
                    cx.spanned(attr, "write the options in parentheses: `#[subset(format = MyFormat)]`");
                }
            }
            input.attrs.retain(|a| !a.path().is_ident("subset"));
            attr::subset_args(all, cx)
        }
        Form::Derive => attr::derive_subset_args(&input.attrs, cx),
    };
    let (registry, of) = match (args.of, args.registry) {
        (Some(of), Some(path)) => (load_file(&path, cx)?.registry, Parent::Custom(of)),
        (None, None) => (canonical(proc_macro2::Span::call_site(), cx)?, Parent::StatusCode),
        // Reported by `attr`: one without the other.
        _ => return None,
    };
    // Input and attributes, then the checks (which resolve each variant), then the model.
    let resolved = check::subset::subset(&mut input, &registry, form, cx)?;
    let mut item = Enum::from_subset(input, resolved, &registry, of, form);
    item.causes = args.log.unwrap_or(ast::CauseLog::Error);
    item.format = args.format;
    item.phrase = args.phrase;
    attr::error::apply_skips(&mut item.errors, &args.skip);
    item.audience = args.audience.unwrap_or(ast::Audience::Server);
    if item.audience == ast::Audience::Client && !check::client::client_enum(&item, cx) {
        return None;
    }
    Some(expand::expand(&item))
}

/// The generated tokens, or every error followed by the user's item as written (minus our inert
/// attributes and the generics we refused), so that no follow-up errors about a missing type
/// hide ours.
fn finish(cx: Ctxt<syn::Error>, out: Option<TokenStream>, item: TokenStream) -> TokenStream {
    let err = match cx.check() {
        Ok(()) => return out.unwrap_or_default(),
        Err(err) => err,
    };
    let mut tokens = err.into_compile_error();
    match syn::parse2::<DeriveInput>(item.clone()) {
        Ok(mut input) => {
            input.generics = input::Generics::default();
            input.attrs.retain(|a| !a.path().is_ident("subset") && !a.path().is_ident("detail"));
            if let input::Data::Enum(data) = &mut input.data {
                // `#[from]`/`#[source]` stay only for a derive that reads them.
                let derived = attr::error::error_impls(&input.attrs, data).source_attrs == ast::Provider::Derive;
                let keep = |a: &input::Attribute| !attr::is_ours(a) && (derived || !attr::error::is_source_attr(a));
                for v in &mut data.variants {
                    v.attrs.retain(keep);
                    for f in &mut v.fields {
                        f.attrs.retain(keep);
                    }
                }
                quote::ToTokens::to_tokens(&input, &mut tokens);
            } else {
                tokens.extend(item);
            }
        }
        Err(_) => tokens.extend(item),
    }
    tokens
}

/// The canonical registry, or its problems (a broken build of the generator) at `span`.
fn canonical(span: proc_macro2::Span, cx: &Ctxt<syn::Error>) -> Option<Arc<registry::model::Registry>> {
    load::canonical().map_err(|msg| cx.at(span, msg)).ok()
}

/// Loads a registry named by a `path = "..."` literal; problems point at the literal, each with
/// its `file:line:column`.
fn load_file(path: &syn::LitStr, cx: &Ctxt<syn::Error>) -> Option<load::Loaded> {
    let rel = path.value();
    match load::load(&rel) {
        Ok(loaded) => Some(loaded),
        Err(load::LoadError::File(msg)) => {
            cx.at(path.span(), msg);
            None
        }
        Err(load::LoadError::Contents(diags)) => {
            for d in diags {
                cx.at(path.span(), d.render(&rel));
            }
            None
        }
    }
}
