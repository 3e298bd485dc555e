//! The model of what to generate (thiserror's `ast`): one enum and its variants, each tied to
//! the registry entry it stands for. Built by named constructors, one per way of asking for an
//! enum; everything the emitters need is computed here once, so `expand` only writes tokens.

use crate::check;
use crate::diag::Ctxt;
use crate::input::{Attribute, Data, DeriveInput, Fields, Meta};
use crate::registry::model::{Entry, Registry};
use proc_macro2::Ident;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::sync::Arc;

/// The text of the `#[doc = "..."]` attributes among `attrs`, joined by line breaks and trimmed;
/// `None` if there are none or they are blank.
pub fn doc_text(attrs: &[Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(value) => {
                syn::parse2::<syn::LitStr>(value.clone()).ok().map(|s| s.value().trim().to_owned())
            }
            _ => None,
        })
        .collect();
    let text = lines.join("\n").trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// An enum to generate, after its input was checked.
pub struct Enum<'r> {
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    pub ident: Ident,
    pub variants: Vec<Variant<'r>>,
    pub registry: &'r Registry,
    pub kind: Kind,
    pub form: Form,
    pub shape: Shape,
    /// Whether every code has a class (is below 600), so `class()` needs no `Option`.
    pub classed: Classed,
    /// How the generated inherent methods take the enum.
    pub receiver: Receiver,
    /// The registry enum that owns the `REGISTRY` table and `lookup`: the enum itself for a
    /// registry enum, the enum it is a subset of otherwise.
    pub parent: TokenStream,
}

/// One variant and the registry entry it stands for.
pub struct Variant<'r> {
    /// The user's attributes (docs, `#[serde]`, ...), without ours.
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub fields: Fields,
    pub entry: &'r Entry,
    /// The entry's row in the registry's `REGISTRY` table.
    pub row: usize,
    /// The code as an unsuffixed literal.
    pub code: Literal,
    /// The same code's variant in [`Enum::parent`].
    pub parent_variant: Ident,
    /// `Self::Name { .. }`: matches the variant whatever its fields.
    pub pattern: TokenStream,
    /// What the variant sends as a response besides its status.
    pub response: Response,
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
    /// `#[detail(..)]`: the format string (positional fields renamed) and any further arguments.
    pub detail: Option<(syn::LitStr, TokenStream)>,
    /// `#[problem(type = "...")]`.
    pub problem_type: Option<syn::LitStr>,
    /// Header fields the registry requires with the code (MUST, always) that nothing carries.
    pub missing: Vec<MissingHeader>,
}

/// A field sent as a header field.
pub struct HeaderField {
    /// The header field's name, as written in `#[header("...")]`.
    pub name: syn::LitStr,
    /// The binding of the Rust field in the variant's pattern.
    pub binding: Ident,
    /// The Rust field's doc comment, if any (for `OpenAPI` documents).
    pub doc: Option<String>,
}

/// A header field a variant's code requires and the variant does not send.
pub struct MissingHeader {
    pub field: String,
    /// Who the rule addresses ("origin server"), if the registry says.
    pub by: Option<String>,
    /// Where the rule is written, e.g. "RFC 9110, Section 15.5.6".
    pub citation: String,
}

/// What kind of enum it is.
pub enum Kind {
    /// A whole registry: the enum owns the `REGISTRY` table. `include` is the file, included with
    /// `include_str!` so that editing it rebuilds the crate; `origin` names it in the docs.
    Registry { include: Option<String>, origin: String, canonical: Canonical },
    /// A subset of a registry enum.
    Subset { of: Parent },
}

/// The registry enum a subset draws its codes from.
pub enum Parent {
    /// `status_core::StatusCode`: `#[subset]`.
    StatusCode,
    /// The user's registry enum: `#[subset(of = AppStatus, registry = "status.toml")]`.
    Custom(crate::input::Path),
}

