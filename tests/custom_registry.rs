//! Custom registries: the same generated API as `StatusCode`, conversions where codes overlap,
//! subsets of them, and the shipped unofficial registry.

use status_core::unofficial::Status as Unofficial;
use status_core::{Registration, StatusClass, StatusCode, registry, subset};

/// A team's registry with IANA and vendor codes.
#[registry(path = "tests/registries/app.toml")]
pub enum AppStatus {}

/// A subset of `AppStatus`.
#[subset(of = AppStatus, registry = "tests/registries/app.toml")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyOutcome {
    /// Passed through.
    Ok,
    /// Dropped.
    #[status(444)]
    Dropped,
}

#[test]
fn custom_registry_has_the_full_api() {
    assert_eq!(
        AppStatus::ALL,
        [AppStatus::Ok, AppStatus::NotFound, AppStatus::NoResponse, AppStatus::UnknownOriginError]
    );
    assert_eq!(AppStatus::REGISTRY.len(), 5);
    assert_eq!(AppStatus::NoResponse.to_string(), "444 No Response");
    assert_eq!("520".parse::<AppStatus>(), Ok(AppStatus::UnknownOriginError));
    assert_eq!(AppStatus::UnknownOriginError.class(), StatusClass::ServerError);
    assert!(AppStatus::NoResponse.is_client_error());
    assert_eq!(AppStatus::NoResponse.info().used_by(), Some("nginx"));
    assert_eq!(AppStatus::NoResponse.registration(), Registration::Unofficial);
    let err = AppStatus::try_from(599).unwrap_err();
    assert!(err.to_string().contains("registered as unused"), "{err}");
    assert_eq!(err.target(), "AppStatus");
}

#[test]
fn conversions_with_status_code_go_by_number_where_codes_overlap() {
    assert_eq!(StatusCode::try_from(AppStatus::NotFound), Ok(StatusCode::NotFound));
    assert_eq!(StatusCode::try_from(AppStatus::NoResponse).unwrap_err().code(), 444);
    assert_eq!(AppStatus::try_from(StatusCode::Ok), Ok(AppStatus::Ok));
    let err = AppStatus::try_from(StatusCode::Gone).unwrap_err();
    assert_eq!((err.code(), err.fallback()), (410, Some(StatusCode::BadRequest)));
}

#[test]
fn subsets_of_custom_registries_convert_to_their_registry_enum() {
    assert_eq!(AppStatus::from(ProxyOutcome::Dropped), AppStatus::NoResponse);
    assert_eq!(ProxyOutcome::try_from(AppStatus::Ok), Ok(ProxyOutcome::Ok));
    assert_eq!(ProxyOutcome::try_from(444), Ok(ProxyOutcome::Dropped));
    let err = ProxyOutcome::try_from(404).unwrap_err();
    assert_eq!(err.to_string(), "status code 404 Not Found is not one of the codes of `ProxyOutcome`");
    assert_eq!(ProxyOutcome::Dropped.status().summary(), AppStatus::NoResponse.summary());
    // The facts used most are also the `Subset` trait's, written once in status-core.
    assert_eq!(status_core::Subset::summary(&ProxyOutcome::Dropped), AppStatus::NoResponse.summary());
    assert!(status_core::Subset::is_client_error(&ProxyOutcome::Dropped));
}

#[test]
fn unofficial_registry_covers_vendor_codes_with_sources() {
    for code in [
        418, 419, 420, 430, 444, 449, 460, 463, 494, 495, 496, 497, 499, 509, 520, 521, 522, 523, 524, 525, 526, 529,
        530, 561,
    ] {
        let status = Unofficial::from_u16(code).unwrap_or_else(|| panic!("{code} missing"));
        let info = status.info();
        assert_eq!(info.registration(), Registration::Unofficial, "{code}");
        assert!(info.used_by().is_some_and(|u| !u.is_empty()), "{code} names who uses it");
        assert!(info.citation().url.starts_with("http"), "{code} has a source");
    }
    assert_eq!(Unofficial::ImATeapot.reason(), "I'm a teapot");
    assert_eq!(Unofficial::RetryWith.to_string(), "449 Retry With");
    assert_eq!(Unofficial::WebServerIsDown.class(), StatusClass::ServerError);
    assert_eq!(Unofficial::ALL.len(), 24);
    assert_eq!(Unofficial::try_from(StatusCode::NotFound).unwrap_err().code(), 404);
    // Every entry cites its best source, never a list compiled by others as its citation; where
    // only secondary sources exist beside it, the entry says so.
    for s in Unofficial::ALL {
        assert!(!s.info().citation().url.contains("wikipedia.org"), "{}", s.code());
    }
    for s in [Unofficial::EnhanceYourCalm, Unofficial::BandwidthLimitExceeded] {
        assert!(s.info().citation().spec.contains("own documentation"), "{}", s.code());
    }
    assert!(Unofficial::BandwidthLimitExceeded.info().description().contains("secondary sources"));
    // No unofficial code collides with a registered, usable one (the 425 Unordered Collection entry,
    // which did, was dropped for lack of a primary source).
    let overlapping: Vec<u16> =
        Unofficial::ALL.iter().map(|s| s.code()).filter(|&c| StatusCode::from_u16(c).is_some()).collect();
    assert_eq!(overlapping, [0_u16; 0]);
}
