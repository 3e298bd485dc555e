//! Rules on the response attributes of a variant, checked against what the registry says about
//! its code; the result is the variant's [`Response`] model.

use crate::ast::{DetailText, FixedHeader, HeaderField, MissingHeader, Presence, Response};
use crate::attr::response::{self, DetailAttr, FieldRole, FixedHeaderAttr};
use crate::diag::{Ctxt, SynCtxt};
use crate::input::{Fields, Variant as InputVariant};
use crate::registry::model::{Content, Entry, Header, Level};
use crate::template::tokens;
use proc_macro2::{Span, TokenStream};
use quote::format_ident;
use syn::LitStr;

/// The response a variant sends, from its attributes and fields, with every broken rule in `cx`.
pub fn variant_response(v: &InputVariant, entry: &Entry, cx: &Ctxt<syn::Error>) -> Response {
    let attrs = response::variant_attrs(&v.attrs, cx);
    let mut out = Response { problem_type: attrs.problem_type, description: attrs.description, ..Response::default() };
    let (bindings, binding_pattern) = bindings(&v.fields);
    out.binding = binding_pattern;
    for (field, binding) in v.fields.iter().zip(&bindings) {
        match response::field_role(&field.attrs, cx) {
            Some(FieldRole::Header(name)) => {
                header_name_is_a_token(&name, cx);
                let doc = crate::ast::doc_text(&field.attrs);
                // An `Option<T>` field (by any path; an alias is not seen through) is sent when `Some`.
                let inner = crate::input::types::generic_of(&field.ty, "Option");
                let presence = if inner.is_some() { Presence::IfSome } else { Presence::Always };
                if presence == Presence::IfSome {
                    required_header_is_not_optional(&name, &field.ty, entry, cx);
                }
                let ty = field.ty.clone();
                let value_ty = inner.unwrap_or_else(|| ty.clone());
                out.headers.push(HeaderField { name, binding: binding.clone(), doc, ty, value_ty, presence });
            }
            Some(FieldRole::Body(span)) => {
                if out.body.is_some() {
                    cx.at(span, "a response has one body: mark one field `#[body]`");
                    continue;
                }
                body_is_allowed(span, entry, cx);
                out.body = Some((binding.clone(), field.ty.clone()));
            }
            Some(FieldRole::Extension(name, span)) => {
                only_problems_have(span, "an extension member", entry, cx);
                let name = name.map_or_else(|| binding.to_string(), |n| n.value());
                extension_name_is_free(&name, span, &out.extensions, cx);
                out.extensions.push((name, binding.clone()));
            }
            Some(FieldRole::Instance(span)) => {
                only_problems_have(span, "an `instance`", entry, cx);
                once(span, "`#[instance]`", out.instance.is_some(), cx);
                out.instance = Some(binding.clone());
            }
            Some(FieldRole::Errors(span)) => {
                only_problems_have(span, "field errors", entry, cx);
                once(span, "`#[errors]`", out.errors.is_some(), cx);
                out.errors = Some(binding.clone());
            }
            None => {}
        }
    }
    match attrs.detail {
        Some(DetailAttr::Format(detail)) => {
            only_problems_have(detail.span, "`#[detail]`", entry, cx);
            out.detail = Some(DetailText::Format(super::detail::detail_format(detail, v, &bindings, cx)));
        }
        Some(DetailAttr::Display(span)) => {
            only_problems_have(span, "`#[detail]`", entry, cx);
            out.detail = Some(DetailText::Display);
        }
        None => {}
    }
    if let Some(uri) = &out.problem_type {
        only_problems_have(uri.span(), "a problem `type`", entry, cx);
        problem_type_is_a_uri(uri, cx);
    }
    for name in &attrs.elsewhere {
        sent_elsewhere_names_a_rule(name, entry, cx);
    }
    for fixed in attrs.fixed {
        header_name_is_a_token(&fixed.name, cx);
        header_value_is_a_field_value(&fixed.value, cx);
        fixed_header_is_sent_once(&fixed, &out, &attrs.elsewhere, cx);
        out.fixed.push(FixedHeader { name: fixed.name, value: fixed.value });
    }
    out.missing = missing_headers(entry, &out, &attrs.elsewhere);
    out
}

