//! The response attributes: on a variant `#[detail("...")]`, `#[problem(type = "...")]`,
//! `#[sent_elsewhere("Field")]` and `#[header("Field", "fixed value")]`; on a field
//! `#[header("Field")]` and `#[body]`.

use crate::diag::{Ctxt, SynCtxt};
use crate::input::{self, Attribute, Meta};
use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

/// A variant's response attributes.
#[derive(Default)]
pub struct VariantAttrs {
    pub detail: Option<DetailAttr>,
    /// `#[response(description = "...")]`.
    pub description: Option<LitStr>,
    pub problem_type: Option<LitStr>,
    pub elsewhere: Vec<LitStr>,
    /// `#[header("Field", "value")]`: header fields sent with a value fixed at compile time.
    pub fixed: Vec<FixedHeaderAttr>,
}

/// `#[header("WWW-Authenticate", "Token")]` on a variant: the field's name and its value.
pub struct FixedHeaderAttr {
    pub name: LitStr,
    pub value: LitStr,
}

/// `#[detail("...")]`, or `#[detail]` alone: the variant's `Display` is the detail.
pub enum DetailAttr {
    Format(Detail),
    Display(Span),
}

/// `#[detail("no user with id {id}")]`, or with format arguments after the string, as
/// thiserror's `#[error]` takes them: Rust expressions over the fields, `.field`/`.0` shorthand,
/// `name = expr`.
pub struct Detail {
    pub format: LitStr,
    /// The arguments after the string's comma (without it); empty when there are none.
    pub args: TokenStream,
    pub span: Span,
}

/// What a field of a variant is for in the response.
pub enum FieldRole {
    /// `#[header("Allow")]`: sent as that header field, its value written with `Display`.
    Header(LitStr),
    /// `#[body]`: sent as the response content.
    Body(Span),
    /// `#[extension]` (the field's name) or `#[extension("name")]`: a problem extension member.
    Extension(Option<LitStr>, Span),
    /// `#[instance]`: the problem's `instance`.
    Instance(Span),
    /// `#[errors]`: the problem's field errors.
    Errors(Span),
}

/// The forms of `#[detail]`, for the error that finds none of them.
const DETAIL_FORMS: &str = "write the detail as a format string over the variant's fields: `#[detail(\"no user with id {id}\")]`, with any format arguments after it (`#[detail(\"{} of {}\", .used, .limit)]`), or `#[detail]` alone to send the variant's `Display` (its `#[error(\"...\")]` message)";

impl Parse for Detail {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let format: LitStr = input.parse().map_err(|e| syn::Error::new(e.span(), DETAIL_FORMS))?;
        if !input.is_empty() {
            input.parse::<Token![,]>().map_err(|e| {
                syn::Error::new(e.span(), "separate the format arguments from the string with a comma: `#[detail(\"{} of {} used\", .used, .limit)]`")
            })?;
        }
        let args: TokenStream = input.parse()?;
        Ok(Detail { span: format.span(), format, args })
    }
}

impl Parse for FixedHeaderAttr {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: LitStr = input.parse()?;
        input.parse::<Token![,]>()?;
        let value: LitStr = input.parse()?;
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
        if !input.is_empty() {
            return Err(input.error("unexpected argument"));
        }
        Ok(FixedHeaderAttr { name, value })
    }
}

pub fn variant_attrs(attrs: &[Attribute], cx: &Ctxt<syn::Error>) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("detail") {
            detail(attr, &mut out, cx);
        } else if attr.path().is_ident("problem") {
            problem(attr, &mut out, cx);
        } else if attr.path().is_ident("response") {
            response(attr, &mut out, cx);
        } else if attr.path().is_ident("sent_elsewhere") {
            let parsed = attr.parse_args_with(syn::punctuated::Punctuated::<LitStr, Token![,]>::parse_terminated);
            match parsed {
                Ok(names) if !names.is_empty() => out.elsewhere.extend(names),
                _ => cx.spanned(attr, "name the header fields another layer adds: `#[sent_elsewhere(\"Allow\")]`"),
            }
        } else if attr.path().is_ident("header") {
            fixed_header(attr, &mut out, cx);
        }
    }
    out
}

/// `#[detail("...", args)]`, or `#[detail]` alone.
fn detail(attr: &Attribute, out: &mut VariantAttrs, cx: &Ctxt<syn::Error>) {
    if out.detail.is_some() {
        cx.spanned(attr, "`#[detail(..)]` is given twice on this variant; keep one");
        return;
    }
    if let Meta::Path = attr.meta {
        out.detail = Some(DetailAttr::Display(attr.path().segments[0].span()));
        return;
    }
    // `#[detail()]` and `#[detail = ..]` have no token of their own to point at: the attribute.
    let Meta::List(list) = &attr.meta else {
        cx.spanned(attr, DETAIL_FORMS);
        return;
    };
    if list.tokens.is_empty() {
        cx.spanned(attr, DETAIL_FORMS);
        return;
    }
    match syn::parse2::<Detail>(list.tokens.clone()) {
        Ok(detail) => out.detail = Some(DetailAttr::Format(detail)),
        Err(e) => cx.push(e),
    }
}

