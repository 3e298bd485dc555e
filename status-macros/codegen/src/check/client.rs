//! Rules of a `#[subset(client)]` enum, which a client decodes back from responses: everything a
//! variant holds travels in the response, and the variants of one code can be told apart.

use crate::ast::{DetailText, Enum, Variant};
use crate::diag::{Ctxt, SynCtxt};
use crate::input::Field;
use crate::input::types::{Text, text_kind};
use quote::format_ident;

/// Checks every rule of a client enum; whether it follows them all.
pub fn client_enum(item: &Enum<'_>, cx: &Ctxt<syn::Error>) -> bool {
    for v in &item.variants {
        for (i, field) in v.fields.iter().enumerate() {
            let binding = field.ident.clone().unwrap_or_else(|| format_ident!("_{i}"));
            field_travels(v, field, &binding, cx);
        }
        header_text_is_owned(v, cx);
    }
    variants_of_a_code_differ(item, cx);
    !cx.has_errors()
}

/// Rule: every field of a client enum's variant travels in the response (a header field, the
/// content, a problem member), so that a client gets it back. A source, a `#[cause]`, a field
/// written only into `#[detail("..")]`'s text, or a field with no role does not.
fn field_travels(v: &Variant<'_>, field: &Field, binding: &syn::Ident, cx: &Ctxt<syn::Error>) {
    let response = &v.response;
    let in_problem = response.extensions.iter().any(|(_, b)| b == binding)
        || response.instance.as_ref() == Some(binding)
        || response.errors.as_ref() == Some(binding);
    let travels = response.headers.iter().any(|h| h.binding == *binding)
        || response.body.as_ref().is_some_and(|(b, _)| b == binding)
        || (in_problem && response.body.is_none());
    if travels {
        return;
    }
    // A tuple field by its place in the variant: `Database.0`.
    let name = match &field.ident {
        Some(ident) => ident.to_string(),
        None => format!("{}.{}", v.ident, binding.to_string().trim_start_matches('_')),
    };
    let shared = "or keep it in a server-only enum that holds this one with `#[status(transparent)]`";
    let is = |f: Option<&crate::ast::SourceField>| f.is_some_and(|f| f.binding == *binding);
    let message = if in_problem {
        format!(
            "`{name}` is a problem member, but `{}` sends its `#[body]` instead of a problem, so a client cannot read it back: carry it in the body or a `#[header(\"..\")]`",
            v.ident
        )
    } else if is(v.source.as_ref()) || is(v.cause_field.as_ref()) {
        format!(
            "`{name}` is the cause of `{}`, which stays on the server (no response carries it), so a `#[subset(client)]` enum cannot hold it: carry what a client needs as an `#[extension]`, and keep server-only causes in an enum that holds this one with `#[status(transparent)]`",
            v.ident
        )
    } else if in_detail(response.detail.as_ref(), &name) {
        format!(
            "`{name}` is only written into `#[detail(..)]`'s text, which a client cannot read back: make it an `#[extension]` (it travels as a problem member), {shared}"
        )
    } else {
        format!(
            "`{name}` is not in the response, so a client cannot decode it: mark it `#[header(\"..\")]`, `#[body]`, `#[extension]`, `#[instance]` or `#[errors]`, {shared}"
        )
    };
    match &field.ident {
        Some(ident) => cx.spanned(ident, message),
        None => cx.spanned(&field.ty, message),
    }
}

/// Whether the `#[detail("..")]` format or its arguments name the binding `name`.
fn in_detail(detail: Option<&DetailText>, name: &str) -> bool {
    let Some(DetailText::Format(format)) = detail else { return false };
    format.fields.iter().any(|field| field == name)
}

/// Rule: a client owns what it reads, so a header field of a client enum is not a
/// `&'static str` (a response's text does not live for `'static`).
fn header_text_is_owned(v: &Variant<'_>, cx: &Ctxt<syn::Error>) {
    for h in v.response.headers.iter().filter(|h| text_kind(&h.value_ty) == Text::StaticStr) {
        cx.spanned(
            &h.ty,
            format!("a client reads `{}` from the response, so it cannot be a `&'static str`: use `String`", h.binding),
        );
    }
}

/// Rule: a client chooses the variant by the status code, and among variants of one code by
/// the problem's `type` (RFC 9457, Section 3.1.1; `about:blank` when none is given), so two
/// variants of one code differ in it, and both send a problem. Reported at the second, with a
/// note at the first.
fn variants_of_a_code_differ(item: &Enum<'_>, cx: &Ctxt<syn::Error>) {
    for (i, v) in item.variants.iter().enumerate() {
        let Some(first) = item.variants[..i].iter().find(|w| w.entry.code == v.entry.code) else { continue };
        let (code, reason) = (v.entry.code, &v.entry.reason);
        let both = format!("`{}` and `{}` are both {code} {reason}", first.ident, v.ident);
        let message = if code < 400 || v.response.body.is_some() || first.response.body.is_some() {
            let which =
                if code < 400 { "only 4xx and 5xx problems carry" } else { "a `#[body]` variant does not send" };
            format!(
                "{both}: a client tells variants of one code apart by the problem `type`, which {which}; give each variant a code of its own"
            )
        } else if problem_type(v) == problem_type(first) {
            format!(
                "{both} with the problem type `{}`: a client tells variants of one code apart by the problem `type` (RFC 9457, Section 3.1.1); give each its own, `#[problem(type = \"https://example.com/problems/{}\")]`",
                problem_type(v),
                kebab(&v.ident.to_string())
            )
        } else {
            continue;
        };
        let mut error = syn::Error::new(v.ident.span(), message);
        error.combine(syn::Error::new(first.ident.span(), format!("`{}` is {code} here", first.ident)));
        cx.push(error);
    }
}

/// The variant's problem `type`: `about:blank` when it gives none.
fn problem_type(v: &Variant<'_>) -> String {
    v.response.problem_type.as_ref().map_or_else(|| "about:blank".to_owned(), syn::LitStr::value)
}

/// `UpstreamFailed` as `upstream-failed`, for the example in a message.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_strings_and_arguments_name_fields() {
        // A variant `V(u8) { .. }` is tuple-shaped: `_0` is its field, `count` a named one in
        // a second variant, both read through the detail's own parse.
        let input: crate::input::DeriveInput = syn::parse2(quote::quote!(
            enum E {
                V { id: u32, count: u32, name: String },
            }
        ))
        .unwrap();
        let crate::input::Data::Enum(data) = &input.data else { unreachable!() };
        let v = &data.variants[0];
        let bindings: Vec<proc_macro2::Ident> =
            ["id", "count", "name"].iter().map(|n| quote::format_ident!("{n}")).collect();
        let detail = crate::attr::response::Detail {
            format: syn::LitStr::new("user {id}, {{name}}", proc_macro2::Span::call_site()),
            args: quote::quote!(other = .count + 1),
            span: proc_macro2::Span::call_site(),
        };
        let cx = crate::diag::Ctxt::new();
        let detail = DetailText::Format(crate::check::detail::detail_format(detail, v, &bindings, &cx));
        assert!(cx.check().is_ok());
        assert!(in_detail(Some(&detail), "id") && in_detail(Some(&detail), "count"));
        assert!(!in_detail(Some(&detail), "name") && !in_detail(None, "id"));
        assert_eq!(kebab("UpstreamFailed"), "upstream-failed");
    }
}
