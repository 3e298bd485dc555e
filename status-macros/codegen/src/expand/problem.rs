//! The problem parts of a variant's response, written into the sink before the body: `detail`,
//! `type`, `instance`, extension members, field errors, and the enum's error format.

use super::private;
use crate::ast::{DetailFormat, DetailText, Enum, Variant};
use crate::input::Fields;
use crate::template::tokens;
use proc_macro2::{Literal, TokenStream};

/// `__VARIANTS`, each variant of the enum (with a code of its own, in order) as an error format
/// and the OpenAPI side see it (`status_core::Variant`): one constant table that the response
/// and the documentation of every variant point into, so each is written once.
pub fn variants_table(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let enum_name = Literal::string(&item.ident.to_string());
    let mut rows = Vec::new();
    for v in &item.variants {
        let name = Literal::string(&v.ident.to_string());
        let code = &v.code;
        let fields = field_names(&v.fields);
        rows.push(tokens!([private, enum_name, name, code] [fields] #private::Variant::new(#enum_name, #name, #code, &[#(#fields),*])));
    }
    tokens! {[private] [rows]
        #[doc(hidden)]
        pub const __VARIANTS: &'static [#private::Variant] = &[#(#rows),*];
    }
}

/// The names of a variant's fields, tuple fields by index (`"0"`).
fn field_names(fields: &Fields) -> Vec<Literal> {
    let mut out = Vec::new();
    match fields {
        Fields::Named(named, _) => {
            for field in named {
                let ident = field.ident.as_ref().map_or_else(String::new, ToString::to_string);
                out.push(Literal::string(ident.trim_start_matches("r#")));
            }
        }
        Fields::Unnamed(unnamed, _) => {
            for i in 0..unnamed.len() {
                out.push(Literal::string(&i.to_string()));
            }
        }
        Fields::Unit => {}
    }
    out
}

/// `&Enum::__VARIANTS[i]`: the variant's row of [`variants_table`], a `&'static Variant`.
pub fn variant_info(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let ident = &item.ident;
    let row = item.variants.iter().position(|w| std::ptr::eq(w, v)).unwrap_or_default();
    let row = Literal::usize_unsuffixed(row);
    tokens!([ident, row] [] &#ident::__VARIANTS[#row])
}

/// `Sink::detail` with `format_args!` of the string and its arguments; the fields the arguments
/// name are reborrowed as `&T` first, in a block of their own, so an expression over a field
/// (`.count + 1`) means the same where the pattern binds it `&mut` (a response that moves its
/// `String` header fields).
fn detail_format(detail: &DetailFormat) -> TokenStream {
    let private = private();
    let format = &detail.format;
    let args = (!detail.args.is_empty()).then(|| {
        let args = &detail.args;
        tokens!([args] [] , #args)
    });
    let call = tokens!([private, format, args] [] #private::Sink::detail(__sink, ::core::format_args!(#format #args)););
    if detail.arg_fields.is_empty() {
        return call;
    }
    tokens!([call] [fields = &detail.arg_fields] { #(let #fields = &*#fields;)* #call })
}

/// The statements that hand the variant's problem parts to `__sink` (its fields are bound).
pub fn parts(item: &Enum<'_>, v: &Variant<'_>) -> TokenStream {
    let private = private();
    let response = &v.response;
    let detail = response.detail.as_ref().map(|detail| match detail {
        DetailText::Format(format) => detail_format(format),
        DetailText::Display => tokens!([private] [] #private::Sink::detail(__sink, ::core::format_args!("{}", self));),
    });
    let problem_type = response
        .problem_type
        .as_ref()
        .map(|uri| tokens!([private, uri] [] #private::Sink::problem_type(__sink, #uri);));
    let instance = response.instance.as_ref().map(|binding| {
        tokens!([binding, private] []{
            let __value: &dyn ::core::fmt::Display = #binding;
            #private::Sink::instance(__sink, __value);
        })
    });
    let extensions = response.extensions.iter().map(
        |(name, binding)| tokens!([private, name, binding] [] #private::Sink::extension(__sink, #name, #binding);),
    );
    let errors = response
        .errors
        .as_ref()
        .map(|binding| tokens!([private, binding] [] #private::Sink::errors(__sink, #binding);));
    // Only error bodies are written by the format; the call is made for 4xx/5xx variants.
    let format = item.format.as_ref().filter(|_| v.entry.code >= 400).map(
        |path| tokens!([private, path] [] #private::Sink::format(__sink, <#path as #private::ErrorFormat>::write);),
    );
    // The variant, for the format to choose the body by: error bodies only.
    let variant = (v.entry.code >= 400).then(|| {
        let info = variant_info(item, v);
        tokens!([private, info] [] #private::Sink::variant(__sink, #info);)
    });
    tokens! {[variant, detail, problem_type, instance, errors, format] [extensions]
        #variant
        #detail
        #problem_type
        #instance
        #(#extensions)*
        #errors
        #format
    }
}