/// `#[problem(type = "...")]`.
fn problem(attr: &Attribute, out: &mut VariantAttrs, cx: &Ctxt<syn::Error>) {
    let result = match &attr.meta {
        Meta::List(list) => input::parse_nested(list.tokens.clone(), |name, value| {
            if name == "type" {
                if out.problem_type.is_some() {
                    return Err(syn::Error::new(name.span(), "`type` is given twice; keep one"));
                }
                let value = value.ok_or_else(|| syn::Error::new(name.span(), "write `type = \"https://...\"`"))?;
                out.problem_type = Some(syn::parse2(value)?);
                Ok(())
            } else {
                Err(syn::Error::new(
                    name.span(),
                    "unknown argument; write `#[problem(type = \"https://example.com/problems/out-of-credit\")]`",
                ))
            }
        }),
        _ => Err(syn::Error::new_spanned(
            attr,
            "write `#[problem(type = \"https://example.com/problems/out-of-credit\")]`",
        )),
    };
    if let Err(e) = result {
        cx.push(e);
    }
}

/// `#[response(description = "...")]`.
fn response(attr: &Attribute, out: &mut VariantAttrs, cx: &Ctxt<syn::Error>) {
    let parsed = match &attr.meta {
        Meta::List(list) => input::parse_nested(list.tokens.clone(), |name, value| {
            if name != "description" || out.description.is_some() {
                return Err(syn::Error::new(name.span(), "write `#[response(description = \"...\")]`, once"));
            }
            let value = value.ok_or_else(|| syn::Error::new(name.span(), "write `description = \"...\"`"))?;
            out.description = Some(syn::parse2(value)?);
            Ok(())
        }),
        _ => Err(syn::Error::new_spanned(attr, "write `#[response(description = \"...\")]`")),
    };
    if let Err(e) = parsed {
        cx.push(e);
    }
}

/// `#[header("Field", "value")]` on a variant: a header field whose value is fixed.
fn fixed_header(attr: &Attribute, out: &mut VariantAttrs, cx: &Ctxt<syn::Error>) {
    match attr.parse_args::<FixedHeaderAttr>() {
        Ok(fixed) => out.fixed.push(fixed),
        Err(_) if attr.parse_args::<LitStr>().is_ok() => cx.spanned(
            attr,
            "`#[header]` on a variant sends a fixed value: write the value after the name, `#[header(\"Cache-Control\", \"no-store\")]`; a value that changes is a field of the variant marked `#[header(\"Cache-Control\")]`",
        ),
        Err(_) => cx.spanned(
            attr,
            "write the header field's name and its fixed value as two strings: `#[header(\"WWW-Authenticate\", \"Token\")]`",
        ),
    }
}

/// The role of a field, if it has one of our attributes.
pub fn field_role(attrs: &[Attribute], cx: &Ctxt<syn::Error>) -> Option<FieldRole> {
    let mut role = None;
    for attr in attrs {
        let this = if attr.path().is_ident("header") {
            let Ok(name) = attr.parse_args::<LitStr>() else {
                let message = if attr.parse_args::<FixedHeaderAttr>().is_ok() {
                    "on a field, `#[header(\"Name\")]` names the header field only: its value is the field's; a fixed value goes on the variant, `#[header(\"Name\", \"value\")]`"
                } else {
                    "name the header field this field carries: `#[header(\"Retry-After\")]`"
                };
                cx.spanned(attr, message);
                continue;
            };
            FieldRole::Header(name)
        } else if attr.path().is_ident("extension") {
            let span = attr.path().segments[0].span();
            if let Meta::Path = &attr.meta {
                FieldRole::Extension(None, span)
            } else {
                let Ok(name) = attr.parse_args::<LitStr>() else {
                    cx.spanned(
                        attr,
                        "write `#[extension]` (the member is named after the field) or `#[extension(\"member_name\")]`",
                    );
                    continue;
                };
                FieldRole::Extension(Some(name), span)
            }
        } else if let Some(word) = ["body", "instance", "errors"].into_iter().find(|w| attr.path().is_ident(w)) {
            if !matches!(attr.meta, Meta::Path) {
                cx.spanned(attr, format!("`#[{word}]` takes no arguments"));
                continue;
            }
            let span = attr.path().segments[0].span();
            match word {
                "body" => FieldRole::Body(span),
                "instance" => FieldRole::Instance(span),
                _ => FieldRole::Errors(span),
            }
        } else {
            continue;
        };
        if role.is_some() {
            cx.spanned(
                attr,
                "a field has one role in the response: give it one of `#[header(..)]`, `#[body]`, `#[extension]`, `#[instance]` and `#[errors]`, once",
            );
            continue;
        }
        role = Some(this);
    }
    role
}
