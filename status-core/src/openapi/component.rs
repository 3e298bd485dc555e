//! The `Problem` component, for documents that reference the problem object themselves.

use alloc::borrow::Cow;
use utoipa::openapi::schema::Schema;
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

/// The RFC 9457 problem object as a component, for a document or a format that references it
/// (`#[openapi(components(schemas(status_core::openapi::Problem)))]` lists it; then
/// [`problem_ref`] resolves). The responses of generated enums do not need it: they carry the
/// same schema inline.
#[derive(Debug, Clone, Copy)]
pub struct Problem;

impl PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        super::problem_schema()
    }
}

impl ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}

/// A reference to the `Problem` component (`#/components/schemas/Problem`): it resolves when the
/// document lists [`Problem`] in its components.
#[must_use]
pub fn problem_ref() -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name("Problem"))
}
