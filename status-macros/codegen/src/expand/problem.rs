//! The problem parts of a variant's response, written into the sink before the body: `detail`,
//! `type`, `instance`, extension members, field errors, and the enum's error format.

use super::private;
use crate::ast::{DetailText, Enum, Variant};
use proc_macro2::TokenStream;
use quote::quote;

/// The statements that hand the variant's problem parts to `__sink` (its fields are bound).
pub fn parts(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    let response = &v.response;
    let detail = response.detail.as_ref().map(|detail| match detail {
        DetailText::Format(format, args) => {
            quote!(#private::Sink::detail(__sink, ::core::format_args!(#format #args));)
        }
        DetailText::Display => quote!(#private::Sink::detail(__sink, ::core::format_args!("{}", self));),
    });
    let problem_type = response.problem_type.as_ref().map(|uri| quote!(#private::Sink::problem_type(__sink, #uri);));
    let instance = response.instance.as_ref().map(|binding| {
        quote!({
            let __value: &dyn ::core::fmt::Display = #binding;
            #private::Sink::instance(__sink, __value);
        })
    });
    let extensions =
        response.extensions.iter().map(|(name, binding)| quote!(#private::Sink::extension(__sink, #name, #binding);));
    let errors = response.errors.as_ref().map(|binding| quote!(#private::Sink::errors(__sink, #binding);));
    // Only error bodies are written by the format; the call is made for 4xx/5xx variants.
    let format = item
        .format
        .as_ref()
        .filter(|_| v.entry.code >= 400)
        .map(|path| quote!(#private::Sink::format(__sink, <#path as #private::ErrorFormat>::write);));
    quote! {
        #detail
        #problem_type
        #instance
        #(#extensions)*
        #errors
        #format
    }
}
