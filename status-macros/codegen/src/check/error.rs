//! Rules on the error side of a variant: its source field (`#[from]`, `#[source]`, or a field
//! named `source`, as thiserror reads them) and `#[status(transparent)]`.

use crate::ast::SourceField;
use crate::attr::error::source_attr;
use crate::diag::{Ctxt, SynCtxt};
use crate::input::{Field, Fields, Variant as InputVariant};
use proc_macro2::{Span, TokenStream};
use quote::format_ident;

/// The `#[from]` types seen so far, to refuse a second conversion from the same type.
#[derive(Default)]
pub struct Sources {
    from: Vec<(String, Span, String)>,
}

/// The field a transparent variant holds.
pub struct Held {
    pub ty: TokenStream,
    pub member: TokenStream,
    pub from: bool,
}

/// The variant's source field, checking: at most one field is the source; a `#[from]` variant
/// holds nothing else (the conversion has nothing to fill it with); no two variants convert
/// from the same type.
pub fn variant_source(v: &InputVariant, sources: &mut Sources, cx: &Ctxt<syn::Error>) -> Option<SourceField> {
    let mut found: Option<SourceField> = None;
    for (i, field) in v.fields.iter().enumerate() {
        let attr = source_attr(&field.attrs);
        let named_source = field.ident.as_ref().is_some_and(|n| n == "source");
        if attr.is_none() && !named_source {
            continue;
        }
        let (from, span) =
            attr.unwrap_or((false, field.ident.as_ref().map_or_else(Span::call_site, proc_macro2::Ident::span)));
        if let Some(first) = &found {
            cx.at(
                span,
                format!(
                    "`{}` already has a source (`{}`): a variant has one `source()`; keep `#[from]`/`#[source]` on one field",
                    v.ident, first.binding
                ),
            );
            continue;
        }
        if from {
            from_holds_only_its_source(v, span, cx);
            from_type_is_new(v, field, span, sources, cx);
        }
        let (binding, member) = member(field, i);
        found = Some(SourceField { binding, member, ty: field.ty.clone(), from });
    }
    found
}

/// The variant's `#[cause]` field, checking: one per variant, beside no source (the source
/// is already the logged cause), and only on a 5xx variant (only a 5xx logs its cause).
pub fn variant_cause(
    v: &InputVariant,
    code: u16,
    source: Option<&SourceField>,
    cx: &Ctxt<syn::Error>,
) -> Option<SourceField> {
    let mut found: Option<(SourceField, Span)> = None;
    for (i, field) in v.fields.iter().enumerate() {
        let Some(attr) = field.attrs.iter().find(|a| a.path().is_ident("cause")) else { continue };
        let span = attr.path().segments[0].span();
        let (binding, member) = member(field, i);
        if let Some((_, first)) = &found {
            let mut e = syn::Error::new(
                span,
                format!("`{}` already has a `#[cause]`: a variant logs one cause; keep one", v.ident),
            );
            e.combine(syn::Error::new(*first, "the first `#[cause]` is here"));
            cx.push(e);
            continue;
        }
        if let Some(source) = source {
            cx.at(
                span,
                format!(
                    "`{}` has a source (`{}`), which is already its logged cause: remove `#[cause]`, or `#[from]`/`#[source]`",
                    v.ident, source.binding
                ),
            );
        }
        if code < 500 {
            cx.at(
                span,
                format!(
                    "only a 5xx response logs its cause, and `{}` is a {code}: remove `#[cause]`, or give the variant a 5xx code",
                    v.ident
                ),
            );
        }
        found = Some((SourceField { binding, member, ty: field.ty.clone(), from: false }, span));
    }
    found.map(|(field, _)| field)
}

/// The binding a variant's pattern gives the field (as `check::response` names them) and the
/// member that builds it.
fn member(field: &Field, i: usize) -> (syn::Ident, TokenStream) {
    if let Some(name) = &field.ident {
        (name.clone(), quote::ToTokens::to_token_stream(&name))
    } else {
        let index = proc_macro2::Literal::usize_unsuffixed(i);
        (format_ident!("_{i}"), quote::ToTokens::to_token_stream(&index))
    }
}

/// Rule: a `#[from]` variant holds only its source, so that `From` can build it.
fn from_holds_only_its_source(v: &InputVariant, span: Span, cx: &Ctxt<syn::Error>) {
    if v.fields.iter().count() > 1 {
        cx.at(
            span,
            format!(
                "`#[from]` builds `{}` from its source alone, but the variant has other fields: remove them, or mark the field `#[source]` and write the conversion by hand",
                v.ident
            ),
        );
    }
}

/// Rule: `?` picks the conversion by the source's type, so two variants cannot both be
/// `#[from]` the same type. Reported at the second, with a note at the first.
fn from_type_is_new(v: &InputVariant, field: &Field, span: Span, sources: &mut Sources, cx: &Ctxt<syn::Error>) {
    let key = field.ty.to_string().replace(' ', "");
    if let Some((_, first_span, first)) = sources.from.iter().find(|(k, ..)| *k == key) {
        cx.at(
            span,
            format!(
                "`{first}` is already `#[from] {key}`: `?` could not tell which variant a `{key}` becomes; keep `#[from]` on one variant and mark this field `#[source]` (then convert with `.map_err(..)`)"
            ),
        );
        cx.at(*first_span, format!("`{first}` is first `#[from] {key}` here"));
        return;
    }
    sources.from.push((key, span, v.ident.to_string()));
}

/// Rule: a `#[status(transparent)]` variant holds exactly one field, the other subset, and
/// sends nothing of its own (the inner subset decides status, header fields and problem).
pub fn transparent(v: &InputVariant, span: Span, cx: &Ctxt<syn::Error>) -> Option<Held> {
    let own = ["detail", "problem", "sent_elsewhere", "header"];
    for attr in v.attrs.iter().filter(|a| own.iter().any(|o| a.path().is_ident(o))) {
        cx.spanned(attr, "a `#[status(transparent)]` variant sends what the subset it holds sends: remove this attribute (put it on the inner subset's variant)");
    }
    let fields: Vec<&Field> = v.fields.iter().collect();
    let [field] = fields.as_slice() else {
        let ident = &v.ident;
        cx.at(
            span,
            format!(
                "`#[status(transparent)]` takes the status from the one subset `{ident}` holds, but it holds {} fields: write `{ident}(OtherError)` with a single field whose type is a `#[subset]` enum",
                fields.len()
            ),
        );
        return None;
    };
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("header") || a.path().is_ident("body")) {
        cx.spanned(attr, "the field of a `#[status(transparent)]` variant is the inner subset: its own variants carry header fields and bodies; remove this attribute");
    }
    let (_, member) = member(field, 0);
    let from = source_attr(&field.attrs).is_some_and(|(from, _)| from);
    if let Fields::Unit = v.fields {
        return None;
    }
    Some(Held { ty: field.ty.clone(), member, from })
}
