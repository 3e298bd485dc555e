//! The response attributes: on a variant `#[detail("...")]`, `#[problem(type = "...")]` and
//! `#[sent_elsewhere("Field")]`; on a field `#[header("Field")]` and `#[body]`.

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
}

/// `#[detail("...")]`, or `#[detail]` alone: the variant's `Display` is the detail.
pub enum DetailAttr {
    Format(Detail),
    Display(Span),
}

/// `#[detail("no user with id {id}")]`, or with extra format arguments after the string.
pub struct Detail {
    pub format: LitStr,
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

impl Parse for Detail {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let format: LitStr = input.parse()?;
        let args: TokenStream = input.parse()?;
        Ok(Detail { span: format.span(), format, args })
    }
}

pub fn variant_attrs(attrs: &[Attribute], cx: &Ctxt<syn::Error>) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("detail") {
            if out.detail.is_some() {
                cx.spanned(attr, "`#[detail(..)]` is given twice on this variant; keep one");
                continue;
            }
            if let Meta::Path = attr.meta {
                out.detail = Some(DetailAttr::Display(attr.path().segments[0].span()));
                continue;
            }
            match attr.parse_args::<Detail>() {
                Ok(detail) => out.detail = Some(DetailAttr::Format(detail)),
                Err(_) => cx.spanned(attr, "write the detail as a format string over the variant's fields: `#[detail(\"no user with id {id}\")]`, or `#[detail]` alone to send the variant's `Display` (its `#[error(\"...\")]` message)"),
            }
        } else if attr.path().is_ident("problem") {
            let result = match &attr.meta {
                Meta::List(list) => input::parse_nested(list.tokens.clone(), |name, value| {
                    if name == "type" {
                        if out.problem_type.is_some() {
                            return Err(syn::Error::new(name.span(), "`type` is given twice; keep one"));
                        }
                        let value =
                            value.ok_or_else(|| syn::Error::new(name.span(), "write `type = \"https://...\"`"))?;
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
        } else if attr.path().is_ident("response") {
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
        } else if attr.path().is_ident("sent_elsewhere") {
            let parsed = attr.parse_args_with(syn::punctuated::Punctuated::<LitStr, Token![,]>::parse_terminated);
            match parsed {
                Ok(names) if !names.is_empty() => out.elsewhere.extend(names),
                _ => cx.spanned(attr, "name the header fields another layer adds: `#[sent_elsewhere(\"Allow\")]`"),
            }
        }
    }
    out
}

/// The role of a field, if it has one of our attributes.
pub fn field_role(attrs: &[Attribute], cx: &Ctxt<syn::Error>) -> Option<FieldRole> {
    let mut role = None;
    for attr in attrs {
        let this = if attr.path().is_ident("header") {
            let Ok(name) = attr.parse_args::<LitStr>() else {
                cx.spanned(attr, "name the header field this field carries: `#[header(\"Retry-After\")]`");
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
