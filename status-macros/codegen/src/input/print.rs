//! Writing the tree of [`super`] back as tokens: the attribute forms emit the user's enum again.

use super::{Attribute, Data, DeriveInput, Field, Fields, Path, Variant};
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt};

impl ToTokens for Attribute {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

impl ToTokens for Path {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

impl ToTokens for Field {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append_all(&self.attrs);
        tokens.extend(self.vis.clone());
        if let Some(ident) = &self.ident {
            ident.to_tokens(tokens);
            tokens.append(Punct::new(':', Spacing::Alone));
        }
        tokens.extend(self.ty.clone());
    }
}

/// `items` separated by commas, in a group with this delimiter at `span`.
fn delimited<T: ToTokens>(delimiter: Delimiter, span: Span, items: &[T], tokens: &mut TokenStream) {
    let mut inner = TokenStream::new();
    for item in items {
        item.to_tokens(&mut inner);
        inner.append(Punct::new(',', Spacing::Alone));
    }
    let mut group = Group::new(delimiter, inner);
    group.set_span(span);
    tokens.append(group);
}

impl ToTokens for Fields {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Fields::Named(fields, span) => delimited(Delimiter::Brace, *span, fields, tokens),
            Fields::Unnamed(fields, span) => delimited(Delimiter::Parenthesis, *span, fields, tokens),
            Fields::Unit => {}
        }
    }
}

impl ToTokens for Variant {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append_all(&self.attrs);
        self.ident.to_tokens(tokens);
        self.fields.to_tokens(tokens);
        if let Some((eq, expr)) = &self.discriminant {
            eq.to_tokens(tokens);
            tokens.extend(expr.clone());
        }
    }
}

impl ToTokens for DeriveInput {
    /// The item without its generics (refused, and re-emitted without them so that they cause
    /// no further errors); a struct or union is not re-emitted.
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Data::Enum(data) = &self.data else { return };
        tokens.append_all(&self.attrs);
        tokens.extend(self.vis.clone());
        tokens.append(Ident::new("enum", self.ident.span()));
        self.ident.to_tokens(tokens);
        delimited(Delimiter::Brace, data.brace, &data.variants, tokens);
    }
}
