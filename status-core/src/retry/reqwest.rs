//! The decision as a reqwest middleware (feature `reqwest-middleware`).

use super::because::Stop;
use super::{DRAIN_LIMIT, DRAIN_TIME, Policy, RequestHead, ResponseHead, not_repeated, repeat_after};
use core::future::Future;
use core::pin::Pin;
use core::time::Duration;
use http::Extensions;
use reqwest_middleware::Next;
use std::boxed::Box;

/// A `reqwest_middleware::Middleware` that repeats requests as a [`Policy`] decides.
///
/// ```
/// use status_core::retry::{Policy, RetryMiddleware};
///
/// let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
///     .with(RetryMiddleware::new(Policy::spec()))
///     .build();
/// ```
///
/// Every response it returns carries the last [`Decision`](super::Decision) in its extensions
/// (`response.extensions().get::<Decision>()`). It repeats
/// [`Decision::Retry`](super::Decision::Retry), and a 425's
/// [`Decision::RetryElsewhere`](super::Decision::RetryElsewhere) at once (reqwest sends no TLS
/// early data; a 421's is the caller's, as reqwest cannot choose the connection), and only a
/// request reqwest can copy (`Request::try_clone`: not a streaming body); the decision on any other
/// says why. A response it will not return has its body read to the end when small (64 KiB
/// by default), so the connection can be reused. Errors are returned as they are.
#[derive(Debug, Clone)]
pub struct RetryMiddleware {
    policy: Policy,
    drain_limit: usize,
}

impl RetryMiddleware {
    /// Repeats as `policy` decides.
    #[must_use]
    pub fn new(policy: Policy) -> Self {
        RetryMiddleware { policy, drain_limit: DRAIN_LIMIT }
    }

    /// Reads retried responses' bodies of at most `bytes` to their end (0: never).
    #[must_use]
    pub fn drain_limit(mut self, bytes: usize) -> Self {
        self.drain_limit = bytes;
        self
    }

    async fn run(
        &self,
        mut request: reqwest::Request,
        extensions: &mut Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        let mut attempt = 1;
        loop {
            let spare = request.try_clone();
            // A request that cannot be copied is decided on a copy of its head.
            let head = spare.is_none().then(|| {
                let mut head = http::Request::new(());
                (*head.method_mut(), *head.headers_mut()) = (request.method().clone(), request.headers().clone());
                head
            });
            let mut response = next.clone().run(request, extensions).await?;
            let decision = match (&spare, &head) {
                (Some(spare), _) => self.policy.decide(spare, &response, attempt),
                (None, Some(head)) => self.policy.decide(head, &response, attempt),
                (None, None) => unreachable!("a head is copied whenever the request is not"),
            };
            let decision = match (repeat_after(&decision), spare) {
                (Some(after), Some(spare)) => {
                    let start = tokio::time::Instant::now();
                    drain(response, self.drain_limit, after.max(DRAIN_TIME)).await;
                    tokio::time::sleep_until(start + after).await;
                    (request, attempt) = (spare, attempt + 1);
                    continue;
                }
                (Some(_), None) => not_repeated(decision, Stop::Body),
                (None, _) => decision,
            };
            response.extensions_mut().insert(decision);
            return Ok(response);
        }
    }
}

/// Reads a response's body to its end if it is at most `limit` bytes, within `time`.
async fn drain(mut response: reqwest::Response, limit: usize, time: Duration) {
    if response.content_length().is_some_and(|length| length > u64::try_from(limit).unwrap_or(u64::MAX)) {
        return;
    }
    let read = async {
        let mut read = 0usize;
        while let Ok(Some(chunk)) = response.chunk().await {
            read = read.saturating_add(chunk.len());
            if read > limit {
                return;
            }
        }
    };
    let _ = tokio::time::timeout(time, read).await;
}

impl reqwest_middleware::Middleware for RetryMiddleware {
    // `async_trait`'s form of `async fn handle(&self, req, extensions, next)`, written out.
    fn handle<'life0, 'life1, 'life2, 'async_trait>(
        &'life0 self,
        req: reqwest::Request,
        extensions: &'life1 mut Extensions,
        next: Next<'life2>,
    ) -> Pin<Box<dyn Future<Output = reqwest_middleware::Result<reqwest::Response>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        'life1: 'async_trait,
        'life2: 'async_trait,
        Self: 'async_trait,
    {
        Box::pin(self.run(req, extensions, next))
    }
}

impl RequestHead for reqwest::Request {
    fn method(&self) -> &http::Method {
        self.method()
    }
    fn headers(&self) -> &http::HeaderMap {
        self.headers()
    }
}

impl ResponseHead for reqwest::Response {
    fn status(&self) -> http::StatusCode {
        self.status()
    }
    fn headers(&self) -> &http::HeaderMap {
        self.headers()
    }
}
