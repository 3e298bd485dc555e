//! A small users service on axum whose handlers return subset enums: the enum of what an
//! endpoint answers is its response type, and status-core builds the response from the
//! registry (status, header fields, RFC 9457 problems with RFC 9110 titles). The error types are
//! thiserror enums that are subsets too: each endpoint has its own, composed with the errors
//! every endpoint shares (`CommonError`), so `?` works on library errors and each endpoint's
//! `OpenAPI` lists only its codes.
//!
//! ```sh
//! cargo run --example axum_api -- 3000        # listens on 127.0.0.1:3000
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"Ada"}'
//! curl -i localhost:3000/users/1
//! curl -i -X DELETE localhost:3000/users/1
//! curl -i localhost:3000/users/1
//! ```
//!
//! Every change is appended to a journal file (`--journal PATH`, default `axum_api.journal` in
//! the temporary directory). When writing it fails, the endpoint answers a 500 problem, and the
//! cause (with its `source()` chain) reaches a middleware through the response's extensions,
//! never the body: `--journal /nonexistent/journal` shows it.
//!
//! `--once` answers requests until one DELETE has been handled, then exits (used by the test
//! that drives the example over a real connection). `--openapi` prints the service's `OpenAPI`
//! document instead, written by the same enums (utoipa): each endpoint lists exactly the codes
//! its enums can return.

use axum::Router;
use axum::extract::State;
use axum::routing::{get, post};
use status_core::Cause;
// axum's extractors, whose rejections (a body that is not JSON, a path that is not a number)
// are problems too; `Json` is also the success bodies' type.
use status_core::axum::{Json, Path};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A user as the API shows it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
struct User {
    id: u64,
    name: String,
}

/// What `POST /users` takes.
#[derive(serde::Deserialize, utoipa::ToSchema)]
struct NewUser {
    name: String,
}

