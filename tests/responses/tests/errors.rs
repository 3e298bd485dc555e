//! Subsets as error types, framework-free: thiserror and the other derives beside a subset,
//! `Error` and `source()` without them, `From` and `?`, several causes per code, composition.

use status_core::{StatusCode, Subset};
use status_responses::errors::{
    CommonError, DeriveFirst, Derived, DerivedPlain, GetUserError, Plain, WithDeriveMore, WithDisplaydoc, load_user,
};
use std::error::Error;

mod support;

fn io_error() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::PermissionDenied, "disk says no")
}

/// The messages of an error's `source()` chain, outermost first.
fn chain(e: &(dyn Error + 'static)) -> Vec<String> {
    std::iter::successors(Some(e), |e| (*e).source()).map(ToString::to_string).collect()
}

#[test]
fn thiserror_writes_display_error_and_from_and_the_status_stays_one_call_away() {
    let e = GetUserError::NotFound { id: 7 };
    assert_eq!(e.to_string(), "no user with id 7");
    assert_eq!(e.status().to_string(), "404 Not Found");
    assert_eq!(e.status(), StatusCode::NotFound);

    let e = CommonError::from(io_error());
    assert_eq!(e.to_string(), "database error");
    assert_eq!(chain(&e), ["database error", "disk says no"]);
    let e = GetUserError::from(e);
    assert_eq!((e.code(), e.status()), (500, StatusCode::InternalServerError));
    assert_eq!(e.to_string(), "database error", "transparent: the inner message");
    assert_eq!(e.status().to_string(), "500 Internal Server Error");

    let e = DeriveFirst::Storage { cause: io_error(), retry_after: 3 };
    assert_eq!(e.to_string(), "storage failed");
    assert_eq!(e.source().unwrap().to_string(), "disk says no");
}

#[test]
fn question_mark_converts_library_errors_through_a_shared_error() {
    let dir = support::users_dir("plain");
    assert_eq!(load_user(&dir, 1).unwrap().name, "Ada");
    let broken = load_user(&dir, 2).unwrap_err();
    assert!(matches!(broken, GetUserError::Common(CommonError::Other(_))));
    assert_eq!(broken.code(), 500);
    let missing = load_user(&dir, 3).unwrap_err();
    assert!(matches!(missing, GetUserError::Common(CommonError::Database(_))));
    assert!(matches!(load_user(&dir, 0), Err(GetUserError::NotFound { id: 0 })));
}

#[test]
fn without_a_derive_a_subset_is_an_error_with_sources_and_conversions() {
    let e = Plain::from(io_error());
    assert_eq!(e.to_string(), "500 Internal Server Error");
    assert_eq!(e.source().unwrap().to_string(), "disk says no");
    assert!(Plain::BadRequest.source().is_none());
    let parse = "x".parse::<u8>().unwrap_err();
    let e = Plain::Parse { source: parse.clone() };
    assert_eq!(e.source().unwrap().to_string(), parse.to_string());
    let boxed: Box<dyn Error + Send + Sync> = "upstream timed out".into();
    let e = Plain::from(boxed);
    assert_eq!((e.code(), e.source().unwrap().to_string()), (502, "upstream timed out".to_owned()));
    // Into the usual error containers.
    let boxed: Box<dyn Error + Send + Sync> = Box::new(Plain::BadRequest);
    assert_eq!(boxed.to_string(), "400 Bad Request");
    let any = anyhow::Error::new(Plain::from(io_error()));
    assert_eq!(format!("{any:#}"), "500 Internal Server Error: disk says no");
}

#[test]
fn the_derive_form_gets_the_same() {
    let e = Derived::from(io_error());
    assert_eq!((e.to_string(), e.code()), ("io".to_owned(), 500));
    assert_eq!(e.source().unwrap().to_string(), "disk says no");
    let e = DerivedPlain::from(io_error());
    assert_eq!((e.to_string(), e.code()), ("500 Internal Server Error".to_owned(), 500));
    assert_eq!(chain(&e), ["500 Internal Server Error", "disk says no"]);
    assert_eq!(DerivedPlain::Gone.to_string(), "410 Gone");
}

#[test]
fn derive_more_and_displaydoc_write_display() {
    let e = WithDeriveMore::from(io_error());
    assert_eq!((e.to_string(), e.code()), ("upstream failed".to_owned(), 502));
    assert_eq!(WithDeriveMore::PaymentRequired.to_string(), "payment required");
    assert_eq!(WithDisplaydoc::Busy.to_string(), "the teapot is busy");
    assert_eq!(WithDisplaydoc::Locked.code(), 423);
    let boxed: Box<dyn Error> = Box::new(WithDisplaydoc::Locked);
    assert_eq!(boxed.to_string(), "the record is locked");
}

#[test]
fn several_causes_share_a_code() {
    let database = CommonError::from(io_error());
    let other = CommonError::from(anyhow::anyhow!("boom"));
    assert_eq!((database.code(), other.code()), (500, 500));
    assert_eq!(database.status(), other.status());
    assert_eq!(other.to_string(), "boom");
    assert_eq!(<CommonError as Subset>::CODES, &[401, 500, 500]);
}

#[test]
fn a_composition_returns_the_union_of_its_codes() {
    assert_eq!(<GetUserError as Subset>::CODES, &[404, 429, 401, 500, 500]);
    let e = GetUserError::from(CommonError::Unauthorized { challenge: "Bearer" });
    assert_eq!((e.code(), e.reason(), e.as_str()), (401, "Unauthorized", "401"));
    assert!(e.is_client_error());
    assert_eq!(e.info().code(), 401);
    assert_eq!(StatusCode::from(e), StatusCode::Unauthorized);
    // Matching stays exhaustive, through the inner enum too.
    let describe = |e: &GetUserError| match e {
        GetUserError::NotFound { .. } => "not found",
        GetUserError::TooManyRequests { .. } => "slow down",
        GetUserError::Common(CommonError::Unauthorized { .. }) => "who are you",
        GetUserError::Common(CommonError::Database(_) | CommonError::Other(_)) => "our fault",
    };
    assert_eq!(describe(&GetUserError::from(CommonError::from(io_error()))), "our fault");
}

#[test]
fn the_derive_form_composes_too() {
    use status_responses::errors::DerivedComposed;
    let e = DerivedComposed::from(DerivedPlain::Gone);
    assert_eq!((e.code(), e.to_string()), (410, "410 Gone".to_owned()));
    assert_eq!(<DerivedComposed as Subset>::CODES, &[409, 410, 500]);
    let e = DerivedComposed::from(DerivedPlain::from(io_error()));
    assert_eq!(chain(&e), ["500 Internal Server Error", "disk says no"]);
}
