//! OpenAPI (feature `utoipa`): every generated enum implements `utoipa::IntoResponses`, one
//! response per variant, so the enum of what a handler returns also documents it:
//!
//! ```ignore
//! #[utoipa::path(post, path = "/users", responses(CreateUser, UserError))]
//! async fn create_user() {}
//! ```
//!
//! Each response is keyed by its code (`"201"`); its description is the variant's
//! `#[response(description = "..")]`, else the first paragraph of its doc comment, else the
//! registry's summary, so it is never empty (and the rest of a doc comment, often written for
//! the code's readers, is not published). `#[header(..)]` fields are documented response headers
//! typed by their fields (`u32`: an integer; an `Option` is not required). 4xx and 5xx responses
//! declare the content their format sends: for RFC 9457, `application/problem+json` with a
//! reference to the one [`Problem`] component, which the document lists with
//! `#[openapi(components(schemas(status_core::openapi::Problem, ..)))]` (utoipa 6 collects no
//! component schemas from `IntoResponses`); extension members are added beside it. A `#[body]
//! Json<T>` is `application/json` with a reference to `T` (list it in the components too, the
//! usual utoipa way). An enum holding other subsets documents exactly their codes and its own.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::marker::PhantomData;
use utoipa::openapi::schema::{AllOfBuilder, ArrayBuilder, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::{PartialSchema, ToSchema};

/// What the generated code says about one variant's response.
#[doc(hidden)]
pub struct ResponseDoc {
    /// The code, e.g. 404.
    pub code: u16,
    /// `#[response(description = "..")]`, the variant's first doc paragraph, or the registry's
    /// summary.
    pub description: &'static str,
    /// `#[header(..)]` fields.
    pub headers: &'static [HeaderDoc],
    /// The content: media type and schema (a `#[body]`, or the enum's error format); `None`
    /// for no content or content the document cannot describe.
    pub content: fn() -> Option<(&'static str, RefOr<Schema>)>,
    /// The problem members the variant adds (extension members, `errors`, `instance`).
    pub members: &'static [&'static str],
}

/// A `#[header(..)]` field in an `OpenAPI` document.
#[doc(hidden)]
pub struct HeaderDoc {
    pub name: &'static str,
    pub description: &'static str,
    /// Whether every response of the variant has it (not an `Option`).
    pub required: bool,
    /// The schema of the field's type.
    pub schema: fn() -> RefOr<Schema>,
}

/// The RFC 9457 problem object as a component: list it in
/// `#[openapi(components(schemas(status_core::openapi::Problem)))]`, and every 4xx/5xx
/// response's `$ref: "#/components/schemas/Problem"` resolves.
#[derive(Debug, Clone, Copy)]
pub struct Problem;

impl PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        problem_schema()
    }
}

impl ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}

/// A reference to the `Problem` component.
#[must_use]
pub fn problem_ref() -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name("Problem"))
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
    let mut response = ResponseBuilder::new().description(descriptions.join("\n\nOr: "));
    let mut seen: Vec<&str> = Vec::new();
    for header in docs.iter().flat_map(|d| d.headers) {
        if seen.iter().any(|s| s.eq_ignore_ascii_case(header.name)) {
            continue;
        }
        seen.push(header.name);
        // Required only when every variant of the code sends it.
        let required = header.required
            && docs.iter().all(|d| d.headers.iter().any(|h| h.name.eq_ignore_ascii_case(header.name) && h.required));
        let mut built =
            HeaderBuilder::new().schema(Some((header.schema)())).description(Some(header.description)).build();
        // utoipa 6's `Header` has no field for the Header Object's `required`; its extensions
        // are written flat into the object, so the member comes out as OpenAPI spells it.
        built.extensions = Some(utoipa::openapi::extensions::Extensions::from_iter([("required", required)]));
        response = response.header(header.name, built);
    }
    if let Some((media_type, schema)) = (docs[0].content)() {
        let members: Vec<&str> = docs.iter().flat_map(|d| d.members.iter().copied()).collect();
        let schema = if media_type == crate::problem::PROBLEM_JSON && !members.is_empty() {
            with_members(schema, &members)
        } else {
            schema
        };
        response = response.content(media_type, ContentBuilder::new().schema(Some(schema)).build());
    }
    response.build()
}

/// The problem schema and the members a variant adds to it.
fn with_members(problem: RefOr<Schema>, members: &[&str]) -> RefOr<Schema> {
    let mut extra = ObjectBuilder::new();
    for member in members {
        extra = extra.property(*member, ObjectBuilder::new());
    }
    AllOfBuilder::new().item(problem).item(extra).into()
}

/// A type, for the schema lookups generated code makes on it
/// (`(&&SchemaOf::<u32>::NEW).header_schema()`): the schema of a type that has one, a plain
/// string or any value otherwise (method resolution tries the impl on `&SchemaOf` first, as the
/// receiver has one reference more than the fallback's).
#[doc(hidden)]
pub struct SchemaOf<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> SchemaOf<T> {
    pub const NEW: Self = SchemaOf(PhantomData);
}

#[doc(hidden)]
pub trait HeaderHasSchema {
    fn header_schema(&self) -> RefOr<Schema>;
}

impl<T: ?Sized + PartialSchema> HeaderHasSchema for &SchemaOf<T> {
    fn header_schema(&self) -> RefOr<Schema> {
        T::schema()
    }
}

#[doc(hidden)]
pub trait HeaderIsText {
    fn header_schema(&self) -> RefOr<Schema>;
}

/// A header field's type with no schema of its own is written with `Display`: a string.
impl<T: ?Sized> HeaderIsText for SchemaOf<T> {
    fn header_schema(&self) -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::String).into()
    }
}

#[doc(hidden)]
pub trait BodyHasSchema {
    fn body_schema(&self) -> RefOr<Schema>;
}

/// A JSON body's value type that is a component: a reference to it (list the type in the
/// document's components, the usual utoipa way).
impl<T: ?Sized + ToSchema> BodyHasSchema for &SchemaOf<T> {
    fn body_schema(&self) -> RefOr<Schema> {
        RefOr::Ref(Ref::from_schema_name(T::name()))
    }
}

#[doc(hidden)]
pub trait BodyIsAnything {
    fn body_schema(&self) -> RefOr<Schema>;
}

/// A JSON body's value type without a schema: any JSON value.
impl<T: ?Sized> BodyIsAnything for SchemaOf<T> {
    fn body_schema(&self) -> RefOr<Schema> {
        ObjectBuilder::new().into()
    }
}

/// The content of a text body.
#[doc(hidden)]
#[must_use]
pub fn text_content() -> Option<(&'static str, RefOr<Schema>)> {
    Some(("text/plain; charset=utf-8", ObjectBuilder::new().schema_type(Type::String).into()))
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
