//! The peer of status.rs: the same small axum service written the way teams write it today:
//! thiserror error enums, a hand-written `IntoResponse` with a serde problem struct, and
//! utoipa's `ToSchema`/`IntoResponses` derives for the documented responses.
//! (Template of scripts/compile-time.sh, case `peer`.)
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::{IntoResponses, OpenApi, ToSchema};

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
struct User {
    id: u64,
    name: String,
}

#[derive(Debug, Deserialize, ToSchema)]
struct NewUser {
    name: String,
}

#[derive(Debug, Serialize, ToSchema)]
struct Problem {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

#[derive(Debug, thiserror::Error)]
enum ApiError {
    #[error("no user with id {0}")]
    NotFound(u64),
    #[error("{0}")]
    Invalid(String),
    #[error("authentication required")]
    Unauthorized,
    #[error("storage failed")]
    Storage(#[from] std::io::Error),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, detail) = match &self {
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, Some(self.to_string())),
            ApiError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, Some(self.to_string())),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, None),
            ApiError::Storage(e) => {
                eprintln!("storage failed: {e}");
                (StatusCode::INTERNAL_SERVER_ERROR, None)
            }
        };
        let title = status.canonical_reason().unwrap_or("");
        let problem = Problem { kind: "about:blank", title, status: status.as_u16(), detail };
        let mut response =
            (status, [(header::CONTENT_TYPE, "application/problem+json")], Json(problem)).into_response();
        if let ApiError::Unauthorized = self {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// Documented responses of `GET /users/{id}`.
#[derive(IntoResponses)]
#[allow(dead_code)]
enum GetUserResponses {
    #[response(status = 200, description = "The user")]
    Ok(#[to_schema] User),
    #[response(status = 404, description = "No such user", content_type = "application/problem+json")]
    NotFound(#[to_schema] Problem),
    #[response(status = 500, description = "Storage failed", content_type = "application/problem+json")]
    Internal(#[to_schema] Problem),
}

/// Documented responses of `POST /users`.
#[derive(IntoResponses)]
#[allow(dead_code)]
enum CreateUserResponses {
    #[response(status = 201, description = "Created")]
    Created(#[to_schema] User),
    #[response(status = 401, description = "Authentication required", content_type = "application/problem+json")]
    Unauthorized(#[to_schema] Problem),
    #[response(status = 422, description = "Invalid user", content_type = "application/problem+json")]
    Invalid(#[to_schema] Problem),
}

type Db = Arc<Mutex<HashMap<u64, User>>>;

#[utoipa::path(get, path = "/users/{id}", responses(GetUserResponses))]
async fn get_user(State(db): State<Db>, Path(id): Path<u64>) -> Result<Json<User>, ApiError> {
    let users = db.lock().map_err(|_| std::io::Error::other("poisoned"))?;
    users.get(&id).cloned().map(Json).ok_or(ApiError::NotFound(id))
}

#[utoipa::path(post, path = "/users", responses(CreateUserResponses))]
async fn create_user(State(db): State<Db>, Json(new): Json<NewUser>) -> Result<(StatusCode, Json<User>), ApiError> {
    if new.name.is_empty() {
        return Err(ApiError::Invalid("name and email are required".into()));
    }
    if new.name == "anonymous" {
        return Err(ApiError::Unauthorized);
    }
    let mut users = db.lock().map_err(|_| std::io::Error::other("poisoned"))?;
    let user = User { id: users.len() as u64 + 1, name: new.name };
    users.insert(user.id, user.clone());
    Ok((StatusCode::CREATED, Json(user)))
}

#[derive(OpenApi)]
#[openapi(paths(get_user, create_user), components(schemas(User, NewUser, Problem)))]
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
