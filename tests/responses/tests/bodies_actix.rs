//! Error bodies on a real actix-web `App` (`actix_web::test`): the service's own format, RFC
//! 9457 in full, and a 4xx `#[body]`, through `Responder` and through `ResponseError` (`?`).
#![cfg(feature = "actix-web")]

use actix_web::http::{StatusCode, header};
use actix_web::test as actix_test;
use actix_web::{App, HttpResponse, Responder, ResponseError, web};
use status_core::problem::FieldErrors;
use status_responses::formats::{Account, CustomError, RegisterError, TodoError, rfc_errors};

/// Status, content type and body of what an app whose one handler returns `make()` answers.
async fn answer<T: Responder + 'static>(
    make: impl Fn() -> T + Clone + 'static,
) -> (StatusCode, Option<String>, String) {
    let handler = move || {
        let value = make();
        async move { value }
    };
    let app = actix_test::init_service(App::new().route("/", web::get().to(handler))).await;
    let response = actix_test::call_service(&app, actix_test::TestRequest::get().uri("/").to_request()).await;
    let status = response.status();
    let content_type = response.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned());
    let body = actix_test::read_body(response).await;
    (status, content_type, String::from_utf8(body.to_vec()).unwrap())
}

#[actix_web::test]
async fn a_realworld_service_keeps_its_error_format_through_question_mark() {
    let (status, content_type, body) = answer(|| -> Result<HttpResponse, RegisterError> {
        let mut errors = FieldErrors::new();
        errors.field("username", "has already been taken");
        Err(RegisterError::UnprocessableContent { errors })
    })
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(content_type.as_deref(), Some("application/json"));
    assert_eq!(body, r#"{"errors":{"username":["has already been taken"]}}"#);
}

#[actix_web::test]
async fn message_and_code_formats_on_both_paths() {
    let (_, _, body) = answer(|| TodoError::NotFound { id: 3 }).await;
    assert_eq!(body, r#"{"message":"todo 3 not found"}"#);
    let (status, _, body) =
        answer(|| -> Result<HttpResponse, CustomError> { Err(CustomError::CustomOne { error_type: "CustomOne" }) })
            .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, r#"{"code":403,"message":"custom error one","error_type":"CustomOne"}"#);
}

#[actix_web::test]
async fn rfc_9457_in_full() {
    let (status, content_type, body) = answer(|| Account::Invalid { errors: rfc_errors() }).await;
    assert_eq!((status, content_type.as_deref()), (StatusCode::UNPROCESSABLE_ENTITY, Some("application/problem+json")));
    assert_eq!(
        body,
        r##"{"type":"https://example.net/validation-error","title":"Unprocessable Content","status":422,"errors":[{"detail":"must be a positive integer","pointer":"#/age"},{"detail":"must be 'green', 'red' or 'blue'","pointer":"#/profile/color"}]}"##
    );
    let error = Account::OutOfCredit { balance: 30, price: 50, accounts: vec![], instance: "/i/1".into() };
    let response = error.error_response();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body = actix_test::read_body(actix_web::dev::ServiceResponse::new(
        actix_test::TestRequest::default().to_http_request(),
        response,
    ))
    .await;
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"type":"https://example.com/probs/out-of-credit","title":"Forbidden","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/i/1","balance":30,"cost":50,"accounts":[]}"#
    );
}

#[actix_web::test]
async fn a_body_on_a_4xx_through_responder_and_response_error() {
    let (status, content_type, body) = answer(|| Account::Plain("slow down".into(), 7)).await;
    assert_eq!(
        (status, content_type.as_deref(), body.as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("text/plain; charset=utf-8"), "slow down")
    );

    /// A JSON error body of the service's own, sent through `?`.
    #[status_core::subset]
    #[derive(Debug)]
    enum Json422 {
        UnprocessableContent(#[body] web::Json<serde_json::Value>),
    }
    let (status, content_type, body) = answer(|| -> Result<HttpResponse, Json422> {
        Err(Json422::UnprocessableContent(web::Json(serde_json::json!({"error": "bad name"}))))
    })
    .await;
    assert_eq!((status, content_type.as_deref()), (StatusCode::UNPROCESSABLE_ENTITY, Some("application/json")));
    assert_eq!(body, r#"{"error":"bad name"}"#);
}
