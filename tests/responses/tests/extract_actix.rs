//! `status_core::actix`'s extractor configs, default service and error-body middleware on a
//! real actix-web `App` (`actix_web::test`): each extractor error is an error body with
//! actix-web's status and text, the registry's title, in RFC 9457 or in the service's own
//! format; the app's 404 and a resource's 405 (with actix-web's `Allow`) too; and the configs
//! with a service's own statuses.
#![cfg(feature = "actix-web")]

use actix_web::error::JsonPayloadError;
use actix_web::http::{StatusCode, header};
use actix_web::middleware::from_fn;
use actix_web::test as actix_test;
use actix_web::{App, HttpResponse, web};
use serde::Deserialize;
use status_core::problem::{ErrorFormat, Problem, Rfc9457};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Role {
    Admin,
}

#[derive(Debug, Deserialize)]
struct NewUser {
    name: String,
    #[allow(dead_code)]
    role: Role,
}

#[derive(Deserialize)]
struct Search {
    page: u32,
}

#[derive(Deserialize)]
struct Login {
    name: String,
}

/// `{"message": ...}` as `application/json`: a service's own format.
struct Message;

impl ErrorFormat for Message {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        out.push_str(&serde_json::json!({ "message": problem.detail().unwrap_or(problem.title()) }).to_string());
        Some("application/json")
    }
}

async fn create(user: web::Json<NewUser>) -> String {
    user.into_inner().name
}

async fn show(id: web::Path<u64>) -> String {
    format!("user {id}")
}

async fn search(search: web::Query<Search>) -> String {
    format!("page {}", search.page)
}

async fn login(login: web::Form<Login>) -> String {
    format!("hello {}", login.name)
}

struct Answer {
    status: StatusCode,
    reason: Option<&'static str>,
    headers: header::HeaderMap,
    body: String,
}

#[derive(Clone, Copy)]
enum Setup {
    /// `status_core::actix` in RFC 9457.
    Problems,
    /// `status_core::actix` in `Message`.
    Messages,
    /// actix-web alone.
    Plain,
}

/// The service's routes, one request, the answer.
fn call(setup: Setup, method: &str, uri: &str, content_type: Option<&str>, body: &str) -> Answer {
    let mut request = actix_test::TestRequest::default().method(method.parse().unwrap()).uri(uri);
    if let Some(content_type) = content_type {
        request = request.insert_header((header::CONTENT_TYPE, content_type));
    }
    let request = request.set_payload(body.to_owned()).to_request();
    actix_web::rt::System::new().block_on(async move {
        let routes = |config: &mut web::ServiceConfig| {
            config
                .service(web::resource("/users").route(web::post().to(create)))
                .service(web::resource("/users/{id}").get(show).delete(HttpResponse::NoContent))
                .service(web::resource("/search").get(search))
                .service(web::resource("/login").post(login))
                .route("/one-method", web::get().to(HttpResponse::Ok))
                .route("/empty-400", web::get().to(HttpResponse::BadRequest));
        };
        let response = match setup {
            Setup::Problems => {
                let app = App::new()
                    .configure(status_core::actix::extractors)
                    .wrap(from_fn(status_core::actix::error_bodies))
                    .configure(routes)
                    .default_service(web::to(status_core::actix::not_found));
                let app = actix_test::init_service(app).await;
                actix_test::call_service(&app, request).await.map_into_boxed_body()
            }
            Setup::Messages => {
                let app = App::new()
                    .configure(status_core::actix::extractors_in::<Message>)
                    .wrap(from_fn(status_core::actix::error_bodies_in::<Message>))
                    .configure(routes)
                    .default_service(web::to(status_core::actix::not_found_in::<Message>));
                let app = actix_test::init_service(app).await;
                actix_test::call_service(&app, request).await.map_into_boxed_body()
            }
            Setup::Plain => {
                let app = actix_test::init_service(App::new().configure(routes)).await;
                actix_test::call_service(&app, request).await.map_into_boxed_body()
            }
        };
        let (status, reason, headers) =
            (response.status(), response.response().head().reason, response.headers().clone());
        let body = actix_test::read_body(response).await;
        Answer { status, reason, headers, body: String::from_utf8(body.to_vec()).unwrap() }
    })
}

impl Answer {
    /// A header field's value, "" when absent.
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(name).map_or("", |value| value.to_str().unwrap())
    }
}

