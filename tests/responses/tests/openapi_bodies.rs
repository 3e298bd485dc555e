//! The `OpenAPI` document of bodies, formats and descriptions: `#[body] Json<T>` with `T`'s
//! schema as a component, text bodies, a service format's schema, extension members beside the
//! `Problem` component, typed headers, and descriptions (explicit, first doc paragraph, summary).
#![cfg(all(feature = "utoipa", feature = "axum"))]

use status_core::problem::{ErrorFormat, Problem};
use utoipa::{OpenApi, ToSchema};

mod support;

/// A todo.
#[derive(Debug, serde::Serialize, ToSchema)]
pub struct Todo {
    id: u64,
    text: String,
}

/// The service's error body.
#[derive(serde::Serialize, ToSchema)]
pub struct Message {
    message: String,
}

/// `{"message": ...}`, documented as the `Message` component.
pub struct MessageFormat;

impl ErrorFormat for MessageFormat {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        let message = Message { message: problem.detail().unwrap_or(problem.title()).to_owned() };
        out.push_str(&serde_json::to_string(&message).ok()?);
        Some("application/json")
    }

    fn openapi() -> Option<(&'static str, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)> {
        Some(("application/json", utoipa::openapi::Ref::from_schema_name("Message").into()))
    }
}

/// What `GET /todos/{id}` answers.
#[status_core::subset]
#[derive(Debug)]
pub enum GetTodo {
    /// The todo.
    ///
    /// Internal: served from the cache when warm. (Not for the published document.)
    Ok(#[body] axum::Json<Todo>),
    #[response(description = "No todo has this id.")]
    /// Internal note that must not be published.
    NotFound,
    /// Too many requests; `Retry-After` says when to come back.
    TooManyRequests {
        /// Seconds to wait.
        #[header("Retry-After")]
        retry_after: Option<u32>,
    },
    /// Not enough credit.
    #[status(403)]
    OutOfCredit {
        /// What is left.
        #[extension]
        balance: u32,
    },
    /// A plain-text answer.
    #[status(409)]
    Conflict(#[body] String),
}

/// The same service's errors in its own format.
#[status_core::subset(format = MessageFormat)]
#[derive(Debug)]
pub enum TodoError {
    /// The todo is gone.
    Gone,
}

#[utoipa::path(get, path = "/todos/{id}", responses(GetTodo, TodoError), params(("id" = u64, Path, description = "The todo id")))]
#[allow(dead_code)]
fn get_todo() {}

#[derive(OpenApi)]
#[openapi(paths(get_todo), components(schemas(status_core::openapi::Problem, Todo, Message)))]
struct Api;

fn responses() -> (serde_json::Value, serde_json::Value) {
    let doc = serde_json::to_value(Api::openapi()).unwrap();
    let responses = doc["paths"]["/todos/{id}"]["get"]["responses"].clone();
    (doc, responses)
}

#[test]
fn bodies_are_documented_with_their_schemas() {
    let (doc, responses) = responses();
    assert_eq!(responses["200"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Todo");
    assert_eq!(doc["components"]["schemas"]["Todo"]["properties"]["id"]["type"], "integer");
    assert_eq!(responses["409"]["content"]["text/plain; charset=utf-8"]["schema"]["type"], "string");
    // The service format's body is its own component.
    assert_eq!(responses["410"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Message");
    // Extension members beside the problem.
    let credit = &responses["403"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(credit[0]["$ref"], "#/components/schemas/Problem");
    assert!(credit[1]["properties"].get("balance").is_some(), "{credit}");
}

#[test]
fn headers_are_typed_and_descriptions_publishable() {
    let (_, responses) = responses();
    let retry = &responses["429"]["headers"]["Retry-After"];
    assert_eq!((retry["schema"]["type"].as_str(), retry["required"].as_bool()), (Some("integer"), Some(false)));
    assert_eq!(retry["description"], "Seconds to wait.");
    // The first paragraph only; an explicit description wins over the docs.
    assert_eq!(responses["200"]["description"], "The todo.");
    assert_eq!(responses["404"]["description"], "No todo has this id.");
}

#[test]
fn the_document_validates_and_every_reference_resolves() {
    let (doc, _) = responses();
    let text = doc.to_string();
    for target in text.split("\"$ref\":\"").skip(1).map(|rest| rest.split('"').next().unwrap()) {
        let name = target.strip_prefix("#/components/schemas/").unwrap();
        assert!(doc["components"]["schemas"].get(name).is_some(), "{target}");
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join("status-responses-openapi-bodies.json");
    std::fs::write(&file, Api::openapi().to_pretty_json().unwrap()).unwrap();
    let python = support::validator(dir);
    let out = std::process::Command::new(&python).args(["-m", "openapi_spec_validator"]).arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("OK"), "{text}");
}
