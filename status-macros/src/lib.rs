//! Proc macros behind [`status_core`](https://docs.rs/status-core): they read a TOML registry
//! of HTTP status codes and generate exhaustive, documented enums from it.
//!
//! Use them through `status_core`, which re-exports them, documents them in full and holds the
//! runtime the generated code refers to. Each entry point here is one line over the generator
//! library, [`status_codegen`](https://docs.rs/status-codegen).

use proc_macro::TokenStream;

/// Fills an empty enum with one variant per usable code of a registry file:
/// `#[status_core::registry(path = "status.toml")] pub enum AppStatus {}`.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    status_codegen::registry(args.into(), item.into()).into()
}

/// Turns an enum listing some codes of a registry into a checked, documented subset of it.
#[proc_macro_attribute]
pub fn subset(args: TokenStream, item: TokenStream) -> TokenStream {
    status_codegen::subset(args.into(), item.into()).into()
}

/// The derive form of [`subset`](macro@subset), for an enum that keeps its own `#[repr(u16)]`
/// and discriminants.
#[proc_macro_derive(
    Subset,
    attributes(
        status,
        subset,
        header,
        detail,
        problem,
        body,
        sent_elsewhere,
        response,
        extension,
        instance,
        errors,
        cause,
        from,
        source
    )
)]
pub fn derive_subset(item: TokenStream) -> TokenStream {
    status_codegen::derive_subset(item.into()).into()
}

/// The registry file's words on status-core's own enums (`Registration::word` ...); used once,
/// by status-core.
#[doc(hidden)]
#[proc_macro]
pub fn __vocabulary(input: TokenStream) -> TokenStream {
    status_codegen::vocabulary(input.into()).into()
}
