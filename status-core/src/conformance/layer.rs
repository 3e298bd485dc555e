//! A `tower::Layer` that runs the conformance check on every response of a service and logs
//! the findings with `tracing` at warn level, never altering the response (feature `tower`).

use alloc::boxed::Box;
use alloc::string::ToString;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use http::{HeaderMap, Method, Request, Response};

/// Wraps a service in [`Conformance`]: switch it on in development and integration tests.
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use axum::{Router, routing::get};
/// use status_core::conformance::ConformanceLayer;
///
/// let app: Router = Router::new().route("/", get(|| async { "hi" })).layer(ConformanceLayer::new());
/// # }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ConformanceLayer {
    _private: (),
}

impl ConformanceLayer {
    /// The layer, checking by the IANA registry's rules.
    #[must_use]
    pub const fn new() -> Self {
        ConformanceLayer { _private: () }
    }
}

impl<S> tower_layer::Layer<S> for ConformanceLayer {
    type Service = Conformance<S>;

    fn layer(&self, inner: S) -> Conformance<S> {
        Conformance { inner }
    }
}

/// The service [`ConformanceLayer`] makes: the inner service's responses, unchanged, each
/// checked as [`check_exchange`](super::check_exchange) does and every finding logged.
#[derive(Debug, Clone)]
pub struct Conformance<S> {
    inner: S,
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
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = future.await?;
            report(&method, &headers, &uri, &response);
            Ok(response)
        })
    }
}

fn report<B: http_body::Body>(method: &Method, headers: &HeaderMap, uri: &str, response: &Response<B>) {
    for finding in super::rules::check_request_parts::<crate::StatusCode, B>(method, headers, response) {
        tracing::warn!(target: "status_core::conformance", %method, uri, status = finding.code, "{finding}");
    }
}
