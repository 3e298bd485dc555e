//! Interop with the `http` crate (feature `http`): every generated enum converts to
//! `http::StatusCode`, and enums with unit variants convert back with `TryFrom`, failing with
//! [`UnknownStatus`](crate::UnknownStatus) for codes they lack.
//!
//! ```
//! use status_core::StatusCode;
//!
//! let response = http::Response::builder().status(StatusCode::Created).body(())?;
//! assert_eq!(response.status(), http::StatusCode::CREATED);
//!
//! let back = StatusCode::try_from(response.status());
//! assert_eq!(back, Ok(StatusCode::Created));
//!
//! let nginx = http::StatusCode::from_u16(499)?;
//! let err = StatusCode::try_from(nginx).unwrap_err();
//! assert_eq!((err.code(), err.fallback()), (499, Some(StatusCode::BadRequest)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// `http::StatusCode` for a code of a generated enum.
///
/// Registry codes are validated to lie in 100..=999, exactly the range `http` accepts, so the
/// fallback below is unreachable; a test runs every generated code through it.
#[doc(hidden)]
#[must_use]
pub fn to_http(code: u16) -> ::http::StatusCode {
    ::http::StatusCode::from_u16(code).unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}
