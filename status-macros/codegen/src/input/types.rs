//! What the generator reads of a field's type from its tokens: a generic wrapper such as
//! `Option<T>` or `Json<T>` (by any path), and whether it is text. Type aliases are not seen
//! through: the tokens are all a macro has.

use proc_macro2::{TokenStream, TokenTree};

/// The first generic argument of `ty` when it is a path whose last segment is `name`
/// (`Option<u32>`, `::core::option::Option<u32>`, `axum::Json<User>`, `Json<User, Format>`).
pub fn generic_of(ty: &TokenStream, name: &str) -> Option<TokenStream> {
    let tokens: Vec<TokenTree> = ty.clone().into_iter().collect();
    let is = |t: &TokenTree, c: char| matches!(t, TokenTree::Punct(p) if p.as_char() == c);
    let open = tokens.iter().position(|t| is(t, '<')).filter(|&i| i > 0)?;
    let close = tokens.iter().rposition(|t| is(t, '>'))?;
    let path_only = tokens[..open].iter().all(|t| matches!(t, TokenTree::Ident(_)) || is(t, ':'));
    let named = matches!(&tokens[open - 1], TokenTree::Ident(i) if i == name);
    if !(path_only && named) {
        return None;
    }
    // The first argument: up to a comma outside nested angle brackets.
    let mut depth = 0usize;
    let first = tokens[open + 1..close].iter().take_while(|t| {
        if is(t, '<') {
            depth += 1;
        } else if is(t, '>') {
            depth = depth.saturating_sub(1);
        }
        !(depth == 0 && is(t, ','))
    });
    Some(first.cloned().collect())
}

/// Whether a type is text, and which kind.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// `&'static str`: sent without a copy.
    StaticStr,
    /// `String`, by any of its paths.
    Owned,
    /// Anything else.
    Other,
}

/// The kind of text `ty` is, if any.
pub fn text_kind(ty: &TokenStream) -> Text {
    match ty.to_string().replace(' ', "").as_str() {
        "&'staticstr" => Text::StaticStr,
        "String" | "std::string::String" | "::std::string::String" | "alloc::string::String" => Text::Owned,
        _ => Text::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn wrappers_and_text_are_read_from_the_tokens() {
        let arg = |ty: TokenStream, name| generic_of(&ty, name).map(|t| t.to_string());
        assert_eq!(arg(quote!(Option<u32>), "Option").as_deref(), Some("u32"));
        assert_eq!(arg(quote!(::core::option::Option<Vec<u8>>), "Option").as_deref(), Some("Vec < u8 >"));
        assert_eq!(arg(quote!(Json<HashMap<K, V>, Format>), "Json").as_deref(), Some("HashMap < K , V >"));
        assert_eq!(arg(quote!(Vec<Option<u32>>), "Option"), None);
        assert_eq!(arg(quote!(&Option<u32>), "Option"), None);
        assert!(text_kind(&quote!(&'static str)) == Text::StaticStr);
        assert!(text_kind(&quote!(std::string::String)) == Text::Owned);
        assert!(text_kind(&quote!(u32)) == Text::Other);
    }
}
