//! The modes the attributes choose, each an enum (`serde_derive`'s way: no booleans): who writes an
//! impl, whose reason phrase, what a 5xx does with its cause. Words are read in `attr`, the model
//! holds the modes, `expand` acts on them.

/// Who implements `Display`, `core::error::Error`, the `From` of `#[from]` fields and held
/// subsets, and serde's `Serialize`/`Deserialize` (the number form, feature `serde`).
#[derive(Clone, Copy)]
pub struct ErrorImpls {
    /// `Display`.
    pub display: Provider,
    /// `core::error::Error`.
    pub error: Provider,
    /// The `From` of `#[from]` fields and held subsets.
    pub from: Provider,
    /// serde's `Serialize`.
    pub serialize: Provider,
    /// serde's `Deserialize`.
    pub deserialize: Provider,
    /// Who reads `#[from]` and `#[source]` (thiserror, a `From` derive): they stay on the
    /// emitted enum for it; otherwise they are ours, and removed.
    pub source_attrs: Provider,
    /// `displaydoc::Display` is derived: it reads the variants' docs, to which the registry's
    /// paragraphs are added, so the enum gets `#[ignore_extra_doc_attributes]`.
    pub displaydoc: bool,
}

/// Who writes one of the error impls.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// The subset macro.
    Subset,
    /// A derive beside it (thiserror, `derive_more`, displaydoc, serde).
    Derive,
    /// The user, elsewhere: `#[subset(skip(..))]` names it (a hand-written or blanket impl
    /// the macro cannot see).
    Skipped,
}

/// Whose reason phrase the status line carries: `#[subset(phrase = "..")]`, mirrored by
/// `status_core::Phrase`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PhraseMode {
    /// The registry's phrase.
    Registry,
    /// The framework's own.
    Framework,
    /// None.
    Empty,
}

/// Who reads the enum's responses: `#[subset(client)]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The server sends them; nothing decodes them (the default).
    Server,
    /// A client decodes them back into the enum too: every field travels, and variants of one
    /// code differ by their problem `type`.
    Client,
}

/// What building a 5xx response with a cause does besides keeping the error in the response's
/// extensions: `#[subset(log = "...")]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CauseLog {
    /// One `tracing` event at ERROR with the error and its `source()` chain (the default).
    Error,
    /// Nothing: a middleware logs the extension.
    Off,
}
