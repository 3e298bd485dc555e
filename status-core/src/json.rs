//! [`Json`]: JSON content that belongs to no framework, so a crate shared by a server and its
//! clients can hold it in a `#[body]` field with no framework feature on.

/// JSON content, `application/json`: sent with serde by the axum and actix-web responses
/// (features `axum`, `actix-web`) and read back with serde by a client (feature `client`).
///
/// ```
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct User { id: u64 }
///
/// let status_core::Json(user) = status_core::Json(User { id: 1 });
/// assert_eq!(user.id, 1);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Json<T>(pub T);

impl<T> From<T> for Json<T> {
    fn from(value: T) -> Self {
        Json(value)
    }
}

/// The media type the content is sent with.
#[cfg(any(feature = "axum", feature = "actix-web"))]
const APPLICATION_JSON: &str = "application/json";

/// The content serialized; a value serde refuses (a map with non-string keys) is a 500 with
/// the error's text, as axum's own `Json` answers.
#[cfg(any(feature = "axum", feature = "actix-web"))]
fn serialized<T: serde::Serialize>(value: &T) -> Result<alloc::vec::Vec<u8>, alloc::string::String> {
    serde_json::to_vec(value).map_err(|e| alloc::string::ToString::to_string(&e))
}

#[cfg(feature = "axum")]
impl<T: serde::Serialize> axum_core::response::IntoResponse for Json<T> {
    fn into_response(self) -> axum_core::response::Response {
        use http::header::{CONTENT_TYPE, HeaderValue};
        match serialized(&self.0) {
            Ok(bytes) => {
                let mut response = axum_core::response::Response::new(axum_core::body::Body::from(bytes));
                response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(APPLICATION_JSON));
                response
            }
            Err(error) => (http::StatusCode::INTERNAL_SERVER_ERROR, error).into_response(),
        }
    }
}

#[cfg(feature = "actix-web")]
impl<T: serde::Serialize> actix_web::Responder for Json<T> {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _: &actix_web::HttpRequest) -> actix_web::HttpResponse<Self::Body> {
        use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
        match serialized(&self.0) {
            Ok(bytes) => {
                let mut response = actix_web::HttpResponse::Ok().body(bytes);
                response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(APPLICATION_JSON));
                response
            }
            Err(error) => actix_web::HttpResponse::InternalServerError().body(error),
        }
    }
}

/// A 4xx/5xx `#[body]` for actix-web's `ResponseError`, which sends it from a borrow.
#[cfg(feature = "actix-web")]
impl<T: serde::Serialize> crate::respond::actix::ErrorBody for Json<T> {
    fn error_body(&self) -> Option<(Option<&'static str>, alloc::vec::Vec<u8>)> {
        serialized(&self.0).ok().map(|bytes| (Some(APPLICATION_JSON), bytes))
    }
}
