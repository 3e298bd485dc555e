//! The user's enum as the macros read it: attributes, visibility, name, generics, variants and
//! fields, kept as tokens wherever the macros only copy them. Parsed with syn's parsing
//! primitives, not its syntax tree: syn's `derive` feature costs a crate with no other
//! syn-based derive about a second of build time on its critical path, and the macros need none
//! of what that tree knows about expressions and types.

mod parse;
mod print;
#[cfg(test)]
mod tests;
pub mod types;

pub use parse::{comma_separated, parse_nested};
use proc_macro2::{Ident, Punct, Span, TokenStream};
use syn::parse::{Parse, Parser};

/// An item under one of the macros: `attrs vis enum ident<generics> where .. { variants }`.
#[derive(Clone)]
pub struct DeriveInput {
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    pub ident: Ident,
    pub generics: Generics,
    pub data: Data,
}

/// What follows the name, only to refuse it: the macros take plain enums.
#[derive(Clone, Default)]
pub struct Generics {
    /// The tokens of the first parameter between `<` and `>`.
    pub first_param: Option<TokenStream>,
    /// `where` and its predicates.
    pub where_clause: Option<TokenStream>,
}

/// The item's kind; a struct or union only as the span of its keyword, for the error.
#[derive(Clone)]
pub enum Data {
    Enum(DataEnum),
    Struct(Span),
    Union(Span),
}

#[derive(Clone)]
pub struct DataEnum {
    /// The span of the braces, so that the enum is re-emitted where it was.
    pub brace: Span,
    pub variants: Vec<Variant>,
}

#[derive(Clone)]
pub struct Variant {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub fields: Fields,
    /// `= expr`: the `=` and the expression's tokens.
    pub discriminant: Option<(Punct, TokenStream)>,
}

#[derive(Clone)]
pub enum Fields {
    /// `{ a: A, b: B }`, with the span of the braces.
    Named(Vec<Field>, Span),
    /// `(A, B)`, with the span of the parentheses.
    Unnamed(Vec<Field>, Span),
    Unit,
}

#[derive(Clone)]
pub struct Field {
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    /// The name of a named field.
    pub ident: Option<Ident>,
    /// The type, as written.
    pub ty: TokenStream,
}

/// `#[path]`, `#[path(tokens)]` or `#[path = tokens]`, with its tokens as written.
#[derive(Clone)]
pub struct Attribute {
    tokens: TokenStream,
    path: Path,
    pub meta: Meta,
}

/// What follows an attribute's path.
#[derive(Clone)]
pub enum Meta {
    Path,
    /// The tokens inside the delimiters.
    List(MetaList),
    /// The tokens after `=`.
    NameValue(TokenStream),
}

#[derive(Clone)]
pub struct MetaList {
    pub tokens: TokenStream,
}

/// A path such as `AppStatus` or `crate::api::AppStatus`, with its tokens as written.
#[derive(Clone)]
pub struct Path {
    tokens: TokenStream,
    pub segments: Vec<Ident>,
    leading_colon: bool,
}

impl Path {
    /// Whether the path is the one identifier `name`.
    pub fn is_ident(&self, name: &str) -> bool {
        !self.leading_colon && self.segments.len() == 1 && self.segments[0] == name
    }
}

impl Attribute {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The tokens inside `#[path(...)]` parsed as `T`.
    pub fn parse_args<T: Parse>(&self) -> syn::Result<T> {
        self.parse_args_with(T::parse)
    }

    /// The tokens inside `#[path(...)]` parsed by `parser`.
    pub fn parse_args_with<P: Parser>(&self, parser: P) -> syn::Result<P::Output> {
        match &self.meta {
            Meta::List(list) => parser.parse2(list.tokens.clone()),
            _ => Err(syn::Error::new_spanned(self, "expected arguments in parentheses")),
        }
    }
}

impl Fields {
    pub fn iter(&self) -> std::slice::Iter<'_, Field> {
        match self {
            Fields::Named(f, _) | Fields::Unnamed(f, _) => f.iter(),
            Fields::Unit => [].iter(),
        }
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, Field> {
        match self {
            Fields::Named(f, _) | Fields::Unnamed(f, _) => f.iter_mut(),
            Fields::Unit => [].iter_mut(),
        }
    }
}

impl<'a> IntoIterator for &'a Fields {
    type Item = &'a Field;
    type IntoIter = std::slice::Iter<'a, Field>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Fields {
    type Item = &'a mut Field;
    type IntoIter = std::slice::IterMut<'a, Field>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}