/// The unconditional MUST header rules of the code that no field carries and no
/// `#[sent_elsewhere]` names: such a variant cannot be sent (the response impls say so).
pub fn missing_headers(entry: &Entry, response: &Response, elsewhere: &[LitStr]) -> Vec<MissingHeader> {
    let carried = |field: &str| {
        response.headers.iter().any(|h| h.name.value().eq_ignore_ascii_case(field))
            || response.fixed.iter().any(|h| h.name.value().eq_ignore_ascii_case(field))
            || elsewhere.iter().any(|name| name.value().eq_ignore_ascii_case(field))
    };
    must_headers(entry)
        .filter(|h| !carried(&h.field))
        .map(|h| MissingHeader {
            field: h.field.clone(),
            by: h.by.clone(),
            citation: h.citation.as_ref().unwrap_or(&entry.citation).to_string(),
        })
        .collect()
}

/// The header rules of a code that are MUST and hold for every response with it (no
/// condition on the request method, another response or interim responses).
fn must_headers(entry: &Entry) -> impl Iterator<Item = &Header> {
    entry.facts.headers.iter().filter(|h| h.level == Some(Level::Must) && h.when.is_none())
}

/// Rule: a header field the code requires in every response (a MUST without condition) is
/// not an `Option`: `None` would send the response without it.
fn required_header_is_not_optional(name: &LitStr, ty: &TokenStream, entry: &Entry, cx: &Ctxt<syn::Error>) {
    let field = name.value();
    if let Some(rule) = must_headers(entry).find(|h| h.field.eq_ignore_ascii_case(&field)) {
        let cite = rule.citation.as_ref().unwrap_or(&entry.citation);
        cx.spanned(
            ty,
            format!(
                "a {} {} response MUST send {field} ({cite}), so this field cannot be an `Option` (`None` would leave it out): use the inner type `T`",
                entry.code, entry.reason
            ),
        );
    }
}

/// Rule: a header field name is a token (RFC 9110, Section 5.1).
fn header_name_is_a_token(name: &LitStr, cx: &Ctxt<syn::Error>) {
    let value = name.value();
    let tchar = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if value.is_empty() || !value.chars().all(tchar) {
        cx.at(
            name.span(),
            format!(
                "\"{value}\" is not a header field name: a field name is a token of letters, digits and !#$%&'*+-.^_`|~ (RFC 9110, Section 5.1), e.g. \"Retry-After\""
            ),
        );
    }
}

/// Rule: a fixed header value is a field value (RFC 9110, Section 5.5): visible ASCII, spaces,
/// tabs and obs-text, no whitespace at either end, no CR, LF or NUL (which would end the field
/// or smuggle in another). Checked here so that sending it never fails.
fn header_value_is_a_field_value(value: &LitStr, cx: &Ctxt<syn::Error>) {
    let text = value.value();
    let problem = if text.is_empty() {
        Some("it is empty: a fixed header field says something; remove the attribute, or write the value".to_owned())
    } else if let Some(c) = text.chars().find(|c| matches!(c, '\r' | '\n' | '\0')) {
        Some(format!("it contains {c:?}, which would end the header field (or start another): remove it"))
    } else if text.starts_with([' ', '\t']) || text.ends_with([' ', '\t']) {
        Some("it starts or ends with whitespace, which a field value never does: trim it".to_owned())
    } else {
        // Non-ASCII characters are obs-text bytes in UTF-8; the ASCII controls (but tab) and DEL are not allowed.
        text.chars().find(|&c| c.is_ascii_control() && c != '\t').map(|c| {
            format!("it contains the control character {c:?}: a field value holds visible characters, spaces and tabs")
        })
    };
    if let Some(problem) = problem {
        cx.at(value.span(), format!("{text:?} is not a header field value (RFC 9110, Section 5.5): {problem}"));
    }
}

