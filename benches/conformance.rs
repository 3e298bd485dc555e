//! The conformance check's cost per exchange with field values read (`Reading::Values`, the
//! default) against the check that reads names only (`Reading::Names`, the check as it was
//! before values were read), on exchanges a service sends every day: a 200 with validators and
//! a date, a 304, a 206, a 401 challenge, a 503 with a `Retry-After` date, a redirect, a 405 and
//! a 451 with its `Link`. Request and response are built once; each iteration checks them.
//! Time as criterion's means and the paired ratio (`common::paired_ratio`).
//!
//! `cargo bench --bench conformance`
//!
//! Target: at most 2.0x with the value checks on.

mod common;

use common::paired_ratio;
use criterion::Criterion;
use http::{Request, Response};
use status_core::StatusCode;
use status_core::conformance::{Reading, check_exchange_with};
use std::hint::black_box;
use std::time::Duration;

type Exchange = (Request<()>, Response<String>);

const DATE: &str = "Mon, 07 Dec 2026 08:49:37 GMT";

fn exchange(method: &str, asked: &[(&str, &str)], code: u16, fields: &[(&str, &str)], body: &str) -> Exchange {
    let mut request = Request::builder().method(method).uri("/thing");
    for (name, value) in asked {
        request = request.header(*name, *value);
    }
    let mut response = Response::builder().status(code);
    for (name, value) in fields {
        response = response.header(*name, *value);
    }
    (request.body(()).unwrap(), response.body(body.to_owned()).unwrap())
}

fn cases() -> Vec<(&'static str, Exchange)> {
    let etag = ("etag", "\"v1\"");
    vec![
        (
            "200 with validators",
            exchange(
                "GET",
                &[],
                200,
                &[("date", DATE), etag, ("last-modified", DATE), ("vary", "Accept-Encoding"), ("content-length", "5")],
                "hello",
            ),
        ),
        ("304", exchange("GET", &[("if-none-match", "\"v1\"")], 304, &[("date", DATE), etag], "")),
        (
            "206 one range",
            exchange(
                "GET",
                &[("range", "bytes=0-4")],
                206,
                &[("date", DATE), ("content-range", "bytes 0-4/10"), etag],
                "hello",
            ),
        ),
        (
            "401 challenge",
            exchange("GET", &[], 401, &[("www-authenticate", "Bearer realm=\"api\", error=\"invalid_token\"")], ""),
        ),
        ("503 Retry-After date", exchange("GET", &[], 503, &[("retry-after", DATE), ("date", DATE)], "")),
        ("302 Location", exchange("GET", &[], 302, &[("location", "https://example.com/elsewhere?x=1")], "")),
        ("405 Allow", exchange("DELETE", &[], 405, &[("allow", "GET, HEAD, PUT")], "")),
        (
            "451 Link",
            exchange("GET", &[], 451, &[("link", "<https://blocker.example/>; rel=\"blocked-by\"")], "blocked"),
        ),
    ]
}

fn check((request, response): &Exchange, reading: Reading) -> usize {
    check_exchange_with::<StatusCode, _, _>(black_box(request), black_box(response), reading).len()
}

#[inline(never)]
fn values(exchange: &Exchange) -> usize {
    check(exchange, Reading::Values)
}

#[inline(never)]
fn names(exchange: &Exchange) -> usize {
    check(exchange, Reading::Names)
}

fn main() {
    let cases = cases();
    // `CONFORMANCE_LOOP=<case>:<count>` checks that case `count` times each way and exits, for an
    // instruction count (`valgrind --tool=callgrind`, then the inclusive cost of `values` and
    // `names`): repeatable where the times of a shared machine are not.
    if let Some(spec) = std::env::var_os("CONFORMANCE_LOOP") {
        let spec = spec.to_string_lossy();
        let (case, count) = spec.split_once(':').expect("CONFORMANCE_LOOP=<case>:<count>");
        let (case, count): (usize, usize) = (case.parse().unwrap(), count.parse().unwrap());
        for _ in 0..count {
            black_box(values(&cases[case].1));
            black_box(names(&cases[case].1));
        }
        return;
    }
    // Every case conforms both ways, so both sides do the same work but for the values.
    for (name, exchange) in &cases {
        assert_eq!((check(exchange, Reading::Values), check(exchange, Reading::Names)), (0, 0), "{name}");
    }
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let mut rows = Vec::new();
    for (name, exchange) in &cases {
        let mut g = c.benchmark_group(format!("check {name}"));
        g.bench_function("names and values", |b| b.iter(|| check(exchange, Reading::Values)));
        g.bench_function("names only", |b| b.iter(|| check(exchange, Reading::Names)));
        g.finish();
        rows.push((*name, paired_ratio(|| check(exchange, Reading::Values), || check(exchange, Reading::Names))));
    }
    let all = |reading| cases.iter().map(|(_, e)| check(e, reading)).sum::<usize>();
    let mix = paired_ratio(|| all(Reading::Values), || all(Reading::Names));
    c.final_summary();
    println!("\n| exchange | paired ratio, values on / names only (target 2.0x) | met |");
    println!("|----------|------:|-----|");
    for (name, ratio) in rows.iter().copied().chain([("all eight, one after another", mix)]) {
        println!("| {name} | {ratio:.2}x | {} |", if ratio <= 2.0 { "yes" } else { "NO" });
    }
}
