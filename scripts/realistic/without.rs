//! A small axum service: users kept in memory. Statuses are written as `axum::http::StatusCode`
//! constants, as people write them today. (Template of scripts/compile-time.sh, case `realistic`;
//! with.rs is the same service with its statuses taken from status-core subsets.)
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct User {
    id: u64,
    name: String,
    email: String,
}

#[derive(Debug, Deserialize)]
struct NewUser {
    name: String,
    email: String,
}

#[derive(Debug, Serialize)]
struct ErrorBody {
    error: String,
}

#[derive(Debug, Deserialize)]
struct Page {
    offset: Option<usize>,
    limit: Option<usize>,
}

#[derive(Default)]
struct Db {
    next_id: u64,
    users: HashMap<u64, User>,
}

type AppState = Arc<Mutex<Db>>;
type Reply<T> = Result<(StatusCode, Json<T>), (StatusCode, Json<ErrorBody>)>;

fn error(status: StatusCode, message: String) -> (StatusCode, Json<ErrorBody>) {
    (status, Json(ErrorBody { error: message }))
}

async fn get_user(State(db): State<AppState>, Path(id): Path<u64>) -> Reply<User> {
    let db = db.lock().unwrap();
    match db.users.get(&id) {
        Some(user) => Ok((StatusCode::OK, Json(user.clone()))),
        None => Err(error(StatusCode::NOT_FOUND, format!("no user with id {id}"))),
    }
}

async fn list_users(State(db): State<AppState>, Query(page): Query<Page>) -> Reply<Vec<User>> {
    let limit = page.limit.unwrap_or(50);
    if limit > 1000 {
        return Err(error(StatusCode::BAD_REQUEST, format!("limit {limit} is over 1000")));
    }
    let db = db.lock().unwrap();
    let mut users: Vec<User> = db.users.values().cloned().collect();
    users.sort_by_key(|u| u.id);
    let users = users.into_iter().skip(page.offset.unwrap_or(0)).take(limit).collect();
    Ok((StatusCode::OK, Json(users)))
}

async fn create_user(State(db): State<AppState>, Json(new): Json<NewUser>) -> Reply<User> {
    if new.name.is_empty() || !new.email.contains('@') {
        return Err(error(StatusCode::UNPROCESSABLE_ENTITY, "a name and an email address are required".to_string()));
    }
    let mut db = db.lock().unwrap();
    if db.users.values().any(|u| u.name == new.name) {
        return Err(error(StatusCode::CONFLICT, format!("a user named {} exists", new.name)));
    }
    db.next_id += 1;
    let user = User { id: db.next_id, name: new.name, email: new.email };
    db.users.insert(user.id, user.clone());
    Ok((StatusCode::CREATED, Json(user)))
}

async fn delete_user(State(db): State<AppState>, Path(id): Path<u64>) -> Result<StatusCode, (StatusCode, Json<ErrorBody>)> {
    let mut db = db.lock().unwrap();
    match db.users.remove(&id) {
        Some(_) => Ok(StatusCode::NO_CONTENT),
        None => Err(error(StatusCode::NOT_FOUND, format!("no user with id {id}"))),
    }
}

fn app() -> Router {
    Router::new()
        .route("/users", get(list_users).post(create_user))
        .route("/users/{id}", get(get_user).delete(delete_user))
        .with_state(AppState::default())
}

#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app()).await.unwrap();
}
