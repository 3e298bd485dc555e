//! Arguments of the macros and the helper attributes they read (`#[status]` on variants,
//! `#[subset(..)]` beside the derive). Every problem goes to the collector.

pub mod error;
pub mod mode;
pub mod response;

use crate::diag::{Ctxt, SynCtxt};
use crate::input::{self, Attribute, Meta, Path};
use proc_macro2::{Span, TokenStream};
use syn::{LitInt, LitStr};

/// Where a `#[registry]` enum's codes come from.
pub enum RegistryArgs {
    /// `#[registry(path = "status.toml")]`: a file of the invoking crate.
    File(LitStr),
    /// `#[registry(__canonical)]`: the registry built into the generator. Hidden; status-core
    /// asks for `StatusCode` so, which makes it and every subset read the same bytes.
    Canonical,
}

pub fn registry_args(args: TokenStream, cx: &Ctxt<syn::Error>) -> Option<RegistryArgs> {
    let mut path: Option<LitStr> = None;
    let mut canonical = false;
    let parsed = input::parse_nested(args, |name, value| {
        if name == "path" {
            if path.is_some() {
                return Err(syn::Error::new(name.span(), "`path` is given twice; keep one"));
            }
            path = Some(syn::parse2::<LitStr>(value.ok_or_else(|| needs_value(name, "\"status.toml\""))?)?);
            Ok(())
        } else if name == "__canonical" && value.is_none() {
            canonical = true;
            Ok(())
        } else {
            Err(syn::Error::new(
                name.span(),
                "unknown argument; the registry attribute takes `path = \"file.toml\"` (relative to the crate root)",
            ))
        }
    });
    if let Err(e) = parsed {
        cx.push(e);
        return None;
    }
    match (path, canonical) {
        (Some(path), false) => Some(RegistryArgs::File(path)),
        (None, true) => Some(RegistryArgs::Canonical),
        (Some(path), true) => {
            cx.spanned(path, "`path` and `__canonical` exclude each other; keep `path`");
            None
        }
        (None, false) => {
            cx.at(
                Span::call_site(),
                "missing the registry file: write `#[registry(path = \"status.toml\")]`, with the path relative to the crate root",
            );
            None
        }
    }
}

/// `#[subset]`, or `#[subset(of = AppStatus, registry = "status.toml")]` for a custom registry.
#[derive(Default)]
pub struct SubsetArgs {
    pub of: Option<Path>,
    pub registry: Option<LitStr>,
    /// `log = "error"` (the default) or `log = "off"`: what a 5xx response does with its cause.
    pub log: Option<mode::CauseLog>,
    /// `format = RealWorld`: the `ErrorFormat` of its error bodies (RFC 9457 otherwise).
    pub format: Option<Path>,
    /// `phrase = "framework"`: whose reason phrase goes on the status line.
    pub phrase: Option<mode::PhraseMode>,
    /// `skip(Error, Serialize)`: generated impls left to the user.
    pub skip: Vec<(String, Span)>,
    /// `client`: a client decodes the enum back from responses.
    pub audience: Option<mode::Audience>,
}

pub fn subset_args(args: TokenStream, cx: &Ctxt<syn::Error>) -> SubsetArgs {
    let mut out = SubsetArgs::default();
    let parsed = input::parse_nested(args, |name, value| {
        if name == "of" {
            if out.of.is_some() {
                return Err(syn::Error::new(name.span(), "`of` is given twice; keep one"));
            }
            out.of = Some(syn::parse2(value.ok_or_else(|| needs_value(name, "AppStatus"))?)?);
        } else if name == "registry" {
            if out.registry.is_some() {
                return Err(syn::Error::new(name.span(), "`registry` is given twice; keep one"));
            }
            out.registry = Some(syn::parse2(value.ok_or_else(|| needs_value(name, "\"status.toml\""))?)?);
        } else if name == "format" {
            if out.format.is_some() {
                return Err(syn::Error::new(name.span(), "`format` is given twice; keep one"));
            }
            out.format = Some(syn::parse2(value.ok_or_else(|| needs_value(name, "MyErrorFormat"))?)?);
        } else if name == "phrase" {
            if out.phrase.is_some() {
                return Err(syn::Error::new(name.span(), "`phrase` is given twice; keep one"));
            }
            out.phrase = Some(error::phrase(&syn::parse2(value.ok_or_else(|| needs_value(name, "\"framework\""))?)?)?);
        } else if name == "skip" {
            match value.and_then(|v| v.into_iter().next()) {
                Some(proc_macro2::TokenTree::Group(list))
                    if list.delimiter() == proc_macro2::Delimiter::Parenthesis =>
                {
                    out.skip.extend(error::skip_list(list.stream(), cx));
                }
                _ => {
                    return Err(syn::Error::new(
                        name.span(),
                        "write the traits in parentheses: `skip(Error, Serialize)`",
                    ));
                }
            }
        } else if name == "client" {
            if out.audience.is_some() {
                return Err(syn::Error::new(name.span(), "`client` is given twice; keep one"));
            }
            if value.is_some() {
                return Err(syn::Error::new(name.span(), "write `client` alone: `#[subset(client)]`"));
            }
            out.audience = Some(mode::Audience::Client);
        } else if name == "log" {
            if out.log.is_some() {
                return Err(syn::Error::new(name.span(), "`log` is given twice; keep one"));
            }
            out.log = Some(error::cause_log(&syn::parse2(value.ok_or_else(|| needs_value(name, "\"off\""))?)?)?);
        } else {
            return Err(syn::Error::new(
                name.span(),
                "unknown argument; write `#[subset]` for a subset of `status_core::StatusCode`, or `#[subset(of = AppStatus, registry = \"status.toml\")]` for one of your own registry enum; `format = MyFormat` names the `ErrorFormat` of its error bodies; `log = \"off\"` stops the ERROR log line of 5xx causes; `phrase = \"framework\"` leaves the status line's reason phrase to the framework; `skip(Error, Serialize)` leaves those impls to you; `client` lets a client decode responses back into the enum",
            ));
        }
        Ok(())
    });
    if let Err(e) = parsed {
        cx.push(e);
        return SubsetArgs::default();
    }
    match (&out.of, &out.registry) {
        (Some(of), None) => cx.spanned(
            of,
            "also name the registry file `of` was generated from: `#[subset(of = AppStatus, registry = \"status.toml\")]`",
        ),
        (None, Some(path)) => cx.at(
            path.span(),
            "also name the enum generated from this registry: `#[subset(of = AppStatus, registry = \"status.toml\")]`",
        ),
        _ => {}
    }
    out
}

