//! The types of `status_core::axum`: the extractors with what they share with axum's
//! (`Deref`, `From<T>`, `Debug`, `Clone`, `Copy`, `Default`), and their [`Rejection`]; the
//! extractor impls are in `mod.rs`.

use crate::extract::{self, ErrorBody};
use crate::problem::{ErrorFormat, Rfc9457};
use ::axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};
use alloc::string::String;
use axum_core::response::{IntoResponse, Response};
use core::fmt;
use core::marker::PhantomData;

/// Names `T` through a format type: `<F as Carry<T>>::Value` is `T`, whatever `F` is.
///
/// It is how [`Json<T, F>`](Json) and the other extractors stay one-field tuple structs
/// (`Json(value)`, as axum's) while taking the error format `F` as a type parameter: a struct
/// must use each of its type parameters, and a field of type `PhantomData<F>` would be a second
/// field every pattern and constructor had to write. The field's type is `T`; you never
/// implement or name this trait.
pub trait Carry<T> {
    /// `T`.
    type Value;
}

impl<F: ?Sized, T> Carry<T> for F {
    type Value = T;
}

macro_rules! extractor {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Its field is a `T` ([`Carry`] names it through `F`, so that the struct has one field).
        #[must_use]
        pub struct $name<T, F = Rfc9457>(pub <F as Carry<T>>::Value);

        impl<T, F> core::ops::Deref for $name<T, F> {
            type Target = T;

            fn deref(&self) -> &T {
                &self.0
            }
        }

        impl<T, F> core::ops::DerefMut for $name<T, F> {
            fn deref_mut(&mut self) -> &mut T {
                &mut self.0
            }
        }

        impl<T, F> From<T> for $name<T, F> {
            fn from(value: T) -> Self {
                $name(value)
            }
        }

        impl<T: fmt::Debug, F> fmt::Debug for $name<T, F> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl<T: Clone, F> Clone for $name<T, F> {
            fn clone(&self) -> Self {
                $name(self.0.clone())
            }
        }

        impl<T: Copy, F> Copy for $name<T, F> {}

        impl<T: Default, F> Default for $name<T, F> {
            fn default() -> Self {
                $name(T::default())
            }
        }
    };
}

extractor! {
    /// axum's [`Json`](::axum::Json), whose rejection is an error body in the format `F`
    /// ([`Rfc9457`] by default): `400` for a body that is not JSON, `415` without a JSON
    /// `Content-Type`, `422` for JSON of the wrong shape (a missing field, a wrong type), and
    /// `413` for a body over the limit, with axum's text as the `detail`.
    ///
    /// Also a response, as axum's: the value as `application/json` (a value that does not
    /// serialize is a 500 in the format `F`).
    ///
    /// ```
    /// use serde::{Deserialize, Serialize};
    /// use status_core::axum::Json;
    ///
    /// #[derive(Deserialize, Serialize)]
    /// struct User {
    ///     name: String,
    /// }
    ///
    /// async fn echo(Json(user): Json<User>) -> Json<User> {
    ///     Json(user)
    /// }
    ///
    /// // Where no type says which format, `Json::<_>` takes the default one.
    /// async fn created(Json(user): Json<User>) -> impl axum::response::IntoResponse {
    ///     (axum::http::StatusCode::CREATED, Json::<_>(user))
    /// }
    ///
    /// let app: axum::Router = axum::Router::new()
    ///     .route("/echo", axum::routing::post(echo))
    ///     .route("/users", axum::routing::post(created));
    /// ```
    Json
}

extractor! {
    /// axum's [`Path`](::axum::extract::Path), whose rejection is an error body in the format
    /// `F` ([`Rfc9457`] by default): `400` for a parameter that does not parse (`/users/abc`
    /// for a `Path<u64>`), `500` for a route whose parameters do not fit `T`, with axum's text
    /// as the `detail`.
    ///
    /// ```
    /// use status_core::axum::Path;
    ///
    /// async fn show(Path(id): Path<u64>) -> String {
    ///     format!("user {id}")
    /// }
    ///
    /// let app: axum::Router = axum::Router::new().route("/users/{id}", axum::routing::get(show));
    /// ```
    Path
}

