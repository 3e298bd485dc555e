//! The decision as a tower retry layer (feature `tower-retry`).

use super::because::Stop;
use super::body::{Held, buffer, drain};
use super::{DRAIN_LIMIT, DRAIN_TIME, Policy, not_repeated, repeat_after};
use bytes::Bytes;
use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use http::{Request, Response};
use http_body::Body;
use std::boxed::Box;
use std::sync::Arc;
use tower::retry::budget::{Budget, TpsBudget};
use tower::util::MapResponse;
use tower::{Layer, Service};

/// What the layer's futures return on an error of the buffering mode: the inner service's or
/// the request body's error.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Replays requests whose body type is `Clone` (`Full<Bytes>`, `String`, ...): the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct CloneBodies;

/// Replays requests after buffering their body, when its size hint promises at most `limit`
/// bytes; the body type is rebuilt from the bytes (`B: From<Bytes>`, as axum's and reqwest's
/// bodies are). Any other request is sent once, and the decision on its response says why.
#[derive(Debug, Clone, Copy)]
pub struct BufferBodies {
    limit: usize,
}

/// A tower layer that repeats requests as a [`Policy`] decides, through tower's own
/// `Retry` service and retry budget.
///
/// ```
/// # async fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// use status_core::retry::{Policy, RetryLayer};
/// use tower::{ServiceBuilder, ServiceExt};
///
/// let inner = tower::service_fn(|_request: http::Request<String>| async {
///     Ok::<_, std::convert::Infallible>(http::Response::new(String::from("fine")))
/// });
/// let service = ServiceBuilder::new().layer(RetryLayer::new(Policy::spec())).service(inner);
/// let response = service.oneshot(http::Request::new(String::new())).await?;
/// assert_eq!(response.extensions().get(), Some(&status_core::retry::Decision::Done));
/// # Ok(()) }
/// ```
///
/// Every response it returns carries the last [`Decision`](super::Decision) in its extensions. It
/// repeats [`Decision::Retry`](super::Decision::Retry), and a 425's
/// [`Decision::RetryElsewhere`](super::Decision::RetryElsewhere) at once (hyper's client sends no
/// TLS early data); the other decisions, a 421's included (the layer cannot choose the connection),
/// are the caller's to act on. A response it will not return has its body read to the end when
/// small (64 KiB by default, [`drain_limit`](Self::drain_limit)), so the connection can be reused.
/// Errors of the inner service are returned as they are (hyper's client already resends a request
/// that never reached the server).
#[derive(Debug, Clone)]
pub struct RetryLayer<R = CloneBodies> {
    policy: RetryPolicy<R>,
}

impl RetryLayer {
    /// Repeats as `policy` decides, replaying requests whose body is `Clone`; with a retry budget of
    /// tower's defaults (`TpsBudget::default()`: 10 retries a second, and 20% of the requests).
    #[must_use]
    pub fn new(policy: Policy) -> Self {
        RetryLayer {
            policy: RetryPolicy {
                policy,
                budget: Arc::new(TpsBudget::default()),
                drain_limit: DRAIN_LIMIT,
                replay: CloneBodies,
                attempt: 1,
            },
        }
    }
}

impl<R> RetryLayer<R> {
    /// Draws retries from `budget`, shared by every service the layer builds.
    #[must_use]
    pub fn budget(mut self, budget: TpsBudget) -> Self {
        self.policy.budget = Arc::new(budget);
        self
    }

    /// Reads retried responses' bodies of at most `bytes` to their end (0: never).
    #[must_use]
    pub fn drain_limit(mut self, bytes: usize) -> Self {
        self.policy.drain_limit = bytes;
        self
    }

    /// Buffers request bodies of at most `limit` bytes (by their size hint) to replay them:
    /// for body types that are not `Clone` but convert from `Bytes`.
    #[must_use]
    pub fn buffer_bodies(self, limit: usize) -> RetryLayer<BufferBodies> {
        let RetryPolicy { policy, budget, drain_limit, attempt, .. } = self.policy;
        RetryLayer { policy: RetryPolicy { policy, budget, drain_limit, replay: BufferBodies { limit }, attempt } }
    }

