//! The service's reason phrase (`Phrase::set_default`) on the status line of the framework
//! integrations' own error responses: `status_core::axum`'s rejections and fallbacks on a real
//! `Router` (and on the wire, through hyper), `status_core::actix`'s config rejections, default
//! service and `error_bodies` on a real `App`.
//!
//! The phrase is process-wide and cargo runs a binary's tests on parallel threads: this file is
//! a binary of its own, with one test.
#![cfg(any(feature = "axum", feature = "actix-web"))]

use serde::Deserialize;
use status_core::Phrase;

#[derive(Deserialize)]
struct NewUser {
    name: String,
}

const MISSING_NAME: &str = r#"{"nom":"Ada"}"#;
/// Over the limit of both routers (24 bytes).
const TOO_LARGE: &str = r#"{"name":"Ada Lovelace, Countess of Lovelace"}"#;

/// A response's status line as each phrase makes it: the registry's phrase, http's (which
/// hyper and actix-web write on their own), or none.
struct Line {
    code: u16,
    registry: &'static str,
    http: &'static str,
}

/// The cases: 422 and 413 from an extractor, 404 from the fallback, 405 from a route.
const LINES: [Line; 4] = [
    Line { code: 422, registry: "Unprocessable Content", http: "Unprocessable Entity" },
    Line { code: 413, registry: "Content Too Large", http: "Payload Too Large" },
    Line { code: 404, registry: "Not Found", http: "Not Found" },
    Line { code: 405, registry: "Method Not Allowed", http: "Method Not Allowed" },
];

impl Line {
    /// The phrase on the status line.
    fn phrase(&self, phrase: Phrase) -> &'static str {
        match phrase {
            Phrase::Registry => self.registry,
            Phrase::Framework => self.http,
            Phrase::Empty => "",
        }
    }
}

#[test]
fn the_service_s_phrase_is_on_the_integrations_own_error_responses() {
    assert_eq!(Phrase::default_now(), Phrase::Registry, "the registry's until the service sets one");
    #[cfg(feature = "axum")]
    axum_side::check(Phrase::Registry);
    #[cfg(feature = "actix-web")]
    actix_side::check(Phrase::Registry);
    for phrase in [Phrase::Framework, Phrase::Empty, Phrase::Registry] {
        phrase.set_default();
        assert_eq!(Phrase::default_now(), phrase);
        #[cfg(feature = "axum")]
        axum_side::check(phrase);
        #[cfg(feature = "actix-web")]
        actix_side::check(phrase);
    }
}

#[cfg(feature = "axum")]
mod axum_side {
    use super::{LINES, MISSING_NAME, NewUser, TOO_LARGE};
    use axum::Router;
    use axum::body::Body;
    use axum::extract::DefaultBodyLimit;
    use axum::http::{Request, header};
    use axum::routing::post;
    use status_core::Phrase;
    use status_core::axum::Json;
    use std::io::{Read, Write};
    use tower::ServiceExt;

    async fn create(Json(user): Json<NewUser>) -> String {
        user.name
    }

    fn router() -> Router {
        Router::new()
            .route("/users", post(create))
            .layer(DefaultBodyLimit::max(24))
            .fallback(status_core::axum::not_found)
            .method_not_allowed_fallback(status_core::axum::method_not_allowed)
    }

    /// The request that answers `code`: method, URI, body.
    fn request(code: u16) -> (&'static str, &'static str, &'static str) {
        match code {
            422 => ("POST", "/users", MISSING_NAME),
            413 => ("POST", "/users", TOO_LARGE),
            404 => ("GET", "/nowhere", ""),
            _ => ("PUT", "/users", ""),
        }
    }

