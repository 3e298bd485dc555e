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
use crate::ast::{CauseLog, DetailText, Enum, HeaderField, MissingHeader, Presence, Variant};
use crate::input::types::Text;
use crate::template::{tokens, tokens_spanned};
use proc_macro2::TokenStream;
use quote::format_ident;
use syn::spanned::Spanned;

/// The response methods and the framework impls of the enum.
pub fn respond(item: &Enum<'_>) -> TokenStream {
    let ident = &item.ident;
    let parts = response_parts(item);
    let parts_mut = response_parts_mut(item);
    let respond = respond_fn(item, Take::Value);
    let respond_ref = respond_fn(item, Take::Ref);
    let (traits, rules): (Vec<_>, Vec<_>) =
        item.variants.iter().flat_map(|v| v.response.missing.iter().map(move |m| missing_rule(item, v, m))).unzip();
    let bodies: Vec<&TokenStream> = bodies(item).collect();
    let inner: Vec<&TokenStream> = item.inner.iter().map(|i| &i.ty).collect();
    let kind =
        if item.variants.iter().all(|v| v.entry.code >= 400) { tokens!([] [] error) } else { tokens!([] [] any) };
    let private = private();
    let table = super::problem::variants_table(item);
    tokens! {[ident, table, parts, parts_mut, respond, respond_ref, private, kind] [traits, rules, bodies = &bodies, inner = &inner]
        impl #ident {
            #table
            #parts
            #parts_mut
            #respond
            #respond_ref
        }

        #private::__respond_traits! { #ident [#(#bodies),*] [#(#inner),*] }

        const _: () = {
            #(#traits)*
            #private::__respond_impls! { #ident [#(#rules)*] [#(#bodies),*] [#(#inner),*] #kind }
        };
    }
}

/// The types of the enum's `#[body]` fields.
fn bodies<'a>(item: &'a Enum<'_>) -> impl Iterator<Item = &'a TokenStream> {
    item.variants.iter().filter_map(|v| v.response.body.as_ref().map(|(_, ty)| ty))
}

/// `__response_parts(&self, sink)`: status, header fields, problem detail and type, and the
/// cause of a 5xx (logged by the sink as the response is built); a transparent variant's are
/// the inner subset's.
fn response_parts(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let arms = item.variants.iter().map(|v| {
        let (name, response) = (&v.ident, &v.response);
        let binding = &response.binding;
        let headers = response.headers.iter().map(|h| header(h, Take::Ref));
        let fixed = super::head::fixed_headers(v);
        let problem = super::problem::parts(item, v);
        let status = super::head::status_line(item, v);
        let cause = (v.cause && item.causes == CauseLog::Error).then(|| super::head::log_cause(item, v));
        tokens! {[name, binding, problem, cause, status, fixed] [headers]
            Self::#name #binding => {
                #status
                #fixed
                #(#headers)*
                #problem
                #cause
            }
        }
    });
    let inner = item.inner_arms(&|i| tokens!([private, i] [] #private::Subset::__response_parts(#i, __sink)));
    tokens! {[private, inner] [arms]
        #[doc(hidden)]
        #[allow(unused_variables)]
        pub fn __response_parts<S: #private::Sink>(&self, __sink: &mut S) {
            match self {
                #(#arms)*
                #inner
            }
        }
    }
}

/// Whether the by-value response moves the variant's `String` header fields into the response
/// instead of copying them: not where the variant is still needed whole afterwards (a 5xx kept
/// as the cause) or borrowed whole (the `Display` detail).
pub(super) fn moves_text(v: &Variant<'_>) -> bool {
    !v.cause
        && !matches!(v.response.detail, Some(DetailText::Display))
        && v.response.headers.iter().any(|h| crate::input::types::text_kind(&h.value_ty) == Text::Owned)
}