extractor! {
    /// axum's [`Query`](::axum::extract::Query), whose rejection is an error body in the
    /// format `F` ([`Rfc9457`] by default): `400` for a query string that does not fit `T`,
    /// with axum's text as the `detail`.
    ///
    /// ```
    /// use serde::Deserialize;
    /// use status_core::axum::Query;
    ///
    /// #[derive(Deserialize)]
    /// struct Page {
    ///     page: u32,
    /// }
    ///
    /// async fn list(Query(page): Query<Page>) -> String {
    ///     format!("page {}", page.page)
    /// }
    ///
    /// let app: axum::Router = axum::Router::new().route("/users", axum::routing::get(list));
    /// ```
    Query
}

extractor! {
    /// axum's [`Form`](::axum::Form) (the query string for `GET` and `HEAD`, an
    /// `application/x-www-form-urlencoded` body otherwise), whose rejection is an error body
    /// in the format `F` ([`Rfc9457`] by default): `415` without the form `Content-Type`, `422`
    /// for a body that does not fit `T` (`400` for a query string), with axum's text as the
    /// `detail`. Unlike axum's, it is not a response.
    ///
    /// ```
    /// use serde::Deserialize;
    /// use status_core::axum::Form;
    ///
    /// #[derive(Deserialize)]
    /// struct Login {
    ///     name: String,
    /// }
    ///
    /// async fn login(Form(login): Form<Login>) -> String {
    ///     login.name
    /// }
    ///
    /// let app: axum::Router = axum::Router::new().route("/login", axum::routing::post(login));
    /// ```
    Form
}

/// An extractor's rejection, or a request no route takes, as an error body in the format `F`:
/// the status, the registry's title for it, and the text as the `detail`.
///
/// It is the `Rejection` of [`Json`], [`Path`], [`Query`] and [`Form`], so a handler that takes
/// `Result<Json<T>, Rejection>` sees it, and `From` makes one of axum's own rejections:
///
/// ```
/// use status_core::axum::Rejection;
///
/// let axum_rejection = axum::Json::<u32>::from_bytes(b"\"seven\"").unwrap_err();
/// let rejection: Rejection = axum_rejection.into();
/// assert_eq!(rejection.code(), 422);
/// assert!(rejection.detail().starts_with("Failed to deserialize the JSON body"));
/// assert!(rejection.to_string().starts_with("422 Unprocessable Content: Failed to"));
/// ```
pub struct Rejection<F = Rfc9457> {
    code: u16,
    detail: String,
    format: PhantomData<fn() -> F>,
}

impl<F> Rejection<F> {
    /// A rejection with status `code` and `detail`.
    pub fn new(code: u16, detail: impl Into<String>) -> Self {
        Rejection { code, detail: detail.into(), format: PhantomData }
    }

    /// The status code.
    #[must_use]
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The `detail`: axum's text for the rejection.
    #[must_use]
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl<F> fmt::Debug for Rejection<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rejection").field("code", &self.code).field("detail", &self.detail).finish()
    }
}

impl<F> Clone for Rejection<F> {
    fn clone(&self) -> Self {
        Rejection::new(self.code, self.detail.clone())
    }
}

/// `400 Bad Request: <detail>`.
impl<F> fmt::Display for Rejection<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.code, extract::title(self.code), self.detail)
    }
}

impl<F> core::error::Error for Rejection<F> {}

impl<F: ErrorFormat> IntoResponse for Rejection<F> {
    fn into_response(self) -> Response {
        super::error_response(ErrorBody::new::<F>(self.code, Some(&self.detail)))
    }
}

macro_rules! from_axum_rejection {
    ($($rejection:ident),*) => {$(
        #[doc = concat!("axum's `", stringify!($rejection), "`: its status and `body_text()`.")]
        impl<F> From<$rejection> for Rejection<F> {
            fn from(rejection: $rejection) -> Self {
                Rejection::new(rejection.status().as_u16(), rejection.body_text())
            }
        }
    )*};
}
from_axum_rejection!(JsonRejection, PathRejection, QueryRejection, FormRejection);
