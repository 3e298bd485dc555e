//! Reading the tokens into the tree of [`super`], with syn's `ParseStream`.

use super::{Attribute, Data, DataEnum, DeriveInput, Field, Fields, Generics, Meta, MetaList, Path, Variant};
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::Token;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};

/// `name = value, name(list), name, ...`, the arguments of `#[subset(..)]`, `#[registry(..)]`
/// and `#[problem(..)]`: `f` gets each name and the tokens of its value, if it has one (a
/// list's value is its parenthesized group, one token tree).
pub fn parse_nested(
    tokens: TokenStream,
    mut f: impl FnMut(&Ident, Option<TokenStream>) -> syn::Result<()>,
) -> syn::Result<()> {
    let parser = |input: ParseStream| {
        separated(input, |input| {
            let name = Ident::parse_any(input)?;
            let value = if input.peek(Token![=]) {
                input.parse::<Token![=]>()?;
                let value = until_comma(input, Angles::Plain)?;
                if value.is_empty() {
                    return Err(syn::Error::new(name.span(), format!("give `{name}` a value after `=`")));
                }
                Some(value)
            } else if input.peek(syn::token::Paren) {
                let group: proc_macro2::TokenTree = input.parse()?;
                Some(TokenStream::from(group))
            } else {
                None
            };
            f(&name, value)
        })
        .map(drop)
    };
    parser.parse2(tokens)
}

/// The comma-separated items of `tokens`, each as its tokens (a trailing comma ends the list).
pub fn comma_separated(tokens: TokenStream) -> syn::Result<Vec<TokenStream>> {
    let parser = |input: ParseStream| separated(input, |input| until_comma(input, Angles::Plain));
    parser.parse2(tokens)
}

/// Items separated by commas up to the end of `input`, a trailing comma allowed.
fn separated<T>(input: ParseStream, mut item: impl FnMut(ParseStream) -> syn::Result<T>) -> syn::Result<Vec<T>> {
    let mut items = Vec::new();
    while !input.is_empty() {
        items.push(item(input)?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(items)
}

/// Whether `<` and `>` nest (in types, `Result<A, B>` holds a comma) or are operators.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Angles {
    Nest,
    Plain,
}

/// How deep in `<..>` a run of tokens is: `<` opens, `>` closes, except the `>` of `->`.
#[derive(Default)]
struct AngleDepth {
    depth: usize,
    after_minus: bool,
}

impl AngleDepth {
    fn see(&mut self, tt: &TokenTree) {
        if let TokenTree::Punct(p) = tt {
            match p.as_char() {
                '<' => self.depth += 1,
                '>' if !self.after_minus => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            self.after_minus = p.as_char() == '-' && p.spacing() == Spacing::Joint;
        } else {
            self.after_minus = false;
        }
    }
}

/// The tokens up to the next comma outside any group (and outside `<..>` in a type).
fn until_comma(input: ParseStream, angles: Angles) -> syn::Result<TokenStream> {
    let mut out = TokenStream::new();
    let mut angle = AngleDepth::default();
    while !(input.is_empty() || angle.depth == 0 && input.peek(Token![,])) {
        let tt: TokenTree = input.parse()?;
        if angles == Angles::Nest {
            angle.see(&tt);
        }
        out.append(tt);
    }
    Ok(out)
}

fn attributes(input: ParseStream) -> syn::Result<Vec<Attribute>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) {
        attrs.push(input.parse()?);
    }
    Ok(attrs)
}

/// `pub`, `pub(crate)`, `pub(in path)`, ...; nothing for private.
fn visibility(input: ParseStream) -> syn::Result<TokenStream> {
    let mut out = TokenStream::new();
    if input.peek(Token![pub]) {
        out.append(input.parse::<TokenTree>()?);
        // `pub (A, B)` in a tuple variant is a type, not a restriction.
        let restricted = input.fork().parse::<TokenTree>().is_ok_and(|tt| match tt {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis => g
                .stream()
                .into_iter()
                .next()
                .is_some_and(|t| ["crate", "self", "super", "in"].contains(&t.to_string().as_str())),
            _ => false,
        });
        if restricted {
            out.append(input.parse::<TokenTree>()?);
        }
    }
    Ok(out)
}

/// The next token tree, if it is a group with this delimiter.
fn group(input: ParseStream, delimiter: Delimiter) -> Option<Group> {
    match input.fork().parse::<TokenTree>() {
        Ok(TokenTree::Group(g)) if g.delimiter() == delimiter => {
            let _ = input.parse::<TokenTree>();
            Some(g)
        }
        _ => None,
    }
}

