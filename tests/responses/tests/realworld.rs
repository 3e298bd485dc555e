//! The error handling of a Realworld-style axum backend, written by hand (`original`) and as a
//! subset (`ported`, the README's "Error types" example), each served on a real loopback
//! connection: every exchange byte for byte the same (the status line's phrase, header fields
//! in order, content), with no middleware, and the port in fewer lines.
//!
//! The service's contract: field errors as `{"errors":{"field":["message"]}}` JSON with 422;
//! other errors as their message in plain text; `WWW-Authenticate: Token` on the 401; hyper's
//! own reason phrases (`422 Unprocessable Entity`); 5xx causes logged, never sent.
#![cfg(feature = "axum")]

use axum::Router;
use axum::extract::Path;
use axum::http::HeaderMap;
use axum::routing::{get, post};

mod support;
use support::capture;
use support::wire::{exchange, request, serve_axum};

// --- original: begin
mod original {
    use axum::Json;
    use axum::http::{HeaderValue, StatusCode, header::WWW_AUTHENTICATE};
    use axum::response::{IntoResponse, Response};
    use std::borrow::Cow;
    use std::collections::HashMap;

    #[derive(Debug, thiserror::Error)]
    pub enum Error {
        #[error("authentication required")]
        Unauthorized,
        #[error("user may not perform that action")]
        Forbidden,
        #[error("request path not found")]
        NotFound,
        #[error("error in the request body")]
        UnprocessableEntity { errors: HashMap<Cow<'static, str>, Vec<Cow<'static, str>>> },
        #[error("an error occurred with the database")]
        Database(#[from] std::io::Error),
        #[error("an internal server error occurred")]
        Anyhow(#[from] anyhow::Error),
    }

    impl Error {
        pub fn unprocessable_entity<K, V>(errors: impl IntoIterator<Item = (K, V)>) -> Self
        where
            K: Into<Cow<'static, str>>,
            V: Into<Cow<'static, str>>,
        {
            let mut map = HashMap::new();
            for (key, value) in errors {
                map.entry(key.into()).or_insert_with(Vec::new).push(value.into());
            }
            Self::UnprocessableEntity { errors: map }
        }

        fn status_code(&self) -> StatusCode {
            match self {
                Self::Unauthorized => StatusCode::UNAUTHORIZED,
                Self::Forbidden => StatusCode::FORBIDDEN,
                Self::NotFound => StatusCode::NOT_FOUND,
                Self::UnprocessableEntity { .. } => StatusCode::UNPROCESSABLE_ENTITY,
                Self::Database(_) | Self::Anyhow(_) => StatusCode::INTERNAL_SERVER_ERROR,
            }
        }
    }

    impl IntoResponse for Error {
        fn into_response(self) -> Response {
            match self {
                Self::UnprocessableEntity { errors } => {
                    #[derive(serde::Serialize)]
                    struct Errors {
                        errors: HashMap<Cow<'static, str>, Vec<Cow<'static, str>>>,
                    }
                    return (StatusCode::UNPROCESSABLE_ENTITY, Json(Errors { errors })).into_response();
                }
                Self::Unauthorized => {
                    let challenge = [(WWW_AUTHENTICATE, HeaderValue::from_static("Token"))];
                    return (self.status_code(), challenge, self.to_string()).into_response();
                }
                Self::Database(ref e) => tracing::error!("database error: {e:?}"),
                Self::Anyhow(ref e) => tracing::error!("generic error: {e:?}"),
                _ => {}
            }
            (self.status_code(), self.to_string()).into_response()
        }
    }
}
// --- original: end

// --- ported: begin
mod ported {
    use status_core::problem::{ErrorFormat, FieldErrors, Problem};

