#!/usr/bin/env bash
# The peer service scaled: prints the main.rs of an axum service of N endpoint groups (each: two
# error enums, three handlers, their OpenAPI documentation), in one of the two styles of
# scripts/peer/: `status` (status-core subsets, thiserror beside them) or `thiserror` (thiserror
# enums, a hand-written IntoResponse per enum over one shared problem helper, utoipa's
# IntoResponses derives). Template of scripts/compile-time.sh, case `scale`.
# Usage: scripts/peer/scaled.sh status|thiserror N
set -euo pipefail
style=${1:?usage: scaled.sh status|thiserror N}
groups=${2:?usage: scaled.sh status|thiserror N}
[[ $groups =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number" >&2; exit 2; }

head_common='use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::StatusCode;
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

type Db = Arc<Mutex<HashMap<u64, User>>>;'

status_head='
#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum CommonError {
    #[error("storage failed")]
    #[status(500)]
    Storage(#[from] std::io::Error),
}

fn poisoned() -> CommonError {
    CommonError::from(std::io::Error::other("poisoned"))
}'

# status_group I: the group'"'"'s errors as subsets; the success responses documented in the path.
status_group() {
    cat <<RS

#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum GetUserError$1 {
    /// No such user
    #[error("no user with id {0}")]
    #[detail]
    NotFound(u64),
    #[error(transparent)]
    #[status(transparent)]
    Common(#[from] CommonError),
}

#[status_core::subset]
#[derive(Debug, thiserror::Error)]
enum CreateUserError$1 {
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

#[utoipa::path(get, path = "/g$1/users/{id}", responses((status = 200, description = "The user", body = User), GetUserError$1))]
async fn get_user_$1(State(db): State<Db>, Path(id): Path<u64>) -> Result<Json<User>, GetUserError$1> {
    let users = db.lock().map_err(|_| poisoned())?;
    users.get(&id).cloned().map(Json).ok_or(GetUserError$1::NotFound(id))
}

#[utoipa::path(post, path = "/g$1/users", responses((status = 201, description = "Created", body = User), CreateUserError$1))]
async fn create_user_$1(State(db): State<Db>, Json(new): Json<NewUser>) -> Result<(StatusCode, Json<User>), CreateUserError$1> {
    if new.name.is_empty() {
        return Err(CreateUserError$1::UnprocessableContent("name and email are required".into()));
    }
    if new.name == "anonymous" {
        return Err(CreateUserError$1::Unauthorized { challenge: "Bearer" });
    }
    let mut users = db.lock().map_err(|_| poisoned())?;
    let user = User { id: users.len() as u64 + 1, name: new.name };
    users.insert(user.id, user.clone());
    Ok((StatusCode::CREATED, Json(user)))
}

#[utoipa::path(delete, path = "/g$1/users/{id}", responses((status = 204, description = "Deleted"), GetUserError$1))]
async fn delete_user_$1(State(db): State<Db>, Path(id): Path<u64>) -> Result<StatusCode, GetUserError$1> {
    let mut users = db.lock().map_err(|_| poisoned())?;
    users.remove(&id).map(|_| StatusCode::NO_CONTENT).ok_or(GetUserError$1::NotFound(id))
}
RS
}

thiserror_head='use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa::IntoResponses;

#[derive(Debug, Serialize, ToSchema)]
struct Problem {
    #[serde(rename = "type")]
    kind: &'"'"'static str,
    title: &'"'"'static str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

/// The service'"'"'s one problem helper: every error enum'"'"'s IntoResponse ends here.
fn problem(status: StatusCode, detail: Option<String>) -> Response {
    let title = status.canonical_reason().unwrap_or("");
    let problem = Problem { kind: "about:blank", title, status: status.as_u16(), detail };
    (status, [(header::CONTENT_TYPE, "application/problem+json")], Json(problem)).into_response()
}

fn storage_failed(e: &std::io::Error) -> Response {
    eprintln!("storage failed: {e}");
    problem(StatusCode::INTERNAL_SERVER_ERROR, None)
}

fn poisoned() -> std::io::Error {
    std::io::Error::other("poisoned")
}'

thiserror_group() {
    cat <<RS

#[derive(Debug, thiserror::Error)]
enum GetUserError$1 {
    #[error("no user with id {0}")]
    NotFound(u64),
    #[error("storage failed")]
    Storage(#[from] std::io::Error),
}

impl IntoResponse for GetUserError$1 {
    fn into_response(self) -> Response {
        match &self {
            GetUserError$1::NotFound(_) => problem(StatusCode::NOT_FOUND, Some(self.to_string())),
            GetUserError$1::Storage(e) => storage_failed(e),
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum CreateUserError$1 {
    #[error("{0}")]
    Invalid(String),
    #[error("authentication required")]
    Unauthorized,
    #[error("storage failed")]
    Storage(#[from] std::io::Error),
}

impl IntoResponse for CreateUserError$1 {
    fn into_response(self) -> Response {
        match &self {
            CreateUserError$1::Invalid(_) => problem(StatusCode::UNPROCESSABLE_ENTITY, Some(self.to_string())),
            CreateUserError$1::Unauthorized => {
                let mut response = problem(StatusCode::UNAUTHORIZED, None);
                response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                response
            }
            CreateUserError$1::Storage(e) => storage_failed(e),
        }
    }
}

/// Documented responses of \`GET /g$1/users/{id}\`.
#[derive(IntoResponses)]
#[allow(dead_code)]
enum GetUserResponses$1 {
    #[response(status = 200, description = "The user")]
    Ok(#[to_schema] User),
    #[response(status = 404, description = "No such user", content_type = "application/problem+json")]
    NotFound(#[to_schema] Problem),
    #[response(status = 500, description = "Storage failed", content_type = "application/problem+json")]
    Internal(#[to_schema] Problem),
}

/// Documented responses of \`POST /g$1/users\`.
#[derive(IntoResponses)]
#[allow(dead_code)]
enum CreateUserResponses$1 {
    #[response(status = 201, description = "Created")]
    Created(#[to_schema] User),
    #[response(status = 401, description = "Authentication required", content_type = "application/problem+json")]
    Unauthorized(#[to_schema] Problem),
    #[response(status = 422, description = "Invalid user", content_type = "application/problem+json")]
    Invalid(#[to_schema] Problem),
    #[response(status = 500, description = "Storage failed", content_type = "application/problem+json")]
    Internal(#[to_schema] Problem),
}

/// Documented responses of \`DELETE /g$1/users/{id}\`.
#[derive(IntoResponses)]
#[allow(dead_code)]
enum DeleteUserResponses$1 {
    #[response(status = 204, description = "Deleted")]
    Deleted,
    #[response(status = 404, description = "No such user", content_type = "application/problem+json")]
    NotFound(#[to_schema] Problem),
    #[response(status = 500, description = "Storage failed", content_type = "application/problem+json")]
    Internal(#[to_schema] Problem),
}

#[utoipa::path(get, path = "/g$1/users/{id}", responses(GetUserResponses$1))]
async fn get_user_$1(State(db): State<Db>, Path(id): Path<u64>) -> Result<Json<User>, GetUserError$1> {
    let users = db.lock().map_err(|_| poisoned())?;
    users.get(&id).cloned().map(Json).ok_or(GetUserError$1::NotFound(id))
}

#[utoipa::path(post, path = "/g$1/users", responses(CreateUserResponses$1))]
async fn create_user_$1(State(db): State<Db>, Json(new): Json<NewUser>) -> Result<(StatusCode, Json<User>), CreateUserError$1> {
    if new.name.is_empty() {
        return Err(CreateUserError$1::Invalid("name and email are required".into()));
    }
    if new.name == "anonymous" {
        return Err(CreateUserError$1::Unauthorized);
    }
    let mut users = db.lock().map_err(|_| poisoned())?;
    let user = User { id: users.len() as u64 + 1, name: new.name };
    users.insert(user.id, user.clone());
    Ok((StatusCode::CREATED, Json(user)))
}

#[utoipa::path(delete, path = "/g$1/users/{id}", responses(DeleteUserResponses$1))]
async fn delete_user_$1(State(db): State<Db>, Path(id): Path<u64>) -> Result<StatusCode, GetUserError$1> {
    let mut users = db.lock().map_err(|_| poisoned())?;
    users.remove(&id).map(|_| StatusCode::NO_CONTENT).ok_or(GetUserError$1::NotFound(id))
}
RS
}

echo "//! The peer service in the $style style, $groups endpoint groups (generated by scripts/peer/scaled.sh)."
echo "$head_common"
case $style in
    status) echo "$status_head" ;;
    thiserror) echo "$thiserror_head" ;;
    *) echo "style must be status or thiserror" >&2; exit 2 ;;
esac
for ((i = 1; i <= groups; i++)); do "${style}_group" "$i"; done
paths=$(for ((i = 1; i <= groups; i++)); do printf 'get_user_%d, create_user_%d, delete_user_%d, ' "$i" "$i" "$i"; done)
schemas="User, NewUser, $([[ $style == status ]] && echo status_core::openapi::Problem || echo Problem)"
cat <<RS

#[derive(OpenApi)]
#[openapi(paths(${paths%, }), components(schemas($schemas)))]
struct Api;

#[tokio::main]
async fn main() {
    let app: Router = Router::new()
RS
for ((i = 1; i <= groups; i++)); do
    printf '        .route("/g%d/users", axum::routing::post(create_user_%d))\n' "$i" "$i"
    printf '        .route("/g%d/users/{id}", get(get_user_%d).delete(delete_user_%d))\n' "$i" "$i" "$i"
done
cat <<'RS'
        .with_state(Db::default());
    println!("{}", Api::openapi().paths.paths.len());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    if std::env::args().nth(1).as_deref() == Some("serve") {
        axum::serve(listener, app).await.unwrap();
    }
}
RS
