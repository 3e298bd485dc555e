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
//! typed by their fields (`u32`: an integer; an `Option` is not required). A `#[body]
//! Json<T>` is `application/json` with a reference to `T` (list it in the components, the usual
//! utoipa way). An enum holding other subsets documents exactly their codes and its own.
//!
//! 4xx and 5xx responses declare the content their format sends, asked of the format per
//! variant ([`ErrorFormat::openapi_for`](crate::problem::ErrorFormat::openapi_for)): a service
//! with two error shapes documents both. Variants of one code with different schemas of one
//! media type are listed as `oneOf`; different media types are one content each. For RFC 9457,
//! the content is `application/problem+json` with the [`Problem`] schema written inline, so the
//! document needs no component of ours: utoipa 6 collects no component schemas from
//! `IntoResponses`, and a reference nobody listed would dangle. Extension members are added
//! beside it.
//!
//! An endpoint that returns only some of a shared enum's variants documents just those with a
//! [`view!`]: the handler keeps returning the whole enum (so `?` and the helpers that make it
//! still work), and `responses(..)` names the view.
//!
//! ```ignore
//! status_core::openapi::view! {
//!     /// What `GET /users/{id}` can fail with.
//!     pub struct GetUserErrors = UserError { NotFound, Unauthorized };
//! }
//!
//! #[utoipa::path(get, path = "/users/{id}", responses(GetUser, GetUserErrors))]
//! async fn get_user() -> Result<GetUser, UserError> { .. }
//! ```

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use utoipa::openapi::schema::{AllOfBuilder, ObjectBuilder, OneOfBuilder, Schema};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, RefOr, Response, ResponseBuilder};

use crate::subset::Variant;

mod component;
mod lookup;
mod schema;
#[cfg(test)]
mod tests;
mod view;

#[doc(inline)]
pub use crate::__openapi_view as view;
pub use component::{Problem, problem_ref};
#[doc(hidden)]
pub use lookup::{BodyHasSchema, BodyIsAnything, HeaderHasSchema, HeaderIsText, SchemaOf, text_content};
pub use schema::problem_schema;

/// The content of a response as a format or a body documents it: media type and schema, or
/// `None` for a response without content.
pub type ContentDoc = Option<(&'static str, RefOr<Schema>)>;

/// What the generated code says about one variant's response.
#[doc(hidden)]
pub struct ResponseDoc {
    /// The variant (its code is the response's).
    pub variant: &'static Variant,
    /// `#[response(description = "..")]`, the variant's first doc paragraph, or the registry's
    /// summary.
    pub description: &'static str,
    /// `#[header(..)]` fields.
    pub headers: &'static [HeaderDoc],
    /// The content of the variant's response (a `#[body]`'s, or the enum's error format's for
    /// the variant); `None` for no content or content the document cannot describe.
    pub content: fn(&Variant) -> ContentDoc,
    /// The problem members the variant adds (extension members).
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

/// The responses of a generated enum's variants chosen by name: what [`view!`] documents a
/// part of. Every generated enum implements it (feature `utoipa`).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a generated enum, so `view!` cannot document its variants",
    label = "not made with `#[status_core::subset]`, `#[derive(Subset)]` or `#[registry]`"
)]
pub trait VariantResponses {
    /// The responses of the variants named in `only` (of every variant: `None`), keyed by
    /// code; a `#[status(transparent)]` variant brings every response of the subset it holds.
    fn variant_responses(only: Option<&[&str]>) -> BTreeMap<String, RefOr<Response>>;
}

/// Whether the variant `name` is among those chosen (`None`: all are).
#[doc(hidden)]
#[must_use]
pub fn includes(only: Option<&[&str]>, name: &str) -> bool {
    only.is_none_or(|names| names.contains(&name))
}

/// The responses of a subset held by a `#[status(transparent)]` variant (which must be a
/// subset: the bound says so before `IntoResponses` does).
#[doc(hidden)]
#[must_use]
pub fn held_responses<T: crate::Subset + utoipa::IntoResponses>() -> BTreeMap<String, RefOr<Response>> {
    T::responses()
}

/// The responses of the variants of a generated enum named in `only` (all: `None`), keyed by
/// code.
#[doc(hidden)]
#[must_use]
pub fn responses(docs: &[ResponseDoc], only: Option<&[&str]>) -> BTreeMap<String, RefOr<Response>> {
    let docs: Vec<&ResponseDoc> = docs.iter().filter(|d| includes(only, d.variant.name())).collect();
    let mut out = BTreeMap::new();
    for (i, doc) in docs.iter().enumerate() {
        let code = doc.variant.code();
        if docs[..i].iter().any(|d| d.variant.code() == code) {
            continue;
        }
        // Several variants of one code (different causes): one response that says each.
        let same: Vec<&ResponseDoc> = docs[i..].iter().copied().filter(|d| d.variant.code() == code).collect();
        out.insert(code.to_string(), RefOr::T(response(&same)));
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
    for (media_type, schema) in contents(docs) {
        response = response.content(media_type, ContentBuilder::new().schema(Some(schema)).build());
    }
    response.build()
}

/// The contents of one code's response, in the variants' order: one per media type, its
/// schema the variants' (each problem schema with the members its variants add), several
/// different ones as `oneOf`.
fn contents(docs: &[&ResponseDoc]) -> Vec<(&'static str, RefOr<Schema>)> {
    // Variants with the same media type and schema are one alternative; their members merge.
    let mut alternatives: Vec<(&'static str, RefOr<Schema>, Vec<&'static str>)> = Vec::new();
    for doc in docs {
        let Some((media_type, schema)) = (doc.content)(doc.variant) else { continue };
        let at = alternatives.iter().position(|(m, s, _)| *m == media_type && *s == schema);
        let at = at.unwrap_or_else(|| {
            alternatives.push((media_type, schema, Vec::new()));
            alternatives.len() - 1
        });
        let members = &mut alternatives[at].2;
        for member in doc.members {
            if !members.contains(member) {
                members.push(member);
            }
        }
    }
    let mut out: Vec<(&'static str, Vec<RefOr<Schema>>)> = Vec::new();
    for (media_type, schema, members) in alternatives {
        let schema = if media_type == crate::problem::PROBLEM_JSON && !members.is_empty() {
            with_members(schema, &members)
        } else {
            schema
        };
        match out.iter_mut().find(|(m, _)| *m == media_type) {
            Some((_, schemas)) => schemas.push(schema),
            None => out.push((media_type, alloc::vec![schema])),
        }
    }
    out.into_iter()
        .map(|(media_type, mut schemas)| match schemas.len() {
            1 => (media_type, schemas.remove(0)),
            _ => (media_type, schemas.into_iter().fold(OneOfBuilder::new(), OneOfBuilder::item).into()),
        })
        .collect()
}

/// The problem schema and the members a variant adds to it.
fn with_members(problem: RefOr<Schema>, members: &[&str]) -> RefOr<Schema> {
    let mut extra = ObjectBuilder::new();
    for member in members {
        extra = extra.property(*member, ObjectBuilder::new());
    }
    AllOfBuilder::new().item(problem).item(extra).into()
}
