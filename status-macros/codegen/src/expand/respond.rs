//! Responses: every enum writes itself into status-core's `Sink` (`__response_parts`,
//! `__respond`, compiled in every build so that the response attributes always type-check), and
//! asks status-core's `__respond_impls!` for the framework impls, which exist only with the
//! `axum` and `actix-web` features.
//!
//! A subset variant whose code has a header rule that every response must follow (a MUST with
//! no condition) and that neither carries nor declares it sent elsewhere makes those impls
//! unusable: each such gap is a type named after the rule, required through status-core's
//! `RequiredHeaderSent` (which nothing implements) by a bound the compiler only checks where the
//! enum is used as a response. The diagnostic says what is missing and the fix; the enum itself
//! still compiles and works as a plain subset.

use super::private;
use crate::ast::{Enum, MissingHeader, Variant};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The response methods and the framework impls of the enum.
pub fn respond(item: &Enum<'_>) -> TokenStream {
    let ident = &item.ident;
    let parts = response_parts(item);
    let respond = respond_fn(item);
    let (traits, rules): (Vec<_>, Vec<_>) =
        item.variants.iter().flat_map(|v| v.response.missing.iter().map(move |m| missing_rule(item, v, m))).unzip();
    let bodies = item.variants.iter().filter_map(|v| v.response.body.as_ref().map(|(_, ty)| ty));
    let kind = if item.variants.iter().all(|v| v.entry.code >= 400) { quote!(error) } else { quote!(any) };
    let private = private();
    quote! {
        impl #ident {
            #parts
            #respond
        }

        const _: () = {
            #(#traits)*
            #private::__respond_impls! { #ident [#(#rules)*] [#(#bodies),*] #kind }
        };
    }
}

/// `__response_parts(&self, sink)`: status, header fields, problem detail and type.
fn response_parts(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let arms = item.variants.iter().map(|v| {
        let (name, response, entry) = (&v.ident, &v.response, v.entry);
        let binding = &response.binding;
        let (code, reason) = (&v.code, &entry.reason);
        let headers = response.headers.iter().map(|h| {
            let (field, value) = (&h.name, &h.binding);
            quote!(#private::Sink::header(__sink, #field, #value);)
        });
        let detail = response
            .detail
            .as_ref()
            .map(|(format, args)| quote!(#private::Sink::detail(__sink, ::core::format_args!(#format #args));));
        let problem_type =
            response.problem_type.as_ref().map(|uri| quote!(#private::Sink::problem_type(__sink, #uri);));
        quote! {
            Self::#name #binding => {
                #private::Sink::status(__sink, #code, #reason);
                #(#headers)*
                #detail
                #problem_type
            }
        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(unused_variables)]
        pub fn __response_parts<S: #private::Sink>(&self, __sink: &mut S) {
            match self {
                #(#arms)*
            }
        }
    }
}

/// `__respond(self, sink)`: the parts, then the `#[body]` field as the content, if any.
fn respond_fn(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let bodies: Vec<&TokenStream> =
        item.variants.iter().filter_map(|v| v.response.body.as_ref().map(|(_, ty)| ty)).collect();
    let finish = if bodies.is_empty() {
        quote!(#private::Sink::finish(__sink))
    } else {
        let arms = item.variants.iter().map(|v| body_arm(v));
        quote!(match self { #(#arms)* })
    };
    quote! {
        #[doc(hidden)]
        pub fn __respond<S>(self, mut __sink: S) -> <S as #private::Sink>::Output
        where
            S: #private::Sink #(+ #private::BodySink<#bodies, Output = <S as #private::Sink>::Output>)*
        {
            self.__response_parts(&mut __sink);
            #finish
        }
    }
}

fn body_arm(v: &Variant<'_>) -> TokenStream {
    let private = private();
    let name = &v.ident;
    let Some((binding, ty)) = &v.response.body else {
        return quote!(Self::#name { .. } => #private::Sink::finish(__sink),);
    };
    let pattern = if let crate::input::Fields::Named(..) = &v.fields {
        quote!({ #binding, .. })
    } else {
        let slots = (0..v.fields.iter().len())
            .map(|i| if format_ident!("_{i}") == *binding { quote!(#binding) } else { quote!(_) });
        quote!(( #(#slots),* ))
    };
    quote!(Self::#name #pattern => <S as #private::BodySink<#ty>>::finish_with(__sink, #binding),)
}

/// For one missing header: the type that names the rule, and the bound requiring
/// `RequiredHeaderSent` for it (deferred to the use site by the higher-ranked lifetime).
fn missing_rule(item: &Enum<'_>, v: &Variant<'_>, missing: &MissingHeader) -> (TokenStream, TokenStream) {
    // A type named after the rule, so that every form of the error (a handler, a method call, a
    // bound) names the code, the party, the level, the header field and the citation; it is
    // required through status-core's `RequiredHeaderSent`, whose diagnostic explains it.
    let words = |s: &str| -> String { s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect() };
    let party = missing.by.as_deref().map_or_else(String::new, |by| format!("{}_", words(by)));
    let name = format_ident!(
        "{}_{}_{}_{party}MUST_send_{}_see_{}",
        item.ident,
        v.ident,
        v.entry.code,
        words(&missing.field),
        words(&missing.citation).replace("__", "_")
    );
    let private = private();
    let rule = quote! {
        #[allow(non_camel_case_types, dead_code)]
        #[doc(hidden)]
        pub struct #name;
    };
    (rule, quote!(for<'__status> &'__status (): #private::RequiredHeaderSent<#name>,))
}
