//! The item an attribute macro is applied to.

use syn::{Data, DeriveInput, Error};

/// Parses the item and checks it is an enum without generics.
pub fn enum_input(item: proc_macro2::TokenStream, macro_name: &str, what_for: &str) -> syn::Result<DeriveInput> {
    let input: DeriveInput = syn::parse2(item)?;
    let kind = match &input.data {
        Data::Enum(_) => None,
        Data::Struct(s) => Some(s.struct_token.span),
        Data::Union(u) => Some(u.union_token.span),
    };
    if let Some(span) = kind {
        return Err(Error::new(
            span,
            format!("`#[{macro_name}]` applies to enums only: write `enum {} {{ ... }}` {what_for}", input.ident),
        ));
    }
    if let Some(param) = input.generics.params.first() {
        return Err(Error::new_spanned(
            param,
            format!(
                "`#[{macro_name}]` enums cannot be generic: a status code enum is a plain `#[repr(u16)]` list of codes; remove the parameters"
            ),
        ));
    }
    if let Some(clause) = &input.generics.where_clause {
        return Err(Error::new_spanned(
            clause,
            format!("`#[{macro_name}]` enums cannot have a where clause; remove it"),
        ));
    }
    Ok(input)
}
