//! `#[detail("...", args)]` takes what thiserror's `#[error]` takes: the format string (`{0}` of a
//! tuple variant is its first field), then arguments that are Rust expressions over the
//! variant's fields, thiserror's `.field`/`.0` shorthand among them (also inside larger
//! expressions: `.0.len()`, `.name.to_uppercase()`), and `name = expr`. The shorthand is
//! rewritten to the bindings of the variant's pattern; a member the variant lacks is an error at
//! the shorthand.

use crate::ast::DetailFormat;
use crate::attr::response::Detail;
use crate::diag::{Ctxt, SynCtxt};
use crate::input::{Fields, Variant as InputVariant};
use crate::template::tokens;
use proc_macro2::{Group, Ident, Literal, Punct, Spacing, TokenStream, TokenTree};
use syn::LitStr;

/// The detail's format and arguments as the expansion writes them, with every problem in `cx`.
pub fn detail_format(detail: Detail, v: &InputVariant, bindings: &[Ident], cx: &Ctxt<syn::Error>) -> DetailFormat {
    let tuple_len = match &v.fields {
        Fields::Unnamed(fields, _) => fields.len(),
        _ => 0,
    };
    let (format, named) = tuple_fields_named(&detail.format, tuple_len);
    let rewrite = Rewrite { v, bindings, cx };
    let args = rewrite.stream(detail.args);
    let mut arg_fields = Vec::new();
    collect_bindings(&args, bindings, &mut arg_fields);
    let mut fields = arg_fields.clone();
    for name in named {
        if let Some(binding) = bindings.iter().find(|b| **b == name) {
            if !fields.contains(binding) {
                fields.push(binding.clone());
            }
        }
    }
    DetailFormat { format, args, arg_fields, fields }
}

/// What a shorthand names after its dot.
enum Member {
    /// `.name`
    Named(Ident),
    /// `.0`, with a tuple index after it when the lexer made `.0.1` a float: `1`.
    Index(usize, Option<usize>, proc_macro2::Span),
}

/// The rewriting of one detail's arguments.
struct Rewrite<'a> {
    v: &'a InputVariant,
    bindings: &'a [Ident],
    cx: &'a Ctxt<syn::Error>,
}

