//! `RetryMiddleware` on a reqwest client, against the scripted axum server over loopback: every
//! scenario.

use reqwest_middleware::{ClientBuilder, ClientWithMiddleware};
use status_core::retry::{Decision, RetryMiddleware};
use status_retry::scenarios::{Call, Client, Outcome, policy};

struct Reqwest(ClientWithMiddleware);

fn reqwest() -> Reqwest {
    Reqwest(ClientBuilder::new(reqwest::Client::new()).with(RetryMiddleware::new(policy())).build())
}

impl Client for Reqwest {
    async fn send(&self, call: Call) -> Outcome {
        let mut request = self.0.request(call.method, &call.url).body("order 1");
        if let Some(key) = call.key {
            request = request.header("idempotency-key", key);
        }
        let response = request.send().await.unwrap();
        let decision = response.extensions().get::<Decision>().cloned().expect("the middleware leaves its decision");
        Outcome { status: response.status().as_u16(), decision }
    }
}

status_retry::scenario_tests!(reqwest());