/// `__response_parts_mut(&mut self, sink)`, for `__respond(self)`: the parts of the variants with
/// `String` header fields, each moved out of the enum (left empty, the enum is dropped after);
/// the problem parts first, so a `#[detail]` naming such a field still sees its text. The other
/// variants' parts are `__response_parts`'. Written only where some variant moves text.
fn response_parts_mut(item: &Enum<'_>) -> Option<TokenStream> {
    let private = private();
    let arms: Vec<TokenStream> = item
        .variants
        .iter()
        .filter(|v| moves_text(v))
        .map(|v| {
            let (name, binding) = (&v.ident, &v.response.binding);
            let headers = v.response.headers.iter().map(|h| header(h, Take::Value));
            let fixed = super::head::fixed_headers(v);
            let problem = super::problem::parts(item, v);
            let status = super::head::status_line(item, v);
            tokens! {[name, binding, problem, fixed, status] [headers]
                Self::#name #binding => {
                    #status
                    #problem
                    #fixed
                    #(#headers)*
                }
            }
        })
        .collect();
    if arms.is_empty() {
        return None;
    }
    Some(tokens! {[private] [arms]
        #[doc(hidden)]
        #[allow(unused_variables)]
        pub fn __response_parts_mut<S: #private::Sink>(&mut self, __sink: &mut S) {
            match self {
                #(#arms)*
                _ => Self::__response_parts(self, __sink),
            }
        }
    })
}