/// Rule: a variant sends a fixed header field once, and not also from a field or another
/// layer (`#[sent_elsewhere]`): which one would the client get? Reported at the second, with a
/// note at the first.
fn fixed_header_is_sent_once(fixed: &FixedHeaderAttr, so_far: &Response, elsewhere: &[LitStr], cx: &Ctxt<syn::Error>) {
    let value = fixed.name.value();
    let same = |name: &LitStr| name.value().eq_ignore_ascii_case(&value);
    let (first, by, note) = if let Some(h) = so_far.fixed.iter().find(|h| same(&h.name)) {
        (&h.name, "is given a fixed value twice on this variant: keep one `#[header(..)]`", "first given")
    } else if let Some(h) = so_far.headers.iter().find(|h| same(&h.name)) {
        (&h.name, "is sent from a field of this variant too: keep the field, or the fixed value", "also given")
    } else if let Some(name) = elsewhere.iter().find(|n| same(n)) {
        (
            name,
            "is named in `#[sent_elsewhere]` too, but this variant sends it: remove it from `#[sent_elsewhere]`",
            "also given",
        )
    } else {
        return;
    };
    cx.at(fixed.name.span(), format!("the header field \"{value}\" {by}"));
    cx.at(first.span(), format!("\"{}\" is {note} here", first.value()));
}

/// Rule: a problem part is given once per variant.
fn once(span: Span, what: &str, seen: bool, cx: &Ctxt<syn::Error>) {
    if seen {
        cx.at(span, format!("{what} is given twice on this variant; keep one"));
    }
}

/// Rule: an extension member has a name of its own: not empty, not one of the members RFC 9457
/// defines (or the `errors` member `#[errors]` writes), not two fields with one name.
fn extension_name_is_free(name: &str, span: Span, so_far: &[(String, syn::Ident)], cx: &Ctxt<syn::Error>) {
    const RESERVED: [&str; 6] = ["type", "title", "status", "detail", "instance", "errors"];
    if name.is_empty() {
        cx.at(span, "an extension member needs a name: `#[extension(\"balance\")]`");
    } else if RESERVED.contains(&name) {
        cx.at(
            span,
            format!(
                "\"{name}\" is a member RFC 9457 defines (or `#[errors]` writes), so an extension cannot use it: rename it with `#[extension(\"other_name\")]`"
            ),
        );
    } else if so_far.iter().any(|(n, _)| n == name) {
        cx.at(span, format!("the extension member \"{name}\" is given twice on this variant; rename one"));
    }
}

/// Rule: content goes only with codes that may carry it. 1xx, 204 and 304 never have content
/// (message framing), and a 205 server must not generate any. A 4xx/5xx `#[body]` is sent
/// instead of the problem (a service's own error body).
fn body_is_allowed(span: Span, entry: &Entry, cx: &Ctxt<syn::Error>) {
    let what = format!("{} {}", entry.code, entry.reason);
    if entry.facts.content == Content::NoneByFraming || entry.code < 200 {
        cx.at(
            span,
            format!(
                "a {what} response never has content: message framing ends it after its header section (RFC 9112, Section 6.3); remove `#[body]`, or use a code that carries content"
            ),
        );
    } else if entry.facts.content == Content::MustNotGenerate {
        cx.at(
            span,
            format!(
                "the server MUST NOT generate content in a {what} response ({}): remove `#[body]`, or use a code that carries content",
                entry.citation
            ),
        );
    }
}

/// Rule: `#[detail]` and the problem `type` belong to problem responses (4xx and 5xx).
fn only_problems_have(span: Span, what: &str, entry: &Entry, cx: &Ctxt<syn::Error>) {
    if entry.code < 400 {
        cx.at(
            span,
            format!(
                "{what} describes an RFC 9457 problem, which only 4xx and 5xx responses carry; {} {} is not one: remove it",
                entry.code, entry.reason
            ),
        );
    }
}

