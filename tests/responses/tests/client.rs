//! The client side of the issue's contract: `GetUser` and `GetUserError`, served by a real axum
//! router over loopback (read with hyper's client) and by an actix-web `App` (its
//! `actix_web::test` responses as `axum::http::Response`s), decoded back with
//! `status_core::client::decode`: every variant round-trips to an equal value, and each failure
//! case of the issue is decoded as it says.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use axum::Router;
use axum::extract::Path;
use axum::response::IntoResponse;
use axum::routing::get;
use http_body_util::Full;
use hyper::body::Incoming;
use status_core::client::{Decoder, Remote, Status, decode};
use status_core::{StatusClass, StatusCode};
use status_responses::client::{Answer, CASES, GetUser, GetUserError, case};
use std::net::SocketAddr;

mod support;
use support::wire::serve_axum;

/// What a decoded answer is compared with: the value, or the kind of failure.
fn declared(result: Result<GetUser, Remote<GetUserError>>) -> Answer {
    match result {
        Ok(value) => Ok(value),
        Err(Remote::Declared(error)) => Err(error),
        Err(other) => panic!("not a declared answer: {other}"),
    }
}

/// Hand-made responses for the failure cases, each a route of its own.
fn raw(name: &str) -> axum::response::Response {
    let problem = |code: u16, body: &'static str| {
        let status = axum::http::StatusCode::from_u16(code).unwrap();
        (status, [("content-type", "application/problem+json")], body).into_response()
    };
    match name {
        "teapot" => problem(418, r#"{"title":"I'm a teapot","status":418}"#),
        "nginx" => (axum::http::StatusCode::from_u16(499).unwrap(), "client closed").into_response(),
        "unknown-type" => problem(500, r#"{"type":"https://example.com/problems/disk","status":500}"#),
        "no-challenge" => problem(401, r#"{"type":"about:blank","status":401}"#),
        "bad-retry" => (axum::http::StatusCode::TOO_MANY_REQUESTS, [("retry-after", "soon")]).into_response(),
        "html-429" => (axum::http::StatusCode::TOO_MANY_REQUESTS, "<h1>slow down</h1>").into_response(),
        "html-404" => (axum::http::StatusCode::NOT_FOUND, "<h1>not here</h1>").into_response(),
        "bad-member" => problem(404, r#"{"status":404,"id":"seven"}"#),
        _ => (axum::http::StatusCode::OK, [("etag", "\"v1\"")], "x".repeat(100_000)).into_response(),
    }
}

fn router() -> Router {
    Router::new()
        .route("/case/{i}", get(|Path(i): Path<usize>| async move { case(i) }))
        .route("/raw/{name}", get(|Path(name): Path<String>| async move { raw(&name) }))
}

/// One request with hyper's HTTP/1 client on a connection of its own.
async fn fetch(addr: SocketAddr, method: &str, path: &str) -> axum::http::Response<Incoming> {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await.unwrap();
    tokio::spawn(connection);
    let request = axum::http::Request::builder()
        .method(method)
        .uri(path)
        .header("host", "localhost")
        .body(String::new())
        .unwrap();
    sender.send_request(request).await.unwrap()
}

#[tokio::test]
async fn every_variant_round_trips_through_axum_and_hyper() {
    let addr = serve_axum(router());
    for i in 0..CASES {
        let response = fetch(addr, "GET", &format!("/case/{i}")).await;
        let decoded = declared(tokio::spawn(decode::<GetUser, GetUserError, _>(response)).await.unwrap());
        assert_eq!(decoded, case(i), "case {i}");
    }
}

/// Status, header fields and content of what an actix-web app answers `case(i)` with, as an
/// `axum::http::Response`.
async fn actix_answer(i: usize) -> axum::http::Response<Full<actix_web::web::Bytes>> {
    use actix_web::{App, test as actix_test, web};
    let handler = move || async move { case(i) };
    let app = actix_test::init_service(App::new().route("/", web::get().to(handler))).await;
    let response = actix_test::call_service(&app, actix_test::TestRequest::get().uri("/").to_request()).await;
    let mut out = axum::http::Response::builder().status(response.status().as_u16());
    for (name, value) in response.headers() {
        out = out.header(name.as_str(), value.as_bytes());
    }
    out.body(Full::new(actix_test::read_body(response).await)).unwrap()
}

#[actix_web::test]
async fn every_variant_round_trips_through_actix_web() {
    for i in 0..CASES {
        let decoded = declared(decode::<GetUser, GetUserError, _>(actix_answer(i).await).await);
        assert_eq!(decoded, case(i), "case {i}");
    }
}

/// The failure of decoding `/raw/{name}` (GET), which must not be a success or declared.
async fn failure(addr: SocketAddr, name: &str) -> Remote<GetUserError> {
    let response = fetch(addr, "GET", &format!("/raw/{name}")).await;
    match decode::<GetUser, GetUserError, _>(response).await {
        Err(remote @ (Remote::Undeclared(_) | Remote::Malformed(_))) => remote,
        other => panic!("{name}: {other:?}"),
    }
}

#[tokio::test]
async fn undeclared_codes_keep_their_number_class_headers_and_content() {
    let addr = serve_axum(router());
    let Remote::Undeclared(teapot) = failure(addr, "teapot").await else { panic!("418 is undeclared") };
    // 418 is registered as unused: no `StatusCode`, its number and class kept.
    assert_eq!(teapot.status(), Status::Unknown(418));
    assert_eq!(teapot.status().class(), Some(StatusClass::ClientError));
    assert_eq!(teapot.problem().and_then(|p| p.title()), Some("I'm a teapot"));
    assert_eq!(teapot.headers()["content-type"], "application/problem+json");
    assert_eq!(teapot.to_string(), "undeclared response 418 (unregistered, 4xx Client Error): I'm a teapot");

    let Remote::Undeclared(nginx) = failure(addr, "nginx").await else { panic!("499 is undeclared") };
    assert_eq!((nginx.status().code(), nginx.status().registered()), (499, None));
    assert_eq!(nginx.body(), b"client closed");
    assert!(nginx.problem().is_none());

    // A registered code neither enum declares: the router's 405 to a POST.
    let response = fetch(addr, "POST", "/case/0").await;
    let Err(Remote::Undeclared(wrong)) = decode::<GetUser, GetUserError, _>(response).await else { panic!() };
    assert_eq!(wrong.status(), Status::Registered(StatusCode::MethodNotAllowed));
    assert_eq!(wrong.headers()["allow"], "GET,HEAD");
}

#[tokio::test]
async fn a_declared_code_whose_type_matches_no_variant_is_undeclared() {
    let addr = serve_axum(router());
    let Remote::Undeclared(unexpected) = failure(addr, "unknown-type").await else { panic!("undeclared") };
    assert_eq!(unexpected.status(), Status::Registered(StatusCode::InternalServerError));
    assert_eq!(unexpected.problem().and_then(|p| p.type_uri()), Some("https://example.com/problems/disk"));
}

#[tokio::test]
async fn header_fields_that_are_missing_or_do_not_parse_are_malformed() {
    let addr = serve_axum(router());
    let Remote::Malformed(why) = failure(addr, "no-challenge").await else { panic!("malformed") };
    assert_eq!((why.status().code(), why.field()), (401, Some("challenge")));
    assert!(why.to_string().contains("www-authenticate is missing"), "{why}");

    let Remote::Malformed(why) = failure(addr, "bad-retry").await else { panic!("malformed") };
    assert_eq!((why.status().code(), why.field()), (429, Some("retry_after")));
    assert!(why.to_string().contains("retry-after does not parse"), "{why}");

    let Remote::Malformed(why) = failure(addr, "bad-member").await else { panic!("malformed") };
    assert_eq!(why.field(), Some("id"));
    assert!(why.to_string().contains("member `id` does not decode"), "{why}");
}

#[tokio::test]
async fn content_over_the_limit_is_malformed() {
    let addr = serve_axum(router());
    let response = fetch(addr, "GET", "/raw/big").await;
    let result = Decoder::with_limit(64 * 1024).decode::<GetUser, GetUserError, _>(response).await;
    let Err(Remote::Malformed(why)) = result else { panic!("over the limit: {result:?}") };
    assert!(why.is_too_large() && why.field().is_none(), "{why}");
    assert_eq!(why.to_string(), "200 OK: the content is over the limit of 65536 bytes");
}

#[tokio::test]
async fn content_that_is_no_problem_decodes_where_the_variant_needs_none() {
    let addr = serve_axum(router());
    let response = fetch(addr, "GET", "/raw/html-429").await;
    let decoded = decode::<GetUser, GetUserError, _>(response).await;
    assert_eq!(declared(decoded), Err(GetUserError::TooManyRequests { retry_after: None }));

    let Remote::Malformed(why) = failure(addr, "html-404").await else { panic!("malformed") };
    assert_eq!((why.status().code(), why.field()), (404, Some("id")));
    assert!(why.to_string().contains("not a problem"), "{why}");
}

#[tokio::test]
async fn responses_to_head_decode_where_status_and_headers_decide() {
    let addr = serve_axum(router());
    for (i, decodes) in [(0, false), (1, true), (2, false), (3, true), (5, true), (6, false)] {
        let response = fetch(addr, "HEAD", &format!("/case/{i}")).await;
        match decode::<GetUser, GetUserError, _>(response).await {
            Ok(value) => assert!(decodes && Ok(value) == case(i), "case {i}"),
            Err(Remote::Declared(error)) => assert!(decodes && Err(error) == case(i), "case {i}"),
            Err(Remote::Malformed(why)) => {
                assert!(!decodes, "case {i}: {why}");
                assert!(why.to_string().contains("content is absent"), "case {i}: {why}");
            }
            Err(Remote::Undeclared(unexpected)) => panic!("case {i}: {unexpected}"),
        }
    }
}

#[tokio::test]
async fn reqwest_responses_decode_through_response_ext() {
    use status_core::client::ResponseExt;
    let addr = serve_axum(router());
    let client = reqwest::Client::new();
    for i in 0..CASES {
        let response = client.get(format!("http://{addr}/case/{i}")).send().await.unwrap();
        assert_eq!(declared(response.decode::<GetUser, GetUserError>().await), case(i), "case {i}");
    }
    // The decoding can move to another task: its future is `Send`, as tokio::spawn asks.
    let response = client.get(format!("http://{addr}/raw/big")).send().await.unwrap();
    let decoding = response.decode_with::<GetUser, GetUserError>(Decoder::with_limit(1024));
    let result = tokio::spawn(decoding).await.unwrap();
    assert!(matches!(&result, Err(Remote::Malformed(why)) if why.is_too_large()), "{result:?}");
}
