//! The behaviours of issue 36, each against its own scripted server, for any client that retries
//! with [`policy`]: the tower layer and the reqwest middleware run every one of them.

use crate::{Server, reply, serve};
use status_core::retry::{Decision, Policy};
use status_core::{RetryKind, StatusCode};
use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

/// The policy every client is built with: 3 attempts, waits up to 30 s, a short backoff.
#[must_use]
pub fn policy() -> Policy {
    Policy::spec()
        .max_attempts(3)
        .max_wait(Duration::from_secs(30))
        .backoff(Duration::from_millis(10), Duration::from_millis(40))
}

/// A request to send.
#[derive(Debug, Clone)]
pub struct Call {
    /// `GET` or `POST`.
    pub method: http::Method,
    /// The server's URL.
    pub url: String,
    /// An `Idempotency-Key` to send, if any.
    pub key: Option<&'static str>,
}

/// What the client returned.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The final response's status.
    pub status: u16,
    /// The decision the client left in the final response's extensions.
    pub decision: Decision,
}

/// A client with a retry integration built on [`policy`].
pub trait Client {
    /// Sends `call` (with the body `"order 1"`), retrying as the integration decides.
    fn send(&self, call: Call) -> impl Future<Output = Outcome>;
}

fn get(server: &Server) -> Call {
    Call { method: http::Method::GET, url: server.url.clone(), key: None }
}

fn post(server: &Server, key: Option<&'static str>) -> Call {
    Call { method: http::Method::POST, url: server.url.clone(), key }
}

/// 503 with `Retry-After: 1`, then 200: one repeat, a second later, on the same connection (the
/// 503's body, 40 KiB, more than the client reads with the head, was read to its end).
pub async fn retry_after_seconds_then_ok(client: &impl Client) {
    let server = serve(vec![reply(503).header("retry-after", "1").sized(40 * 1024), reply(200)]).await;
    let outcome = client.send(get(&server)).await;
    assert_eq!((outcome.status, &outcome.decision), (200, &Decision::Done));
    let hits = server.hits();
    assert_eq!(hits.len(), 2);
    let waited = hits[1].at - hits[0].at;
    assert!(waited >= Duration::from_millis(990) && waited < Duration::from_millis(1900), "{waited:?}");
    assert_eq!(hits[0].peer, hits[1].peer, "the connection is reused");
    assert_eq!(hits[1].body, b"order 1", "the same body is sent again");
}

/// A POST that gets 503 is not repeated, and the decision cites RFC 9110, Section 9.2.2.
pub async fn post_not_repeated_without_key(client: &impl Client) {
    let server = serve(vec![reply(503).header("retry-after", "0"), reply(201)]).await;
    let outcome = client.send(post(&server, None)).await;
    assert_eq!(outcome.status, 503);
    let Decision::GiveUp { because } = &outcome.decision else { panic!("{}", outcome.decision) };
    assert!(because.to_string().contains("POST is not idempotent"), "{because}");
    assert!(because.to_string().contains("RFC 9110, Section 9.2.2"), "{because}");
    assert_eq!(server.hits().len(), 1);
}

/// The same POST with an `Idempotency-Key` is repeated.
pub async fn post_repeated_with_key(client: &impl Client) {
    let server = serve(vec![reply(503).header("retry-after", "0"), reply(201)]).await;
    let outcome = client.send(post(&server, Some("order-1"))).await;
    assert_eq!((outcome.status, &outcome.decision), (201, &Decision::Done));
    let hits = server.hits();
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|hit| hit.method == http::Method::POST && hit.body == b"order 1"));
}

/// 507 is not repeated: the registry's MUST NOT, from RFC 4918, Section 11.5.
pub async fn insufficient_storage_not_repeated(client: &impl Client) {
    let server = serve(vec![reply(507), reply(200)]).await;
    let outcome = client.send(get(&server)).await;
    assert_eq!(outcome.status, 507);
    let Decision::GiveUp { because } = &outcome.decision else { panic!("{}", outcome.decision) };
    let fact = because.fact().unwrap();
    assert_eq!((fact.kind, fact.citation.to_string()), (RetryKind::AfterUserAction, "RFC 4918, Section 11.5".into()));
    assert_eq!(because.decided_as(), Some(StatusCode::InsufficientStorage));
    assert_eq!(server.hits().len(), 1);
}