/// Rule: a problem `type` is a URI reference without spaces (RFC 9457, Section 3.1.1).
fn problem_type_is_a_uri(uri: &LitStr, cx: &Ctxt<syn::Error>) {
    let value = uri.value();
    if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        cx.at(uri.span(), "a problem `type` is a URI, e.g. \"https://example.com/problems/out-of-credit\"");
    }
}

/// Rule: `#[sent_elsewhere("X")]` names a header field the registry requires with the code
/// (otherwise it would silently say nothing).
fn sent_elsewhere_names_a_rule(name: &LitStr, entry: &Entry, cx: &Ctxt<syn::Error>) {
    let value = name.value();
    if !must_headers(entry).any(|h| h.field.eq_ignore_ascii_case(&value)) {
        let required: Vec<String> = must_headers(entry).map(|h| format!("\"{}\"", h.field)).collect();
        let hint = if required.is_empty() {
            format!("{} requires no header field", entry.code)
        } else {
            format!("{} requires {}", entry.code, required.join(", "))
        };
        cx.at(
            name.span(),
            format!("`#[sent_elsewhere]` names \"{value}\", which the registry does not require with {} {} ({hint}): remove it", entry.code, entry.reason),
        );
    }
}

/// A binding per field (named fields by their names, tuple fields `_0`, `_1`, ...) and the
/// pattern that binds them all.
fn bindings(fields: &Fields) -> (Vec<syn::Ident>, TokenStream) {
    match fields {
        Fields::Named(fields, _) => {
            let idents: Vec<syn::Ident> = fields.iter().filter_map(|f| f.ident.clone()).collect();
            let pattern = tokens!([] [idents = &idents] { #(#idents),* });
            (idents, pattern)
        }
        Fields::Unnamed(unnamed, _) => {
            let names: Vec<syn::Ident> = (0..unnamed.len()).map(|i| format_ident!("_{i}")).collect();
            let pattern = tokens!([] [names = &names] ( #(#names),* ));
            (names, pattern)
        }
        Fields::Unit => (Vec::new(), TokenStream::new()),
    }
}

/// `#[detail]` on the enum (removed from its attributes): whether it is there. Rule: on the
/// enum it stands alone, the variants' `Display` being each one's detail; a format string
/// belongs on a variant.
pub fn enum_detail(attrs: &mut Vec<crate::input::Attribute>, cx: &Ctxt<syn::Error>) -> bool {
    let mut found = false;
    attrs.retain(|attr| {
        if !attr.path().is_ident("detail") {
            return true;
        }
        if !matches!(attr.meta, crate::input::Meta::Path) {
            cx.spanned(attr, "on the enum, write `#[detail]` alone (each error variant's `Display` is its detail); put `#[detail(\"...\")]` with a format on a variant");
        }
        found = true;
        false
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The problem with `value` as a fixed header value, if any.
    fn problem(value: &str) -> Option<String> {
        let cx = Ctxt::new();
        header_value_is_a_field_value(&LitStr::new(value, Span::call_site()), &cx);
        cx.check().err().map(|e| e.to_string())
    }

    #[test]
    fn fixed_values_are_field_values() {
        // Visible ASCII, inner spaces and tabs, obs-text (any non-ASCII character's UTF-8 bytes).
        for good in ["Token", "Bearer realm=\"a b\"", "a\tb", "caf\u{e9}"] {
            assert_eq!(problem(good), None, "{good:?}");
        }
        for bad in ["", " a", "a\t", "a\r\nB: c", "a\nb", "a\0", "a\u{7f}", "a\u{1b}"] {
            assert!(problem(bad).is_some_and(|p| p.contains("is not a header field value")), "{bad:?}");
        }
    }
}
