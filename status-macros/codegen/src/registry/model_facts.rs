//! The facts of a `[[status]]` entry beyond its meaning (cache, retry, sender, history, limits,
//! request), as parsed; their closed word sets are the vocabularies of [`super::model`].

use super::model::{CacheKind, Citation, HttpVersion, Level, Party, RetryKind};

/// How caches treat a response with the code.
#[derive(Debug, Clone)]
pub struct Cache {
    pub kind: CacheKind,
    pub level: Option<Level>,
    pub citation: Citation,
}

/// Whether and how a client may repeat the request.
#[derive(Debug, Clone)]
pub struct Retry {
    pub kind: RetryKind,
    pub level: Option<Level>,
    pub note: String,
    pub citation: Citation,
}

/// Who sends the code, when the specification names a party.
#[derive(Debug, Clone)]
pub struct Sender {
    pub who: Party,
    pub level: Option<Level>,
    pub note: String,
    pub citation: Citation,
}

/// Where the code was first defined, and for which HTTP version.
#[derive(Debug, Clone)]
pub struct History {
    pub citation: Citation,
    /// `None` when the defining document is not about an HTTP version (418: HTCPCP).
    pub http: Option<HttpVersion>,
    pub year: u16,
}

/// A further condition on sending or handling the code.
#[derive(Debug, Clone)]
pub struct Limit {
    pub level: Option<Level>,
    pub note: String,
    pub citation: Citation,
}

/// The request a response with the code answers.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    pub methods: Vec<String>,
    pub headers: Vec<String>,
    pub note: String,
}
