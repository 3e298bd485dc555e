//! serde and `http` interop for the three kinds of generated enums: the canonical `StatusCode`,
//! a subset, and a custom registry.

use status_core::unofficial::Status as Unofficial;
use status_core::{StatusCode, subset};

/// A subset.
#[subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetUser {
    /// Found.
    Ok,
    /// Missing.
    NotFound,
}

/// A subset with data: converts to `http::StatusCode`, has no serde impls of its own.
#[subset]
#[derive(Debug)]
pub enum ApiError {
    /// Missing.
    NotFound(u64),
}

fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[test]
fn serde_round_trips_every_variant_as_a_number() {
    for s in StatusCode::ALL {
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(text, s.code().to_string());
        assert_eq!(json::<StatusCode>(&text), Ok(s));
    }
    for s in GetUser::ALL {
        assert_eq!(json::<GetUser>(&serde_json::to_string(&s).unwrap()), Ok(s));
    }
    for s in Unofficial::ALL {
        assert_eq!(json::<Unofficial>(&serde_json::to_string(&s).unwrap()), Ok(s));
    }
}

#[test]
fn serde_rejects_what_is_not_a_code_of_the_enum_and_names_the_value() {
    let err = json::<StatusCode>("299").unwrap_err();
    assert!(err.contains("invalid status code 299") && err.contains("not registered"), "{err}");
    let err = json::<StatusCode>("418").unwrap_err();
    assert!(err.contains("418 is registered as unused"), "{err}");
    let err = json::<GetUser>("500").unwrap_err();
    assert!(err.contains("500 Internal Server Error is not one of the codes of `GetUser`"), "{err}");
    let err = json::<Unofficial>("200").unwrap_err();
    assert!(err.contains("invalid status code 200"), "{err}");
    let err = json::<StatusCode>("70000").unwrap_err();
    assert!(err.contains("70000") && err.contains("expected a status code of `StatusCode`"), "{err}");
    let err = json::<StatusCode>("-404").unwrap_err();
    assert!(err.contains("-404"), "{err}");
    let err = json::<StatusCode>("404.0").unwrap_err();
    assert!(err.contains("floating point `404.0`"), "{err}");
    let err = json::<StatusCode>("\"404\"").unwrap_err();
    assert!(err.contains("string \"404\""), "{err}");
    assert!(json::<StatusCode>("null").is_err());
}

#[test]
fn as_string_uses_the_text_form() {
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Line {
        #[serde(with = "status_core::serde::as_string")]
        status: GetUser,
    }
    let text = serde_json::to_string(&Line { status: GetUser::NotFound }).unwrap();
    assert_eq!(text, r#"{"status":"404 Not Found"}"#);
    assert_eq!(json::<Line>(&text), Ok(Line { status: GetUser::NotFound }));
    assert_eq!(json::<Line>(r#"{"status":"200"}"#), Ok(Line { status: GetUser::Ok }));
    let err = json::<Line>(r#"{"status":"404 Gone"}"#).unwrap_err();
    assert!(err.contains("invalid status code \"404 Gone\""), "{err}");
    assert!(json::<Line>(r#"{"status":404}"#).is_err());
}

#[test]
fn http_conversions_cover_every_code_from_100_to_999() {
    for code in 100..=999u16 {
        let h = http::StatusCode::from_u16(code).unwrap();
        match StatusCode::try_from(h) {
            Ok(s) => {
                assert_eq!(s.code(), code);
                assert_eq!(http::StatusCode::from(s), h);
            }
            Err(e) => {
                assert_eq!(e.code(), code);
                assert_eq!(StatusCode::from_u16(code), None);
            }
        }
        assert_eq!(GetUser::try_from(h).is_ok(), code == 200 || code == 404);
        match Unofficial::try_from(h) {
            Ok(s) => assert_eq!(http::StatusCode::from(s).as_u16(), code),
            Err(e) => assert_eq!(e.code(), code),
        }
    }
    for code in [499, 520, 999] {
        let err = StatusCode::try_from(http::StatusCode::from_u16(code).unwrap()).unwrap_err();
        assert_eq!(err.code(), code);
    }
    assert_eq!(http::StatusCode::from(ApiError::NotFound(7)), http::StatusCode::NOT_FOUND);
}

#[test]
fn response_builders_take_generated_enums() {
    let response = http::Response::builder().status(GetUser::NotFound).body(()).unwrap();
    assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    let response = http::Response::builder().status(StatusCode::ImUsed).body(()).unwrap();
    assert_eq!(response.status().as_u16(), 226);
}

#[test]
fn as_reason_uses_the_reason_phrase() {
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Row {
        #[serde(with = "status_core::serde::as_reason")]
        status: GetUser,
        #[serde(with = "status_core::serde::as_reason")]
        vendor: Unofficial,
    }
    let row = Row { status: GetUser::NotFound, vendor: Unofficial::ImATeapot };
    let text = serde_json::to_string(&row).unwrap();
    assert_eq!(text, r#"{"status":"Not Found","vendor":"I'm a teapot"}"#);
    assert_eq!(json::<Row>(&text), Ok(row));
    assert_eq!(
        json::<Row>(r#"{"status":"ok","vendor":"444"}"#),
        Ok(Row { status: GetUser::Ok, vendor: Unofficial::NoResponse })
    );
    assert!(json::<Row>(r#"{"status":"404 Not Found","vendor":"499 Client Closed Request"}"#).is_ok());
    let err = json::<Row>(r#"{"status":"Gone","vendor":"444"}"#).unwrap_err();
    assert!(err.contains("\"Gone\" is not the reason phrase or code"), "{err}");
    assert!(json::<Row>(r#"{"status":"404 Gone","vendor":"444"}"#).is_err());
}

#[test]
fn http_status_trait_serves_generic_code() {
    use status_core::HttpStatus;
    fn codes<T: HttpStatus>() -> Vec<u16> {
        T::ALL.iter().map(HttpStatus::code).collect()
    }
    assert_eq!(codes::<GetUser>(), [200, 404]);
    assert_eq!(codes::<StatusCode>().len(), 62);
    assert_eq!(<Unofficial as HttpStatus>::from_u16(444).map(|s| s.info().code()), Some(444));
}
