//! Problems in the user's code: the registry reader's [`Ctxt`] collector, holding `syn::Error`s
//! (a span each) while the macros read their input, with the methods that make them.

pub use status_registry::diag::{Ctxt, Diag, LineIndex};
use std::fmt;

/// `Ctxt<syn::Error>`'s ways of recording a problem, and of finishing as one `syn::Error`.
pub trait SynCtxt {
    /// A problem at the span of `tokens`.
    fn spanned(&self, tokens: impl quote::ToTokens, message: impl fmt::Display);
    /// A problem at `span`.
    fn at(&self, span: proc_macro2::Span, message: impl fmt::Display);
    /// The problems as one `syn::Error` (the compiler shows each at its own span).
    fn check(self) -> syn::Result<()>;
}

impl SynCtxt for Ctxt<syn::Error> {
    fn spanned(&self, tokens: impl quote::ToTokens, message: impl fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    fn at(&self, span: proc_macro2::Span, message: impl fmt::Display) {
        self.push(syn::Error::new(span, message));
    }

    fn check(self) -> syn::Result<()> {
        self.finish().map_err(|errors| {
            let mut errors = errors.into_iter();
            let mut first = errors.next().unwrap_or_else(|| syn::Error::new(proc_macro2::Span::call_site(), "error"));
            errors.for_each(|e| first.combine(e));
            first
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syn_problems_combine_into_one_error() {
        let cx = Ctxt::new();
        cx.at(proc_macro2::Span::call_site(), "first");
        cx.at(proc_macro2::Span::call_site(), "second");
        let err = cx.check().unwrap_err();
        assert_eq!(err.into_iter().count(), 2);
    }
}
