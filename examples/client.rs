//! A client of the `axum_api` example service: the service's answers decoded into
//! `#[subset(client)]` enums with `status_core::client::decode`, and matched exhaustively. The
//! enums say what a client can know of each endpoint: what travels in the responses (the
//! service writes its ids only into the detail text, so a client's `NotFound` holds none).
//!
//! ```sh
//! cargo run --example axum_api -- 3000 --once   # in one terminal
//! cargo run --example client -- 3000            # in another
//! ```
//!
//! It creates a user, reads it, asks for one that does not exist, sends an invalid name and a
//! method the service does not route, then deletes the user (which stops a `--once` service).

use http_body_util::Full;
use hyper::body::Bytes;
use status_core::Json;
use status_core::client::{Remote, decode};

/// A user as the service sends it.
#[derive(Debug, serde::Deserialize)]
struct User {
    id: u64,
    name: String,
}

/// `GET /users/{id}` when it works.
#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
enum GetUser {
    Ok(#[body] Json<User>),
}

/// `GET /users/{id}` and `DELETE /users/{id}` when the user is not there.
#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
enum NoUser {
    NotFound,
}

/// `POST /users` when it works.
#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
enum CreateUser {
    Created {
        #[header("Location")]
        location: String,
        #[body]
        user: Json<User>,
    },
}

/// `POST /users` when it fails (the service's two 500s are alike to a client: one variant).
#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
enum CreateUserError {
    UnprocessableContent,
    #[problem(type = "https://example.com/problems/demo-full")]
    InsufficientStorage,
    #[status(500)]
    Internal,
}

/// `DELETE /users/{id}` when it works.
#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
enum DeleteUser {
    NoContent,
}

/// One request on a connection of its own, with hyper's HTTP/1 client.
async fn send(port: u16, method: &str, path: &str, body: &str) -> http::Response<hyper::body::Incoming> {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap_or_else(|e| {
        eprintln!("cannot connect to 127.0.0.1:{port} ({e}): start `cargo run --example axum_api -- {port} --once`");
        std::process::exit(1);
    });
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await.expect("a handshake");
    tokio::spawn(connection);
    let request = http::Request::builder()
        .method(method)
        .uri(path)
        .header("host", "localhost")
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_owned())))
        .expect("a valid request");
    sender.send_request(request).await.expect("an answer")
}

/// What `GET /users/{id}` answered, in words.
async fn get_user(port: u16, id: u64) -> String {
    match decode::<GetUser, NoUser, _>(send(port, "GET", &format!("/users/{id}"), "").await).await {
        Ok(GetUser::Ok(Json(user))) => format!("user {} is {}", user.id, user.name),
        Err(Remote::Declared(NoUser::NotFound)) => format!("no user {id}"),
        Err(Remote::Undeclared(unexpected)) => format!("unexpected: {unexpected}"),
        Err(Remote::Malformed(why)) => format!("malformed: {why}"),
    }
}

/// What `POST /users` answered, in words.
async fn create_user(port: u16, name: &str) -> String {
    let body = serde_json::json!({ "name": name }).to_string();
    match decode::<CreateUser, CreateUserError, _>(send(port, "POST", "/users", &body).await).await {
        Ok(CreateUser::Created { location, user: Json(user) }) => format!("created {} at {location}", user.name),
        Err(Remote::Declared(CreateUserError::UnprocessableContent)) => format!("refused the name {name:?}"),
        Err(Remote::Declared(CreateUserError::InsufficientStorage)) => "the demo is full".to_owned(),
        Err(Remote::Declared(CreateUserError::Internal)) => "the service failed".to_owned(),
        Err(Remote::Undeclared(unexpected)) => format!("unexpected: {unexpected}"),
        Err(Remote::Malformed(why)) => format!("malformed: {why}"),
    }
}

/// What a method the service does not route answers: a status neither enum declares.
async fn put_user(port: u16, id: u64) -> String {
    match decode::<DeleteUser, NoUser, _>(send(port, "PUT", &format!("/users/{id}"), "").await).await {
        Err(Remote::Undeclared(unexpected)) => {
            let allow = unexpected.headers().get("allow").and_then(|v| v.to_str().ok()).unwrap_or("?");
            format!("PUT is {} (allowed: {allow})", unexpected.status())
        }
        other => format!("PUT answered {other:?}"),
    }
}

/// What `DELETE /users/{id}` answered, in words.
async fn delete_user(port: u16, id: u64) -> String {
    match decode::<DeleteUser, NoUser, _>(send(port, "DELETE", &format!("/users/{id}"), "").await).await {
        Ok(DeleteUser::NoContent) => format!("deleted user {id}"),
        Err(Remote::Declared(NoUser::NotFound)) => format!("no user {id} to delete"),
        Err(Remote::Undeclared(unexpected)) => format!("unexpected: {unexpected}"),
        Err(Remote::Malformed(why)) => format!("malformed: {why}"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(port) = std::env::args().nth(1).and_then(|p| p.parse::<u16>().ok()) else {
        eprintln!("usage: client PORT   (the port `cargo run --example axum_api -- PORT --once` listens on)");
        std::process::exit(2);
    };
    println!("{}", create_user(port, "Ada").await);
    println!("{}", get_user(port, 1).await);
    println!("{}", get_user(port, 99).await);
    println!("{}", create_user(port, "").await);
    println!("{}", put_user(port, 1).await);
    println!("{}", delete_user(port, 1).await);
}
