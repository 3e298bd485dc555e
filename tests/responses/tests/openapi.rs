//! The same enums document the endpoint: `responses(CreateUser, UserError)` in `#[utoipa::path]`
//! gives one response per variant, with text and headers; the document validates as OpenAPI
//! (openapi-spec-validator, installed from PyPI into target/ on first use), and what it says
//! matches what the axum router really sends.
#![cfg(feature = "utoipa")]

use status_responses::{CreateUser, GetUser, UserError};
use utoipa::{IntoResponses, OpenApi};

mod support;

#[utoipa::path(post, path = "/users", responses(CreateUser, UserError))]
#[allow(dead_code)]
fn create_user() {}

#[utoipa::path(get, path = "/users/{id}", responses(GetUser, UserError), params(("id" = u64, Path, description = "The user id")))]
#[allow(dead_code)]
fn get_user() {}

#[utoipa::path(get, path = "/fresh", responses(status_responses::fixed::Fresh, status_responses::fixed::Api))]
#[allow(dead_code)]
fn fresh() {}

#[derive(OpenApi)]
#[openapi(paths(create_user, get_user, fresh), components(schemas(status_core::openapi::Problem)))]
struct Api;

fn document() -> serde_json::Value {
    serde_json::to_value(Api::openapi()).unwrap()
}

#[test]
fn every_variant_is_a_documented_response() {
    let doc = document();
    let responses = &doc["paths"]["/users"]["post"]["responses"];
    let codes: Vec<&str> = responses.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(codes, ["201", "204", "401", "404", "405", "410", "429", "500"]);
    // The variant's doc comment when it has one, the registry's summary otherwise; never empty.
    assert_eq!(responses["404"]["description"], "The id names no user.");
    assert_eq!(responses["410"]["description"], status_core::StatusCode::Gone.summary());
    for (code, response) in responses.as_object().unwrap() {
        assert!(!response["description"].as_str().unwrap().is_empty(), "{code}");
    }
    // `#[header]` fields are documented headers, described by the registry's note, typed by
    // the field's type.
    assert_eq!(responses["405"]["headers"]["Allow"]["schema"]["type"], "string");
    assert_eq!(responses["429"]["headers"]["Retry-After"]["schema"]["type"], "integer");
    assert_eq!(responses["429"]["headers"]["Retry-After"]["required"], true);
    assert!(!responses["405"]["headers"]["Allow"]["description"].as_str().unwrap().is_empty());
    assert!(responses["201"]["headers"].get("Location").is_some());
    assert!(responses["429"]["headers"].get("Retry-After").is_some());
    // 4xx/5xx carry the problem object inline (the document lists the `Problem` component too,
    // which stays usable, with the same schema); successes no content.
    let problem = &doc["components"]["schemas"]["Problem"];
    assert_eq!(problem["required"], serde_json::json!(["type", "title", "status"]));
    assert_eq!(problem["properties"]["status"]["type"], "integer");
    for (code, response) in responses.as_object().unwrap().iter().filter(|(code, _)| code.as_str() >= "400") {
        assert_eq!(&response["content"]["application/problem+json"]["schema"], problem, "{code}");
    }
    assert!(responses["201"].get("content").is_none());
    support::every_ref_resolves(&doc);
}

#[test]
fn fixed_header_values_are_required_string_headers_of_that_one_value() {
    let doc = document();
    let responses = &doc["paths"]["/fresh"]["get"]["responses"];
    let challenge = &responses["401"]["headers"]["WWW-Authenticate"];
    assert_eq!(challenge["required"], true);
    assert_eq!(challenge["schema"], serde_json::json!({"type": "string", "enum": ["Token"], "examples": ["Token"]}));
    // Described by the registry's note on the field for 401, and the value.
    assert_eq!(challenge["description"], "at least one challenge for the target resource: always `Token`.");
    let cache = &responses["201"]["headers"]["Cache-Control"];
    assert_eq!(
        (&cache["required"], &cache["schema"]["enum"]),
        (&serde_json::json!(true), &serde_json::json!(["no-store"]))
    );
    assert_eq!(cache["description"], "The `Cache-Control` header field: always `no-store`.");
    // Beside the `#[header]` field of the same variant.
    assert!(responses["201"]["headers"].get("Location").is_some());
    assert_eq!(responses["200"]["headers"]["Cache-Control"]["schema"]["enum"], serde_json::json!(["no-store"]));
}

#[test]
fn the_document_validates_as_openapi() {
    support::assert_valid_openapi("status-responses-openapi.json", &Api::openapi().to_pretty_json().unwrap());
}