impl Parse for Attribute {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let pound: TokenTree = input.parse()?;
        if input.peek(Token![!]) {
            return Err(input.error("an inner attribute (`#![..]`) cannot be here; write it as `#[..]`"));
        }
        let Some(brackets) = group(input, Delimiter::Bracket) else {
            return Err(input.error("expected an attribute in brackets: `#[..]`"));
        };
        let (path, meta) = (|inner: ParseStream| {
            let path: Path = inner.parse()?;
            let meta = if inner.is_empty() {
                Meta::Path
            } else if inner.peek(Token![=]) {
                inner.parse::<Token![=]>()?;
                Meta::NameValue(inner.parse()?)
            } else {
                let Ok(TokenTree::Group(g)) = inner.parse::<TokenTree>() else {
                    return Err(inner.error("expected `=`, arguments in delimiters, or the end of the attribute"));
                };
                Meta::List(MetaList { tokens: g.stream() })
            };
            if !inner.is_empty() {
                return Err(inner.error("unexpected tokens after the attribute's arguments"));
            }
            Ok((path, meta))
        })
        .parse2(brackets.stream())?;
        let mut tokens = TokenStream::new();
        tokens.append(pound);
        tokens.append(brackets);
        Ok(Attribute { tokens, path, meta })
    }
}

impl Parse for Path {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut tokens = TokenStream::new();
        let leading_colon = input.peek(Token![::]);
        let mut segments = Vec::new();
        loop {
            if input.peek(Token![::]) {
                input.parse::<Token![::]>()?.to_tokens(&mut tokens);
            } else if !segments.is_empty() {
                break;
            }
            let ident = Ident::parse_any(input)?;
            tokens.append(ident.clone());
            segments.push(ident);
        }
        Ok(Path { tokens, segments, leading_colon })
    }
}

impl Parse for DeriveInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = attributes(input)?;
        let vis = visibility(input)?;
        let keyword = Ident::parse_any(input)?;
        let kind = keyword.to_string();
        if kind == "struct" || kind == "union" {
            let ident = Ident::parse_any(input)?;
            input.parse::<TokenStream>()?;
            let data = if kind == "struct" { Data::Struct(keyword.span()) } else { Data::Union(keyword.span()) };
            return Ok(DeriveInput { attrs, vis, ident, generics: Generics::default(), data });
        }
        if kind != "enum" {
            return Err(syn::Error::new(keyword.span(), "expected an enum: `enum Name { .. }`"));
        }
        let ident: Ident = input.parse()?;
        let generics = generics(input)?;
        let Some(body) = group(input, Delimiter::Brace) else {
            return Err(input.error("expected the enum's variants in braces: `{ .. }`"));
        };
        let variants = (|body: ParseStream| separated(body, Variant::parse)).parse2(body.stream())?;
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the enum"));
        }
        Ok(DeriveInput { attrs, vis, ident, generics, data: Data::Enum(DataEnum { brace: body.span(), variants }) })
    }
}

/// `<..>` after the name and `where ..` before the braces, to refuse them.
fn generics(input: ParseStream) -> syn::Result<Generics> {
    let mut generics = Generics::default();
    if input.peek(Token![<]) {
        input.parse::<Token![<]>()?;
        let mut params = TokenStream::new();
        let mut angle = AngleDepth { depth: 1, after_minus: false };
        loop {
            let tt: TokenTree = input.parse()?;
            angle.see(&tt);
            if angle.depth == 0 {
                break;
            }
            params.append(tt);
        }
        let first = (|s: ParseStream| {
            let first = until_comma(s, Angles::Nest)?;
            s.parse::<TokenStream>()?;
            Ok(first)
        })
        .parse2(params)?;
        generics.first_param = (!first.is_empty()).then_some(first);
    }
    if input.peek(Token![where]) {
        let mut clause = TokenStream::new();
        while !input.is_empty() && group(&input.fork(), Delimiter::Brace).is_none() {
            clause.append(input.parse::<TokenTree>()?);
        }
        generics.where_clause = Some(clause);
    }
    Ok(generics)
}

impl Parse for Variant {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = attributes(input)?;
        let ident: Ident = input.parse()?;
        let fields = if let Some(g) = group(input, Delimiter::Brace) {
            Fields::Named((|s: ParseStream| fields(s, true)).parse2(g.stream())?, g.span())
        } else if let Some(g) = group(input, Delimiter::Parenthesis) {
            Fields::Unnamed((|s: ParseStream| fields(s, false)).parse2(g.stream())?, g.span())
        } else {
            Fields::Unit
        };
        let discriminant = if input.peek(Token![=]) {
            let eq: Punct = input.parse()?;
            let expr = until_comma(input, Angles::Plain)?;
            if expr.is_empty() {
                return Err(syn::Error::new(eq.span(), "expected the discriminant after `=`"));
            }
            Some((eq, expr))
        } else {
            None
        };
        Ok(Variant { attrs, ident, fields, discriminant })
    }
}

fn fields(input: ParseStream, named: bool) -> syn::Result<Vec<Field>> {
    separated(input, |input| {
        let attrs = attributes(input)?;
        let vis = visibility(input)?;
        let ident = if named {
            let ident = Ident::parse_any(input)?;
            input.parse::<Token![:]>()?;
            Some(ident)
        } else {
            None
        };
        let ty = until_comma(input, Angles::Nest)?;
        if ty.is_empty() {
            return Err(input.error("expected a type"));
        }
        Ok(Field { attrs, vis, ident, ty })
    })
}
