//! The model of what to generate (thiserror's `ast`): one enum and its variants, each tied to
//! the registry entry it stands for. Built by named constructors, one per way of asking for an
//! enum; everything the emitters need is computed here once, so `expand` only writes tokens.

use crate::input::{Attribute, DeriveInput, Fields, Meta};
use crate::registry::model::{Entry, Registry};
use crate::template::tokens;
use proc_macro2::Ident;
use proc_macro2::{Literal, TokenStream};
use quote::format_ident;
use std::sync::Arc;

mod parts;
pub use crate::attr::mode::{Audience, CauseLog, ErrorImpls, PhraseMode, Provider};
pub use parts::*;

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

/// A subset's input after the checks: what `ast::Enum::from_subset` assembles.
pub struct Resolved<'r> {
    /// The variants with a code of their own.
    pub variants: Vec<Variant<'r>>,
    /// The `#[status(transparent)]` variants.
    pub inner: Vec<Inner>,
    /// Who writes `Display`, `Error`, `From` and serde's impls.
    pub errors: ErrorImpls,
}

/// An enum to generate, after its input was checked.
pub struct Enum<'r> {
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    pub ident: Ident,
    /// The variants with a code of their own.
    pub variants: Vec<Variant<'r>>,
    /// The `#[status(transparent)]` variants, each holding another subset.
    pub inner: Vec<Inner>,
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
    /// Who writes `Display`, `core::error::Error` and the `#[from]` conversions.
    pub errors: ErrorImpls,
    /// What building a 5xx response does with the variant's cause.
    pub causes: CauseLog,
    /// `#[subset(format = ..)]`: the `ErrorFormat` of its error bodies.
    pub format: Option<crate::input::Path>,
    /// `#[subset(phrase = ..)]`: whose reason phrase; the service's default when `None`.
    pub phrase: Option<PhraseMode>,
    /// `#[subset(client)]`: whether a client decodes the enum.
    pub audience: Audience,
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
    /// Where the variant stands among all the enum's variants.
    pub position: usize,
    /// Whether the variant gives its code (`#[status(code)]` or a discriminant) rather than
    /// taking it from its name.
    pub explicit_code: bool,
    /// The field that is the variant's `source()`.
    pub source: Option<SourceField>,
    /// The `#[cause]` field: logged as a 5xx's cause, though not a `source()` (only `Debug +
    /// Display`).
    pub cause_field: Option<SourceField>,
    /// Whether building the response logs the variant as a cause and keeps it (a 5xx with a
    /// source, or thiserror's `#[error(transparent)]`).
    pub cause: bool,
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
                let private = crate::template::private();
                tokens!([private] [] #private::StatusCode)
            }
            Parent::Custom(path) => quote::ToTokens::to_token_stream(&path),
        }
    }

    /// The parent as docs link to it: (shown name, intra-doc link target). `StatusCode` is
    /// linked by its absolute path, which resolves in any crate, `#![no_implicit_prelude]` ones too.
    pub fn doc_link(&self) -> (String, String) {
        match self {
            Parent::StatusCode => ("StatusCode".to_owned(), "::status_core::StatusCode".to_owned()),
            Parent::Custom(path) => {
                // The path as written resolves where the subset is; rustdoc links it from there.
                let full = quote::ToTokens::to_token_stream(&path).to_string().replace(' ', "");
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

/// Whether a number makes one value of the enum.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Only unit variants, each code once: `#[repr(u16)]`, `ALL`, `from_u16`, `TryFrom<u16>`,
    /// `FromStr`.
    Unit,
    /// Some variant has fields, holds another subset, or shares its code with another: no
    /// conversions from numbers (there is no one value to make).
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
            Receiver::ByValue => tokens!([] [] self),
            Receiver::ByRef => tokens!([] [] &self),
        }
    }
}

impl<'r> Enum<'r> {
    /// The enum of every usable entry of `registry`, named from the registry.
    pub fn from_registry(input: DeriveInput, registry: &'r Registry, kind: Kind) -> Self {
        let parent = {
            let ident = &input.ident;
            quote::ToTokens::to_token_stream(&ident)
        };
        let variants = registry
            .usable()
            .map(|entry| Variant::new(Vec::new(), format_ident!("{}", entry.variant), Fields::Unit, entry, registry))
            .collect();
        Self::assemble(input, variants, registry, kind, Form::Attribute, parent)
    }

