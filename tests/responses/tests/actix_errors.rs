//! Subsets as a service's error types on a real actix-web `App` (`actix_web::test`): the
//! contract's handler through `ResponseError`, the cause of a 500 logged once when the
//! response is built, 4xx quiet, the cause kept for a middleware, optional header fields.
#![cfg(feature = "actix-web")]

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::{Next, from_fn};
use actix_web::test as actix_test;
use actix_web::{App, HttpResponse, Responder, ResponseError, web};
use status_core::Cause;
use status_responses::errors::{CommonError, GetUserError, User};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

mod support;
use support::{Logged, above_debug, capture};

/// The contract's handler on actix-web.
async fn get_user(dir: web::Data<PathBuf>, id: web::Path<u64>) -> Result<web::Json<User>, GetUserError> {
    let id = id.into_inner();
    if id == 0 {
        return Err(GetUserError::NotFound { id });
    }
    let raw = std::fs::read_to_string(dir.join(format!("{id}.json"))).map_err(CommonError::from)?;
    let user: User = serde_json::from_str(&raw).map_err(anyhow::Error::from).map_err(CommonError::from)?;
    Ok(web::Json(user))
}

/// The error a middleware sees: actix-web keeps a `ResponseError` in `HttpResponse::error()`.
type Seen = Arc<Mutex<Vec<String>>>;

async fn record(
    seen: Seen,
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let response = next.call(request).await?;
    if let Some(e) = response.response().error().and_then(|error| error.as_error::<GetUserError>()) {
        seen.lock().unwrap().push(format!("{}: {e}", e.code()));
    }
    Ok(response)
}

/// Status, headers, body and the log of one GET.
fn fetch(path: &str, seen: &Seen) -> (StatusCode, header::HeaderMap, String, Vec<Logged>) {
    let seen = seen.clone();
    let path = path.to_owned();
    let ((status, headers, body), events) = capture(move || {
        actix_web::rt::System::new().block_on(async move {
            let app = App::new()
                .app_data(web::Data::new(support::users_dir("actix")))
                .wrap(from_fn(move |request, next| record(seen.clone(), request, next)))
                .route("/users/{id}", web::get().to(get_user));
            let app = actix_test::init_service(app).await;
            let response = actix_test::call_service(&app, actix_test::TestRequest::get().uri(&path).to_request()).await;
            let (status, headers) = (response.status(), response.headers().clone());
            let body = actix_test::read_body(response).await;
            (status, headers, String::from_utf8(body.to_vec()).unwrap())
        })
    });
    (status, headers, body, events)
}

#[test]
fn the_contract_handler_answers_200_404_and_500() {
    let seen = Seen::default();
    let (status, _, body, events) = fetch("/users/1", &seen);
    assert_eq!((status, body.as_str()), (StatusCode::OK, r#"{"id":1,"name":"Ada"}"#));
    assert!(above_debug(&events).is_empty(), "{events:?}");

    let (status, headers, body, events) = fetch("/users/0", &seen);
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers.get(header::CONTENT_TYPE).unwrap(), "application/problem+json");
    assert_eq!(body, r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no user with id 0"}"#);
    assert!(above_debug(&events).is_empty(), "a 4xx logs nothing above DEBUG: {events:?}");

    let (status, _, body, events) = fetch("/users/3", &seen);
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(body, r#"{"type":"about:blank","title":"Internal Server Error","status":500}"#);
    let errors = above_debug(&events);
    assert_eq!(errors.len(), 1, "logged once: {events:?}");
    assert_eq!(errors[0].level, tracing::Level::ERROR);
    assert!(errors[0].text.starts_with("500 Internal Server Error: database error: "), "{}", errors[0].text);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.as_slice(), ["404: no user with id 0", "500: database error"]);
}

#[test]
fn the_responder_path_keeps_the_cause_in_the_extensions() {
    let request = actix_test::TestRequest::default().to_http_request();
    let error = GetUserError::from(CommonError::from(std::io::Error::other("gone")));
    let (response, events): (HttpResponse, _) = capture(|| error.respond_to(&request));
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(events.len(), 1);
    let extensions = response.extensions();
    let cause = extensions.get::<Cause>().expect("kept");
    assert_eq!(cause.downcast_ref::<std::io::Error>().unwrap().to_string(), "gone");
}

#[test]
fn optional_header_fields_are_sent_when_some() {
    let response = GetUserError::TooManyRequests { retry_after: Some(5) }.error_response();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers().get(header::RETRY_AFTER).unwrap(), "5");
    let response = GetUserError::TooManyRequests { retry_after: None }.error_response();
    assert!(response.headers().get(header::RETRY_AFTER).is_none());
    assert_eq!(GetUserError::from(CommonError::Unauthorized { challenge: "Bearer" }).status_code(), 401);
}
