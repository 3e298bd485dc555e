//! OpenAPI (feature `utoipa`): every generated enum implements `utoipa::IntoResponses`, one
//! response per variant, so the enum of what a handler returns also documents it:
//!
//! ```ignore
//! #[utoipa::path(post, path = "/users", responses(CreateUser, UserError))]
//! async fn create_user() {}
//! ```
//!
//! Each response is keyed by its code (`"201"`); its description is the variant's own doc
//! comment, or else the registry's summary, so it is never empty. `#[header(..)]` fields are
//! documented response headers; 4xx and 5xx responses declare the `application/problem+json`
//! content the responses feature sends, with the RFC 9457 problem object as its schema.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use utoipa::openapi::schema::{ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, RefOr, Response, ResponseBuilder};

/// What the generated code says about one variant's response.
#[doc(hidden)]
pub struct ResponseDoc {
    /// The code, e.g. 404.
    pub code: u16,
    /// The variant's doc comment, or the registry's summary.
    pub description: &'static str,
    /// `#[header(..)]` fields: the field name and what it carries.
    pub headers: &'static [(&'static str, &'static str)],
}

/// The responses of a subset held by a `#[status(transparent)]` variant (which must be a
/// subset: the bound says so before `IntoResponses` does).
#[doc(hidden)]
#[must_use]
pub fn held_responses<T: crate::Subset + utoipa::IntoResponses>() -> BTreeMap<String, RefOr<Response>> {
    T::responses()
}

/// The responses of a generated enum, keyed by code.
#[doc(hidden)]
#[must_use]
pub fn responses(docs: &[ResponseDoc]) -> BTreeMap<String, RefOr<Response>> {
    let mut out = BTreeMap::new();
    for (i, doc) in docs.iter().enumerate() {
        if docs[..i].iter().any(|d| d.code == doc.code) {
            continue;
        }
        // Several variants of one code (different causes): one response that says each.
        let same: Vec<&ResponseDoc> = docs[i..].iter().filter(|d| d.code == doc.code).collect();
        out.insert(doc.code.to_string(), RefOr::T(response(&same)));
    }
    out
}

fn response(docs: &[&ResponseDoc]) -> Response {
    let mut descriptions: Vec<&str> = Vec::new();
    for doc in docs {
        if !descriptions.contains(&doc.description) {
            descriptions.push(doc.description);
        }
    }
    let doc = docs[0];
    let mut response = ResponseBuilder::new().description(descriptions.join("\n\nOr: "));
    let mut seen: Vec<&str> = Vec::new();
    for (field, description) in docs.iter().flat_map(|d| d.headers) {
        if seen.iter().any(|s| s.eq_ignore_ascii_case(field)) {
            continue;
        }
        seen.push(field);
        let header = HeaderBuilder::new()
            .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
            .description(Some(*description));
        response = response.header(*field, header.build());
    }
    if doc.code >= 400 {
        response = response
            .content(crate::respond::PROBLEM_JSON, ContentBuilder::new().schema(Some(problem_schema())).build());
    }
    response.build()
}

/// The RFC 9457 problem object as the responses feature sends it.
#[must_use]
pub fn problem_schema() -> RefOr<utoipa::openapi::schema::Schema> {
    let string = || ObjectBuilder::new().schema_type(Type::String);
    ObjectBuilder::new()
        .schema_type(Type::Object)
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
        .required("type")
        .required("title")
        .required("status")
        .into()
}
