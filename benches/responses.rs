//! Building a response with a subset against the hand-written equivalent a team writes today,
//! per iteration, on axum and actix-web: a 404 problem with a detail, a 201 with `Location` and
//! a JSON body, a 405 with `Allow` and a problem. Time as a ratio in one run: criterion's two
//! means, and the median of alternating rounds (the "paired ratio" the target is read from, as
//! steady as this shared machine allows); heap allocations per response (a counting global
//! allocator).
//!
//! `cargo bench --bench responses`
//!
//! Targets: time at most 1.0x, allocations at most the hand-written version's.

mod common;

use common::paired_ratio;
use criterion::Criterion;
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};
use std::alloc::System;
use std::hint::black_box;
use std::time::{Duration, SystemTime};

// The system allocator with counters (the crate holds the `unsafe` a global allocator needs;
// this workspace forbids unsafe code).
#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations of one call of `f` (see `common::allocations`).
fn allocations<T>(f: impl FnMut() -> T) -> usize {
    common::allocations(GLOBAL, f)
}

/// A user, as the 201 sends it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct User {
    id: u64,
    name: String,
}

// The bench's own types, public only so the subsets' public fields may hold them.

/// The RFC 9457 problem a team writes by hand.
#[derive(serde::Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

mod axum_cases {
    use super::{Problem, User};
    use axum::Json;
    use axum::http::{StatusCode, header};
    use axum::response::{IntoResponse, Response};

    #[status_core::subset]
    #[derive(Debug)]
    pub enum Answer {
        #[detail("no user with id {id}")]
        NotFound { id: u64 },
        Created {
            #[header("Location")]
            location: String,
            #[body]
            user: Json<User>,
        },
        MethodNotAllowed {
            #[header("Allow")]
            allow: &'static str,
        },
    }

    #[inline(never)]
    pub fn ours(case: usize, user: &User) -> Response {
        match case {
            0 => Answer::NotFound { id: 7 }.into_response(),
            1 => Answer::Created { location: format!("/users/{}", user.id), user: Json(user.clone()) }.into_response(),
            _ => Answer::MethodNotAllowed { allow: "GET, HEAD" }.into_response(),
        }
    }

    #[inline(never)]
    pub fn hand_written(case: usize, user: &User) -> Response {
        match case {
            0 => {
                let problem = Problem {
                    kind: "about:blank",
                    title: "Not Found",
                    status: 404,
                    detail: Some(format!("no user with id {}", 7)),
                };
                (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "application/problem+json")], Json(problem))
                    .into_response()
            }
            1 => (StatusCode::CREATED, [(header::LOCATION, format!("/users/{}", user.id))], Json(user.clone()))
                .into_response(),
            _ => {
                let problem = Problem { kind: "about:blank", title: "Method Not Allowed", status: 405, detail: None };
                (
                    StatusCode::METHOD_NOT_ALLOWED,
                    [(header::ALLOW, "GET, HEAD"), (header::CONTENT_TYPE, "application/problem+json")],
                    Json(problem),
                )
                    .into_response()
            }
        }
    }
}

mod actix_cases {
    use super::{Problem, User};
    use actix_web::http::{StatusCode, header};
    use actix_web::{HttpRequest, HttpResponse, Responder, web};

    #[status_core::subset]
    #[derive(Debug)]
    pub enum Answer {
        #[detail("no user with id {id}")]
        NotFound { id: u64 },
        Created {
            #[header("Location")]
            location: String,
            #[body]
            user: web::Json<User>,
        },
        MethodNotAllowed {
            #[header("Allow")]
            allow: &'static str,
        },
    }

    #[inline(never)]
    pub fn ours(case: usize, user: &User, request: &HttpRequest) -> HttpResponse {
        match case {
            0 => Answer::NotFound { id: 7 }.respond_to(request),
            1 => Answer::Created { location: format!("/users/{}", user.id), user: web::Json(user.clone()) }
                .respond_to(request),
            _ => Answer::MethodNotAllowed { allow: "GET, HEAD" }.respond_to(request),
        }
    }

    #[inline(never)]
    pub fn hand_written(case: usize, user: &User) -> HttpResponse {
        match case {
            0 => HttpResponse::build(StatusCode::NOT_FOUND).content_type("application/problem+json").json(Problem {
                kind: "about:blank",
                title: "Not Found",
                status: 404,
                detail: Some(format!("no user with id {}", 7)),
            }),
            1 => HttpResponse::build(StatusCode::CREATED)
                .insert_header((header::LOCATION, format!("/users/{}", user.id)))
                .json(user.clone()),
            _ => HttpResponse::build(StatusCode::METHOD_NOT_ALLOWED)
                .insert_header((header::ALLOW, "GET, HEAD"))
                .content_type("application/problem+json")
                .json(Problem { kind: "about:blank", title: "Method Not Allowed", status: 405, detail: None }),
        }
    }
}