    /// The `tower::retry::Policy` the layer uses, for a stack built with tower's own
    /// `RetryLayer` (its response body type must then be `Default`, to be taken out and read).
    #[must_use]
    pub fn policy(&self) -> RetryPolicy<R>
    where
        R: Clone,
    {
        self.policy.clone()
    }
}

impl<S, R: Clone> Layer<S> for RetryLayer<R> {
    type Service = Retrying<S, R>;

    fn layer(&self, inner: S) -> Self::Service {
        Retrying { inner, policy: self.policy.clone() }
    }
}

/// A [`Policy`] as a `tower::retry::Policy` for `http::Request<B>` services: counts the attempts
/// of one request, draws each retry from the budget, reads a retried response's small body, waits,
/// and leaves the last [`Decision`](super::Decision) in the response's extensions.
#[derive(Clone)]
pub struct RetryPolicy<R = CloneBodies> {
    policy: Policy,
    budget: Arc<TpsBudget>,
    drain_limit: usize,
    replay: R,
    attempt: u32,
}

impl<R: fmt::Debug> fmt::Debug for RetryPolicy<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("policy", &self.policy)
            .field("drain_limit", &self.drain_limit)
            .field("replay", &self.replay)
            .field("attempt", &self.attempt)
            .finish_non_exhaustive()
    }
}

impl<R> RetryPolicy<R> {
    fn on_result<B, ResB, E>(
        &mut self,
        request: &Request<B>,
        result: &mut Result<Response<ResB>, E>,
    ) -> Option<BoxFuture<()>>
    where
        ResB: Body + Default + Unpin + Send + 'static,
        ResB::Data: Send,
        ResB::Error: Send,
    {
        let Ok(response) = result else { return None };
        if self.attempt == 1 {
            self.budget.deposit();
        }
        let decision = self.policy.decide(request, &*response, self.attempt);
        let decision = match repeat_after(&decision) {
            Some(after) if self.budget.withdraw() => {
                self.attempt += 1;
                let body = core::mem::take(response.body_mut());
                let (limit, start) = (self.drain_limit, tokio::time::Instant::now());
                return Some(Box::pin(async move {
                    drain(body, limit, after.max(DRAIN_TIME)).await;
                    tokio::time::sleep_until(start + after).await;
                }));
            }
            Some(_) => not_repeated(decision, Stop::Budget),
            None => decision,
        };
        response.extensions_mut().insert(decision);
        None
    }
}

/// A copy of a request's head around another body.
fn with_body<B, C>(request: &Request<B>, body: C) -> Request<C> {
    let mut copy = Request::new(body);
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    *copy.extensions_mut() = request.extensions().clone();
    copy
}

impl<B, ResB, E> tower::retry::Policy<Request<B>, Response<ResB>, E> for RetryPolicy<CloneBodies>
where
    B: Clone,
    ResB: Body + Default + Unpin + Send + 'static,
    ResB::Data: Send,
    ResB::Error: Send,
{
    type Future = BoxFuture<()>;

    fn retry(&mut self, request: &mut Request<B>, result: &mut Result<Response<ResB>, E>) -> Option<Self::Future> {
        self.on_result(request, result)
    }

    fn clone_request(&mut self, request: &Request<B>) -> Option<Request<B>> {
        Some(with_body(request, request.body().clone()))
    }
}

/// The bytes of a buffered request body, kept in its extensions for the next attempt.
#[derive(Clone)]
struct Replay(Bytes);

impl<B, ResB, E> tower::retry::Policy<Request<B>, Response<ResB>, E> for RetryPolicy<BufferBodies>
where
    B: From<Bytes>,
    ResB: Body + Default + Unpin + Send + 'static,
    ResB::Data: Send,
    ResB::Error: Send,
{
    type Future = BoxFuture<()>;

    fn retry(&mut self, request: &mut Request<B>, result: &mut Result<Response<ResB>, E>) -> Option<Self::Future> {
        self.on_result(request, result)
    }

    fn clone_request(&mut self, request: &Request<B>) -> Option<Request<B>> {
        let Replay(bytes) = request.extensions().get::<Replay>()?;
        Some(with_body(request, B::from(bytes.clone())))
    }
}

