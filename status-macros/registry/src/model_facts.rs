//! The facts of a `[[status]]` entry beyond its meaning (cache, retry, sender, history, limits,
//! request), as parsed; their closed word sets are the vocabularies of [`super::model`].

use super::model::{CacheKind, Citation, Content, Header, HttpVersion, Level, Party, RetryKind};

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
    /// The lists name typical requests, not every one: nothing is concluded from them.
    pub open: bool,
    pub note: String,
    /// Where the requirement on the request is written, if not in the code's definition.
    pub citation: Option<Citation>,
}

/// Everything an entry says beyond its meaning.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Whether a response with this code carries content.
    pub content: Content,
    /// How caches treat the response, when the specification says.
    pub cache: Option<Cache>,
    pub headers: Vec<Header>,
    /// Whether and how a client may repeat the request.
    pub retry: Option<Retry>,
    /// Who sends the code, when the specification names a party.
    pub sender: Option<Sender>,
    /// Where the code was first defined.
    pub history: Option<History>,
    /// Further conditions on sending or handling the code.
    pub limits: Vec<Limit>,
    /// The request the code answers.
    pub request: Option<RequestContext>,
}
