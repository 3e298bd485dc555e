//! A small users service on axum whose handlers return subset enums: the enum of what an
//! endpoint answers is its response type, and status-core builds the response from the
//! registry (status, header fields, RFC 9457 problems with RFC 9110 titles).
//!
//! ```sh
//! cargo run --example axum_api -- 3000        # listens on 127.0.0.1:3000
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"Ada"}'
//! curl -i localhost:3000/users/1
//! curl -i -X DELETE localhost:3000/users/1
//! curl -i localhost:3000/users/1
//! ```
//!
//! `--once` answers requests until one DELETE has been handled, then exits (used by the test
//! that drives the example over a real connection).

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// A user as the API shows it.
#[derive(Clone, serde::Serialize)]
struct User {
    id: u64,
    name: String,
}

/// What `POST /users` takes.
#[derive(serde::Deserialize)]
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

/// What goes wrong, for every endpoint.
#[status_core::subset]
#[derive(Debug)]
enum UserError {
    /// The id names no user (any more).
    #[detail("no user with id {id}")]
    NotFound { id: u64 },
    /// The name is empty or too long.
    #[detail("a name has 1 to {max} characters; this one has {len}")]
    UnprocessableContent { len: usize, max: usize },
    /// Too many users for this demo.
    #[detail("this demo keeps at most {max} users")]
    #[problem(type = "https://example.com/problems/demo-full")]
    InsufficientStorage { max: usize },
}

const MAX_NAME: usize = 64;
const MAX_USERS: usize = 1000;

#[derive(Clone, Default)]
struct Users {
    by_id: Arc<Mutex<BTreeMap<u64, User>>>,
}

async fn get_user(State(users): State<Users>, Path(id): Path<u64>) -> Result<GetUser, UserError> {
    let by_id = users.by_id.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    by_id.get(&id).cloned().map(|user| GetUser::Ok(Json(user))).ok_or(UserError::NotFound { id })
}

async fn create_user(State(users): State<Users>, Json(new): Json<NewUser>) -> Result<CreateUser, UserError> {
    let len = new.name.chars().count();
    if len == 0 || len > MAX_NAME {
        return Err(UserError::UnprocessableContent { len, max: MAX_NAME });
    }
    let mut by_id = users.by_id.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if by_id.len() >= MAX_USERS {
        return Err(UserError::InsufficientStorage { max: MAX_USERS });
    }
    let id = by_id.keys().next_back().map_or(1, |last| last + 1);
    let user = User { id, name: new.name };
    by_id.insert(id, user.clone());
    Ok(CreateUser::Created { location: format!("/users/{id}"), user: Json(user) })
}

async fn delete_user(State(users): State<Users>, Path(id): Path<u64>) -> Result<DeleteUser, UserError> {
    let mut by_id = users.by_id.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    by_id.remove(&id).map(|_| DeleteUser::NoContent).ok_or(UserError::NotFound { id })
}

fn app(users: Users) -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(get_user).delete(delete_user))
        .with_state(users)
}

fn usage() -> ! {
    eprintln!("usage: axum_api PORT [--once]   (listens on 127.0.0.1:PORT)");
    std::process::exit(2);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or_else(|| usage());
    let once = match args.next().as_deref() {
        None => false,
        Some("--once") => true,
        Some(_) => usage(),
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap_or_else(|e| {
        eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
        std::process::exit(1);
    });
    println!("listening on http://{}", listener.local_addr().expect("a bound socket has an address"));
    let (done_tx, done_rx) = tokio::sync::watch::channel(false);
    let mut router = app(Users::default());
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
