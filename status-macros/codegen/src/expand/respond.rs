//! Responses: every enum writes itself into status-core's `Sink` (`__response_parts`,
//! `__respond`, compiled in every build so that the response attributes always type-check), and
//! asks status-core's `__respond_impls!` for the framework impls, which exist only with the
//! `axum` and `actix-web` features.
//!
//! A subset variant whose code has a header rule that every response must follow (a MUST with
//! no condition) and that neither carries nor declares it sent elsewhere makes those impls
//! unusable: each such gap is a trait with no impl, required by the impls through a bound the
//! compiler only checks where the enum is used as a response. The trait's
//! `#[diagnostic::on_unimplemented]` says what is missing, which rule asks for it, and the fix;
//! the enum itself still compiles and works as a plain subset.

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
            #private::__respond_impls! { #ident [#(#traits)*] [#(#rules)*] [#(#bodies),*] #kind }
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
    let bodies: Vec<&syn::Type> =
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
    let pattern = if let syn::Fields::Named(_) = &v.fields {
        quote!({ #binding, .. })
    } else {
        let slots =
            (0..v.fields.len()).map(|i| if format_ident!("_{i}") == *binding { quote!(#binding) } else { quote!(_) });
        quote!(( #(#slots),* ))
    };
    quote!(Self::#name #pattern => <S as #private::BodySink<#ty>>::finish_with(__sink, #binding),)
}

/// For one missing header: a trait no type implements, whose diagnostic explains the gap, and
/// the bound on it (deferred to the use site by the higher-ranked lifetime).
fn missing_rule(item: &Enum<'_>, v: &Variant<'_>, missing: &MissingHeader) -> (TokenStream, TokenStream) {
    // The trait's name is the rule, so that every form of the error (a handler, a method call,
    // a bound) names the header field, the level and the citation.
    let words = |s: &str| -> String { s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect() };
    let name = format_ident!(
        "{}_{}_{}_MUST_send_{}_see_{}",
        item.ident,
        v.ident,
        v.entry.code,
        words(&missing.field),
        words(&missing.citation).replace("__", "_")
    );
    let (entry, field) = (v.entry, &missing.field);
    let party = missing.by.as_deref().unwrap_or("server");
    let message = format!(
        "`{}::{}` ({} {}) cannot be sent as a response without `{field}`: the {party} MUST send `{field}` with {} ({})",
        item.ident, v.ident, entry.code, entry.reason, entry.code, missing.citation
    );
    let binding = field.to_ascii_lowercase().replace('-', "_");
    let note = format!(
        "add a field that carries it, e.g. `{} {{ #[header(\"{field}\")] {binding}: String }}`; if another layer adds `{field}` to these responses, say so on the variant: `#[sent_elsewhere(\"{field}\")]`",
        v.ident
    );
    let label = format!("`{}` is used as a response here", item.ident);
    let tr = quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        #[allow(non_camel_case_types)]
        pub trait #name {}
    };
    (tr, quote!(for<'__status> &'__status (): #name,))
}
