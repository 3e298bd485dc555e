//! The registry reader of status-core's generator: TOML registry text to a [`model::Registry`],
//! every problem a [`diag::Diag`] with its line and column, all at once ([`parse`]); the rules
//! across entries; files named by macro arguments and the canonical registry built
//! in ([`load`]); the vocabularies of the file's words, each defined once ([`vocab`]).
//!
//! It depends on `toml` alone, so that it builds beside syn; `status-codegen` turns the model
//! into Rust.
//!
//! ```
//! let registry = status_registry::parse(status_registry::load::CANONICAL).unwrap();
//! assert_eq!(registry.get(404).unwrap().reason, "Not Found");
//! ```

// The model is public for the generator and tools, not a documented API: no `#[must_use]`
// / `# Errors` ceremony, and its fields are described where they are not obvious.
#![allow(clippy::must_use_candidate, clippy::missing_errors_doc, clippy::missing_panics_doc, missing_docs)]
// `match` and `for` instead of `Option::map` and `Iterator::find` with closures: each closure
// compiles its own copy of the generic, and this crate is built unoptimized in every user's build
// (see `text.rs`).
#![allow(clippy::manual_map, clippy::manual_find)]

mod condition;
pub mod diag;
mod facts;
mod field;
mod fields;
pub mod load;
pub mod model;
pub mod model_facts;
mod parse;
pub mod text;
mod valid;
pub mod vocab;

pub use parse::parse;