    /// The subset the user's enum declares, from what the checks resolved of it (its variants
    /// tied to registry entries, held subsets, who writes the error impls).
    pub fn from_subset(
        input: DeriveInput,
        resolved: Resolved<'r>,
        registry: &'r Registry,
        of: Parent,
        form: Form,
    ) -> Self {
        let Resolved { variants, inner, errors } = resolved;
        let parent = of.tokens();
        let mut item = Self::assemble(input, variants, registry, Kind::Subset { of }, form, parent);
        item.shape = if inner.is_empty() { item.shape } else { Shape::Data };
        item.inner = inner;
        item.errors = errors;
        item
    }

    fn assemble(
        input: DeriveInput,
        variants: Vec<Variant<'r>>,
        registry: &'r Registry,
        kind: Kind,
        form: Form,
        parent: TokenStream,
    ) -> Self {
        let unique =
            variants.iter().enumerate().all(|(i, v)| variants[..i].iter().all(|w| w.entry.code != v.entry.code));
        let unit = variants.iter().all(|v| matches!(v.fields, Fields::Unit));
        let shape = if unit && unique { Shape::Unit } else { Shape::Data };
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
            inner: Vec::new(),
            registry,
            kind,
            form,
            shape,
            classed,
            receiver,
            parent,
            errors: ErrorImpls {
                display: Provider::Subset,
                error: Provider::Subset,
                from: Provider::Subset,
                serialize: Provider::Subset,
                deserialize: Provider::Subset,
                source_attrs: Provider::Subset,
                displaydoc: false,
            },
            causes: CauseLog::Error,
            format: None,
            phrase: None,
            audience: Audience::Server,
        }
    }

    /// `Self::V(__inner) => f(__inner),` for each `#[status(transparent)]` variant, to complete
    /// a match over the variants with a code of their own.
    /// The value is spanned at the inner type, so that a type that is not a subset gets one
    /// error there (the same one for every arm, which the compiler shows once).
    /// `f` is a `dyn Fn`, so that this is compiled once, not once per caller's closure.
    pub fn inner_arms(&self, f: &dyn Fn(&TokenStream) -> TokenStream) -> TokenStream {
        let mut arms = TokenStream::new();
        if self.inner.is_empty() {
            return arms;
        }
        let inner = tokens!([] [] __inner);
        for i in &self.inner {
            let (ident, pattern) = (&i.ident, i.pattern());
            let span = match i.ty.clone().into_iter().next() {
                Some(t) => t.span(),
                None => proc_macro2::Span::call_site(),
            };
            let value = respan(f(&inner), span);
            arms.extend(tokens!([ident, pattern, value] [] Self::#ident #pattern => #value,));
        }
        arms
    }

    /// `const` for the inherent methods, unless a transparent variant asks the inner subset
    /// through the `Subset` trait (trait methods are not `const`).
    pub fn constness(&self) -> Option<TokenStream> {
        self.inner.is_empty().then(|| tokens!([] [] const))
    }

    /// Whether the enum is a whole registry (owns `REGISTRY`).
    pub fn is_registry(&self) -> bool {
        matches!(self.kind, Kind::Registry { .. })
    }
}

/// `tokens` with every token at `span`.
fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    let mut out = TokenStream::new();
    for mut tt in tokens {
        if let proc_macro2::TokenTree::Group(g) = &tt {
            let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
            group.set_span(span);
            tt = proc_macro2::TokenTree::Group(group);
        } else {
            tt.set_span(span);
        }
        out.extend([tt]);
    }
    out
}

impl<'r> Variant<'r> {
    pub(crate) fn new(
        attrs: Vec<Attribute>,
        ident: Ident,
        fields: Fields,
        entry: &'r Entry,
        registry: &Registry,
    ) -> Self {
        let pattern = tokens!([ident] [] Self::#ident { .. });
        Variant {
            response: Response::default(),
            position: 0,
            explicit_code: false,
            source: None,
            cause_field: None,
            cause: false,
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
