//! The checks of a user's subset, run in order over its input: the enum, then each variant (its
//! code, source, cause, response), then the enum's `#[detail]`. What they resolve (each variant
//! tied to its registry entry, the held subsets, who writes the error impls) is what the model is
//! built from; the model itself checks nothing.

use crate::ast::{DetailText, Form, Inner, Resolved, Variant};
use crate::attr::error::{error_impls, is_error_transparent};
use crate::diag::Ctxt;
use crate::input::{Data, DeriveInput};
use crate::registry::model::Registry;

/// Every rule on the user's subset, each problem into `cx`; the resolved variants if there were
/// none. The enum's `#[detail]` is taken off its attributes.
pub fn subset<'r>(
    input: &mut DeriveInput,
    registry: &'r Registry,
    form: Form,
    cx: &Ctxt<syn::Error>,
) -> Option<Resolved<'r>> {
    let Data::Enum(data) = &input.data else { return None };
    super::subset_enum(input, data, form, cx);
    let errors = error_impls(&input.attrs, data);
    let mut variants: Vec<Variant<'r>> = Vec::new();
    let mut inner: Vec<Inner> = Vec::new();
    let mut sources = super::error::Sources::default();
    for (position, v) in data.variants.iter().enumerate() {
        let mut attrs = v.attrs.clone();
        let Some(status) = super::subset_variant(v, &mut attrs, form, registry, cx) else { continue };
        let fields = crate::attr::emitted_fields(&v.fields, errors);
        attrs.retain(|a| !crate::attr::is_ours(a));
        let source = super::error::variant_source(v, &mut sources, cx);
        let entry = match status {
            super::VariantStatus::Entry(entry) => entry,
            super::VariantStatus::Transparent(span) => {
                if let Some(found) = super::error::transparent(v, span, cx) {
                    let (ident, ty, member, from) = (v.ident.clone(), found.ty, found.member, found.from);
                    inner.push(Inner { attrs, ident, fields, ty, position, member, from });
                }
                continue;
            }
        };
        if super::code_is_unique(v, entry, &variants, cx) {
            let response = super::response::variant_response(v, entry, cx);
            let mut variant = Variant::new(attrs, v.ident.clone(), fields, entry, registry);
            variant.response = response;
            variant.position = position;
            variant.explicit_code = v.discriminant.is_some() || v.attrs.iter().any(|a| a.path().is_ident("status"));
            let cause_field = super::error::variant_cause(v, entry.code, source.as_ref(), cx);
            variant.cause =
                entry.code >= 500 && (source.is_some() || cause_field.is_some() || is_error_transparent(&v.attrs));
            variant.source = source;
            variant.cause_field = cause_field;
            variants.push(variant);
        }
    }
    if cx.has_errors() {
        return None;
    }
    if super::response::enum_detail(&mut input.attrs, cx) {
        // `#[detail]` on the enum: each error variant's message is its detail, unless it
        // writes its own.
        for v in variants.iter_mut().filter(|v| v.entry.code >= 400 && v.response.detail.is_none()) {
            v.response.detail = Some(DetailText::Display);
        }
    }
    Some(Resolved { variants, inner, errors })
}
