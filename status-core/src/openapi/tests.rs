// The content functions return an `Option` as their type (`ResponseDoc::content`) asks.
#![allow(clippy::unnecessary_wraps)]

use super::*;
use crate::problem::PROBLEM_JSON;
use utoipa::openapi::schema::Type;

const A: Variant = Variant::new("E", "A", 422, &["errors"]);
const B: Variant = Variant::new("E", "B", 422, &[]);
const C: Variant = Variant::new("E", "C", 404, &[]);

fn doc(
    variant: &'static Variant,
    content: fn(&Variant) -> ContentDoc,
    members: &'static [&'static str],
) -> ResponseDoc {
    ResponseDoc { variant, description: variant.name(), headers: &[], content, members }
}

/// A format with two shapes: JSON for a variant with field errors, text for the rest.
fn two_shapes(variant: &Variant) -> ContentDoc {
    if variant.has_field("errors") {
        Some(("application/json", ObjectBuilder::new().schema_type(Type::Object).into()))
    } else {
        Some(("text/plain", ObjectBuilder::new().schema_type(Type::String).into()))
    }
}

fn json(responses: &BTreeMap<String, RefOr<Response>>) -> serde_json::Value {
    serde_json::to_value(responses).unwrap()
}

#[test]
fn variants_of_one_code_with_two_media_types_are_two_contents() {
    let out = json(&responses(&[doc(&A, two_shapes, &[]), doc(&B, two_shapes, &[]), doc(&C, two_shapes, &[])], None));
    let content = out["422"]["content"].as_object().unwrap();
    assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json", "text/plain"]);
    assert_eq!(content["application/json"]["schema"]["type"], "object");
    assert_eq!(content["text/plain"]["schema"]["type"], "string");
    assert_eq!(out["422"]["description"], "A\n\nOr: B");
    assert_eq!(out["404"]["content"].as_object().unwrap().keys().collect::<Vec<_>>(), ["text/plain"]);
}

#[test]
fn different_schemas_of_one_media_type_are_one_of_and_equal_ones_merge_members() {
    fn object(_: &Variant) -> ContentDoc {
        Some((PROBLEM_JSON, ObjectBuilder::new().schema_type(Type::Object).into()))
    }
    fn problem(_: &Variant) -> ContentDoc {
        Some((PROBLEM_JSON, problem_schema()))
    }
    let out = json(&responses(&[doc(&A, problem, &["balance"]), doc(&B, problem, &["limit", "balance"])], None));
    let all_of = &out["422"]["content"][PROBLEM_JSON]["schema"]["allOf"];
    assert_eq!(all_of[0]["title"], "Problem");
    let members: Vec<&String> = all_of[1]["properties"].as_object().unwrap().keys().collect();
    assert_eq!(members, ["balance", "limit"]);
    let out = json(&responses(&[doc(&A, problem, &[]), doc(&B, object, &[])], None));
    let one_of = out["422"]["content"][PROBLEM_JSON]["schema"]["oneOf"].as_array().unwrap();
    assert_eq!((one_of.len(), &one_of[0]["title"], &one_of[1]["type"]), (2, &"Problem".into(), &"object".into()));
}

#[test]
fn a_variant_without_content_documents_none_and_only_chosen_variants_are_listed() {
    let out = json(&responses(&[doc(&A, |_| None, &[]), doc(&C, two_shapes, &[])], Some(&["A"])));
    assert_eq!(out.as_object().unwrap().keys().collect::<Vec<_>>(), ["422"]);
    assert!(out["422"].get("content").is_none(), "{out}");
    assert!(includes(None, "X") && includes(Some(&["X"]), "X") && !includes(Some(&["A"]), "X"));
}