/// A `Retry-After` past `max_wait` gives up at once, without waiting `max_wait`.
pub async fn beyond_max_wait_gives_up_at_once(client: &impl Client) {
    let server = serve(vec![reply(503).header("retry-after", "3600"), reply(200)]).await;
    let start = Instant::now();
    let outcome = client.send(get(&server)).await;
    assert!(start.elapsed() < Duration::from_millis(500), "{:?}", start.elapsed());
    assert_eq!(outcome.status, 503);
    let text = outcome.decision.to_string();
    assert!(text.starts_with("give up: ") && text.contains("asks for 3600s, beyond max_wait (30s)"), "{text}");
    assert_eq!(server.hits().len(), 1);
}

/// 429 with `Retry-After` as an HTTP-date two seconds after its `Date`: the repeat arrives once
/// that date has come, not at once.
pub async fn http_date_waits_until_that_date(client: &impl Client) {
    let server = serve(vec![reply(429).retry_at(2), reply(200)]).await;
    let outcome = client.send(get(&server)).await;
    assert_eq!((outcome.status, &outcome.decision), (200, &Decision::Done));
    let hits = server.hits();
    assert_eq!(hits.len(), 2);
    let date = hits[0].retry_at.unwrap();
    assert!(hits[1].wall >= date, "the repeat came before the Retry-After date");
    let waited = hits[1].at - hits[0].at;
    assert!(waited > Duration::from_millis(990) && waited < Duration::from_millis(2900), "{waited:?}");
    assert!(date > SystemTime::UNIX_EPOCH);
}

/// A server that always answers 503: three requests in all, then the 503 with a decision that
/// says the attempts are used up.
pub async fn attempts_stop_at_max_attempts(client: &impl Client) {
    let server = serve(vec![reply(503)]).await;
    let outcome = client.send(get(&server)).await;
    assert_eq!(outcome.status, 503);
    let text = outcome.decision.to_string();
    assert!(text.ends_with("but that was attempt 3 of 3: no more attempts"), "{text}");
    assert_eq!(server.hits().len(), 3);
}

/// 421 to a POST: the decision is to repeat on another connection, whatever the method; the
/// client cannot choose its connection, so it returns the 421 with that decision.
pub async fn misdirected_is_left_to_the_caller(client: &impl Client) {
    let server = serve(vec![reply(421), reply(201)]).await;
    let outcome = client.send(post(&server, None)).await;
    assert_eq!(outcome.status, 421);
    let Decision::RetryElsewhere { because } = &outcome.decision else { panic!("{}", outcome.decision) };
    assert_eq!(because.citation().unwrap().to_string(), "RFC 9110, Section 15.5.20");
    assert_eq!(server.hits().len(), 1);
}

/// 425 to a POST: repeated at once, whatever the method, as the request is now sent outside TLS
/// early data (RFC 8470, Section 4; neither client sends early data).
pub async fn too_early_is_repeated_outside_early_data(client: &impl Client) {
    let server = serve(vec![reply(425), reply(201)]).await;
    let start = Instant::now();
    let outcome = client.send(post(&server, None)).await;
    assert_eq!((outcome.status, &outcome.decision), (201, &Decision::Done));
    assert!(start.elapsed() < Duration::from_millis(900), "{:?}", start.elapsed());
    let hits = server.hits();
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|hit| hit.method == http::Method::POST && hit.body == b"order 1"));
}

/// One `#[tokio::test]` per scenario, each with a client from `$client` (an expression building
/// a [`Client`]).
#[macro_export]
macro_rules! scenario_tests {
    ($client:expr) => {
        $crate::scenario_tests!(@each $client;
            retry_after_seconds_then_ok, post_not_repeated_without_key, post_repeated_with_key,
            insufficient_storage_not_repeated, beyond_max_wait_gives_up_at_once,
            http_date_waits_until_that_date, attempts_stop_at_max_attempts,
            misdirected_is_left_to_the_caller, too_early_is_repeated_outside_early_data);
    };
    (@each $client:expr; $($scenario:ident),*) => {
        $(
            #[tokio::test]
            async fn $scenario() {
                $crate::scenarios::$scenario(&$client).await;
            }
        )*
    };
}
