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

/// Who implements `Display`, `core::error::Error`, the `From` of `#[from]` fields and held
/// subsets, and serde's `Serialize`/`Deserialize` (the number form, feature `serde`).
#[derive(Clone, Copy)]
pub struct ErrorImpls {
    pub display: Provider,
    pub error: Provider,
    pub from: Provider,
    pub serialize: Provider,
    pub deserialize: Provider,
    /// Who reads `#[from]` and `#[source]` (thiserror, a `From` derive): they stay on the
    /// emitted enum for it; otherwise they are ours, and removed.
    pub source_attrs: Provider,
    /// `displaydoc::Display` is derived: it reads the variants' docs, to which the registry's
    /// paragraphs are added, so the enum gets `#[ignore_extra_doc_attributes]`.
    pub displaydoc: bool,
}

/// Who writes one of the error impls.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// The subset macro.
    Subset,
    /// A derive beside it (thiserror, `derive_more`, displaydoc, serde).
    Derive,
    /// The user, elsewhere: `#[subset(skip(..))]` names it (a hand-written or blanket impl
    /// the macro cannot see).
    Skipped,
}

/// Whose reason phrase the status line carries: `#[subset(phrase = "..")]`, mirrored by
/// `status_core::Phrase`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PhraseMode {
    Registry,
    Framework,
    Empty,
}

/// Who reads the enum's responses: `#[subset(client)]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The server sends them; nothing decodes them (the default).
    Server,
    /// A client decodes them back into the enum too: every field travels, and variants of one
    /// code differ by their problem `type`.
    Client,
}

/// What building a 5xx response with a cause does besides keeping the error in the response's
/// extensions: `#[subset(log = "...")]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CauseLog {
    /// One `tracing` event at ERROR with the error and its `source()` chain (the default).
    Error,
    /// Nothing: a middleware logs the extension.
    Off,
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
    /// `#[detail("...", args)]`: the format string (positional fields renamed) and any further
    /// arguments.
    Format(syn::LitStr, TokenStream),
    /// `#[detail]`: the variant's `Display` (its thiserror message).
    Display,
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
