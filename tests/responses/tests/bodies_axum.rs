//! Error bodies on a real axum `Router` (`oneshot`): a service's own format, byte for byte,
//! from one declaration per enum; RFC 9457 in full; a `#[body]` on a 4xx; a member that does
//! not serialize. Exact bytes and content types.
#![cfg(feature = "axum")]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use http_body_util::BodyExt;
use status_core::problem::FieldErrors;
use status_responses::formats::{Account, CustomError, RegisterError, TodoError, Unserializable, rfc_errors};
use tower::ServiceExt;

/// Status, content type and body of what a router whose handler returns `make()` answers.
async fn answer<T: IntoResponse + 'static>(make: fn() -> T) -> (StatusCode, Option<String>, String) {
    let router = Router::new().route("/", get(move || async move { make() }));
    let response = router.oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    let (parts, body) = response.into_parts();
    let content_type = parts.headers.get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned());
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status, content_type, String::from_utf8(bytes.to_vec()).unwrap())
}

#[tokio::test]
async fn a_realworld_service_keeps_its_error_format() {
    let (status, content_type, body) = answer(|| {
        let mut errors = FieldErrors::new();
        errors.field("username", "has already been taken");
        Err::<(), _>(RegisterError::UnprocessableContent { errors })
    })
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(content_type.as_deref(), Some("application/json"));
    assert_eq!(body, r#"{"errors":{"username":["has already been taken"]}}"#);
    let (status, _, body) = answer(|| RegisterError::Unauthorized { challenge: "Token" }).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, r#"{"errors":{"body":["email or password is invalid"]}}"#);
}

#[tokio::test]
async fn message_and_code_formats_are_written_once_per_enum() {
    let (status, content_type, body) = answer(|| TodoError::NotFound { id: 3 }).await;
    assert_eq!((status, content_type.as_deref()), (StatusCode::NOT_FOUND, Some("application/json")));
    assert_eq!(body, r#"{"message":"todo 3 not found"}"#);
    let (_, _, body) = answer(|| TodoError::InternalServerError).await;
    assert_eq!(body, r#"{"message":"Internal Server Error"}"#);
    let (status, _, body) = answer(|| CustomError::CustomOne { error_type: "CustomOne" }).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, r#"{"code":403,"message":"custom error one","error_type":"CustomOne"}"#);
}

#[tokio::test]
async fn rfc_9457_extension_members_instance_and_field_errors() {
    let (status, content_type, body) = answer(|| Account::OutOfCredit {
        balance: 30,
        price: 50,
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
        instance: "/account/12345/msgs/abc".into(),
    })
    .await;
    assert_eq!((status, content_type.as_deref()), (StatusCode::FORBIDDEN, Some("application/problem+json")));
    assert_eq!(
        body,
        r#"{"type":"https://example.com/probs/out-of-credit","title":"Forbidden","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30,"cost":50,"accounts":["/account/12345","/account/67890"]}"#
    );
    let (status, _, body) = answer(|| Account::Invalid { errors: rfc_errors() }).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        r##"{"type":"https://example.net/validation-error","title":"Unprocessable Content","status":422,"errors":[{"detail":"must be a positive integer","pointer":"#/age"},{"detail":"must be 'green', 'red' or 'blue'","pointer":"#/profile/color"}]}"##
    );
}

#[tokio::test]
async fn members_are_json_escaped() {
    let (_, _, body) = answer(|| Account::Conflict { note: "a \"quoted\"\nline \\ é ✓ \u{1}".into() }).await;
    assert_eq!(
        body,
        r#"{"type":"about:blank","title":"Conflict","status":409,"note":"a \"quoted\"\nline \\ é ✓ \u0001"}"#
    );
    let parsed: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(parsed["note"], "a \"quoted\"\nline \\ é ✓ \u{1}");
}

#[test]
fn a_member_that_fails_to_serialize_is_a_500_naming_it() {
    let response = Account::Broken { value: Unserializable }.into_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let bytes = runtime.block_on(response.into_body().collect()).unwrap().to_bytes();
    let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert!(body["detail"].as_str().unwrap().contains("`value` extension member"), "{body}");
}

#[tokio::test]
async fn a_body_on_a_4xx_is_sent_instead_of_the_problem() {
    let (status, content_type, body) = answer(|| Account::Plain("slow down".into(), 7)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(content_type.as_deref(), Some("text/plain; charset=utf-8"));
    assert_eq!(body, "slow down");

    /// A JSON error body of the service's own on one variant.
    #[status_core::subset]
    #[derive(Debug)]
    enum Json422 {
        UnprocessableContent(#[body] axum::Json<serde_json::Value>),
    }
    let (status, content_type, body) =
        answer(|| Json422::UnprocessableContent(axum::Json(serde_json::json!({"error": "bad name"})))).await;
    assert_eq!((status, content_type.as_deref()), (StatusCode::UNPROCESSABLE_ENTITY, Some("application/json")));
    assert_eq!(body, r#"{"error":"bad name"}"#);
}