const JSON: Option<&str> = Some("application/json");
const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

/// Each extractor error: request, then the status, title and detail expected.
/// A request: method, URI, `Content-Type`, body.
type Sent = (&'static str, &'static str, Option<&'static str>, &'static str);

const CASES: &[(Sent, u16, &str, &str)] = &[
    (
        ("POST", "/users", JSON, r#"{"name":"#),
        400,
        "Bad Request",
        "Json deserialize error: EOF while parsing a value at line 1 column 8",
    ),
    // actix-web alone answers it 400 (`JsonPayloadError::ContentType`); the config, 415.
    (
        ("POST", "/users", Some("text/plain"), r#"{"name":"Ada","role":"admin"}"#),
        415,
        "Unsupported Media Type",
        "Content type error",
    ),
    (
        ("POST", "/users", JSON, r#"{"role":"admin"}"#),
        400,
        "Bad Request",
        "Json deserialize error: missing field `name` at line 1 column 16",
    ),
    (
        ("POST", "/users", JSON, r#"{"name":7,"role":"admin"}"#),
        400,
        "Bad Request",
        "Json deserialize error: invalid type: integer `7`, expected a string at line 1 column 9",
    ),
    // A detail with a quote and a newline (serde echoes the unknown variant).
    (
        ("POST", "/users", JSON, r#"{"name":"Ada","role":"a\"b\nc"}"#),
        400,
        "Bad Request",
        "Json deserialize error: unknown variant `a\"b\nc`, expected `admin` at line 1 column 30",
    ),
    (("GET", "/users/abc", None, ""), 404, "Not Found", "Path deserialize error: can not parse \"abc\" to a u64"),
    (("GET", "/search?page=x", None, ""), 400, "Bad Request", "Query deserialize error: invalid digit found in string"),
    (("GET", "/search", None, ""), 400, "Bad Request", "Query deserialize error: missing field `page`"),
    (("POST", "/login", JSON, r#"{"name":"Ada"}"#), 415, "Unsupported Media Type", "Content type error."),
    (("POST", "/login", FORM, "nom=Ada"), 400, "Bad Request", "Parse error: missing field `name`."),
];

/// RFC 9457 JSON as `Problem::write_json` writes it (the detail JSON-escaped by `serde_json`,
/// independently).
fn problem_json(status: u16, title: &str, detail: &str) -> String {
    format!(
        r#"{{"type":"about:blank","title":"{title}","status":{status},"detail":{}}}"#,
        serde_json::to_string(detail).unwrap()
    )
}

#[test]
fn extractor_errors_are_problems_with_actix_s_status_and_text_and_the_registry_s_title() {
    for &((method, uri, content_type, body), status, title, detail) in CASES {
        let answer = call(Setup::Problems, method, uri, content_type, body);
        assert_eq!(answer.status.as_u16(), status, "{method} {uri} {body}: {}", answer.body);
        assert_eq!(answer.header(header::CONTENT_TYPE), "application/problem+json", "{method} {uri} {body}");
        assert_eq!(answer.body, problem_json(status, title, detail), "{method} {uri} {body}");
        assert_eq!(answer.reason, Some(title), "the status line has the registry's phrase");
        // actix-web alone: the same status, its text as text/plain (its Path error is the
        // bare serde message).
        let plain = call(Setup::Plain, method, uri, content_type, body);
        let own = if (uri, status) == ("/users", 415) { 400 } else { status };
        assert_eq!(plain.status.as_u16(), own, "actix-web's own status for {method} {uri} {body}");
        assert!(detail.ends_with(&plain.body), "actix-web's own text {:?} for {method} {uri} {body}", plain.body);
        assert!(plain.header(header::CONTENT_TYPE).starts_with("text/plain"));
    }
}

#[test]
fn quotes_and_newlines_in_the_detail_are_escaped() {
    let answer = call(Setup::Problems, "POST", "/users", JSON, r#"{"name":"Ada","role":"a\"b\nc"}"#);
    assert!(answer.body.contains(r#"unknown variant `a\"b\nc`"#), "{}", answer.body);
    let parsed: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert!(parsed["detail"].as_str().unwrap().contains("`a\"b\nc`"));
}

#[test]
fn the_service_s_own_format_answers_every_extractor_error() {
    for &((method, uri, content_type, body), status, _, detail) in CASES {
        let answer = call(Setup::Messages, method, uri, content_type, body);
        assert_eq!(answer.status.as_u16(), status, "{method} {uri} {body}");
        assert_eq!(answer.header(header::CONTENT_TYPE), "application/json");
        assert_eq!(answer.body, format!(r#"{{"message":{}}}"#, serde_json::to_string(detail).unwrap()));
    }
}

#[test]
fn the_app_s_404_and_a_resource_s_405_are_problems_and_the_405_keeps_allow() {
    let answer = call(Setup::Problems, "GET", "/nowhere?token=secret", None, "");
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.header(header::CONTENT_TYPE), "application/problem+json");
    assert_eq!(answer.body, problem_json(404, "Not Found", "no route for GET /nowhere"));

    let answer = call(Setup::Problems, "POST", "/users/7", JSON, "{}");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.header(header::ALLOW), "GET, DELETE");
    assert_eq!(answer.header(header::CONTENT_TYPE), "application/problem+json");
    assert_eq!(answer.body, problem_json(405, "Method Not Allowed", "POST is not allowed for /users/7"));
    assert_eq!(answer.reason, Some("Method Not Allowed"));

    let answer = call(Setup::Messages, "PUT", "/search", None, "");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.header(header::ALLOW), "GET");
    assert_eq!(answer.header(header::CONTENT_TYPE), "application/json");
    assert_eq!(answer.body, r#"{"message":"PUT is not allowed for /search"}"#);
    let answer = call(Setup::Messages, "GET", "/nowhere", None, "");
    assert_eq!(
        (answer.status, answer.body.as_str()),
        (StatusCode::NOT_FOUND, r#"{"message":"no route for GET /nowhere"}"#)
    );
}

#[test]
fn actix_s_own_405_has_allow_and_no_content_and_app_route_answers_another_method_404() {
    let answer = call(Setup::Plain, "POST", "/users/7", None, "");
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::METHOD_NOT_ALLOWED, ""));
    assert_eq!(answer.header(header::ALLOW), "GET, DELETE");
    // `App::route` makes a resource guarded by its method: another method finds no resource.
    assert_eq!(call(Setup::Plain, "POST", "/one-method", None, "").status, StatusCode::NOT_FOUND);
    let answer = call(Setup::Problems, "POST", "/one-method", None, "");
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.body, problem_json(404, "Not Found", "no route for POST /one-method"));
}

#[test]
fn the_middleware_fills_only_empty_error_responses() {
    let answer = call(Setup::Problems, "GET", "/empty-400", None, "");
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.body, r#"{"type":"about:blank","title":"Bad Request","status":400}"#);
    assert_eq!(answer.header(header::CONTENT_TYPE), "application/problem+json");
    let answer = call(Setup::Problems, "DELETE", "/users/7", None, "");
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::NO_CONTENT, ""), "a success is left alone");
    let answer = call(Setup::Problems, "GET", "/users/7", None, "");
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::OK, "user 7"));
    assert_eq!(call(Setup::Problems, "GET", "/search?page=2", None, "").body, "page 2");
    assert_eq!(call(Setup::Problems, "POST", "/login", FORM, "name=Ada").body, "hello Ada");
    assert_eq!(call(Setup::Problems, "POST", "/users", JSON, r#"{"name":"Ada","role":"admin"}"#).body, "Ada");
}

#[test]
fn a_config_after_extractors_replaces_its_and_keeps_actix_s_error_for_middleware() {
    let answer = actix_web::rt::System::new().block_on(async {
        // A config registered after `extractors` replaces its (here with a limit).
        let app = App::new()
            .configure(status_core::actix::extractors)
            .app_data(status_core::actix::json_config::<Rfc9457>().limit(8))
            .route("/users", web::post().to(create));
        let app = actix_test::init_service(app).await;
        let request = actix_test::TestRequest::post()
            .uri("/users")
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .set_payload(r#"{"name":"Ada","role":"admin"}"#)
            .to_request();
        let response = actix_test::call_service(&app, request).await;
        let error = response.response().error().map(ToString::to_string);
        (response.status(), error, String::from_utf8(actix_test::read_body(response).await.to_vec()).unwrap())
    });
    assert_eq!(answer.0, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.1.as_deref(), Some("JSON payload (29 bytes) is larger than allowed (limit: 8 bytes)."));
    assert_eq!(
        answer.2,
        problem_json(413, "Content Too Large", "JSON payload (29 bytes) is larger than allowed (limit: 8 bytes).")
    );
}

/// A service's own format, naming the status and title as well as the detail.
struct Envelope;

impl ErrorFormat for Envelope {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        let error = serde_json::json!({ "code": problem.code(), "title": problem.title(), "detail": problem.detail() });
        out.push_str(&serde_json::json!({ "error": error }).to_string());
        Some("application/vnd.error+json")
    }
}

/// 422 for JSON of the wrong shape, as axum answers it; the rest as `json_config` does.
fn json_status(error: &JsonPayloadError) -> u16 {
    match error {
        JsonPayloadError::Deserialize(json) if json.is_data() => 422,
        other => status_core::actix::json_status(other),
    }
}

#[test]
fn a_service_s_own_statuses_are_answered_in_its_format_with_the_registry_s_title() {
    // Request, then the status, title and detail expected.
    let cases: &[(Sent, u16, &str, &str)] = &[
        (
            ("POST", "/users", JSON, r#"{"role":"admin"}"#),
            422,
            "Unprocessable Content",
            "Json deserialize error: missing field `name` at line 1 column 16",
        ),
        (
            ("POST", "/users", JSON, r#"{"name":7,"role":"admin"}"#),
            422,
            "Unprocessable Content",
            "Json deserialize error: invalid type: integer `7`, expected a string at line 1 column 9",
        ),
        // JSON that does not parse, and the other errors of the mapping: json_config's statuses.
        (
            ("POST", "/users", JSON, r#"{"name":"#),
            400,
            "Bad Request",
            "Json deserialize error: EOF while parsing a value at line 1 column 8",
        ),
        (("POST", "/users", Some("text/plain"), "{}"), 415, "Unsupported Media Type", "Content type error"),
        (
            ("POST", "/users", JSON, r#"{"name":"Ada","role":"admin","padding":"........"}"#),
            413,
            "Content Too Large",
            "JSON payload (50 bytes) is larger than allowed (limit: 40 bytes).",
        ),
        // `path_config_with`: a path that does not parse is the client's error here.
        (("GET", "/users/abc", None, ""), 400, "Bad Request", "Path deserialize error: can not parse \"abc\" to a u64"),
        // A status outside 100..=999 is a 500.
        (("POST", "/login", FORM, "nom=Ada"), 500, "Internal Server Error", "Parse error: missing field `name`."),
        // `extractors_in`'s config, which no mapping replaced.
        (
            ("GET", "/search?page=x", None, ""),
            400,
            "Bad Request",
            "Query deserialize error: invalid digit found in string",
        ),
    ];
    actix_web::rt::System::new().block_on(async {
        let app = App::new()
            .configure(status_core::actix::extractors_in::<Envelope>)
            .app_data(status_core::actix::json_config_with::<Envelope>(json_status).limit(40))
            .app_data(status_core::actix::path_config_with::<Envelope>(|_| 400))
            .app_data(status_core::actix::form_config_with::<Envelope>(|_| 1000))
            .route("/users", web::post().to(create))
            .route("/users/{id}", web::get().to(show))
            .route("/search", web::get().to(search))
            .route("/login", web::post().to(login));
        let app = actix_test::init_service(app).await;
        for &((method, uri, content_type, body), status, title, detail) in cases {
            let mut request = actix_test::TestRequest::default().method(method.parse().unwrap()).uri(uri);
            if let Some(content_type) = content_type {
                request = request.insert_header((header::CONTENT_TYPE, content_type));
            }
            let response = actix_test::call_service(&app, request.set_payload(body.to_owned()).to_request()).await;
            assert_eq!(response.status().as_u16(), status, "{method} {uri} {body}");
            assert_eq!(response.response().head().reason(), title, "the registry's phrase: {method} {uri} {body}");
            assert_eq!(response.headers().get(header::CONTENT_TYPE).unwrap(), "application/vnd.error+json");
            let body = String::from_utf8(actix_test::read_body(response).await.to_vec()).unwrap();
            let expected = serde_json::json!({ "error": { "code": status, "title": title, "detail": detail } });
            assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap(), expected, "{method} {uri}");
        }
    });
}