    pub fn check(phrase: Phrase) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
        for line in &LINES {
            let (method, uri, body) = request(line.code);
            let request = Request::builder()
                .method(method)
                .uri(uri)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap();
            let response = runtime.block_on(router().oneshot(request)).unwrap();
            assert_eq!(response.status().as_u16(), line.code, "{phrase:?} {method} {uri}");
            // The extension only where hyper would not write the phrase on its own.
            let extension = response.extensions().get::<hyper::ext::ReasonPhrase>().map(|p| p.as_bytes().to_vec());
            let expected = Some(line.phrase(phrase)).filter(|text| *text != line.http || phrase == Phrase::Empty);
            assert_eq!(extension, expected.map(|text| text.as_bytes().to_vec()), "{phrase:?} {}", line.code);
        }
        // On the wire: hyper writes the phrase of the extension, or its own.
        let status_line = runtime.block_on(status_line_on_the_wire("POST", "/users", MISSING_NAME));
        assert_eq!(status_line, format!("HTTP/1.1 422 {}", LINES[0].phrase(phrase)), "{phrase:?}");
    }

    /// The status line hyper sends for one request to the router, served on a local port.
    async fn status_line_on_the_wire(method: &str, uri: &str, body: &str) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(axum::serve(listener, router()).into_future());
        let request = format!(
            "{method} {uri} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let response = tokio::task::spawn_blocking(move || {
            let mut stream = std::net::TcpStream::connect(address).unwrap();
            stream.write_all(request.as_bytes()).unwrap();
            let mut response = Vec::new();
            stream.read_to_end(&mut response).unwrap();
            response
        })
        .await
        .unwrap();
        server.abort();
        let response = String::from_utf8(response).unwrap();
        response.split("\r\n").next().unwrap().to_owned()
    }
}

#[cfg(feature = "actix-web")]
mod actix_side {
    use super::{LINES, MISSING_NAME, NewUser, TOO_LARGE};
    use actix_web::error::JsonPayloadError;
    use actix_web::http::header;
    use actix_web::middleware::from_fn;
    use actix_web::test as actix_test;
    use actix_web::{App, web};
    use status_core::Phrase;
    use status_core::problem::Rfc9457;

    async fn create(user: web::Json<NewUser>) -> String {
        user.into_inner().name
    }

    /// 422 for JSON of the wrong shape: actix-web has no 422 of its own.
    fn json_status(error: &JsonPayloadError) -> u16 {
        match error {
            JsonPayloadError::Deserialize(json) if json.is_data() => 422,
            other => status_core::actix::json_status(other),
        }
    }

    pub fn check(phrase: Phrase) {
        actix_web::rt::System::new().block_on(async {
            let app = App::new()
                .configure(status_core::actix::extractors)
                .app_data(status_core::actix::json_config_with::<Rfc9457>(json_status).limit(24))
                .wrap(from_fn(status_core::actix::error_bodies))
                .service(web::resource("/users").post(create))
                .default_service(web::to(status_core::actix::not_found));
            let app = actix_test::init_service(app).await;
            for line in &LINES {
                let request = match line.code {
                    422 => actix_test::TestRequest::post().uri("/users").set_payload(MISSING_NAME),
                    413 => actix_test::TestRequest::post().uri("/users").set_payload(TOO_LARGE),
                    404 => actix_test::TestRequest::get().uri("/nowhere"),
                    // The resource's own 405, given its body by `error_bodies`.
                    _ => actix_test::TestRequest::put().uri("/users"),
                };
                let request = request.insert_header((header::CONTENT_TYPE, "application/json")).to_request();
                let response = actix_test::call_service(&app, request).await;
                assert_eq!(response.status().as_u16(), line.code, "{phrase:?}");
                assert_eq!(response.response().head().reason(), line.phrase(phrase), "{phrase:?} {}", line.code);
                // `None` is actix-web's own phrase, written from the status.
                let own = response.response().head().reason.is_none();
                assert_eq!(own, phrase == Phrase::Framework, "{phrase:?} {}", line.code);
                let body = actix_test::read_body(response).await;
                assert!(body.starts_with(br#"{"type":"about:blank""#), "a problem: {body:?}");
            }
        });
    }
}
