//! Code templates: the generator's `quote!`.
//!
//! `quote!` expands every token of a template into a call that pushes it, so the generator's
//! templates were about half of its own build time. `tokens!` keeps a template as the string
//! `stringify!` makes of it, parses it when the macro runs (the compiler's lexer, microseconds)
//! and splices the values in: the same tokens, spans (`Span::call_site()`, as `quote!`) and
//! syntax (`#name`, `#(..)*`, `#(..),*`), for a fraction of the build.

use proc_macro2::{Delimiter, Group, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// `tokens!([one, ...] [many, ...] template)`: the template with `#one` replaced by the value of
/// `one` (any `ToTokens`) and `#(.. #many ..)*` repeated once per item of `many` (anything
/// iterable over `ToTokens`, taken by value; `name = expr` takes `expr`, as `xs = &xs` to keep a
/// `Vec`), with an optional one-token separator before `*`.
/// Every value is named in one of the two lists: a repetition that names none, or a `#name`
/// that is not listed, is a bug of the template and panics in the generator's tests.
macro_rules! tokens {
    ([$($one:ident),* $(,)?] [$($many:ident $(= $value:expr)?),* $(,)?] $($template:tt)*) => {
        $crate::template::render(
            ::core::stringify!($($template)*),
            &[
                $((::core::stringify!($one), $crate::template::Arg::One(&$one)),)*
                $((::core::stringify!($many), $crate::template::many!($crate::template::value!($many $(= $value)?))),)*
            ],
            ::core::option::Option::None,
        )
    };
}

/// `tokens_spanned!(span => [one, ...] [many, ...] template)`: as `tokens!`, the template's own
/// tokens with `span` (what `quote_spanned!` does); spliced values keep theirs.
macro_rules! tokens_spanned {
    ($span:expr => [$($one:ident),* $(,)?] [$($many:ident $(= $value:expr)?),* $(,)?] $($template:tt)*) => {
        $crate::template::render(
            ::core::stringify!($($template)*),
            &[
                $((::core::stringify!($one), $crate::template::Arg::One(&$one)),)*
                $((::core::stringify!($many), $crate::template::many!($crate::template::value!($many $(= $value)?))),)*
            ],
            ::core::option::Option::Some($span),
        )
    };
}

/// The items of a repetition, made into tokens once, by [`many_of`].
macro_rules! many {
    ($items:expr) => {
        $crate::template::Arg::Many($crate::template::many_of($items))
    };
}

/// A repeated value: the variable, or the expression given for it.
macro_rules! value {
    ($name:ident) => {
        $name
    };
    ($name:ident = $value:expr) => {
        $value
    };
}

pub(crate) use {many, tokens, tokens_spanned, value};

/// A value spliced into a template.
pub enum Arg<'a> {
    /// `#name`.
    One(&'a dyn Value),
    /// `#(.. #name ..)*`: one item per repetition.
    Many(Vec<TokenStream>),
}

/// The items of a repetition as tokens. A function, not a loop in `many!`: one copy per
/// iterable type (most are `Vec<TokenStream>`), where a loop (or `collect`) at each call site
/// compiled its iterator's methods again there.
pub fn many_of<I: IntoIterator>(items: I) -> Vec<TokenStream>
where
    I::Item: ToTokens,
{
    let mut out = Vec::new();
    for item in items {
        out.push(item.into_token_stream());
    }
    out
}

/// A `#name` value: `ToTokens` through a trait object whose only method is `to_tokens`
/// (`dyn ToTokens` compiled the provided `to_token_stream` into every type's vtable).
pub trait Value {
    fn put(&self, out: &mut TokenStream);
}

impl<T: ToTokens + ?Sized> Value for T {
    fn put(&self, out: &mut TokenStream) {
        self.to_tokens(out);
    }
}

/// A value's tokens, through [`Value`]: one function for every type, where
/// `ToTokens::to_token_stream` is compiled once per type it is called on.
pub fn stream(value: &dyn Value) -> TokenStream {
    let mut out = TokenStream::new();
    value.put(&mut out);
    out
}

/// The template's tokens with the values spliced in; `span` replaces the template's own spans.
///
/// # Panics
/// If the template is not Rust tokens (it came from `stringify!` of tokens, so it is), or names a
/// value it was not given: both are bugs of the generator, never of its input.
pub fn render(template: &str, args: &[(&str, Arg<'_>)], span: Option<Span>) -> TokenStream {
    let tokens = parse(template);
    // Nothing to splice or respan: the parsed tokens are the result (a third of the templates).
    if span.is_none() && !template.contains('#') {
        return tokens;
    }
    let mut out = TokenStream::new();
    splice(tokens, &Values { args, span }, None, &mut out);
    out
}

/// A template's tokens. In a macro the compiler's lexer reads the text directly: through
/// `proc_macro2` the text was first checked by its own parser (written for any input, and built
/// without optimization in a user's debug build), a third of an expansion's time.
fn parse(template: &str) -> TokenStream {
    if proc_macro::is_available() {
        let tokens: proc_macro::TokenStream = template.parse().expect("a template is Rust tokens");
        return tokens.into();
    }
    template.parse().expect("a template is Rust tokens")
}

struct Values<'a, 'b> {
    args: &'a [(&'a str, Arg<'b>)],
    span: Option<Span>,
}

impl Values<'_, '_> {
    fn get(&self, name: &proc_macro2::Ident) -> &Arg<'_> {
        let name = name.to_string();
        match self.args.iter().find(|(n, _)| *n == name) {
            Some((_, arg)) => arg,
            None => panic!("template value `{name}` is not in the macro's lists"),
        }
    }

    /// How many times a repetition's body is written: the length of the repeated values it names.
    fn count(&self, body: &TokenStream) -> usize {
        self.repeated_len(body).expect("a repetition names a repeated value")
    }

    fn repeated_len(&self, body: &TokenStream) -> Option<usize> {
        let mut len = None;
        let mut tokens = body.clone().into_iter().peekable();
        while let Some(token) = tokens.next() {
            let found = match (&token, tokens.peek()) {
                (TokenTree::Punct(p), Some(TokenTree::Ident(name))) if p.as_char() == '#' => match self.get(name) {
                    Arg::Many(items) => Some(items.len()),
                    Arg::One(_) => None,
                },
                (TokenTree::Group(g), _) => self.repeated_len(&g.stream()),
                _ => None,
            };
            if let Some(n) = found {
                assert!(len.is_none_or(|l| l == n), "repeated values differ in length");
                len = Some(n);
            }
        }
        len
    }
}

/// Writes `tokens` to `out`, splicing values; `index` is the item of the repetition being written.
/// Returns whether `out` differs from `tokens` (a value spliced, or a span replaced): a group
/// with nothing spliced inside is kept as parsed, not rebuilt token by token, which in a macro
/// costs a round trip to the compiler per group.
fn splice(tokens: TokenStream, values: &Values<'_, '_>, index: Option<usize>, out: &mut TokenStream) -> bool {
    let mut changed = values.span.is_some();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(mut token) = tokens.next() {
        let hash = matches!(&token, TokenTree::Punct(p) if p.as_char() == '#');
        if hash {
            match tokens.peek() {
                Some(TokenTree::Ident(name)) => {
                    changed = true;
                    match (values.get(name), index) {
                        (Arg::One(value), _) => value.put(out),
                        (Arg::Many(items), Some(i)) => out.extend(items[i].clone()),
                        (Arg::Many(_), None) => panic!("`#{name}` is repeated: write it inside `#(..)*`"),
                    }
                    tokens.next();
                    continue;
                }
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    changed = true;
                    let body = g.stream();
                    tokens.next();
                    let separator = match tokens.next() {
                        Some(TokenTree::Punct(star)) if star.as_char() == '*' => None,
                        Some(separator) => {
                            let separator = alone(separator);
                            let star = tokens.next();
                            assert!(
                                matches!(&star, Some(TokenTree::Punct(s)) if s.as_char() == '*'),
                                "`#(..)` ends in `*`"
                            );
                            Some(separator)
                        }
                        None => panic!("`#(..)` ends in `*`"),
                    };
                    for i in 0..values.count(&body) {
                        match &separator {
                            Some(separator) if i > 0 => out.extend([respan(separator.clone(), values.span)]),
                            _ => {}
                        }
                        splice(body.clone(), values, Some(i), out);
                    }
                    continue;
                }
                _ => {}
            }
        }
        if let TokenTree::Group(g) = &token {
            let mut inner = TokenStream::new();
            if splice(g.stream(), values, index, &mut inner) {
                token = TokenTree::Group(Group::new(g.delimiter(), inner));
                changed = true;
            }
        }
        // A punct before a value is apart from it, as `quote!` writes it.
        if matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '#') {
            token = alone(token);
        }
        out.extend([respan(token, values.span)]);
    }
    changed
}

