//! The RFC 9457 problem object's schema.

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, SchemaFormat, Type};

/// The RFC 9457 problem object as the responses feature sends it: the schema every 4xx/5xx
/// response in the default format carries inline (titled `Problem`), and the `Problem`
/// component's.
#[must_use]
pub fn problem_schema() -> RefOr<Schema> {
    let string = || ObjectBuilder::new().schema_type(Type::String);
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .title(Some("Problem"))
        .description(Some("An RFC 9457 problem: what went wrong, for people and programs."))
        .property(
            "type",
            string()
                .format(Some(SchemaFormat::Custom("uri-reference".into())))
                .description(Some("Identifies the problem type; \"about:blank\" when only the status code says it."))
                .default(Some("about:blank".into())),
        )
        .property("title", string().description(Some("The status code's reason phrase (RFC 9110).")))
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(100))
                .maximum(Some(999))
                .description(Some("The HTTP status code.")),
        )
        .property("detail", string().description(Some("What went wrong in this occurrence.")))
        .property(
            "instance",
            string()
                .format(Some(SchemaFormat::Custom("uri-reference".into())))
                .description(Some("Identifies this occurrence of the problem.")),
        )
        .property(
            "errors",
            ArrayBuilder::new()
                .items(
                    ObjectBuilder::new()
                        .schema_type(Type::Object)
                        .property("detail", string().description(Some("What is wrong with the member.")))
                        .property(
                            "pointer",
                            string().description(Some("A JSON pointer to the member, e.g. \"#/age\".")),
                        )
                        .required("detail")
                        .required("pointer"),
                )
                .description(Some("Field errors, when the request's content had some.")),
        )
        .required("type")
        .required("title")
        .required("status")
        .into()
}