impl Rewrite<'_> {
    /// `tokens` with each shorthand that starts an expression replaced by its binding; groups
    /// are rewritten inside.
    fn stream(&self, tokens: TokenStream) -> TokenStream {
        let mut out = TokenStream::new();
        let mut tokens = tokens.into_iter().peekable();
        // Whether an expression may start here: a `.` then begins a shorthand, not a member
        // access or method call on what came before.
        let mut starts = true;
        while let Some(token) = tokens.next() {
            if let TokenTree::Punct(dot) = &token {
                let member = tokens.peek().and_then(member);
                if let (true, '.', Some(member)) = (starts, dot.as_char(), member) {
                    let after = tokens.next();
                    out.extend(self.binding(dot, after.as_ref(), &member));
                    starts = false;
                    continue;
                }
            }
            starts = may_start_after(&token);
            out.extend([match token {
                TokenTree::Group(group) => {
                    let mut inner = Group::new(group.delimiter(), self.stream(group.stream()));
                    inner.set_span(group.span());
                    TokenTree::Group(inner)
                }
                other => other,
            }]);
        }
        out
    }

    /// The binding a shorthand names, at the shorthand's span; an error (and the tokens as they
    /// were, so nothing else fails) when the variant has no such field.
    fn binding(&self, dot: &Punct, after: Option<&TokenTree>, member: &Member) -> TokenStream {
        let written = tokens!([dot, after] [] #dot #after);
        let found = match (&self.v.fields, member) {
            (Fields::Named(..), Member::Named(name)) => self.bindings.iter().find(|b| *b == name).map(|b| {
                let mut b = b.clone();
                b.set_span(name.span());
                tokens!([b] [] #b)
            }),
            (Fields::Unnamed(..), Member::Index(i, then, span)) if *i < self.bindings.len() => {
                let mut b = self.bindings[*i].clone();
                b.set_span(*span);
                let then = then.map(|t| {
                    let mut dot = Punct::new('.', Spacing::Alone);
                    dot.set_span(*span);
                    let mut index = Literal::usize_unsuffixed(t);
                    index.set_span(*span);
                    tokens!([dot, index] [] #dot #index)
                });
                Some(tokens!([b, then] [] #b #then))
            }
            _ => None,
        };
        found.unwrap_or_else(|| {
            self.cx.spanned(&written, self.no_such_field(member));
            written
        })
    }

    /// The error of a shorthand the variant has no field for, with the fields it has.
    fn no_such_field(&self, member: &Member) -> String {
        let ident = &self.v.ident;
        let shorthand = match member {
            Member::Named(name) => format!(".{name}"),
            Member::Index(i, _, _) => format!(".{i}"),
        };
        match &self.v.fields {
            Fields::Unit => format!(
                "`{shorthand}` names a field, and `{ident}` has none: write the value itself, or give the variant the field"
            ),
            Fields::Named(fields, _) => {
                let names: Vec<String> =
                    fields.iter().filter_map(|f| f.ident.as_ref()).map(|i| format!("`.{i}`")).collect();
                format!("`{shorthand}` names no field of `{ident}`, whose fields are {}", names.join(", "))
            }
            Fields::Unnamed(fields, _) => {
                let names: Vec<String> = (0..fields.len()).map(|i| format!("`.{i}`")).collect();
                format!(
                    "`{shorthand}` names no field of `{ident}`, a tuple variant whose fields are {}",
                    names.join(", ")
                )
            }
        }
    }
}

/// The member a shorthand's dot is followed by: a name, or a tuple index (`0`, or `0.1` as the
/// lexer makes it of `.0.1`).
fn member(token: &TokenTree) -> Option<Member> {
    match token {
        TokenTree::Ident(name) => Some(Member::Named(name.clone())),
        TokenTree::Literal(literal) => {
            let text = literal.to_string();
            let (first, then) = match text.split_once('.') {
                Some((first, then)) => (first, Some(then.parse().ok()?)),
                None => (text.as_str(), None),
            };
            // Digits only: `0u8` or `1e3` are not tuple indices.
            let index = first.bytes().all(|b| b.is_ascii_digit()).then(|| first.parse().ok()).flatten()?;
            Some(Member::Index(index, then, literal.span()))
        }
        _ => None,
    }
}

/// Whether an expression may start after `token`: after an operator or separator, or a keyword
/// that takes an expression; not after a value (a name, a literal, a group) or `?`, where a dot
/// is a member access.
fn may_start_after(token: &TokenTree) -> bool {
    const TAKE_EXPRESSIONS: [&str; 6] = ["if", "match", "while", "return", "in", "break"];
    match token {
        TokenTree::Punct(p) => !matches!(p.as_char(), '?' | '.' | '\''),
        TokenTree::Ident(ident) => TAKE_EXPRESSIONS.iter().any(|k| ident == k),
        TokenTree::Literal(_) | TokenTree::Group(_) => false,
    }
}

/// The bindings that `tokens` names, in their order, once each.
fn collect_bindings(tokens: &TokenStream, bindings: &[Ident], out: &mut Vec<Ident>) {
    for token in tokens.clone() {
        match token {
            TokenTree::Ident(ident) => {
                if let Some(b) = bindings.iter().find(|b| **b == ident) {
                    if !out.contains(b) {
                        out.push(b.clone());
                    }
                }
            }
            TokenTree::Group(group) => collect_bindings(&group.stream(), bindings, out),
            _ => {}
        }
    }
}

/// The format string with positional references to the fields of a tuple variant (`{0}`,
/// `{1:?}`, below `tuple_len`) renamed to their bindings (`{_0}`, `{_1:?}`), as thiserror reads
/// them; other positions refer to the arguments. Also the names the string captures.
fn tuple_fields_named(format: &LitStr, tuple_len: usize) -> (LitStr, Vec<String>) {
    let text = format.value();
    let mut out = String::with_capacity(text.len() + 4);
    let mut names = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..=open]);
        let escaped = rest[open + 1..].starts_with(&rest[open..=open]);
        if escaped {
            out.push_str(&rest[open..=open]);
            rest = &rest[open + 2..];
            continue;
        }
        rest = &rest[open + 1..];
        if out.ends_with('}') {
            continue;
        }
        let end = rest.find([':', '}']).unwrap_or(rest.len());
        let argument = rest[..end].trim();
        if argument.parse::<usize>().is_ok_and(|i| i < tuple_len) {
            out.push('_');
            names.push(format!("_{argument}"));
        } else if !argument.is_empty() && !argument.starts_with(|c: char| c.is_ascii_digit()) {
            names.push(argument.trim_start_matches("r#").to_owned());
        }
    }
    out.push_str(rest);
    (LitStr::new(&out, format.span()), names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::Span;

    fn named(s: &str, len: usize) -> (String, Vec<String>) {
        let (lit, names) = tuple_fields_named(&LitStr::new(s, Span::call_site()), len);
        (lit.value(), names)
    }

    #[test]
    fn positional_fields_of_tuple_variants_become_their_bindings() {
        let (text, names) = named("{0} and {1:?}, {{0}} {id} {2}", 2);
        assert_eq!(text, "{_0} and {_1:?}, {{0}} {id} {2}");
        assert_eq!(names, ["_0", "_1", "id"]);
        // Named variants have no positional fields: `{0}` is the first argument.
        assert_eq!(named("{0} }} {x:>5}", 0), ("{0} }} {x:>5}".to_owned(), vec!["x".to_owned()]));
    }

    /// The arguments rewritten for the first variant of `item`, and the problems' messages.
    fn rewritten(item: TokenStream, args: TokenStream) -> (String, Vec<String>) {
        let input: crate::input::DeriveInput = syn::parse2(item).unwrap();
        let crate::input::Data::Enum(data) = &input.data else { panic!("an enum") };
        let v = &data.variants[0];
        let bindings: Vec<Ident> = match &v.fields {
            Fields::Unnamed(fields, _) => (0..fields.len()).map(|i| quote::format_ident!("_{i}")).collect(),
            fields => fields.iter().filter_map(|f| f.ident.clone()).collect(),
        };
        let cx = Ctxt::new();
        let out = Rewrite { v, bindings: &bindings, cx: &cx }.stream(args).to_string();
        let errors = cx.check().err().into_iter().flatten().map(|e| e.to_string()).collect();
        (out, errors)
    }

    #[test]
    fn shorthand_that_starts_an_expression_becomes_the_binding() {
        let item = quote::quote!(
            enum E {
                V(String, (u8, u8)),
            }
        );
        let args = quote::quote!(.0.len(), n = .1.0 + 1, x.0, f(.0), - .1 .1, "s".len(), y?.0, if .0.is_empty() { 1 } else { 2 });
        let (out, errors) = rewritten(item, args);
        assert_eq!(
            out,
            "_0 . len () , n = _1 . 0 + 1 , x . 0 , f (_0) , - _1 . 1 , \"s\" . len () , y ? . 0 , if _0 . is_empty () { 1 } else { 2 }"
        );
        assert!(errors.is_empty(), "{errors:?}");
        let item = quote::quote!(
            enum E {
                V { count: u32, r#type: u8 },
            }
        );
        let (out, errors) = rewritten(item, quote::quote!(.count + .r#type, .cuont, .0));
        assert_eq!(out, "count + r#type , . cuont , . 0");
        assert_eq!(
            errors,
            [
                "`.cuont` names no field of `V`, whose fields are `.count`, `.r#type`",
                "`.0` names no field of `V`, whose fields are `.count`, `.r#type`"
            ]
        );
    }

    #[test]
    fn members_are_names_and_tuple_indices() {
        let lit = |s: &str| TokenTree::Literal(s.parse::<Literal>().unwrap());
        assert!(matches!(member(&lit("0")), Some(Member::Index(0, None, _))));
        assert!(matches!(member(&lit("0.1")), Some(Member::Index(0, Some(1), _))));
        assert!(member(&lit("0u8")).is_none() && member(&lit("\"s\"")).is_none());
    }
}
