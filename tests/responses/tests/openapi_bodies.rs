//! The `OpenAPI` document of bodies, formats and descriptions: `#[body] Json<T>` with `T`'s
//! schema as a component, text bodies, a service format's schema (one for the whole enum, or one
//! per variant), extension members beside the problem schema, typed headers, and descriptions
//! (explicit, first doc paragraph, summary).
#![cfg(all(feature = "utoipa", feature = "axum"))]

use status_core::problem::{ErrorFormat, FieldErrors, Problem, Variant};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::{OpenApi, PartialSchema, ToSchema};

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

/// The Realworld spec's two error shapes: `{"errors":{"title":["can't be blank"]}}` for a
/// variant with field errors, text for the others; chosen by the variant, on both sides.
pub struct RealWorld;

impl ErrorFormat for RealWorld {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        // By the variant, as `openapi_for`; by the field errors where the sink does not hand
        // the variant over (the framework sinks do not yet).
        let field_errors = problem.variant().map_or(!problem.errors().is_empty(), |v| v.has_field("errors"));
        if !field_errors {
            out.push_str(problem.detail().unwrap_or(problem.title()));
            return Some("text/plain; charset=utf-8");
        }
        let mut fields = serde_json::Map::new();
        for error in problem.errors() {
            let messages = fields.entry(error.field()).or_insert_with(|| serde_json::json!([]));
            messages.as_array_mut()?.push(error.detail().into());
        }
        out.push_str(&serde_json::json!({ "errors": fields }).to_string());
        Some("application/json")
    }

    fn openapi_for(variant: &Variant) -> Option<(&'static str, RefOr<Schema>)> {
        if !variant.has_field("errors") {
            return Some(("text/plain; charset=utf-8", String::schema()));
        }
        let messages = ArrayBuilder::new().items(ObjectBuilder::new().schema_type(Type::String));
        let errors = ObjectBuilder::new().schema_type(Type::Object).additional_properties(Some(messages));
        Some(("application/json", ObjectBuilder::new().property("errors", errors).required("errors").into()))
    }
}

/// What `PUT /articles/{slug}` fails with, in the Realworld format.
#[status_core::subset(format = RealWorld)]
#[derive(Debug)]
pub enum ArticleError {
    /// The article is not valid.
    #[status(422)]
    Invalid {
        /// What is wrong, per field.
        #[errors]
        errors: FieldErrors,
    },
    /// Another article has this slug.
    #[status(422)]
    SlugTaken,
    /// No article has this slug.
    NotFound,
}

#[utoipa::path(get, path = "/todos/{id}", responses(GetTodo, TodoError), params(("id" = u64, Path, description = "The todo id")))]
#[allow(dead_code)]
fn get_todo() {}

#[utoipa::path(put, path = "/articles/{slug}", responses(ArticleError), params(("slug" = String, Path, description = "The article")))]
#[allow(dead_code)]
fn update_article() {}

#[derive(OpenApi)]
#[openapi(paths(get_todo, update_article), components(schemas(Todo, Message)))]
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
    // Extension members beside the problem (inline: the document lists no `Problem`).
    let credit = &responses["403"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(credit[0]["title"], "Problem");
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
fn a_format_with_a_shape_per_variant_documents_each() {
    let (doc, _) = responses();
    let responses = &doc["paths"]["/articles/{slug}"]["put"]["responses"];
    // One 422 (Invalid, SlugTaken), one content per media type.
    let content = responses["422"]["content"].as_object().unwrap();
    assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json", "text/plain; charset=utf-8"]);
    let errors = &content["application/json"]["schema"]["properties"]["errors"];
    assert_eq!(errors["additionalProperties"]["items"]["type"], "string", "{errors}");
    assert_eq!(content["text/plain; charset=utf-8"]["schema"]["type"], "string");
    let not_found = responses["404"]["content"].as_object().unwrap();
    assert_eq!(not_found.keys().collect::<Vec<_>>(), ["text/plain; charset=utf-8"]);
}

#[test]
fn a_format_with_a_shape_per_variant_sends_what_it_documents() {
    use axum::response::IntoResponse;
    let mut errors = FieldErrors::new();
    errors.field("title", "can't be blank");
    let sent = [
        (
            ArticleError::Invalid { errors }.into_response(),
            "application/json",
            r#"{"errors":{"title":["can't be blank"]}}"#,
        ),
        (ArticleError::SlugTaken.into_response(), "text/plain; charset=utf-8", "Unprocessable Content"),
        (ArticleError::NotFound.into_response(), "text/plain; charset=utf-8", "Not Found"),
    ];
    let (doc, _) = responses();
    for (response, media_type, body) in sent {
        let code = response.status().as_str().to_owned();
        let documented = &doc["paths"]["/articles/{slug}"]["put"]["responses"][&code]["content"];
        assert!(documented.get(media_type).is_some(), "{code}: {media_type} is not documented");
        assert_eq!(response.headers()["content-type"], media_type);
        assert_eq!(body_text(response), body);
    }
}

/// The body of a response built in memory.
fn body_text(response: axum::response::Response) -> String {
    use http_body_util::BodyExt;
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let bytes = runtime.block_on(response.into_body().collect()).unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn the_document_validates_and_every_reference_resolves() {
    let (doc, _) = responses();
    // `Todo` and `Message` (listed), nothing else.
    assert_eq!(support::every_ref_resolves(&doc), 2);
    support::assert_valid_openapi("status-responses-openapi-bodies.json", &Api::openapi().to_pretty_json().unwrap());
}
