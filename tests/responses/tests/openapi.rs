//! The same enums document the endpoint: `responses(CreateUser, UserError)` in `#[utoipa::path]`
//! gives one response per variant, with text and headers; the document validates as OpenAPI
//! (openapi-spec-validator, installed from PyPI into target/ on first use), and what it says
//! matches what the axum router really sends.
#![cfg(feature = "utoipa")]

use status_responses::{CreateUser, GetUser, UserError};
use utoipa::OpenApi;

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
    // 4xx/5xx carry the problem object, one component referenced everywhere; successes no
    // content.
    for (code, response) in responses.as_object().unwrap().iter().filter(|(code, _)| code.as_str() >= "400") {
        assert_eq!(
            response["content"]["application/problem+json"]["schema"]["$ref"], "#/components/schemas/Problem",
            "{code}"
        );
    }
    let problem = &doc["components"]["schemas"]["Problem"];
    assert_eq!(problem["required"], serde_json::json!(["type", "title", "status"]));
    assert_eq!(problem["properties"]["status"]["type"], "integer");
    assert!(responses["201"].get("content").is_none());
    every_ref_resolves(&doc, &doc);
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

/// Every `$ref` in `value` names a component of `doc`.
fn every_ref_resolves(doc: &serde_json::Value, value: &serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(target) = map.get("$ref").and_then(|r| r.as_str()) {
                let name = target.strip_prefix("#/components/schemas/").expect("a component reference");
                assert!(doc["components"]["schemas"].get(name).is_some(), "{target} does not resolve");
            }
            map.values().for_each(|v| every_ref_resolves(doc, v));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| every_ref_resolves(doc, v)),
        _ => {}
    }
}

#[test]
fn the_document_validates_as_openapi() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join("status-responses-openapi.json");
    std::fs::write(&file, Api::openapi().to_pretty_json().unwrap()).unwrap();
    let python = support::validator(dir);
    let out = std::process::Command::new(&python).args(["-m", "openapi_spec_validator"]).arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("OK"), "{text}");
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

#[derive(OpenApi)]
#[openapi(paths(get_user_v2), components(schemas(status_core::openapi::Problem)))]
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
    every_ref_resolves(&doc, &doc);
    // Two causes of 500 (Database, Other) are one documented response.
    assert!(responses["500"]["content"].get("application/problem+json").is_some());
}
