//! `ConformanceLayer` in an axum app: violations are logged at WARN, recommendations at INFO,
//! advice at DEBUG through `tracing` (or at the levels the layer is given), and responses pass
//! through unchanged.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use status_core::conformance::{ConformanceLayer, Reading};
use std::sync::{Arc, Mutex};
use tower::ServiceExt;
use tracing::Level;

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
        assert_eq!(event.metadata().target(), "status_core::conformance");
        self.0.lock().unwrap().push((*event.metadata().level(), message.0));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

fn app(layer: ConformanceLayer) -> Router {
    Router::new()
        .route(
            "/fine",
            get(|| async { ([("etag", "\"1\""), ("last-modified", "Mon, 23 Nov 2026 10:00:00 GMT")], "hello") }),
        )
        // A 200 to GET without validators: advice (RFC 9110 asks for them only if available).
        .route("/plain", get(|| async { "hello" }))
        // A 301 without Location: a recommendation (SHOULD, no condition).
        .route("/moved", get(|| async { StatusCode::MOVED_PERMANENTLY.into_response() }))
        // A 405 without Allow: a violation (MUST).
        .route("/no-allow", get(|| async { StatusCode::METHOD_NOT_ALLOWED.into_response() }))
        // A 503 whose Retry-After is no date and no number: a violation of the field's grammar.
        .route("/later", get(|| async { (StatusCode::SERVICE_UNAVAILABLE, [("retry-after", "soon")]).into_response() }))
        .layer(layer)
}

const PATHS: [(&str, u16); 4] = [("/fine", 200), ("/plain", 200), ("/moved", 301), ("/no-allow", 405)];

/// A HEAD request to a GET route: the router answers with the GET handler's response, whose
/// content the server never sends; the layer does not report it.
#[test]
fn content_of_a_head_answer_is_left_to_the_server() {
    let capture = Capture::default();
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    tracing::subscriber::with_default(capture.clone(), || {
        runtime.block_on(async {
            let head = Request::head("/fine").body(Body::empty()).unwrap();
            let response = app(ConformanceLayer::new()).oneshot(head).await.unwrap();
            assert_eq!(response.status().as_u16(), 200);
        });
    });
    let events = capture.0.lock().unwrap().clone();
    assert!(events.is_empty(), "{events:?}");
}

/// The events logged while every path of [`app`] is requested once.
fn logged(layer: ConformanceLayer) -> Vec<(Level, String)> {
    let capture = Capture::default();
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    tracing::subscriber::with_default(capture.clone(), || {
        runtime.block_on(async {
            for (path, status) in PATHS {
                let response = app(layer).oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
                assert_eq!(response.status().as_u16(), status, "{path}: the layer never alters the response");
            }
        });
    });
    capture.0.lock().unwrap().clone()
}

fn at(events: &[(Level, String)], level: Level) -> Vec<&str> {
    events.iter().filter(|(l, _)| *l == level).map(|(_, m)| m.as_str()).collect()
}

#[test]
fn each_kind_is_logged_at_its_level_and_responses_are_untouched() {
    let events = logged(ConformanceLayer::new());
    let warn = at(&events, Level::WARN);
    assert_eq!(warn.len(), 1, "{events:?}");
    assert!(warn[0].starts_with("405 Method Not Allowed without Allow"), "{events:?}");
    let info = at(&events, Level::INFO);
    assert_eq!(info.len(), 1, "{events:?}");
    assert!(info[0].starts_with("301 Moved Permanently without Location"), "{events:?}");
    let debug = at(&events, Level::DEBUG);
    assert_eq!(debug.len(), 2, "{events:?}");
    assert!(
        debug[0].starts_with("200 OK without ETag") && debug[1].starts_with("200 OK without Last-Modified"),
        "{events:?}"
    );
    assert_eq!(events.len(), 4, "nothing else, and nothing for /fine: {events:?}");
}

#[test]
fn levels_are_configurable_and_a_kind_can_be_silenced() {
    let layer =
        ConformanceLayer::new().violations_at(Some(Level::ERROR)).recommendations_at(Some(Level::WARN)).advice_at(None);
    let events = logged(layer);
    assert_eq!(at(&events, Level::ERROR).len(), 1, "{events:?}");
    assert!(at(&events, Level::ERROR)[0].starts_with("405"), "{events:?}");
    assert_eq!(at(&events, Level::WARN).len(), 1, "{events:?}");
    assert!(at(&events, Level::WARN)[0].starts_with("301"), "{events:?}");
    assert_eq!(events.len(), 2, "advice silenced: {events:?}");
}

/// Values are read by default; `Reading::Names` checks names only, the cheaper check.
#[test]
fn values_are_read_unless_the_layer_reads_names_only() {
    let later = |layer: ConformanceLayer| {
        let capture = Capture::default();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        tracing::subscriber::with_default(capture.clone(), || {
            runtime.block_on(async {
                let response = app(layer).oneshot(Request::get("/later").body(Body::empty()).unwrap()).await.unwrap();
                assert_eq!(response.headers()["retry-after"], "soon", "the layer never alters the response");
            });
        });
        capture.0.lock().unwrap().clone()
    };
    let events = later(ConformanceLayer::new());
    assert_eq!(
        at(&events, Level::WARN),
        [
            "503 Service Unavailable with Retry-After \"soon\": the sender MUST NOT generate a Retry-After value that is not an HTTP-date or a number of seconds (RFC 9110, Section 10.2.3)"
        ]
    );
    assert_eq!(later(ConformanceLayer::new().reading(Reading::Names)), []);
}