/// The derive's `#[subset(of = .., registry = "..")]` helper attribute on the enum, at most once.
pub fn derive_subset_args(attrs: &[Attribute], cx: &Ctxt<syn::Error>) -> SubsetArgs {
    let mut found: Option<&Attribute> = None;
    let mut args = SubsetArgs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("subset")) {
        if found.is_some() {
            cx.spanned(attr, "`#[subset(..)]` is given twice on this enum; keep one");
            continue;
        }
        found = Some(attr);
        match &attr.meta {
            Meta::List(list) => args = subset_args(list.tokens.clone(), cx),
            _ => cx.spanned(attr, "write `#[subset(of = AppStatus, registry = \"status.toml\")]`"),
        }
    }
    args
}

/// What `#[status(..)]` holds.
pub enum StatusAttr {
    /// `#[status(404)]`
    Code(LitInt),
    /// `#[status(NotFound)]`: a name where the code goes (reported by the check, which knows the
    /// registry and so the code to suggest).
    Name(Path),
    /// `#[status(transparent)]`: the variant holds another subset and takes its status from it.
    Transparent(Span),
}

/// `#[status(404)]` on a variant: its code, given explicitly. Removed from the attributes the
/// variant keeps (it is ours and inert). `Err` if the attribute is there but unusable (reported).
pub fn status_code(attrs: &mut Vec<Attribute>, cx: &Ctxt<syn::Error>) -> Result<Option<StatusAttr>, ()> {
    let mut code: Option<StatusAttr> = None;
    let mut seen = false;
    let mut bad = false;
    attrs.retain(|attr| {
        if !attr.path().is_ident("status") {
            return true;
        }
        if seen {
            cx.spanned(attr, "`#[status(..)]` is given twice on this variant; keep one");
            bad = true;
            return false;
        }
        seen = true;
        code = status_literal(attr, cx);
        bad |= code.is_none();
        false
    });
    if bad { Err(()) } else { Ok(code) }
}

/// The code inside `#[status(..)]`, with a message for each way of writing it wrong.
fn status_literal(attr: &Attribute, cx: &Ctxt<syn::Error>) -> Option<StatusAttr> {
    let Meta::List(list) = &attr.meta else {
        cx.spanned(attr, "write the code in parentheses: `#[status(404)]`");
        return None;
    };
    let Ok(items) = input::comma_separated(list.tokens.clone()) else {
        cx.spanned(&list.tokens, "write the code as a number: `#[status(404)]`");
        return None;
    };
    let mut items = items.into_iter();
    let (first, second) = (items.next(), items.next());
    if let Some(extra) = second {
        cx.spanned(extra, "a variant has one status code: give one code per variant (`#[status(404)]`), and a variant of its own for each other code");
        return None;
    }
    let Some(first) = first else {
        cx.spanned(attr, "write the code in parentheses: `#[status(404)]`");
        return None;
    };
    if let Ok(code) = syn::parse2::<LitInt>(first.clone()) {
        Some(StatusAttr::Code(code))
    } else if let Ok(path) = syn::parse2::<Path>(first.clone()) {
        if path.is_ident("transparent") {
            return Some(StatusAttr::Transparent(path.segments[0].span()));
        }
        Some(StatusAttr::Name(path))
    } else {
        cx.spanned(first, "write the code as a number: `#[status(404)]`");
        None
    }
}

/// The error for `name` written without `= value`.
fn needs_value(name: &proc_macro2::Ident, example: &str) -> syn::Error {
    syn::Error::new(name.span(), format!("write `{name} = {example}`"))
}

/// The helper attributes this crate reads on variants and fields; they are inert and removed
/// from what the attribute forms emit.
pub const HELPERS: &[&str] = &[
    "status",
    "detail",
    "problem",
    "sent_elsewhere",
    "response",
    "header",
    "body",
    "extension",
    "instance",
    "errors",
    "cause",
];

// `#[from]` and `#[source]` are ours too when no derive beside the subset reads them: see
// `error::is_source_attr`.

/// Whether `attr` is one of our helper attributes.
pub fn is_ours(attr: &Attribute) -> bool {
    HELPERS.iter().any(|h| attr.path().is_ident(h))
}

/// A variant's fields as the attribute forms emit them: without our inert attributes, and
/// without `#[from]`/`#[source]` when no derive beside the subset reads them.
pub fn emitted_fields(fields: &input::Fields, errors: mode::ErrorImpls) -> input::Fields {
    let mut fields = fields.clone();
    for f in &mut fields {
        f.attrs.retain(|a| !is_ours(a) && (errors.source_attrs == mode::Provider::Derive || !error::is_source_attr(a)));
    }
    fields
}
