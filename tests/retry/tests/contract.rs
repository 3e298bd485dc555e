//! The contract of issue 36, as written: the decision on request and response heads
//! (`http::request::Parts`, `http::response::Parts`), the tower layer in a `ServiceBuilder`
//! around hyper's client, and the middleware on a reqwest client.

use bytes::Bytes;
use http_body_util::Full;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use status_core::retry::{Decision, Policy};
use std::time::Duration;

#[test]
fn the_contract_compiles_as_written() {
    let policy = Policy::spec() // the registry's facts only
        .max_attempts(4) // requests in all, the first included
        .max_wait(Duration::from_secs(30)); // a Retry-After beyond this gives up at once
    let common = Policy::common();

    let (request_head, ()) = http::Request::put("/a").body(()).unwrap().into_parts();
    let (response_head, ()) = http::Response::builder().status(502).body(()).unwrap().into_parts();
    let attempt = 1;
    let mut outcomes = Vec::new();
    for policy in [&policy, &common] {
        match policy.decide(&request_head, &response_head, attempt) {
            Decision::Done => outcomes.push("done"),
            Decision::Retry { after, because } => {
                assert!(after <= Duration::from_secs(10) && !because.to_string().is_empty());
                outcomes.push("retry");
            }
            Decision::RetryElsewhere { because: _ } => outcomes.push("elsewhere"),
            Decision::FixRequest { because: _ } => outcomes.push("fix"),
            Decision::GiveUp { because } => {
                assert!(because.to_string().contains("RFC 9110, Section 15.6.3"), "{because}");
                outcomes.push("give up");
            }
        }
    }
    // 502: nothing in the RFCs; `common` repeats it for an idempotent PUT.
    assert_eq!(outcomes, ["give up", "retry"]);

    let inner = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let svc = tower::ServiceBuilder::new().layer(status_core::retry::RetryLayer::new(policy.clone())).service(inner);
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(status_core::retry::RetryMiddleware::new(policy))
        .build();
    drop((svc, client));
}
