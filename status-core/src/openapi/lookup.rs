//! The schema lookups generated code makes on header and body types: a type's own schema when
//! it has one, a fallback otherwise (autoref specialization on `SchemaOf`).

use core::marker::PhantomData;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

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
