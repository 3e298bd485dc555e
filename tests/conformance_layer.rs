//! `ConformanceLayer` in an axum app: findings are logged at warn level through `tracing`, and
//! responses pass through unchanged.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use status_core::conformance::ConformanceLayer;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

/// A `tracing` subscriber that keeps each event's level and message.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<(tracing::Level, String)>>>);

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        struct Message(String);
        impl tracing::field::Visit for Message {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "message" {
                    self.0 = format!("{value:?}");
                }
            }
        }
        let mut message = Message(String::new());
        event.record(&mut message);
        self.0.lock().unwrap().push((*event.metadata().level(), message.0));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

fn app() -> Router {
    Router::new()
        .route(
            "/fine",
            get(|| async { ([("etag", "\"1\""), ("last-modified", "Mon, 23 Nov 2026 10:00:00 GMT")], "hello") }),
        )
        .route("/no-allow", get(|| async { StatusCode::METHOD_NOT_ALLOWED.into_response() }))
        .route(
            "/content-on-204",
            get(|| async {
                let mut response = Response::new(Body::from("surprise"));
                *response.status_mut() = StatusCode::NO_CONTENT;
                response
            }),
        )
        .layer(ConformanceLayer::new())
}

#[test]
fn findings_are_logged_and_responses_are_untouched() {
    let capture = Capture::default();
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    tracing::subscriber::with_default(capture.clone(), || {
        runtime.block_on(async {
            for (path, status) in [("/fine", 200), ("/no-allow", 405), ("/content-on-204", 204)] {
                let response = app().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
                assert_eq!(response.status().as_u16(), status, "{path}: the layer never alters the response");
            }
        });
    });
    let events = capture.0.lock().unwrap().clone();
    assert!(events.iter().all(|(level, _)| *level == tracing::Level::WARN), "{events:?}");
    let messages: Vec<&str> = events.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with("405 Method Not Allowed without Allow"), "{messages:?}");
    assert!(messages[1].starts_with("204 No Content with content"), "{messages:?}");
}
