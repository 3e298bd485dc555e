//! The contract on a real axum `Router`, driven with `tower::ServiceExt::oneshot`.
#![cfg(feature = "axum")]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use http_body_util::BodyExt;
use status_responses::{AppStatus, CreateUser, GetUser, Moved, Quota, UserError};
use tower::ServiceExt;

/// What a router whose one handler returns `make()` answers to a GET of `/`.
async fn answer<T: IntoResponse + 'static>(make: fn() -> T) -> (StatusCode, axum::http::HeaderMap, String) {
    call(Router::new().route("/", get(move || async move { make() }))).await
}

/// Status, header fields and body of what `router` answers to a GET of `/`.
async fn call(router: Router) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router.oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status, parts.headers, String::from_utf8(bytes.to_vec()).unwrap())
}

/// A constructor of the response a handler returns.
type Make<T> = fn() -> T;
/// An error variant, its code, its title, and a header field it sends.
type Case = (Make<UserError>, u16, &'static str, Option<(&'static str, &'static str)>);

fn problem(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

#[tokio::test]
async fn handlers_return_result_of_subsets() {
    async fn created() -> Result<CreateUser, UserError> {
        Ok(CreateUser::Created { location: "/users/7".into() })
    }
    async fn missing() -> Result<CreateUser, UserError> {
        Err(UserError::NotFound { id: 7 })
    }
    let (status, headers, body) = call(Router::new().route("/", get(created))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(headers[header::LOCATION], "/users/7");
    assert!(body.is_empty() && !headers.contains_key(header::CONTENT_TYPE));

    let (status, headers, body) = call(Router::new().route("/", get(missing))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(
        problem(&body),
        serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no user with id 7"})
    );
}

#[tokio::test]
async fn every_error_variant_sends_its_status_headers_and_problem() {
    let cases: [Case; 5] = [
        (|| UserError::Gone, 410, "Gone", None),
        (|| UserError::WrongMethod { allow: "GET, HEAD" }, 405, "Method Not Allowed", Some(("allow", "GET, HEAD"))),
        (
            || UserError::Unauthorized { challenge: "Bearer realm=\"users\"".into() },
            401,
            "Unauthorized",
            Some(("www-authenticate", "Bearer realm=\"users\"")),
        ),
        (|| UserError::TooManyRequests { retry_after: 30 }, 429, "Too Many Requests", Some(("retry-after", "30"))),
        (|| UserError::InternalServerError, 500, "Internal Server Error", None),
    ];
    for (error, code, title, header) in cases {
        let (status, headers, body) = answer(error).await;
        assert_eq!(status.as_u16(), code);
        assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
        assert_eq!(problem(&body), serde_json::json!({"type": "about:blank", "title": title, "status": code}));
        if let Some((name, value)) = header {
            assert_eq!(headers[name], value, "{code}");
        }
    }
}

#[tokio::test]
async fn success_variants_without_content_have_empty_bodies() {
    let (status, headers, body) = call(Router::new().route("/", get(|| async { CreateUser::NoContent }))).await;
    assert_eq!((status, body.as_str()), (StatusCode::NO_CONTENT, ""));
    assert!(!headers.contains_key(header::CONTENT_TYPE));
    let (status, headers, body) = answer(|| GetUser::NotModified { etag: "\"v2\"".into() }).await;
    assert_eq!((status, body.as_str()), (StatusCode::NOT_MODIFIED, ""));
    assert_eq!(headers[header::ETAG], "\"v2\"");
}

#[tokio::test]
async fn a_body_field_is_the_content_of_a_success() {
    let (status, headers, body) = answer(|| GetUser::Ok(r#"{"id":7}"#.into(), "\"v1\"".into())).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, r#"{"id":7}"#));
    assert_eq!(headers[header::ETAG], "\"v1\"");
    // Content-Type is the body's own (String: text/plain).
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
}

#[tokio::test]
async fn titles_follow_rfc_9110_and_problem_types_and_tuple_details_are_sent() {
    let cases: [(Make<GetUser>, &str); 2] = [
        (|| GetUser::UnprocessableContent, "Unprocessable Content"),
        (|| GetUser::ContentTooLarge, "Content Too Large"),
    ];
    for (variant, title) in cases {
        let body = problem(&answer(variant).await.2);
        assert_eq!(body["title"], title);
    }
    let (status, _, body) = answer(|| GetUser::WrongRegion(7, "eu-west")).await;
    assert_eq!(status.as_u16(), 421);
    assert_eq!(
        problem(&body),
        serde_json::json!({
            "type": "https://example.com/problems/wrong-region",
            "title": "Misdirected Request",
            "status": 421,
            "detail": "user 7 is in another region: eu-west"
        })
    );
}

#[tokio::test]
async fn registry_enums_and_custom_registries_are_responses() {
    let (status, _, body) = call(Router::new().route("/", get(|| async { status_core::StatusCode::Conflict }))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(problem(&body)["title"], "Conflict");
    let (status, _, body) = call(Router::new().route("/", get(|| async { status_core::StatusCode::Accepted }))).await;
    assert_eq!((status, body.as_str()), (StatusCode::ACCEPTED, ""));
    let (status, _, body) = call(Router::new().route("/", get(|| async { AppStatus::QuotaExceeded }))).await;
    assert_eq!(status.as_u16(), 499);
    assert_eq!(problem(&body)["title"], "Quota Exceeded");
    let (status, headers, body) = answer(|| Quota::QuotaExceeded { used: 100, limit: 100, reset_in: 60 }).await;
    assert_eq!((status.as_u16(), &headers["retry-after"]), (499, &"60".parse::<axum::http::HeaderValue>().unwrap()));
    assert_eq!(problem(&body)["detail"], "100 of 100 calls used");
}

#[test]
fn a_header_value_that_cannot_be_sent_becomes_a_500_problem_naming_the_field() {
    let response = UserError::Unauthorized { challenge: "Bearer\r\nSet-Cookie: stolen=1".into() }.into_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!response.headers().contains_key(header::WWW_AUTHENTICATE));
    assert!(!response.headers().contains_key(header::SET_COOKIE));
    let body = futures_body(response);
    assert!(problem(&body)["detail"].as_str().unwrap().contains("`WWW-Authenticate`"), "{body}");
}

#[test]
fn the_registry_reason_phrase_rides_along_for_the_status_line() {
    let response = GetUser::UnprocessableContent.into_response();
    let phrase = response.extensions().get::<hyper::ext::ReasonPhrase>().map(|p| p.as_bytes().to_vec());
    assert_eq!(phrase.as_deref(), Some(&b"Unprocessable Content"[..]));
}

/// Variants whose `#[body]` goes first: the status and phrase are written as the sink starts.
#[status_core::subset]
#[derive(Debug)]
enum Started {
    /// A phrase of the registry's that differs from http's ("Payload Too Large").
    ContentTooLarge {
        #[header("Retry-After")]
        retry: u32,
        #[body]
        body: String,
    },
    /// A phrase http writes itself.
    Created {
        #[header("Location")]
        location: String,
        #[body]
        body: String,
    },
}

#[test]
fn a_body_first_response_carries_the_registry_phrase_only_where_http_has_another() {
    let phrase = |response: &axum::response::Response| {
        response.extensions().get::<hyper::ext::ReasonPhrase>().map(|p| p.as_bytes().to_vec())
    };
    let large = Started::ContentTooLarge { retry: 5, body: "slow down".into() }.into_response();
    assert_eq!((large.status().as_u16(), large.headers()[header::RETRY_AFTER].as_bytes()), (413, &b"5"[..]));
    assert_eq!(phrase(&large).as_deref(), Some(&b"Content Too Large"[..]));
    let created = Started::Created { location: "/users/7".into(), body: "{}".into() }.into_response();
    assert_eq!(
        (created.status(), created.headers()[header::LOCATION].as_bytes()),
        (StatusCode::CREATED, &b"/users/7"[..])
    );
    assert_eq!(phrase(&created), None);
    // A refused field: the 500 problem, without the phrase or status the sink had started with.
    let bad = Started::Created { location: "/a\rb".into(), body: String::new() }.into_response();
    assert_eq!((bad.status(), phrase(&bad)), (StatusCode::INTERNAL_SERVER_ERROR, None));
    assert!(!bad.headers().contains_key(header::LOCATION));
}

fn futures_body(response: axum::response::Response) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let bytes = runtime.block_on(response.into_body().collect()).unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn string_header_fields_moved_into_the_response_are_sent_as_borrowed_ones() {
    for (moved, code, fields, body) in Moved::cases() {
        let response = moved.into_response();
        let (parts, bytes) = response.into_parts();
        let bytes = bytes.collect().await.unwrap().to_bytes();
        assert_eq!(parts.status.as_u16(), code);
        assert_eq!(parts.headers.contains_key(header::LINK), fields.iter().any(|f| f.0 == "link"));
        for &(name, value) in &fields {
            assert_eq!(parts.headers[name], value);
        }
        assert_eq!(String::from_utf8(bytes.to_vec()).unwrap(), body);
    }
    // A value that is no field value is still refused when it is moved: the 500 problem.
    let bad = Moved::Created { location: "/a\nb".into(), link: None, body: String::new() }.into_response();
    assert_eq!(bad.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!bad.headers().contains_key(header::LOCATION));
}

/// What `body` says: the problem's `detail` (empty when it has none), or the body itself when
/// it is not a problem.
fn detail_or_body(headers: &axum::http::HeaderMap, body: &str) -> String {
    if headers.get(header::CONTENT_TYPE).is_some_and(|t| t == "application/problem+json") {
        problem(body).get("detail").map_or_else(String::new, |d| d.as_str().unwrap().to_owned())
    } else {
        body.to_owned()
    }
}

#[tokio::test]
async fn fixed_header_values_and_detail_arguments_are_sent() {
    use status_responses::fixed::{Api, Fresh};
    async fn check<T: IntoResponse + 'static>(cases: &[status_responses::fixed::Case<T>]) {
        for &(make, code, fields, said) in cases {
            let (status, headers, body) = answer(make).await;
            assert_eq!(status.as_u16(), code, "{body}");
            for &(name, value) in fields {
                // Exactly one field of that name, with exactly that value.
                let values: Vec<_> = headers.get_all(name).iter().collect();
                assert_eq!(values, [value], "{code} {name}");
            }
            assert_eq!(detail_or_body(&headers, &body), said, "{code}");
        }
    }
    check(&Api::cases()).await;
    check(&Fresh::cases()).await;
    // By value, the fixed value beside a started body and a moved `String` field.
    let created = Fresh::Created { location: "/a".into(), body: "x".into() }.into_response();
    assert_eq!(created.headers()[header::CACHE_CONTROL], "no-store");
    assert_eq!(created.headers()[header::LOCATION], "/a");
    // The 401 problem carries the challenge and no detail.
    let (_, headers, body) = answer(|| Api::Unauthorized).await;
    assert_eq!(headers[header::WWW_AUTHENTICATE], "Token");
    assert_eq!(problem(&body), serde_json::json!({"type": "about:blank", "title": "Unauthorized", "status": 401}));
}