const CASES: [&str; 3] = ["404 problem with detail", "201 Location + JSON body", "405 Allow + problem"];

fn main() {
    // `RESPONSES_LOOP=<case>:<count>` builds that case's four responses `count` times each and
    // exits, for an instruction count (`valgrind --tool=callgrind`, then the inclusive cost of
    // each `ours` and `hand_written`): repeatable where the times of a shared machine are not.
    if let Some(spec) = std::env::var_os("RESPONSES_LOOP") {
        let spec = spec.to_string_lossy();
        let (case, count) = spec.split_once(':').expect("RESPONSES_LOOP=<case>:<count>");
        let (case, count): (usize, usize) = (case.parse().unwrap(), count.parse().unwrap());
        let user = User { id: 7, name: "Ada".into() };
        let request = actix_web::test::TestRequest::default().to_http_request();
        for _ in 0..count {
            drop(black_box(axum_cases::ours(black_box(case), &user)));
            drop(black_box(axum_cases::hand_written(black_box(case), &user)));
            drop(black_box(actix_cases::ours(black_box(case), &user, &request)));
            drop(black_box(actix_cases::hand_written(black_box(case), &user)));
        }
        return;
    }
    let since = SystemTime::now();
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let user = User { id: 7, name: "Ada".into() };
    let request = actix_web::test::TestRequest::default().to_http_request();
    let mut rows = Vec::new();
    for (case, name) in CASES.iter().enumerate() {
        let group = format!("axum {name}");
        let mut g = c.benchmark_group(&group);
        g.bench_function("status_core", |b| b.iter(|| axum_cases::ours(black_box(case), &user)));
        g.bench_function("hand-written", |b| b.iter(|| axum_cases::hand_written(black_box(case), &user)));
        g.finish();
        let allocs =
            (allocations(|| axum_cases::ours(case, &user)), allocations(|| axum_cases::hand_written(case, &user)));
        let paired = paired_ratio(
            || axum_cases::ours(black_box(case), &user),
            || axum_cases::hand_written(black_box(case), &user),
        );
        rows.push((group, allocs, paired));

        let group = format!("actix-web {name}");
        let mut g = c.benchmark_group(&group);
        g.bench_function("status_core", |b| b.iter(|| actix_cases::ours(black_box(case), &user, &request)));
        g.bench_function("hand-written", |b| b.iter(|| actix_cases::hand_written(black_box(case), &user)));
        g.finish();
        let allocs = (
            allocations(|| actix_cases::ours(case, &user, &request)),
            allocations(|| actix_cases::hand_written(case, &user)),
        );
        let paired = paired_ratio(
            || actix_cases::ours(black_box(case), &user, &request),
            || actix_cases::hand_written(black_box(case), &user),
        );
        rows.push((group, allocs, paired));
    }
    c.final_summary();
    report(since, &rows);
}

/// A case's figures beside criterion's times: allocations ours / theirs, the paired ratio.
type Row = (String, (usize, usize), f64);

/// One row per case: times, their ratio, allocations, and whether the targets are met.
fn report(since: SystemTime, rows: &[Row]) {
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap().to_path_buf();
    let dir = std::env::var_os("CRITERION_HOME").map_or_else(|| target.join("criterion"), std::path::PathBuf::from);
    println!(
        "\n| case | status_core (ns) | hand-written (ns) | ratio | paired ratio (target 1.0x) | allocations ours / theirs | met |"
    );
    println!("|------|-----------------:|------------------:|------:|------:|------:|-----|");
    for (group, (ours_allocs, theirs_allocs), paired) in rows {
        let estimate = |function: &str| {
            let clean = |s: &str| s.replace(['?', '"', '/', '\\', '*', '<', '>', ':', '|', '^'], "_");
            let path = dir.join(clean(group)).join(function).join("new").join("estimates.json");
            if std::fs::metadata(&path).and_then(|m| m.modified()).ok()? < since {
                return None;
            }
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
            v["mean"]["point_estimate"].as_f64()
        };
        let (Some(ours), Some(theirs)) = (estimate("status_core"), estimate("hand-written")) else {
            println!("| {group} | - | - | - | - | {ours_allocs} / {theirs_allocs} | not run (filtered out) |");
            continue;
        };
        let ratio = ours / theirs;
        let met = if *paired <= 1.0 && ours_allocs <= theirs_allocs { "yes" } else { "NO" };
        println!(
            "| {group} | {ours:.0} | {theirs:.0} | {ratio:.2}x | {paired:.2}x | {ours_allocs} / {theirs_allocs} | {met} |"
        );
    }
}
