//! `RetryLayer` around hyper's pooled client, against the scripted axum server over loopback:
//! every scenario, then the layer's own matters (buffered bodies, bodies it cannot replay, the
//! retry budget).

use bytes::Bytes;
use http_body_util::Full;
use hyper_util::client::legacy::Client as Hyper;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use status_core::retry::{Decision, RetryLayer};
use status_retry::scenarios::{Call, Client, Outcome, policy};
use status_retry::{reply, serve};
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tower::retry::budget::TpsBudget;
use tower::{Layer, ServiceExt};

/// The layer over a hyper client whose request body (`Full<Bytes>`) is `Clone`.
struct Tower(status_core::retry::Retrying<Hyper<HttpConnector, Full<Bytes>>>);

fn tower() -> Tower {
    Tower(RetryLayer::new(policy()).layer(Hyper::builder(TokioExecutor::new()).build_http()))
}

fn outcome<B>(response: &http::Response<B>) -> Outcome {
    let decision = response.extensions().get::<Decision>().cloned().expect("the layer leaves its decision");
    Outcome { status: response.status().as_u16(), decision }
}

impl Client for Tower {
    async fn send(&self, call: Call) -> Outcome {
        let mut request = http::Request::builder().method(call.method).uri(call.url);
        if let Some(key) = call.key {
            request = request.header("idempotency-key", key);
        }
        let request = request.body(Full::new(Bytes::from_static(b"order 1"))).unwrap();
        outcome(&self.0.clone().oneshot(request).await.unwrap())
    }
}

status_retry::scenario_tests!(tower());

/// A body of unknown length: its size hint promises nothing, so it is never buffered.
struct Unsized(Option<Bytes>);

impl http_body::Body for Unsized {
    type Data = Bytes;
    type Error = Infallible;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Infallible>>> {
        Poll::Ready(self.0.take().map(|data| Ok(http_body::Frame::data(data))))
    }
}

/// With a body type that is not `Clone` (axum's), a body of known small size is buffered and
/// replayed; one of unknown size is sent once, and the decision says why.
#[tokio::test]
async fn buffered_bodies_are_replayed_and_others_sent_once() {
    let hyper = Hyper::builder(TokioExecutor::new()).build_http::<axum::body::Body>();
    let service = RetryLayer::new(policy()).buffer_bodies(1024).layer(hyper);
    let server = serve(vec![reply(503).header("retry-after", "0"), reply(201)]).await;
    let post = |body| http::Request::post(&server.url).header("idempotency-key", "k").body(body).unwrap();
    let response = service.clone().oneshot(post(axum::body::Body::from("order 1"))).await.unwrap();
    assert_eq!((response.status().as_u16(), server.hits().len()), (201, 2));
    assert!(server.hits().iter().all(|hit| hit.body == b"order 1"));

    let server = serve(vec![reply(503).header("retry-after", "0"), reply(201)]).await;
    let post = http::Request::post(&server.url).header("idempotency-key", "k");
    let body = axum::body::Body::new(Unsized(Some(Bytes::from_static(b"order 1"))));
    let response = service.oneshot(post.body(body).unwrap()).await.unwrap();
    let Outcome { status, decision } = outcome(&response);
    assert_eq!((status, server.hits().len()), (503, 1));
    assert!(decision.to_string().ends_with("but the request's body cannot be sent again (not Clone, or not buffered)"));
}

/// A budget with no room for retries: the 503 is returned at once, and the decision says so.
#[tokio::test]
async fn a_spent_budget_stops_retries() {
    let hyper = Hyper::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let layer = RetryLayer::new(policy()).budget(TpsBudget::new(Duration::from_secs(1), 0, 0.0));
    let server = serve(vec![reply(503).header("retry-after", "0"), reply(200)]).await;
    let request = http::Request::get(&server.url).body(Full::default()).unwrap();
    let response = layer.layer(hyper).oneshot(request).await.unwrap();
    let Outcome { status, decision } = outcome(&response);
    assert_eq!((status, server.hits().len()), (503, 1));
    assert!(decision.to_string().ends_with("but the retry budget is spent (tower's TpsBudget)"), "{decision}");
}