/// The service [`RetryLayer`] builds: tower's `Retry` with a [`RetryPolicy`] around the inner
/// service, whose responses it returns with their own body type.
#[derive(Debug, Clone)]
pub struct Retrying<S, R = CloneBodies> {
    inner: S,
    policy: RetryPolicy<R>,
}

type Hold<S, ResB> = MapResponse<S, fn(Response<ResB>) -> Response<Held<ResB>>>;

fn hold<ResB>(response: Response<ResB>) -> Response<Held<ResB>> {
    response.map(|body| Held(Some(body)))
}

/// The response back with its own body: only a response the policy retried loses its body,
/// and tower's `Retry` never returns that one.
fn unhold<ResB>(response: Response<Held<ResB>>) -> Response<ResB> {
    response.map(|held| held.0.expect("only a response that is not returned has its body taken"))
}

impl<S, R> Retrying<S, R> {
    /// The inner service, ready (it was polled ready), and a clone left in its place.
    fn take_inner<ResB>(&mut self) -> tower::retry::Retry<RetryPolicy<R>, Hold<S, ResB>>
    where
        S: Clone,
        R: Clone,
    {
        let clone = self.inner.clone();
        let ready = core::mem::replace(&mut self.inner, clone);
        tower::retry::Retry::new(self.policy.clone(), MapResponse::new(ready, hold as fn(_) -> _))
    }
}

impl<S, B, ResB> Service<Request<B>> for Retrying<S, CloneBodies>
where
    S: Service<Request<B>, Response = Response<ResB>> + Clone + Send + 'static,
    S::Future: Send,
    S::Error: Send,
    B: Clone + Send + 'static,
    ResB: Body + Unpin + Send + 'static,
    ResB::Data: Send,
    ResB::Error: Send,
{
    type Response = Response<ResB>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Response<ResB>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let mut retry = self.take_inner::<ResB>();
        let future = retry.call(request);
        Box::pin(async move { future.await.map(unhold) })
    }
}

impl<S, B, ResB> Service<Request<B>> for Retrying<S, BufferBodies>
where
    S: Service<Request<B>, Response = Response<ResB>> + Clone + Send + 'static,
    S::Future: Send,
    S::Error: Into<BoxError> + Send,
    B: Body + From<Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
    ResB: Body + Unpin + Send + 'static,
    ResB::Data: Send,
    ResB::Error: Send,
{
    type Response = Response<ResB>;
    type Error = BoxError;
    type Future = BoxFuture<Result<Response<ResB>, BoxError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let mut retry = self.take_inner::<ResB>();
        let (limit, policy) = (self.policy.replay.limit, self.policy.policy.clone());
        Box::pin(async move {
            let (mut parts, body) = request.into_parts();
            let (body, once) = match buffer(body, limit).await.map_err(Into::into)? {
                Ok(bytes) => {
                    parts.extensions.insert(Replay(bytes.clone()));
                    (B::from(bytes), None)
                }
                Err(body) => (body, Some((parts.method.clone(), parts.headers.clone()))),
            };
            let response = retry.call(Request::from_parts(parts, body)).await.map_err(Into::into)?;
            let mut response = unhold(response);
            // Sent once: tower's `Retry` never asked the policy. Say what a replayable body would have got.
            if let Some((method, headers)) = once {
                let mut head = Request::new(());
                (*head.method_mut(), *head.headers_mut()) = (method, headers);
                let decision = policy.decide(&head, &response, 1);
                let decision = match repeat_after(&decision) {
                    Some(_) => not_repeated(decision, Stop::Body),
                    None => decision,
                };
                response.extensions_mut().insert(decision);
            }
            Ok(response)
        })
    }
}