#[cfg(feature = "axum")]
#[test]
fn the_document_matches_what_the_router_sends() {
    use axum::response::IntoResponse;
    let doc = document();
    let responses = &doc["paths"]["/users"]["post"]["responses"];
    let sent: Vec<axum::response::Response> = vec![
        CreateUser::Created { location: "/users/1".into() }.into_response(),
        CreateUser::NoContent.into_response(),
        UserError::NotFound { id: 1 }.into_response(),
        UserError::Gone.into_response(),
        UserError::WrongMethod { allow: "GET" }.into_response(),
        UserError::Unauthorized { challenge: "Bearer".into() }.into_response(),
        UserError::TooManyRequests { retry_after: 1 }.into_response(),
        UserError::InternalServerError.into_response(),
    ];
    for response in &sent {
        let code = response.status().as_str().to_owned();
        let documented = &responses[&code];
        assert!(documented.is_object(), "{code} is sent but not documented");
        for name in documented["headers"].as_object().into_iter().flat_map(|h| h.keys()) {
            assert!(response.headers().contains_key(name.as_str()), "{code}: documented header {name} is not sent");
        }
        let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned());
        let documented_type = documented["content"].as_object().and_then(|c| c.keys().next().cloned());
        assert_eq!(content_type, documented_type, "{code}");
    }
    assert_eq!(sent.len(), responses.as_object().unwrap().len(), "every documented response is sent by some variant");
}

#[utoipa::path(get, path = "/v2/users/{id}", responses(status_responses::errors::GetUserError), params(("id" = u64, Path, description = "The user id")))]
#[allow(dead_code)]
fn get_user_v2() {}

// No `Problem` component listed: the problem schema is inline, no reference dangles.
#[derive(OpenApi)]
#[openapi(paths(get_user_v2))]
struct ComposedApi;

#[test]
fn a_composed_enum_documents_exactly_the_codes_it_can_return() {
    let doc = serde_json::to_value(ComposedApi::openapi()).unwrap();
    let responses = &doc["paths"]["/v2/users/{id}"]["get"]["responses"];
    let codes: Vec<&str> = responses.as_object().unwrap().keys().map(String::as_str).collect();
    // GetUserError's own 404 and 429, and CommonError's 401 and 500 through `Common`.
    assert_eq!(codes, ["401", "404", "429", "500"]);
    assert!(responses["401"]["headers"].get("WWW-Authenticate").is_some());
    // `Option<u32>`: an integer, not in every 429.
    assert_eq!(responses["429"]["headers"]["Retry-After"]["schema"]["type"], "integer");
    assert_eq!(responses["429"]["headers"]["Retry-After"]["required"], false);
    // Two causes of 500 (Database, Other) are one documented response.
    assert_eq!(responses["500"]["content"]["application/problem+json"]["schema"]["title"], "Problem");
}

#[test]
fn a_document_without_the_problem_component_validates_and_has_no_dangling_reference() {
    let doc = serde_json::to_value(ComposedApi::openapi()).unwrap();
    assert!(doc.pointer("/components/schemas/Problem").is_none());
    // The walk would fail on a dangling `$ref`; the document has none at all (no bodies).
    assert_eq!(support::every_ref_resolves(&doc), 0);
    support::assert_valid_openapi(
        "status-responses-openapi-composed.json",
        &ComposedApi::openapi().to_pretty_json().unwrap(),
    );
}

status_core::openapi::view! {
    /// What `GET /v3/users/{id}` can fail with, of the shared `UserError`.
    pub struct GetUserErrors = UserError { NotFound, Unauthorized };
    /// Of the composed `GetUserError`: its own 404 and `CommonError`'s codes through `Common`.
    pub struct GetUserV2Errors = status_responses::errors::GetUserError { Common, NotFound };
}

#[utoipa::path(get, path = "/v3/users/{id}", responses(GetUser, GetUserErrors), params(("id" = u64, Path, description = "The user id")))]
#[allow(dead_code)]
fn get_user_v3() -> Result<GetUser, UserError> {
    // The handler returns the whole enum; the view is for the document.
    Err(UserError::Gone)
}

#[utoipa::path(get, path = "/v4/users/{id}", responses(GetUserV2Errors), params(("id" = u64, Path, description = "The user id")))]
#[allow(dead_code)]
fn get_user_v4() {}

#[derive(OpenApi)]
#[openapi(paths(get_user_v3, get_user_v4))]
struct ViewApi;

#[test]
fn a_view_documents_only_the_variants_it_names() {
    let doc = serde_json::to_value(ViewApi::openapi()).unwrap();
    let codes = |path: &str| -> Vec<String> {
        doc["paths"][path]["get"]["responses"].as_object().unwrap().keys().cloned().collect()
    };
    let mut get_user: Vec<String> = GetUser::responses().into_keys().collect();
    get_user.extend(["401".into(), "404".into()]);
    get_user.sort();
    assert_eq!(codes("/v3/users/{id}"), get_user);
    // `UserError`'s other codes (405, 410, 429, 500) are not this endpoint's.
    assert_eq!(codes("/v4/users/{id}"), ["401", "404", "500"]);
    let responses = &doc["paths"]["/v3/users/{id}"]["get"]["responses"];
    assert_eq!(responses["404"]["description"], "The id names no user.");
    assert!(responses["401"]["headers"].get("WWW-Authenticate").is_some());
    support::every_ref_resolves(&doc);
    support::assert_valid_openapi("status-responses-openapi-view.json", &ViewApi::openapi().to_pretty_json().unwrap());
}
