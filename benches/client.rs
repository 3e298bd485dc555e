//! Decoding a response with `status_core::client::decode` against the hand-written code a team
//! writes today with reqwest (`match status`, `serde_json::from_slice`, a header parsed), on the
//! issue's contract: a 200 with JSON and `ETag`, a 404 problem with a member, a 429 with
//! `Retry-After`, a 500 told apart by its problem `type`. Each iteration builds the response
//! (the same for both) and decodes it; bodies are in memory, so each future is ready at once.
//! Time as criterion's means and the paired ratio; heap allocations per decode.
//!
//! `cargo bench --bench client`
//!
//! Targets: time at most 1.0x, allocations at most the hand-written version's.

mod common;

use bytes::Bytes;
use common::paired_ratio;
use criterion::Criterion;
use http_body_util::{BodyExt, Full};
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};
use status_core::client::{Remote, decode};
use std::alloc::System;
use std::hint::black_box;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

// The system allocator with counters (the crate holds the `unsafe` a global allocator needs).
#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// A user, the 200's content.
#[derive(Debug, PartialEq, serde::Deserialize)]
struct User {
    id: u64,
    name: String,
}

/// The success side.
#[status_core::subset]
#[subset(client)]
#[derive(Debug, PartialEq)]
enum GetUser {
    Ok {
        #[header("ETag")]
        etag: String,
        #[body]
        user: status_core::Json<User>,
    },
    NotModified,
}

/// The error side.
#[status_core::subset]
#[subset(client)]
#[derive(Debug, PartialEq)]
enum GetUserError {
    NotFound {
        #[extension]
        id: u64,
    },
    TooManyRequests {
        #[header("Retry-After")]
        retry_after: Option<u32>,
    },
    Unauthorized {
        #[header("WWW-Authenticate")]
        challenge: String,
    },
    #[status(500)]
    #[problem(type = "https://example.com/problems/storage")]
    Storage,
    #[status(500)]
    #[problem(type = "https://example.com/problems/upstream")]
    Upstream,
}

/// What the hand-written client decodes to: the same cases, and the two failures it tells.
#[derive(Debug, PartialEq)]
enum HandError {
    NotFound { id: u64 },
    TooManyRequests { retry_after: Option<u32> },
    Unauthorized { challenge: String },
    Storage,
    Upstream,
    Unexpected(u16, Bytes),
    Malformed(String),
}

type Response = http::Response<Full<Bytes>>;

/// The hand-written decoding: status first, then each part as that status has it.
async fn hand_written(response: Response) -> Result<GetUser, HandError> {
    let (parts, body) = response.into_parts();
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let bad = |e: &dyn std::fmt::Display| HandError::Malformed(e.to_string());
    match parts.status.as_u16() {
        304 => Ok(GetUser::NotModified),
        429 => {
            let retry_after = header("retry-after").map(str::parse).transpose().map_err(|e| bad(&e))?;
            Err(HandError::TooManyRequests { retry_after })
        }
        401 => {
            let challenge = header("www-authenticate").ok_or_else(|| bad(&"no challenge"))?.to_owned();
            Err(HandError::Unauthorized { challenge })
        }
        code => {
            let bytes = body.collect().await.map_err(|e| bad(&e))?.to_bytes();
            match code {
                200 => {
                    let etag = header("etag").ok_or_else(|| bad(&"no ETag"))?.to_owned();
                    let user = serde_json::from_slice(&bytes).map_err(|e| bad(&e))?;
                    Ok(GetUser::Ok { etag, user: status_core::Json(user) })
                }
                404 => {
                    #[derive(serde::Deserialize)]
                    struct NotFound {
                        id: u64,
                    }
                    let problem: NotFound = serde_json::from_slice(&bytes).map_err(|e| bad(&e))?;
                    Err(HandError::NotFound { id: problem.id })
                }
                500 => {
                    #[derive(serde::Deserialize)]
                    struct Typed<'a> {
                        #[serde(rename = "type", borrow)]
                        kind: Option<std::borrow::Cow<'a, str>>,
                    }
                    let problem: Typed<'_> = serde_json::from_slice(&bytes).map_err(|e| bad(&e))?;
                    match problem.kind.as_deref() {
                        Some("https://example.com/problems/storage") => Err(HandError::Storage),
                        Some("https://example.com/problems/upstream") => Err(HandError::Upstream),
                        _ => Err(HandError::Unexpected(code, bytes)),
                    }
                }
                _ => Err(HandError::Unexpected(code, bytes)),
            }
        }
    }
}