impl Parent {
    /// The parent as generated code names it.
    pub fn tokens(&self) -> TokenStream {
        match self {
            Parent::StatusCode => {
                let private = crate::expand::private();
                quote!(#private::StatusCode)
            }
            Parent::Custom(path) => quote!(#path),
        }
    }

    /// The parent as docs link to it: (shown name, intra-doc link target). `StatusCode` is
    /// linked by its absolute path, which resolves in any crate, `#![no_implicit_prelude]` ones too.
    pub fn doc_link(&self) -> (String, String) {
        match self {
            Parent::StatusCode => ("StatusCode".to_owned(), "::status_core::StatusCode".to_owned()),
            Parent::Custom(path) => {
                // The path as written resolves where the subset is; rustdoc links it from there.
                let full = quote!(#path).to_string().replace(' ', "");
                let shown = full.rsplit("::").next().unwrap_or(&full).to_owned();
                (shown, full)
            }
        }
    }
}

/// How a registry enum relates to `status_core::StatusCode`.
pub enum Canonical {
    /// It is `StatusCode` itself, generated from the registry built into the generator; it
    /// records that registry's fingerprint, which every subset checks.
    Itself { fingerprint: u64 },
    /// A custom registry: conversions with `StatusCode` (generated from this registry) by number.
    ConvertsWith(Arc<Registry>),
}

/// How the user asked for the enum.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `#[registry]` or `#[subset]`: the macro writes the enum (docs, `#[repr(u16)]`, discriminants).
    Attribute,
    /// `#[derive(Subset)]`: the enum stays as the user wrote it; only impls are added.
    Derive,
}

/// Whether the variants carry data.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Only unit variants: `#[repr(u16)]`, `ALL`, `from_u16`, `TryFrom<u16>`, `FromStr`.
    Unit,
    /// Some variant has fields: no conversions from numbers (there is no value to make).
    Data,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Classed {
    All,
    NotAll,
}

/// Registry enums are `Copy` (the macro derives it), so their methods take `self`; a subset may
/// carry data that is not `Copy`, so its methods take `&self`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    ByValue,
    ByRef,
}

impl Receiver {
    pub fn tokens(self) -> TokenStream {
        match self {
            Receiver::ByValue => quote!(self),
            Receiver::ByRef => quote!(&self),
        }
    }
}

impl<'r> Enum<'r> {
    /// The enum of every usable entry of `registry`, named from the registry.
    pub fn from_registry(input: DeriveInput, registry: &'r Registry, kind: Kind) -> Self {
        let parent = {
            let ident = &input.ident;
            quote!(#ident)
        };
        let variants = registry
            .usable()
            .map(|entry| Variant::new(Vec::new(), format_ident!("{}", entry.variant), Fields::Unit, entry, registry))
            .collect();
        Self::assemble(input, variants, registry, kind, Form::Attribute, parent)
    }

    /// The subset a `#[derive(Subset)]` enum declares (its own repr and discriminants stay).
    pub fn from_derive(input: DeriveInput, registry: &'r Registry, of: Parent, cx: &Ctxt<syn::Error>) -> Option<Self> {
        Self::from_subset(input, registry, of, Form::Derive, cx)
    }

    /// The subset the user's enum declares, with every problem in `cx`; `None` if there were any.
    pub fn from_subset(
        input: DeriveInput,
        registry: &'r Registry,
        of: Parent,
        form: Form,
        cx: &Ctxt<syn::Error>,
    ) -> Option<Self> {
        let Data::Enum(data) = &input.data else { return None };
        check::subset_enum(&input, data, form, cx);
        let mut variants: Vec<Variant<'r>> = Vec::new();
        for v in &data.variants {
            let mut attrs = v.attrs.clone();
            let Some(entry) = check::subset_variant(v, &mut attrs, form, registry, cx) else { continue };
            if check::code_is_unique(v, entry, &variants, cx) {
                let response = check::response::variant_response(v, entry, cx);
                // Our attributes are inert: the enum is emitted without them.
                attrs.retain(|a| !crate::attr::is_ours(a));
                let mut fields = v.fields.clone();
                fields.iter_mut().for_each(|f| f.attrs.retain(|a| !crate::attr::is_ours(a)));
                let mut variant = Variant::new(attrs, v.ident.clone(), fields, entry, registry);
                variant.response = response;
                variants.push(variant);
            }
        }
        if cx.has_errors() {
            return None;
        }
        let parent = of.tokens();
        Some(Self::assemble(input, variants, registry, Kind::Subset { of }, form, parent))
    }

    fn assemble(
        input: DeriveInput,
        variants: Vec<Variant<'r>>,
        registry: &'r Registry,
        kind: Kind,
        form: Form,
        parent: TokenStream,
    ) -> Self {
        let shape = if variants.iter().all(|v| matches!(v.fields, Fields::Unit)) { Shape::Unit } else { Shape::Data };
        let classed = if variants.iter().all(|v| v.entry.code < 600) { Classed::All } else { Classed::NotAll };
        let receiver = match kind {
            Kind::Registry { .. } => Receiver::ByValue,
            Kind::Subset { .. } => Receiver::ByRef,
        };
        // The derive cannot change the enum, so none of its attributes are emitted again.
        let attrs = match form {
            Form::Attribute => input.attrs,
            Form::Derive => Vec::new(),
        };
        Enum {
            attrs,
            vis: input.vis,
            ident: input.ident,
            variants,
            registry,
            kind,
            form,
            shape,
            classed,
            receiver,
            parent,
        }
    }

    /// Whether the enum is a whole registry (owns `REGISTRY`).
    pub fn is_registry(&self) -> bool {
        matches!(self.kind, Kind::Registry { .. })
    }
}

impl<'r> Variant<'r> {
    fn new(attrs: Vec<Attribute>, ident: Ident, fields: Fields, entry: &'r Entry, registry: &Registry) -> Self {
        let pattern = quote!(Self::#ident { .. });
        Variant {
            response: Response::default(),
            attrs,
            row: registry.index_of(entry.code).unwrap_or_default(),
            code: Literal::u16_unsuffixed(entry.code),
            parent_variant: format_ident!("{}", entry.variant),
            pattern,
            ident,
            fields,
            entry,
        }
    }
}