/// One `#[header]` field: its value as `&dyn Display` (a type error there names the field's
/// type, not our traits); an `Option` field only when `Some`. A `String` field is moved out of a
/// response built by value (`take`), copied from a borrowed one.
pub(super) fn header(h: &HeaderField, take: Take) -> TokenStream {
    let private = private();
    let (field, value, ty) = (&h.name, &h.binding, &h.ty);
    // A `&'static str` is sent as it is, a `String` moved or copied as text; anything else is
    // written with `Display`.
    let text = crate::input::types::text_kind(&h.value_ty);
    let is_static_str = text == Text::StaticStr;
    let send = match (text, take) {
        (Text::StaticStr, _) => tokens!([private, field] [] #private::Sink::static_header(__sink, #field, __value);),
        (Text::Owned, Take::Value) => tokens!([private, field] [] #private::__string_header!(__sink, #field, __value);),
        (Text::Owned, Take::Ref) => {
            tokens!([private, field] [] #private::Sink::str_header(__sink, #field, ::core::convert::AsRef::<str>::as_ref(__value));)
        }
        (Text::Other, _) => {
            let cast = tokens_spanned!(ty.span() => [] [] let __value: &dyn ::core::fmt::Display = __value;);
            tokens!([cast, private, field] [] #cast #private::Sink::header(__sink, #field, __value);)
        }
    };
    match (h.presence, is_static_str) {
        (Presence::Always, false) => tokens!([value, send] [] { let __value = #value; #send }),
        (Presence::Always, true) => tokens!([value, send] [] { let __value: &'static str = *#value; #send }),
        (Presence::IfSome, false) => tokens! {[value, send] []
            if let ::core::option::Option::Some(__value) = #value {
                #send
            }
        },
        (Presence::IfSome, true) => tokens! {[value, send] []
            if let ::core::option::Option::Some(__value) = *#value {
                #send
            }
        },
    }
}

/// How a response method takes the enum: by value (`__respond`, the framework's response
/// traits), or by reference (`__respond_ref`, actix-web's `ResponseError`), which cannot move a
/// body out or keep the cause, and so takes bodies through `RefBodySink`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Take {
    Value,
    Ref,
}

impl Take {
    /// The method's name and receiver, the body sink trait and method, the inner trait and method.
    fn names(self) -> [TokenStream; 6] {
        match self {
            Take::Value => [
                tokens!([] [] __respond),
                tokens!([] [] self),
                tokens!([] [] BodySink),
                tokens!([] [] finish_with),
                tokens!([] [] Respond),
                tokens!([] [] respond),
            ],
            Take::Ref => [
                tokens!([] [] __respond_ref),
                tokens!([] [] &self),
                tokens!([] [] RefBodySink),
                tokens!([] [] finish_with_ref),
                tokens!([] [] RespondRef),
                tokens!([] [] respond_ref),
            ],
        }
    }
}

/// `__respond(self, new)` and `__respond_ref(&self, new)`: a transparent variant's inner
/// subset responds; the others write their parts, then the `#[body]` field as the content, or
/// (by value) keep their cause for the response's extensions. The sink is made (`new`) in the
/// arm that uses it: a started arm's never exists as a collecting sink, so nothing is moved.
fn respond_fn(item: &Enum<'_>, take: Take) -> TokenStream {
    let private = private();
    let [name, mut recv, body_sink, finish_with, respond, respond_fn] = take.names();
    // By value, a variant whose body comes first has an arm of its own (`started`).
    let started: Vec<TokenStream> = match take {
        Take::Value => item.variants.iter().filter_map(|v| super::started::started_arm(item, v)).collect(),
        Take::Ref => Vec::new(),
    };
    // By value, the parts may move text out of the enum first (`__response_parts_mut`).
    let moves = take == Take::Value && item.variants.iter().any(moves_text);
    let (parts_fn, own_binding) = if moves {
        if item.inner.is_empty() && started.is_empty() {
            recv = tokens!([] [] mut self);
        }
        (tokens!([] [] __response_parts_mut), tokens!([] [] mut __own))
    } else {
        (tokens!([] [] __response_parts), tokens!([] [] __own))
    };
    let bodies: Vec<&TokenStream> = bodies(item).collect();
    let inner_types = item.inner.iter().map(|i| &i.ty);
    let arms: Vec<TokenStream> = item
        .variants
        .iter()
        .filter(|v| take == Take::Ref || !super::started::starts_with_body(v))
        .filter_map(|v| {
            body_arm(v, &body_sink, &finish_with).or_else(|| (take == Take::Value).then(|| cause_arm(v)).flatten())
        })
        .collect();
    // The variants with a code of their own: parts, then body, cause, or the plain finish.
    let own = |value: TokenStream| {
        let finish = if arms.is_empty() {
            tokens!([private] [] #private::Sink::finish(__sink))
        } else {
            let rest = (arms.len() < item.variants.len() + item.inner.len())
                .then(|| tokens!([private] [] _ => #private::Sink::finish(__sink),));
            tokens!([value, rest] [arms] match #value { #(#arms)* #rest })
        };
        tokens!([value, parts_fn, finish] [] { let mut __sink = __new(); #value.#parts_fn(&mut __sink); #finish })
    };
    let body = if item.inner.is_empty() && started.is_empty() {
        own(tokens!([] [] self))
    } else {
        let inner = item
            .inner_arms(&|i| tokens!([private, respond, respond_fn, i] [] #private::#respond::#respond_fn(#i, __new)));
        // Every variant of its own started: no other arm (it would be unreachable).
        let own = (started.len() < item.variants.len()).then(|| {
            let own = own(tokens!([] [] __own));
            tokens!([own_binding, own] [] #own_binding => #own)
        });
        // The inner arms come first, so `__own` is never a transparent variant.
        tokens!([inner, own] [started = &started] match self { #inner #(#started)* #own })
    };
    // A started arm binds every field, and the parts need only some.
    let allow = (!started.is_empty()).then(|| tokens!([] [] #[allow(unused_variables)]));
    tokens! {[allow, name, recv, body, private, body_sink, respond] [bodies, inner_types]
        #[doc(hidden)]
        #allow
        pub fn #name<S, F: ::core::ops::FnOnce() -> S>(#recv, __new: F) -> <S as #private::Sink>::Output
        where
            S: #private::Sink #(+ #private::#body_sink<#bodies, Output = <S as #private::Sink>::Output>)*,
            #(#inner_types: #private::#respond<S>,)*
        {
            #body
        }
    }
}

/// A 5xx variant with a cause: the error itself goes into the response's extensions, where
/// the sink can keep it (an error that is `Send + Sync + 'static`).
fn cause_arm(v: &Variant<'_>) -> Option<TokenStream> {
    if !v.cause {
        return None;
    }
    let private = private();
    let (name, code) = (&v.ident, &v.code);
    Some(tokens! {[name, private, code] []
        __cause @ Self::#name { .. } => {
            #private::__keep_cause!(__sink, #code, __cause);
            #private::Sink::finish(__sink)
        }
    })
}

fn body_arm(v: &Variant<'_>, body_sink: &TokenStream, finish_with: &TokenStream) -> Option<TokenStream> {
    let private = private();
    let name = &v.ident;
    let (binding, ty) = v.response.body.as_ref()?;
    let pattern = if let crate::input::Fields::Named(..) = &v.fields {
        tokens!([binding] [] { #binding, .. })
    } else {
        let slots = (0..v.fields.iter().len()).map(|i| {
            if format_ident!("_{i}") == *binding {
                quote::ToTokens::to_token_stream(&binding)
            } else {
                tokens!([] [] _)
            }
        });
        tokens!([] [slots] ( #(#slots),* ))
    };
    Some(
        tokens!([name, pattern, private, body_sink, ty, finish_with, binding] [] Self::#name #pattern => <S as #private::#body_sink<#ty>>::#finish_with(__sink, #binding),),
    )
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
    let rule = tokens! {[name] []
        #[allow(non_camel_case_types, dead_code)]
        #[doc(hidden)]
        pub struct #name;
    };
    (rule, tokens!([private, name] [] for<'__status> &'__status (): #private::RequiredHeaderSent<#name>,))
}