    #[status_core::subset]
    #[subset(format = RealWorld, phrase = "framework")]
    #[detail]
    #[derive(Debug, thiserror::Error)]
    pub enum Error {
        #[error("authentication required")]
        #[header("WWW-Authenticate", "Token")]
        Unauthorized,
        #[error("user may not perform that action")]
        Forbidden,
        #[error("request path not found")]
        NotFound,
        #[error("error in the request body")]
        UnprocessableContent(#[errors] FieldErrors),
        #[error("an error occurred with the database")]
        #[status(500)]
        Database(#[from] std::io::Error),
        #[error("an internal server error occurred")]
        #[status(500)]
        Anyhow(#[from] anyhow::Error),
    }

    /// Field errors as `{"errors":{"field":["message"]}}`, anything else as its message.
    pub struct RealWorld;

    impl ErrorFormat for RealWorld {
        fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
            if problem.errors().is_empty() {
                out.push_str(problem.detail().unwrap_or(problem.title()));
                return Some("text/plain; charset=utf-8");
            }
            let fields: serde_json::Map<_, _> =
                problem.errors_by_field().into_iter().map(|(k, v)| (k.to_owned(), v.into())).collect();
            out.push_str(&serde_json::json!({ "errors": fields }).to_string());
            Some("application/json")
        }
    }
}
// --- ported: end

/// The same handlers for both: each route fails one way.
macro_rules! service {
    ($error:ty, $invalid:expr) => {{
        async fn user(headers: HeaderMap) -> Result<&'static str, $error> {
            headers.get("authorization").map(|_| "ada").ok_or(<$error>::Unauthorized)
        }
        async fn article(Path(slug): Path<String>) -> Result<&'static str, $error> {
            match slug.as_str() {
                "mine" => Ok("article"),
                "theirs" => Err(<$error>::Forbidden),
                "broken" => Err(std::io::Error::other("connection reset").into()),
                "odd" => Err(anyhow::anyhow!("no rows").into()),
                _ => Err(<$error>::NotFound),
            }
        }
        async fn register() -> Result<&'static str, $error> {
            Err($invalid)
        }
        Router::new()
            .route("/api/user", get(user))
            .route("/api/articles/{slug}", get(article))
            .route("/api/users", post(register))
    }};
}

#[test]
fn the_port_sends_the_originals_bytes() {
    let original = serve_axum(service!(
        original::Error,
        original::Error::unprocessable_entity([("username", "has already been taken")])
    ));
    let ported = serve_axum(service!(
        ported::Error,
        ported::Error::UnprocessableContent([("username", "has already been taken")].into_iter().collect())
    ));
    let requests = [
        request("GET", "/api/user", &[], ""),
        request("GET", "/api/user", &[("authorization", "Token abc")], ""),
        request("GET", "/api/articles/theirs", &[], ""),
        request("GET", "/api/articles/gone", &[], ""),
        request("GET", "/api/articles/broken", &[], ""),
        request("GET", "/api/articles/odd", &[], ""),
        request("POST", "/api/users", &[("content-type", "application/json")], "{}"),
    ];
    let mut statuses = Vec::new();
    for request in &requests {
        let (expected, got) = (exchange(original, request), exchange(ported, request));
        assert_eq!(got, expected, "{}", String::from_utf8_lossy(request));
        statuses.push(expected.lines().next().unwrap_or("").to_owned());
    }
    // What the originals send, so that a change on both sides does not pass unseen.
    assert_eq!(
        statuses,
        [
            "HTTP/1.1 401 Unauthorized",
            "HTTP/1.1 200 OK",
            "HTTP/1.1 403 Forbidden",
            "HTTP/1.1 404 Not Found",
            "HTTP/1.1 500 Internal Server Error",
            "HTTP/1.1 500 Internal Server Error",
            "HTTP/1.1 422 Unprocessable Entity",
        ]
    );
    let unauthorized = exchange(ported, &requests[0]);
    assert!(unauthorized.contains("www-authenticate: Token\r\n"), "{unauthorized}");
    assert!(unauthorized.ends_with("\r\n\r\nauthentication required"), "{unauthorized}");
    let invalid = exchange(ported, &requests[6]);
    assert!(invalid.ends_with(r#"{"errors":{"username":["has already been taken"]}}"#), "{invalid}");
}

#[test]
fn the_port_logs_the_5xx_causes_and_not_the_4xx() {
    // On a router in this thread, whose events the recorder sees.
    let ((), events) = capture(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let router = service!(ported::Error, ported::Error::Forbidden);
        runtime.block_on(async {
            use tower::ServiceExt;
            let get = |path: &str| axum::http::Request::get(path).body(axum::body::Body::empty()).unwrap();
            router.clone().oneshot(get("/api/articles/broken")).await.unwrap();
            router.oneshot(get("/api/articles/theirs")).await.unwrap();
        });
    });
    let lines: Vec<&str> = events.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("500 Internal Server Error: an error occurred with the database: connection reset"),
        "{lines:?}"
    );
}

/// The section of this file between `// --- name: begin` and `// --- name: end`, without blank
/// lines and comments: the lines a service writes.
fn lines_of(name: &str) -> usize {
    let source = include_str!("realworld.rs");
    let (begin, end) = (format!("// --- {name}: begin"), format!("// --- {name}: end"));
    let start = source.find(&begin).unwrap() + begin.len();
    let stop = source[start..].find(&end).unwrap() + start;
    source[start..stop].lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).count()
}

#[test]
fn the_port_is_shorter_than_the_original() {
    let (original, ported) = (lines_of("original"), lines_of("ported"));
    assert!(ported < original, "ported {ported} lines, original {original}");
}
