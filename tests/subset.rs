//! Subsets of `StatusCode`: the generated API, conversions both ways, data-carrying variants.

// `Subset`: a subset's class predicates and most used facts are the trait's provided methods.
use status_core::{StatusClass, StatusCode, Subset as _, subset};

/// What `GET /users/{id}` answers.
#[subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GetUser {
    /// Found.
    Ok,
    /// Cached copy is current.
    NotModified,
    /// No such user.
    #[status(404)]
    UserMissing,
    /// Deleted.
    Gone,
}

/// An error type carrying data; not `Copy`.
#[subset]
#[derive(Debug, PartialEq)]
pub enum ApiError {
    /// Validation failed.
    #[status(422)]
    Invalid {
        /// The field at fault.
        field: String,
    },
    /// Rate limited.
    TooManyRequests(u32),
    /// Unexpected.
    InternalServerError,
}

/// Not `Copy` or even `Clone`: the generated methods take `&self`.
#[subset]
pub enum Bare {
    /// Only one.
    NoContent,
}

#[test]
fn subset_api_matches_status_code() {
    assert_eq!(GetUser::ALL, [GetUser::Ok, GetUser::NotModified, GetUser::UserMissing, GetUser::Gone]);
    for s in GetUser::ALL {
        let canonical = StatusCode::from(s);
        assert_eq!(s.code(), canonical.code());
        assert_eq!(s as u16, canonical.code());
        assert_eq!(s.reason(), canonical.reason());
        assert_eq!(s.class(), canonical.class());
        assert_eq!(s.to_string(), canonical.to_string());
        assert_eq!(s.info(), canonical.info());
        assert_eq!(s.is_client_error(), canonical.is_client_error());
        assert_eq!(u16::from(s), s.code());
        assert_eq!(GetUser::try_from(canonical), Ok(s));
        assert_eq!(GetUser::try_from(s.code()), Ok(s));
        assert_eq!(GetUser::from_u16(s.code()), Some(s));
        assert_eq!(s.to_string().parse::<GetUser>(), Ok(s));
    }
    assert_eq!(GetUser::UserMissing.reason(), "Not Found");
    assert_eq!(GetUser::Gone.class(), StatusClass::ClientError);
}

#[test]
fn codes_outside_the_subset_are_errors_that_say_so() {
    let err = GetUser::try_from(StatusCode::InternalServerError).unwrap_err();
    assert_eq!(err.code(), 500);
    assert_eq!(err.registered().map(status_core::StatusInfo::reason), Some("Internal Server Error"));
    assert_eq!(err.to_string(), "status code 500 Internal Server Error is not one of the codes of `GetUser`");
    let err = GetUser::try_from(299).unwrap_err();
    assert!(err.to_string().contains("not registered"), "{err}");
    for code in 0..=1000 {
        assert_eq!(GetUser::try_from(code).is_ok(), [200, 304, 404, 410].contains(&code));
    }
}

#[test]
fn data_variants_still_have_codes_and_convert_to_status_code() {
    let e = ApiError::Invalid { field: "name".into() };
    assert_eq!(e.code(), 422);
    assert_eq!(e.to_string(), "422 Unprocessable Content");
    assert_eq!(ApiError::TooManyRequests(3).reason(), "Too Many Requests");
    assert!(ApiError::InternalServerError.is_server_error());
    assert_eq!(StatusCode::from(ApiError::TooManyRequests(3)), StatusCode::TooManyRequests);
    assert_eq!(u16::from(e), 422);
}

#[test]
fn non_copy_subsets_work_through_references() {
    let b = Bare::NoContent;
    assert_eq!(b.code(), 204);
    assert!(!b.status().allows_content());
    assert_eq!(Bare::try_from(204).map(|b| b.code()), Ok(204));
}

/// An existing enum with its own discriminants, made a checked subset by the derive.
#[derive(status_core::Subset, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Legacy {
    /// Fine.
    Ok = 200,
    /// Missing, named freely: the discriminant gives the code.
    Missing = 404,
    /// A registry name without a discriminant.
    Gone,
}

/// The derive on a subset of a custom registry.
#[derive(status_core::Subset, Debug, Clone, Copy, PartialEq, Eq)]
#[subset(of = Local, registry = "tests/registries/app.toml")]
pub enum LocalDerived {
    /// Dropped by nginx.
    NoResponse,
}

/// The custom registry `LocalDerived` draws from.
#[status_core::registry(path = "tests/registries/app.toml")]
pub enum Local {}

#[test]
fn derive_keeps_the_enum_and_adds_the_api() {
    assert_eq!(Legacy::Missing as u16, 404);
    assert_eq!(Legacy::Missing.code(), 404);
    assert_eq!(Legacy::Gone.code(), 410);
    assert_eq!(Legacy::Missing.to_string(), "404 Not Found");
    assert_eq!(StatusCode::from(Legacy::Gone), StatusCode::Gone);
    assert_eq!(Legacy::try_from(200), Ok(Legacy::Ok));
    assert_eq!(Legacy::ALL, [Legacy::Ok, Legacy::Missing, Legacy::Gone]);
    assert_eq!(Legacy::Missing.summary(), StatusCode::NotFound.summary());
    assert_eq!(Local::from(LocalDerived::NoResponse), Local::NoResponse);
}
