//! A `tower::Layer` that runs the conformance check on every response of a service and logs
//! the findings with `tracing`, each kind at its own level, never altering the response
//! (feature `tower`).

use super::Reading;
use super::finding::{Finding, Kind};
use alloc::boxed::Box;
use alloc::string::ToString;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use http::{Method, Request, Response};
use tracing::Level;

/// Wraps a service in [`Conformance`]: meant to stay on, in production too.
///
/// Violations are logged at `WARN`, recommendations at `INFO`, advice at `DEBUG` (target
/// `status_core::conformance`); each level can be changed, or a kind silenced with `None`.
/// Content in an answer to HEAD is not reported: the HTTP server below the layer drops it.
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use axum::{Router, routing::get};
/// use status_core::conformance::ConformanceLayer;
///
/// let layer = ConformanceLayer::new().recommendations_at(Some(tracing::Level::WARN)).advice_at(None);
/// let app: Router = Router::new().route("/", get(|| async { "hi" })).layer(layer);
/// # }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ConformanceLayer {
    levels: Levels,
    reading: Reading,
}

/// The log level of each kind of finding; `None` logs nothing of that kind.
#[derive(Debug, Clone, Copy)]
struct Levels {
    violation: Option<Level>,
    recommendation: Option<Level>,
    advice: Option<Level>,
}

impl Default for ConformanceLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl ConformanceLayer {
    /// The layer, checking by the IANA registry's rules: violations at `WARN`,
    /// recommendations at `INFO`, advice at `DEBUG`.
    #[must_use]
    pub const fn new() -> Self {
        ConformanceLayer {
            levels: Levels {
                violation: Some(Level::WARN),
                recommendation: Some(Level::INFO),
                advice: Some(Level::DEBUG),
            },
            reading: Reading::Values,
        }
    }

    /// Reads the fields' values by their grammars ([`Reading::Values`], the default) or only
    /// their names ([`Reading::Names`], the cheaper check).
    #[must_use]
    pub const fn reading(mut self, reading: Reading) -> Self {
        self.reading = reading;
        self
    }

    /// Logs violations at `level` (`None`: not at all).
    #[must_use]
    pub const fn violations_at(mut self, level: Option<Level>) -> Self {
        self.levels.violation = level;
        self
    }

    /// Logs recommendations at `level` (`None`: not at all).
    #[must_use]
    pub const fn recommendations_at(mut self, level: Option<Level>) -> Self {
        self.levels.recommendation = level;
        self
    }

    /// Logs advice at `level` (`None`: not at all).
    #[must_use]
    pub const fn advice_at(mut self, level: Option<Level>) -> Self {
        self.levels.advice = level;
        self
    }
}

impl<S> tower_layer::Layer<S> for ConformanceLayer {
    type Service = Conformance<S>;

    fn layer(&self, inner: S) -> Conformance<S> {
        Conformance { inner, levels: self.levels, reading: self.reading }
    }
}

/// The service [`ConformanceLayer`] makes: the inner service's responses, unchanged, each
/// checked as [`check_exchange`](super::check_exchange) does and every finding logged.
#[derive(Debug, Clone)]
pub struct Conformance<S> {
    inner: S,
    levels: Levels,
    reading: Reading,
}

impl<S, Q, B> tower_service::Service<Request<Q>> for Conformance<S>
where
    S: tower_service::Service<Request<Q>, Response = Response<B>>,
    S::Future: Send + 'static,
    B: http_body::Body,
{
    type Response = Response<B>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<B>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Q>) -> Self::Future {
        // What the request-dependent rules need; the request itself moves on.
        let (method, headers, uri) = (request.method().clone(), request.headers().clone(), request.uri().to_string());
        let (version, levels, reading) = (request.version(), self.levels, self.reading);
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = future.await?;
            let findings = super::rules::check_request_parts::<crate::StatusCode, B>(
                &method, &headers, version, &response, reading,
            );
            // A service's answer to HEAD is often its GET answer: the HTTP server below the layer
            // (hyper, and axum's router) sends the header section only, so that content never
            // goes out and is no finding here.
            for finding in findings.iter().filter(|f| f.problem != super::Problem::ContentToHead) {
                log(levels, &method, &uri, finding);
            }
            Ok(response)
        })
    }
}

/// One finding at the level of its kind. `tracing`'s macros take a constant level, hence one
/// arm per level.
fn log(levels: Levels, method: &Method, uri: &str, finding: &Finding) {
    let level = match finding.kind {
        Kind::Violation => levels.violation,
        Kind::Recommendation => levels.recommendation,
        Kind::Advice => levels.advice,
    };
    let Some(level) = level else { return };
    let (status, kind) = (finding.code, finding.kind);
    macro_rules! at {
        ($level:expr) => {
            tracing::event!(target: "status_core::conformance", $level, %method, uri, status, %kind, "{finding}")
        };
    }
    match level {
        Level::ERROR => at!(Level::ERROR),
        Level::WARN => at!(Level::WARN),
        Level::INFO => at!(Level::INFO),
        Level::DEBUG => at!(Level::DEBUG),
        _ => at!(Level::TRACE),
    }
}