fn alone(token: TokenTree) -> TokenTree {
    match token {
        TokenTree::Punct(p) if p.spacing() == Spacing::Joint => {
            let mut apart = Punct::new(p.as_char(), Spacing::Alone);
            apart.set_span(p.span());
            TokenTree::Punct(apart)
        }
        token => token,
    }
}

fn respan(mut token: TokenTree, span: Option<Span>) -> TokenTree {
    if let Some(span) = span {
        token.set_span(span);
    }
    token
}

/// The one path from generated code to the runtime (status-core's `src/private.rs`): written
/// here, beside the templates, so the model's few tokens (a parent's path) need no emitter.
pub fn private() -> proc_macro2::TokenStream {
    tokens!([] [] ::status_core::__private)
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Span, TokenStream};
    use quote::{format_ident, quote, quote_spanned};

    fn same(a: &TokenStream, b: &TokenStream) {
        assert_eq!(a.to_string().replace(' ', ""), b.to_string().replace(' ', ""));
    }

    #[test]
    fn splices_as_quote_does() {
        let name = format_ident!("Teapot");
        let code = 418u16;
        let pats = vec![quote!(Self::A), quote!(Self::B)];
        let codes = [200u16, 404];
        let attrs: Vec<TokenStream> = vec![];
        let ours = tokens!([name, code] [pats, codes, attrs]
            /// Docs with "quotes" and \ backslashes.
            #(#attrs)*
            impl #name {
                const C: u16 = #code;
                fn f(&self) -> u16 { match self { #(#pats => #codes,)* } }
                fn g() -> [u16; 2] { [#(#codes),*] }
                #[inline] fn h() -> &'static str { "a\"b" }
            }
        );
        let (pats, codes) = (vec![quote!(Self::A), quote!(Self::B)], [200u16, 404]);
        let theirs = quote! {
            /// Docs with "quotes" and \ backslashes.
            impl #name {
                const C: u16 = #code;
                fn f(&self) -> u16 { match self { #(#pats => #codes,)* } }
                fn g() -> [u16; 2] { [#(#codes),*] }
                #[inline] fn h() -> &'static str { "a\"b" }
            }
        };
        same(&ours, &theirs);
    }

    #[test]
    fn nested_repetitions_and_spans() {
        let private = quote!(::status_core::__private);
        let bodies = vec![quote!(String), quote!(u8)];
        let span = Span::call_site();
        let ours = tokens_spanned!(span => [private] [bodies] S: #private::Sink #(+ #private::Body<#bodies>)*);
        let bodies = vec![quote!(String), quote!(u8)];
        let theirs = quote_spanned!(span=> S: #private::Sink #(+ #private::Body<#bodies>)*);
        same(&ours, &theirs);
        same(&tokens!([] []), &TokenStream::new());
    }

    #[test]
    #[should_panic = "not in the macro's lists"]
    fn unlisted_value_is_a_generator_bug() {
        let _ = tokens!([] [] impl #missing {});
    }
}
