//! A scripted axum server on loopback for the retry tests: the n-th request gets the n-th reply
//! of its script (the last one over and over), and every request is recorded with the time it
//! arrived and the client port it came from (one port: one connection, reused). `scenarios` are
//! the behaviours every client integration is tested on.
// Test support: its functions panic on purpose, as assertions.
#![allow(clippy::missing_panics_doc)]

pub mod scenarios;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// One scripted reply.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    /// `Date: now` and `Retry-After: now + n seconds`, as HTTP-dates, written when sent.
    dated: Option<u64>,
    body: String,
}

/// A reply with `status` and a short body.
#[must_use]
pub fn reply(status: u16) -> Reply {
    Reply { status, headers: Vec::new(), dated: None, body: "scripted reply\n".into() }
}

impl Reply {
    /// With a header field.
    #[must_use]
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// With a body of `bytes` bytes.
    #[must_use]
    pub fn sized(mut self, bytes: usize) -> Self {
        self.body = "x".repeat(bytes);
        self
    }

    /// With `Date` the time it is sent and `Retry-After` that time plus `seconds`, as HTTP-dates.
    #[must_use]
    pub fn retry_at(mut self, seconds: u64) -> Self {
        self.dated = Some(seconds);
        self
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Hit {
    /// When it arrived.
    pub at: Instant,
    /// The same on the system clock (to compare with HTTP-dates).
    pub wall: SystemTime,
    /// The client's address: its port tells the connection.
    pub peer: SocketAddr,
    /// The request method.
    pub method: http::Method,
    /// The request body.
    pub body: Vec<u8>,
    /// The `Retry-After` date sent in the reply, if any.
    pub retry_at: Option<SystemTime>,
}

/// A running scripted server.
#[derive(Debug, Clone)]
pub struct Server {
    /// `http://127.0.0.1:port/`.
    pub url: String,
    hits: Arc<Mutex<Vec<Hit>>>,
}

impl Server {
    /// The requests so far.
    #[must_use]
    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }
}

#[derive(Clone)]
struct Script {
    replies: Arc<[Reply]>,
    hits: Arc<Mutex<Vec<Hit>>>,
}

/// Starts a server answering with `script` on a free loopback port.
///
/// # Panics
/// If no loopback port can be bound.
pub async fn serve(script: Vec<Reply>) -> Server {
    assert!(!script.is_empty(), "a script has at least one reply");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = Arc::new(Mutex::new(Vec::new()));
    let state = Script { replies: script.into(), hits: Arc::clone(&hits) };
    let app = Router::new().fallback(answer).with_state(state);
    tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
    });
    Server { url: format!("http://{addr}/"), hits }
}

async fn answer(
    State(script): State<Script>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let (at, wall) = (Instant::now(), SystemTime::now());
    let method = request.method().clone();
    let body = axum::body::to_bytes(request.into_body(), 1 << 20).await.unwrap().to_vec();
    let mut hits = script.hits.lock().unwrap();
    let reply = script.replies[hits.len().min(script.replies.len() - 1)].clone();
    // The date as sent: whole seconds.
    let retry_at = reply.dated.map(|seconds| httpdate::fmt_http_date(wall + Duration::from_secs(seconds)));
    hits.push(Hit {
        at,
        wall,
        peer,
        method,
        body,
        retry_at: retry_at.as_deref().map(|d| httpdate::parse_http_date(d).unwrap()),
    });
    drop(hits);
    let mut response = (http::StatusCode::from_u16(reply.status).unwrap(), reply.body).into_response();
    for (name, value) in reply.headers {
        response.headers_mut().append(name, value.parse().unwrap());
    }
    if let Some(at) = retry_at {
        response.headers_mut().insert("date", httpdate::fmt_http_date(wall).parse().unwrap());
        response.headers_mut().insert("retry-after", at.parse().unwrap());
    }
    response
}
