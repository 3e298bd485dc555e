//! The same small axum service as thiserror.rs, its errors written as status-core subsets
//! (thiserror beside them) that are the responses and document them.
//! (Template of scripts/compile-time.sh, case `peer`.)
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
struct User {
    id: u64,
    name: String,
}

#[derive(Debug, Deserialize, ToSchema)]
struct NewUser {
    name: String,
}

#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum CommonError {
    #[error("storage failed")]
    #[status(500)]
    Storage(#[from] std::io::Error),
}

/// What `GET /users/{id}` answers.
#[status_core::subset]
#[derive(Debug)]
enum GetUser {
    /// The user
    Ok(#[body] Json<User>),
}

#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum GetUserError {
    /// No such user
    #[error("no user with id {0}")]
    #[detail]
    NotFound(u64),
    #[error(transparent)]
    #[status(transparent)]
    Common(#[from] CommonError),
}

/// What `POST /users` answers.
#[status_core::subset]
#[derive(Debug)]
enum CreateUser {
    /// Created
    Created(#[body] Json<User>),
}

#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum CreateUserError {
    /// Invalid user
    #[error("{0}")]
    #[detail]
    UnprocessableContent(String),
    /// Authentication required
    #[error("authentication required")]
    Unauthorized {
        #[header("WWW-Authenticate")]
        challenge: &'static str,
    },
    #[error(transparent)]
    #[status(transparent)]
    Common(#[from] CommonError),
}

type Db = Arc<Mutex<HashMap<u64, User>>>;

#[utoipa::path(get, path = "/users/{id}", responses(GetUser, GetUserError))]
async fn get_user(State(db): State<Db>, Path(id): Path<u64>) -> Result<GetUser, GetUserError> {
    let users = db.lock().map_err(|_| CommonError::from(std::io::Error::other("poisoned")))?;
    users.get(&id).cloned().map(|u| GetUser::Ok(Json(u))).ok_or(GetUserError::NotFound(id))
}

#[utoipa::path(post, path = "/users", responses(CreateUser, CreateUserError))]
async fn create_user(State(db): State<Db>, Json(new): Json<NewUser>) -> Result<CreateUser, CreateUserError> {
    if new.name.is_empty() {
        return Err(CreateUserError::UnprocessableContent("name and email are required".into()));
    }
    if new.name == "anonymous" {
        return Err(CreateUserError::Unauthorized { challenge: "Bearer" });
    }
    let mut users = db.lock().map_err(|_| CommonError::from(std::io::Error::other("poisoned")))?;
    let user = User { id: users.len() as u64 + 1, name: new.name };
    users.insert(user.id, user.clone());
    Ok(CreateUser::Created(Json(user)))
}

#[derive(OpenApi)]
#[openapi(paths(get_user, create_user), components(schemas(User, NewUser, status_core::openapi::Problem)))]
struct Api;

#[tokio::main]
async fn main() {
    let app: Router = Router::new()
        .route("/users", axum::routing::post(create_user))
        .route("/users/{id}", get(get_user))
        .with_state(Db::default());
    println!("{}", Api::openapi().paths.paths.len());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    if std::env::args().nth(1).as_deref() == Some("serve") {
        axum::serve(listener, app).await.unwrap();
    }
}