const USER: &str = r#"{"id":1,"name":"Ada Lovelace"}"#;
const NOT_FOUND: &str =
    r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no user with id 7","id":7}"#;
const UPSTREAM: &str =
    r#"{"type":"https://example.com/problems/upstream","title":"Internal Server Error","status":500}"#;

/// The response of each case, made anew (decoding consumes it).
fn response(case: usize) -> Response {
    let builder = http::Response::builder();
    let (builder, body) = match case {
        0 => (builder.status(200).header("etag", "\"v1\"").header("content-type", "application/json"), USER),
        1 => (builder.status(404).header("content-type", "application/problem+json"), NOT_FOUND),
        2 => (builder.status(429).header("retry-after", "30"), ""),
        _ => (builder.status(500).header("content-type", "application/problem+json"), UPSTREAM),
    };
    builder.body(Full::new(Bytes::from_static(body.as_bytes()))).unwrap()
}

/// The output of a future that is ready at once.
fn now<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => out,
        Poll::Pending => unreachable!("in-memory bodies are ready"),
    }
}

#[inline(never)]
fn ours(case: usize) -> Result<GetUser, Remote<GetUserError>> {
    now(decode::<GetUser, GetUserError, _>(response(case)))
}

#[inline(never)]
fn theirs(case: usize) -> Result<GetUser, HandError> {
    now(hand_written(response(case)))
}

/// Allocations of one call of `f` (see `common::allocations`).
fn allocations<T>(f: impl FnMut() -> T) -> usize {
    common::allocations(GLOBAL, f)
}

const CASES: [&str; 4] = ["200 JSON + ETag", "404 problem member", "429 Retry-After", "500 by type"];

fn main() {
    // `CLIENT_LOOP=<case>:<count>` decodes that case `count` times each way and exits, for an
    // instruction count (`valgrind --tool=callgrind`, then the inclusive cost of `ours` and
    // `theirs`): repeatable where the times of a shared machine are not.
    if let Some(spec) = std::env::var_os("CLIENT_LOOP") {
        let spec = spec.to_string_lossy();
        let (case, count) = spec.split_once(':').expect("CLIENT_LOOP=<case>:<count>");
        let (case, count): (usize, usize) = (case.parse().unwrap(), count.parse().unwrap());
        for _ in 0..count {
            drop(black_box(ours(black_box(case))));
            drop(black_box(theirs(black_box(case))));
        }
        return;
    }
    // Both decode every case to the same thing, before anything is timed.
    assert!(matches!(ours(0), Ok(GetUser::Ok { .. })));
    assert_eq!(ours(0).ok(), theirs(0).ok());
    assert!(matches!(ours(1), Err(Remote::Declared(GetUserError::NotFound { id: 7 }))));
    assert_eq!(theirs(1), Err(HandError::NotFound { id: 7 }));
    assert!(matches!(ours(2), Err(Remote::Declared(GetUserError::TooManyRequests { retry_after: Some(30) }))));
    assert!(matches!(ours(3), Err(Remote::Declared(GetUserError::Upstream))));
    assert_eq!(theirs(3), Err(HandError::Upstream));
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let mut rows = Vec::new();
    for (case, name) in CASES.iter().enumerate() {
        let group = format!("decode {name}");
        let mut g = c.benchmark_group(&group);
        g.bench_function("status_core", |b| b.iter(|| ours(black_box(case))));
        g.bench_function("hand-written", |b| b.iter(|| theirs(black_box(case))));
        g.finish();
        let allocs = (allocations(|| ours(case)), allocations(|| theirs(case)));
        let paired = paired_ratio(|| ours(black_box(case)), || theirs(black_box(case)));
        rows.push((group, allocs, paired));
    }
    c.final_summary();
    println!("\n| case | paired ratio (target 1.0x) | allocations ours / theirs | met |");
    println!("|------|------:|------:|-----|");
    for (group, (a, b), paired) in rows {
        let met = if paired <= 1.0 && a <= b { "yes" } else { "NO" };
        println!("| {group} | {paired:.2}x | {a} / {b} | {met} |");
    }
}
