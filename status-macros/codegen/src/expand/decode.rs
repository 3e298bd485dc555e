//! The decoding of a `#[subset(client)]` enum: status-core's `Decode`, which chooses the
//! variant by the status code (and among variants of one code by the problem's `type`), then
//! reads each field back from where the response carried it. Requested through
//! `__client_impls!`, which is an error without status-core's `client` feature.

use super::private;
use crate::ast::{Audience, Enum, Presence, Variant};
use crate::template::{tokens, tokens_spanned};
use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident};
use syn::spanned::Spanned;

/// The `Decode` impl of a client enum; nothing for any other.
pub fn decode(item: &Enum<'_>) -> TokenStream {
    if item.audience != Audience::Client {
        return TokenStream::new();
    }
    let private = private();
    let ident = &item.ident;
    let format = match &item.format {
        Some(path) => path.to_token_stream(),
        None => tokens!([private] [] #private::Rfc9457),
    };
    // The default format's problems are read in place; a service's own through its `read`.
    let choose = match &item.format {
        Some(path) => tokens!([private, path] [] #private::Received::choose::<#path>),
        None => tokens!([private] [] #private::Received::choose_json),
    };
    let default_format = item.format.is_none();
    let mut codes: Vec<(u16, Vec<&Variant<'_>>)> = Vec::new();
    for v in &item.variants {
        match codes.iter_mut().find(|(code, _)| *code == v.entry.code) {
            Some((_, same)) => same.push(v),
            None => codes.push((v.entry.code, vec![v])),
        }
    }
    let arms: Vec<TokenStream> = codes.iter().map(|(_, same)| code_arm(&choose, default_format, same)).collect();
    let inner = inner_tries(item);
    let not_mine = tokens!([private] [] ::core::result::Result::Err(#private::Miss::NotMine));
    let body = if arms.is_empty() {
        tokens!([inner, not_mine] [] #inner #not_mine)
    } else {
        tokens! {[private, inner, not_mine] [arms]
            match #private::Received::code(__received) {
                #(#arms)*
                _ => { #inner #not_mine }
            }
        }
    };
    tokens! {[private, ident, body, format] []
        #private::__client_impls! {
            #[automatically_derived]
            impl #private::Decode for #ident {
                fn __decode(
                    __received: &#private::Received<'_>,
                ) -> ::core::result::Result<Self, #private::Miss> {
                    #body
                }

                fn __problem(
                    __received: &#private::Received<'_>,
                ) -> ::core::option::Option<#private::ProblemDetails> {
                    #private::Received::problem::<#format>(__received)
                }
            }
        }
    }
}

/// The arm of one code: its variant built from the response, or (4xx/5xx problems) the one
/// whose problem `type` the response has.
fn code_arm(choose: &TokenStream, default_format: bool, same: &[&Variant<'_>]) -> TokenStream {
    let private = private();
    let code = &same[0].code;
    let builds: Vec<TokenStream> = same.iter().map(|v| build(v)).collect();
    // A 2xx/3xx variant, or one with its own `#[body]`, sends no problem (the client rules
    // make it its code's only variant).
    if same[0].entry.code < 400 || same[0].response.body.is_some() {
        let build = &builds[0];
        return tokens!([code, build] [] #code => ::core::result::Result::Ok(#build),);
    }
    let candidates = same.iter().map(|v| {
        let uri = v.response.problem_type.as_ref().map_or_else(|| "about:blank".to_owned(), syn::LitStr::value);
        let needs = match problem_field(v) {
            Some(name) => tokens!([name] [] ::core::option::Option::Some(#name)),
            None => tokens!([] [] ::core::option::Option::None),
        };
        tokens!([uri, needs] [] (#uri, #needs))
    });
    let indices = (0..same.len()).map(Literal::usize_unsuffixed);
    // The default format reads the members the fields need in the pass that finds the `type`.
    let members = default_format.then(|| {
        let mut names: Vec<String> = Vec::new();
        for r in same.iter().map(|v| &v.response) {
            let extensions = r.extensions.iter().map(|(name, _)| name.as_str());
            let parts = [r.instance.as_ref().map(|_| "instance"), r.errors.as_ref().map(|_| "errors")];
            for name in extensions.chain(parts.into_iter().flatten()) {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_owned());
                }
            }
        }
        tokens!([] [names] , &[#(#names),*])
    });
    tokens! {[private, code, choose, members] [candidates, indices, builds]
        #code => {
            let (__which, __problem) = #choose(__received, &[#(#candidates),*] #members)?;
            let __problem = &__problem;
            match __which {
                #(#indices => ::core::result::Result::Ok(#builds),)*
                _ => ::core::result::Result::Err(#private::Miss::NotMine),
            }
        }
    }
}

/// The name of the variant's first field read from the problem (a member, `instance`, field
/// errors), if any.
fn problem_field(v: &Variant<'_>) -> Option<String> {
    let r = &v.response;
    v.fields.iter().enumerate().find_map(|(i, field)| {
        let binding = field.ident.clone().unwrap_or_else(|| format_ident!("_{i}"));
        let in_problem = r.extensions.iter().any(|(_, b)| *b == binding)
            || r.instance.as_ref() == Some(&binding)
            || r.errors.as_ref() == Some(&binding);
        in_problem.then(|| field_name(field.ident.as_ref(), i))
    })
}

/// A field's name as a `Malformed` names it: as written (without `r#`), or its index.
fn field_name(ident: Option<&syn::Ident>, i: usize) -> String {
    ident.map_or_else(|| i.to_string(), |n| n.to_string().trim_start_matches("r#").to_owned())
}

/// `Self::V { member: value, .. }`, each field read from where it travels (the client rules
/// made sure each has a place).
fn build(v: &Variant<'_>) -> TokenStream {
    let private = private();
    let response = &v.response;
    let mut members = Vec::new();
    let mut values = Vec::new();
    for (i, field) in v.fields.iter().enumerate() {
        let binding = field.ident.clone().unwrap_or_else(|| format_ident!("_{i}"));
        let name = field_name(field.ident.as_ref(), i);
        let ty = &field.ty;
        // A type the client cannot read (no `FromStr`, `FromContent`, `Deserialize`) is
        // reported at the field's type.
        let span = ty.span();
        let value = if let Some(h) = response.headers.iter().find(|h| h.binding == binding) {
            // Looked up by the lowercase name, which `HeaderMap` finds without converting it.
            let (header, value_ty) = (h.name.value().to_ascii_lowercase(), &h.value_ty);
            match h.presence {
                Presence::Always => {
                    tokens_spanned!(span => [private, value_ty, header, name] [] #private::Received::header::<#value_ty>(__received, #header, #name)?)
                }
                Presence::IfSome => {
                    tokens_spanned!(span => [private, value_ty, header, name] [] #private::Received::optional_header::<#value_ty>(__received, #header, #name)?)
                }
            }
        } else if response.body.as_ref().is_some_and(|(b, _)| *b == binding) {
            tokens_spanned!(span => [private, ty, name] [] #private::Received::content::<#ty>(__received, #name)?)
        } else if let Some((member, _)) = response.extensions.iter().find(|(_, b)| *b == binding) {
            tokens_spanned!(span => [private, ty, member, name] [] #private::Received::extension::<#ty>(__received, __problem, #member, #name)?)
        } else if response.instance.as_ref() == Some(&binding) {
            tokens_spanned!(span => [private, ty, name] [] #private::Received::instance::<#ty>(__received, __problem, #name)?)
        } else {
            // `#[errors]`, the last place a field of a client enum can travel in.
            tokens!([private] [] #private::Received::field_errors(__received, __problem))
        };
        members.push(match &field.ident {
            Some(ident) => ident.to_token_stream(),
            None => Literal::usize_unsuffixed(i).to_token_stream(),
        });
        values.push(value);
    }
    let ident = &v.ident;
    tokens!([ident] [members, values] Self::#ident { #(#members: #values),* })
}

/// The `#[status(transparent)]` variants: the response is the first held subset's that
/// declares it.
fn inner_tries(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let tries = item.inner.iter().map(|i| {
        let (ident, ty, member) = (&i.ident, &i.ty, &i.member);
        tokens! {[private, ident, ty, member] []
            match <#ty as #private::Decode>::__decode(__received) {
                ::core::result::Result::Err(#private::Miss::NotMine) => {}
                __decoded => return ::core::result::Result::map(__decoded, |__inner| Self::#ident { #member: __inner }),
            }
        }
    });
    tokens!([] [tries] #(#tries)*)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    fn expand(args: proc_macro2::TokenStream) -> String {
        let item = quote! {
            enum E {
                Ok { #[header("ETag")] etag: String },
                #[status(500)] #[problem(type = "https://e.com/a")] A,
                #[status(500)] B,
            }
        };
        crate::subset(args, item).to_string()
    }

    #[test]
    fn only_a_client_enum_decodes() {
        let client = expand(quote!(client));
        assert!(client.contains("Decode for E"), "{client}");
        assert!(client.contains(r#"("https://e.com/a" , :: core :: option :: Option :: None)"#), "{client}");
        assert!(client.contains(r#"("about:blank" , :: core :: option :: Option :: None)"#), "{client}");
        assert!(!expand(quote!()).contains("Decode"));
        assert!(expand(quote!(client, client)).contains("`client` is given twice"));
    }

    #[test]
    fn the_derive_form_decodes_too() {
        let derived = crate::derive_subset(quote! {
            #[subset(client)]
            #[repr(u16)]
            enum Outage { #[status(503)] Down = 503 }
        });
        assert!(derived.to_string().contains("Decode for Outage"), "{derived}");
    }
}
