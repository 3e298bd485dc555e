//! Subsets as a service's error types on a real axum `Router` (`tower::ServiceExt::oneshot`):
//! the contract's handler, the cause of a 500 logged once when the response is built and kept
//! for a middleware, 4xx quiet, optional header fields, `#[detail]` from the message.
#![cfg(feature = "axum")]

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::BodyExt;
use status_core::Cause;
use status_responses::errors::{CommonError, DeriveFirst, GetUserError, Quiet, User};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

mod support;
use support::{Logged, above_debug, capture};

/// The contract's handler, reading from the directory in the state.
async fn get_user(State(dir): State<PathBuf>, Path(id): Path<u64>) -> Result<Json<User>, GetUserError> {
    if id == 0 {
        return Err(GetUserError::NotFound { id });
    }
    let raw = std::fs::read_to_string(dir.join(format!("{id}.json"))).map_err(CommonError::from)?;
    let user: User = serde_json::from_str(&raw).map_err(anyhow::Error::from).map_err(CommonError::from)?;
    Ok(Json(user))
}

/// What the middleware saw: the cause in each response's extensions, as `code: chain`.
type Seen = Arc<Mutex<Vec<String>>>;

fn router(seen: Seen) -> Router {
    Router::new()
        .route("/users/{id}", get(get_user))
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            let seen = seen.clone();
            async move {
                let response = next.run(request).await;
                if let Some(cause) = response.extensions().get::<Cause>() {
                    seen.lock().unwrap().push(format!("{}: {cause}", cause.code()));
                }
                response
            }
        }))
        .with_state(support::users_dir("axum"))
}

/// Status, headers, body and the log of one GET.
fn fetch(path: &str, seen: &Seen) -> (StatusCode, header::HeaderMap, String, Vec<Logged>) {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let request = axum::http::Request::get(path).body(Body::empty()).unwrap();
    let (response, events) = capture(|| runtime.block_on(router(seen.clone()).oneshot(request)).unwrap());
    let (parts, body) = response.into_parts();
    let bytes = runtime.block_on(body.collect()).unwrap().to_bytes();
    (parts.status, parts.headers, String::from_utf8(bytes.to_vec()).unwrap(), events)
}

#[test]
fn the_contract_handler_answers_200_404_and_500() {
    let seen = Seen::default();
    let (status, _, body, events) = fetch("/users/1", &seen);
    assert_eq!((status, body.as_str()), (StatusCode::OK, r#"{"id":1,"name":"Ada"}"#));
    assert!(events.is_empty(), "{events:?}");

    let (status, headers, body, events) = fetch("/users/0", &seen);
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(body, r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no user with id 0"}"#);
    assert!(above_debug(&events).is_empty(), "a 4xx logs nothing above DEBUG: {events:?}");
    assert!(seen.lock().unwrap().is_empty(), "a 4xx keeps no cause");
}

#[test]
fn a_500_logs_its_cause_once_with_the_chain_and_keeps_it_out_of_the_body() {
    let seen = Seen::default();
    let (status, _, body, events) = fetch("/users/3", &seen);
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(body, r#"{"type":"about:blank","title":"Internal Server Error","status":500}"#);
    let errors = above_debug(&events);
    assert_eq!(errors.len(), 1, "{events:?}");
    assert_eq!(errors[0].level, tracing::Level::ERROR);
    assert!(errors[0].text.starts_with("500 Internal Server Error: database error: "), "{}", errors[0].text);
    assert!(errors[0].text.contains("No such file"), "the chain reaches the io error: {}", errors[0].text);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert!(seen[0].starts_with("500: database error: "), "{seen:?}");
}

#[test]
fn an_anyhow_cause_is_logged_with_its_message() {
    let seen = Seen::default();
    let (status, _, body, events) = fetch("/users/2", &seen);
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!body.contains("key must be a string"), "the cause never reaches the body: {body}");
    let errors = above_debug(&events);
    assert_eq!(errors.len(), 1, "{events:?}");
    assert!(errors[0].text.contains("key must be a string"), "{}", errors[0].text);
}

#[test]
fn converting_logs_nothing_building_the_response_logs_once() {
    let (error, events) = capture(|| GetUserError::from(CommonError::from(std::io::Error::other("gone"))));
    assert!(events.is_empty(), "conversion is silent: {events:?}");
    let (response, events) = capture(|| error.into_response());
    assert_eq!(events.iter().filter(|e| e.level == tracing::Level::ERROR).count(), 1);
    let cause = response.extensions().get::<Cause>().expect("the cause is kept");
    assert!(matches!(cause.downcast_ref::<CommonError>(), Some(CommonError::Database(_))));
    assert_eq!(cause.downcast_ref::<std::io::Error>().unwrap().to_string(), "gone");
    assert_eq!(cause.chain().count(), 2);
}

#[test]
fn optional_header_fields_are_sent_when_some() {
    let response = GetUserError::TooManyRequests { retry_after: Some(5) }.into_response();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()[header::RETRY_AFTER], "5");
    let response = GetUserError::TooManyRequests { retry_after: None }.into_response();
    assert!(!response.headers().contains_key(header::RETRY_AFTER));
    let response = GetUserError::from(CommonError::Unauthorized { challenge: "Bearer" }).into_response();
    assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Bearer");
}

#[test]
fn a_bare_detail_sends_the_message_and_5xx_keep_theirs() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let body = |response: Response| {
        String::from_utf8(runtime.block_on(response.into_body().collect()).unwrap().to_bytes().to_vec()).unwrap()
    };
    assert_eq!(
        body(DeriveFirst::Conflict.into_response()),
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"the title is taken"}"#
    );
    let storage = DeriveFirst::Storage { cause: std::io::Error::other("disk"), retry_after: 9 };
    let (response, events) = capture(|| storage.into_response());
    assert_eq!(response.headers()[header::RETRY_AFTER], "9");
    assert!(!body(response).contains("storage failed"));
    assert_eq!(events.len(), 1);
}

#[test]
fn logging_is_switchable_per_enum() {
    let (response, events) = capture(|| Quiet::from(std::fmt::Error).into_response());
    assert!(events.is_empty(), "{events:?}");
    assert!(response.extensions().get::<Cause>().is_some(), "the cause is still kept");
}
