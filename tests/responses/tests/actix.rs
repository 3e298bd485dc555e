//! The contract on a real actix-web `App`, driven with `actix_web::test`.
#![cfg(feature = "actix-web")]

use actix_web::http::{StatusCode, header};
use actix_web::test as actix_test;
use actix_web::{App, HttpResponse, Responder, ResponseError, web};
use status_responses::{CreateUser, GetUser, Moved, Quota, UserError};

/// Status, header fields and body of what an app whose one handler returns `make()` answers.
async fn answer<T: Responder + 'static>(
    make: impl Fn() -> T + Clone + 'static,
) -> (StatusCode, header::HeaderMap, String) {
    let handler = move || {
        let value = make();
        async move { value }
    };
    let app = actix_test::init_service(App::new().route("/", web::get().to(handler))).await;
    let response = actix_test::call_service(&app, actix_test::TestRequest::get().uri("/").to_request()).await;
    let (status, headers) = (response.status(), response.headers().clone());
    let body = actix_test::read_body(response).await;
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

/// A constructor of the response a handler returns.
type Make<T> = fn() -> T;
/// An error variant, its code, its title, and a header field it sends.
type Case = (Make<UserError>, u16, &'static str, Option<(&'static str, &'static str)>);

fn problem(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

#[actix_web::test]
async fn handlers_return_result_of_subsets() {
    let (status, headers, body) =
        answer(|| -> Result<CreateUser, UserError> { Ok(CreateUser::Created { location: "/users/7".into() }) }).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(headers.get(header::LOCATION).unwrap(), "/users/7");
    assert!(body.is_empty());

    let (status, headers, body) =
        answer(|| -> Result<CreateUser, UserError> { Err(UserError::NotFound { id: 7 }) }).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers.get(header::CONTENT_TYPE).unwrap(), "application/problem+json");
    assert_eq!(
        problem(&body),
        serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no user with id 7"})
    );
}

#[actix_web::test]
async fn every_error_variant_sends_its_status_headers_and_problem() {
    let cases: [Case; 5] = [
        (|| UserError::Gone, 410, "Gone", None),
        (|| UserError::WrongMethod { allow: "GET, HEAD" }, 405, "Method Not Allowed", Some(("allow", "GET, HEAD"))),
        (
            || UserError::Unauthorized { challenge: "Basic realm=\"users\"".into() },
            401,
            "Unauthorized",
            Some(("www-authenticate", "Basic realm=\"users\"")),
        ),
        (|| UserError::TooManyRequests { retry_after: 30 }, 429, "Too Many Requests", Some(("retry-after", "30"))),
        (|| UserError::InternalServerError, 500, "Internal Server Error", None),
    ];
    for (error, code, title, header) in cases {
        // As a `Responder`, and as the error of a `Result` (through `ResponseError`).
        let as_error = move || -> Result<HttpResponse, UserError> { Err(error()) };
        for (status, headers, body) in [answer(error).await, answer(as_error).await] {
            assert_eq!(status.as_u16(), code);
            assert_eq!(headers.get(header::CONTENT_TYPE).unwrap(), "application/problem+json");
            assert_eq!(problem(&body), serde_json::json!({"type": "about:blank", "title": title, "status": code}));
            if let Some((name, value)) = header {
                assert_eq!(headers.get(name).unwrap(), value, "{code}");
            }
        }
    }
}

#[actix_web::test]
async fn success_variants_and_bodies() {
    let (status, headers, body) = answer(|| CreateUser::NoContent).await;
    assert_eq!((status, body.as_str()), (StatusCode::NO_CONTENT, ""));
    assert!(headers.get(header::CONTENT_TYPE).is_none());
    let (status, headers, body) = answer(|| GetUser::Ok(r#"{"id":7}"#.into(), "\"v1\"".into())).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, r#"{"id":7}"#));
    assert_eq!(headers.get(header::ETAG).unwrap(), "\"v1\"");
}

#[actix_web::test]
async fn titles_types_and_custom_registries() {
    let (status, _, body) = answer(|| GetUser::WrongRegion(7, "eu-west")).await;
    assert_eq!(status.as_u16(), 421);
    assert_eq!(problem(&body)["type"], "https://example.com/problems/wrong-region");
    assert_eq!(problem(&body)["detail"], "user 7 is in another region: eu-west");
    assert_eq!(problem(&answer(|| GetUser::UnprocessableContent).await.2)["title"], "Unprocessable Content");
    let (status, headers, body) = answer(|| Quota::QuotaExceeded { used: 3, limit: 3, reset_in: 60 }).await;
    assert_eq!((status.as_u16(), headers.get("retry-after").unwrap().to_str().unwrap()), (499, "60"));
    assert_eq!(problem(&body)["title"], "Quota Exceeded");
    let (status, _, body) = answer(|| status_core::StatusCode::Conflict).await;
    assert_eq!((status, problem(&body)["status"].as_u64()), (StatusCode::CONFLICT, Some(409)));
}

#[test]
fn response_error_reports_the_status_and_survives_a_bad_header_value() {
    assert_eq!(UserError::TooManyRequests { retry_after: 1 }.status_code(), StatusCode::TOO_MANY_REQUESTS);
    let response = UserError::Unauthorized { challenge: "x\ny".into() }.error_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(response.headers().get(header::WWW_AUTHENTICATE).is_none());
    // The status line carries the registry's reason phrase.
    assert_eq!(
        GetUser::UnprocessableContent.respond_to(&actix_test::TestRequest::default().to_http_request()).head().reason(),
        "Unprocessable Content"
    );
}

#[actix_web::test]
async fn string_header_fields_moved_into_the_response_are_sent_as_borrowed_ones() {
    for (moved, code, fields, body) in Moved::cases() {
        let response = moved.respond_to(&actix_test::TestRequest::default().to_http_request());
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = actix_web::body::to_bytes(response.into_body()).await.unwrap();
        assert_eq!(status.as_u16(), code);
        for &(name, value) in &fields {
            assert_eq!(headers.get(name).unwrap(), value);
        }
        assert_eq!(headers.contains_key(header::LINK), fields.iter().any(|f| f.0 == "link"));
        assert_eq!(String::from_utf8(bytes.to_vec()).unwrap(), body);
    }
    let bad = Moved::Created { location: "/a\nb".into(), link: None, body: String::new() }
        .respond_to(&actix_test::TestRequest::default().to_http_request());
    assert_eq!(bad.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!bad.headers().contains_key(header::LOCATION));
}

/// What `body` says: the problem's `detail` (empty when it has none), or the body itself when
/// it is not a problem.
fn detail_or_body(headers: &header::HeaderMap, body: &str) -> String {
    if headers.get(header::CONTENT_TYPE).is_some_and(|t| t == "application/problem+json") {
        problem(body).get("detail").map_or_else(String::new, |d| d.as_str().unwrap().to_owned())
    } else {
        body.to_owned()
    }
}

#[actix_web::test]
async fn fixed_header_values_and_detail_arguments_are_sent() {
    use status_responses::fixed::{Api, Fresh};
    for &(make, code, fields, said) in &Api::cases() {
        // As a `Responder`, and as the error of a `Result` (`ResponseError`, from `&self`).
        let as_error = move || -> Result<HttpResponse, Api> { Err(make()) };
        for (status, headers, body) in [answer(make).await, answer(as_error).await] {
            assert_eq!(status.as_u16(), code, "{body}");
            for &(name, value) in fields {
                // Exactly one field of that name, with exactly that value.
                assert_eq!(headers.get_all(name).collect::<Vec<_>>(), [value], "{code} {name}");
            }
            assert_eq!(detail_or_body(&headers, &body), said, "{code}");
        }
    }
    for &(make, code, fields, said) in &Fresh::cases() {
        let (status, headers, body) = answer(make).await;
        assert_eq!((status.as_u16(), body.as_str()), (code, said));
        for &(name, value) in fields {
            assert_eq!(headers.get_all(name).collect::<Vec<_>>(), [value], "{code} {name}");
        }
    }
    let response = Api::Unauthorized.error_response();
    assert_eq!(response.headers().get(header::WWW_AUTHENTICATE).unwrap(), "Token");
}
