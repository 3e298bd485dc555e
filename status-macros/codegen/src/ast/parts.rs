//! The parts of the model a variant's response and error side are made of: header fields,
//! problem parts, sources, held subsets, and who writes the error impls.

use crate::input::{Attribute, Fields};
use crate::template::tokens;
use proc_macro2::{Ident, TokenStream};

/// A `#[status(transparent)]` variant: one field holding another subset, whose status, header
/// fields, problem and codes are the variant's.
pub struct Inner {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub fields: Fields,
    /// The inner subset's type, as written.
    pub ty: TokenStream,
    /// Where the variant stands among all the enum's variants.
    pub position: usize,
    /// How `From<inner type>` is made: the binding (`0` or the field's name) and whether the
    /// field is `#[from]` (which thiserror, when derived, turns into the conversion itself).
    pub member: TokenStream,
    pub from: bool,
}

impl Inner {
    /// The pattern after the variant's path that binds the inner subset as `__inner`.
    pub fn pattern(&self) -> TokenStream {
        let member = &self.member;
        if let Fields::Named(..) = &self.fields {
            tokens!([member] [] { #member: __inner })
        } else {
            tokens!([] [] (__inner))
        }
    }
}

/// A field that is the variant's `source()` (`#[from]`, `#[source]`, or named `source`).
pub struct SourceField {
    /// The binding of the field in the variant's pattern.
    pub binding: Ident,
    /// The field's member: `0` or its name, to build the variant.
    pub member: TokenStream,
    pub ty: TokenStream,
    /// `#[from]`: a `From<ty>` conversion makes the variant.
    pub from: bool,
}

/// What a variant sends besides its status line, from the response attributes.
#[derive(Default)]
pub struct Response {
    /// The fields' bindings after the variant's path: `{ id, allow }`, `(_0, _1)` or nothing.
    pub binding: TokenStream,
    /// `#[header("Name")]` fields.
    pub headers: Vec<HeaderField>,
    /// `#[header("Name", "value")]` on the variant: header fields with a fixed value.
    pub fixed: Vec<FixedHeader>,
    /// The `#[body]` field: its binding and type.
    pub body: Option<(Ident, TokenStream)>,
    /// `#[detail(..)]` or `#[detail]`.
    pub detail: Option<DetailText>,
    /// `#[problem(type = "...")]`.
    pub problem_type: Option<syn::LitStr>,
    /// `#[response(description = "...")]`: the `OpenAPI` description.
    pub description: Option<syn::LitStr>,
    /// `#[extension]` fields: the member name and the field's binding.
    pub extensions: Vec<(String, Ident)>,
    /// The `#[instance]` field's binding.
    pub instance: Option<Ident>,
    /// The `#[errors]` field's binding.
    pub errors: Option<Ident>,
    /// Header fields the registry requires with the code (MUST, always) that nothing carries.
    pub missing: Vec<MissingHeader>,
}

/// Where a problem's `detail` comes from.
pub enum DetailText {
    /// `#[detail("...", args)]`.
    Format(DetailFormat),
    /// `#[detail]`: the variant's `Display` (its thiserror message).
    Display,
}

/// `#[detail("...", args)]`, ready for `format_args!`.
pub struct DetailFormat {
    /// The format string, positional references to tuple fields (`{0}`) renamed to their
    /// bindings (`{_0}`).
    pub format: syn::LitStr,
    /// The arguments after the string's comma, thiserror's `.field`/`.0` shorthand rewritten to
    /// the bindings; empty when there are none.
    pub args: TokenStream,
    /// The bindings the arguments name: reborrowed as `&T` around the format, so an argument
    /// sees a field as thiserror's do wherever the pattern binds it (`&T` or `&mut T`).
    pub arg_fields: Vec<Ident>,
    /// The bindings the string or the arguments name (a response that moves its body first
    /// cannot show it in a detail).
    pub fields: Vec<Ident>,
}

/// A header field sent with a value fixed at compile time, valid as a field value.
pub struct FixedHeader {
    pub name: syn::LitStr,
    pub value: syn::LitStr,
}

/// A field sent as a header field.
pub struct HeaderField {
    /// The header field's name, as written in `#[header("...")]`.
    pub name: syn::LitStr,
    /// The binding of the Rust field in the variant's pattern.
    pub binding: Ident,
    /// The Rust field's doc comment, if any (for `OpenAPI` documents).
    pub doc: Option<String>,
    /// The Rust field's type, as written.
    pub ty: TokenStream,
    /// The type of the value sent: `ty`, or `T` of an `Option<T>`.
    pub value_ty: TokenStream,
    /// Whether the field is always sent or only when it is `Some`.
    pub presence: Presence,
}

/// Whether a header field is in every response of its variant.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Always,
    /// An `Option<T>` field: sent when `Some`.
    IfSome,
}

/// A header field a variant's code requires and the variant does not send.
pub struct MissingHeader {
    pub field: String,
    /// Who the rule addresses ("origin server"), if the registry says.
    pub by: Option<String>,
    /// Where the rule is written, e.g. "RFC 9110, Section 15.5.6".
    pub citation: String,
}