/// `GET /users/{id}` when it works.
#[status_core::subset]
enum GetUser {
    /// The user, as JSON.
    Ok(#[body] Json<User>),
}

/// `POST /users` when it works.
#[status_core::subset]
enum CreateUser {
    /// The user was created; `Location` names it.
    Created {
        #[header("Location")]
        location: String,
        #[body]
        user: Json<User>,
    },
}

/// `DELETE /users/{id}` when it works.
#[status_core::subset]
enum DeleteUser {
    /// Deleted; nothing to send back.
    NoContent,
}

/// What can go wrong in every endpoint: the journal cannot be written. Two causes of one
/// status; the middleware in `main` logs them (so the enum's own log line is off).
#[status_core::subset(log = "off")]
#[derive(Debug, thiserror::Error)]
enum CommonError {
    /// The journal file could not be written.
    #[error("cannot write the journal")]
    #[status(500)]
    Journal(#[from] std::io::Error),
    /// Anything else.
    #[error(transparent)]
    #[status(500)]
    Other(#[from] anyhow::Error),
}

/// What `GET /users/{id}` fails with.
#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum GetUserError {
    /// The id names no user (any more).
    #[error("no user with id {id}")]
    #[detail]
    NotFound { id: u64 },
}

/// What `POST /users` fails with.
#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum CreateUserError {
    /// The name is empty or too long.
    #[error("a name has 1 to {max} characters; this one has {len}")]
    #[detail]
    UnprocessableContent { len: usize, max: usize },
    /// Too many users for this demo.
    #[error("this demo keeps at most {max} users")]
    #[detail]
    #[problem(type = "https://example.com/problems/demo-full")]
    InsufficientStorage { max: usize },
    #[error(transparent)]
    #[status(transparent)]
    Common(#[from] CommonError),
}

/// What `DELETE /users/{id}` fails with.
#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum DeleteUserError {
    /// The id names no user (any more).
    #[error("no user with id {id}")]
    #[detail]
    NotFound { id: u64 },
    #[error(transparent)]
    #[status(transparent)]
    Common(#[from] CommonError),
}

const MAX_NAME: usize = 64;
const MAX_USERS: usize = 1000;

#[derive(Clone)]
struct Users {
    by_id: Arc<Mutex<BTreeMap<u64, User>>>,
    journal: Arc<std::path::PathBuf>,
}

impl Users {
    /// Appends one line about a change to the journal.
    fn record(&self, change: &str, user: &User) -> Result<(), CommonError> {
        let line = serde_json::to_string(&(change, user)).map_err(anyhow::Error::from)?;
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(&*self.journal)?;
        writeln!(file, "{line}")?;
        Ok(())
    }
}

#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")), responses(GetUser, GetUserError))]
async fn get_user(State(users): State<Users>, Path(id): Path<u64>) -> Result<GetUser, GetUserError> {
    let by_id = users.by_id.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    by_id.get(&id).cloned().map(|user| GetUser::Ok(Json(user))).ok_or(GetUserError::NotFound { id })
}

#[utoipa::path(post, path = "/users", request_body = NewUser, responses(CreateUser, CreateUserError))]
async fn create_user(State(users): State<Users>, Json(new): Json<NewUser>) -> Result<CreateUser, CreateUserError> {
    let len = new.name.chars().count();
    if len == 0 || len > MAX_NAME {
        return Err(CreateUserError::UnprocessableContent { len, max: MAX_NAME });
    }
    let mut by_id = users.by_id.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if by_id.len() >= MAX_USERS {
        return Err(CreateUserError::InsufficientStorage { max: MAX_USERS });
    }
    let id = by_id.keys().next_back().map_or(1, |last| last + 1);
    let user = User { id, name: new.name };
    users.record("created", &user)?;
    by_id.insert(id, user.clone());
    Ok(CreateUser::Created { location: format!("/users/{id}"), user: Json(user) })
}

#[utoipa::path(delete, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")), responses(DeleteUser, DeleteUserError))]
async fn delete_user(State(users): State<Users>, Path(id): Path<u64>) -> Result<DeleteUser, DeleteUserError> {
    let mut by_id = users.by_id.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let user = by_id.get(&id).cloned().ok_or(DeleteUserError::NotFound { id })?;
    users.record("deleted", &user).map_err(DeleteUserError::from)?;
    by_id.remove(&id);
    Ok(DeleteUser::NoContent)
}

/// The service's `OpenAPI` document: the paths, and the components their bodies refer to (the
/// error responses carry the problem schema inline).
#[derive(utoipa::OpenApi)]
#[openapi(paths(get_user, create_user, delete_user), components(schemas(User, NewUser)))]
struct ApiDoc;

/// Logs the cause of every 5xx, which the error subsets keep in the response's extensions.
async fn log_causes(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let response = next.run(request).await;
    if let Some(cause) = response.extensions().get::<Cause>() {
        eprintln!("{method} {path}: {} caused by {cause}", cause.code());
    }
    response
}

fn app(users: Users) -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(get_user).delete(delete_user))
        // The router's own 404 and 405 (with axum's `Allow`) as problems.
        .fallback(status_core::axum::not_found)
        .method_not_allowed_fallback(status_core::axum::method_not_allowed)
        .layer(axum::middleware::from_fn(log_causes))
        .with_state(users)
}

fn usage() -> ! {
    eprintln!(
        "usage: axum_api PORT [--journal PATH] [--once]   (listens on 127.0.0.1:PORT)\n       axum_api --openapi                         (prints the OpenAPI document)"
    );
    std::process::exit(2);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if std::env::args().nth(1).as_deref() == Some("--openapi") {
        let document = <ApiDoc as utoipa::OpenApi>::openapi();
        println!("{}", document.to_pretty_json().expect("the document serializes"));
        return;
    }
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or_else(|| usage());
    let (mut once, mut journal) = (false, std::env::temp_dir().join("axum_api.journal"));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--once" => once = true,
            "--journal" => journal = args.next().unwrap_or_else(|| usage()).into(),
            _ => usage(),
        }
    }
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap_or_else(|e| {
        eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
        std::process::exit(1);
    });
    println!("listening on http://{}", listener.local_addr().expect("a bound socket has an address"));
    let (done_tx, done_rx) = tokio::sync::watch::channel(false);
    let mut router = app(Users { by_id: Arc::default(), journal: Arc::new(journal) });
    if once {
        // Stop after the first DELETE has been answered.
        router = router.layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let done = done_tx.clone();
                async move {
                    let delete = request.method() == axum::http::Method::DELETE;
                    let response = next.run(request).await;
                    if delete {
                        let _ = done.send(true);
                    }
                    response
                }
            },
        ));
    }
    let mut done = done_rx;
    let shutdown = async move {
        while !*done.borrow() {
            if done.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    };
    axum::serve(listener, router).with_graceful_shutdown(shutdown).await.expect("the server runs");
}
