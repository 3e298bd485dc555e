//! Comparisons with numbers and `http`, `as_str`, `status()` on subsets, and former reason
//! phrases accepted wherever the reason phrase is.

use status_core::StatusCode;

#[status_core::subset]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserError {
    NotFound {
        /// The user id.
        id: u64,
    },
    #[status(413)]
    TooBig(String),
    Gone,
}

#[status_core::subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetUser {
    Ok,
    #[status(404)]
    NoSuchUser,
}

#[test]
fn generated_enums_compare_with_u16_both_ways() {
    assert_eq!(StatusCode::NotFound, 404);
    assert_eq!(404, StatusCode::NotFound);
    assert_ne!(StatusCode::NotFound, 405);
    assert_eq!(GetUser::NoSuchUser, 404);
    assert_eq!(410, UserError::Gone);
    assert_eq!(UserError::NotFound { id: 7 }, 404_u16);
}

#[test]
fn as_str_is_the_three_digits() {
    for status in StatusCode::ALL {
        assert_eq!(status.as_str(), status.code().to_string());
    }
    assert_eq!(GetUser::NoSuchUser.as_str(), "404");
    assert_eq!(UserError::TooBig(String::new()).as_str(), "413");
    // `&'static str`: no allocation, usable beyond the value's life.
    let s: &'static str = UserError::Gone.as_str();
    assert_eq!(s, "410");
}

#[test]
fn subsets_give_their_status_code_from_a_borrow() {
    const OK: StatusCode = GetUser::Ok.status();
    let err = UserError::TooBig("x".repeat(3));
    let borrowed: &UserError = &err;
    assert_eq!(borrowed.status(), StatusCode::ContentTooLarge);
    assert_eq!(UserError::NotFound { id: 1 }.status(), StatusCode::NotFound);
    assert_eq!(GetUser::NoSuchUser.status(), StatusCode::NotFound);
    assert_eq!(OK, StatusCode::Ok);
}

#[test]
fn former_reason_phrases_parse() {
    for (text, status) in [
        ("413 Payload Too Large", StatusCode::ContentTooLarge),
        ("413 request entity too large", StatusCode::ContentTooLarge),
        ("422 Unprocessable Entity", StatusCode::UnprocessableContent),
        ("416 Requested Range Not Satisfiable", StatusCode::RangeNotSatisfiable),
        ("413 Content Too Large", StatusCode::ContentTooLarge),
    ] {
        assert_eq!(text.parse::<StatusCode>(), Ok(status), "{text}");
    }
    assert!(matches!(
        "413 Not Found".parse::<StatusCode>(),
        Err(status_core::ParseStatusError::ReasonMismatch { code: 413, expected: "Content Too Large" })
    ));
    // Every former name the registry records parses, for every code.
    for info in StatusCode::REGISTRY.iter().filter(|i| StatusCode::from_u16(i.code()).is_some()) {
        for former in info.former_names() {
            let text = format!("{} {former}", info.code());
            assert_eq!(text.parse::<StatusCode>().map(StatusCode::code), Ok(info.code()), "{text}");
        }
    }
}

#[test]
fn serde_as_reason_accepts_former_names() {
    #[derive(serde::Deserialize)]
    struct Row {
        #[serde(with = "status_core::serde::as_reason")]
        status: StatusCode,
    }
    let row: Row = serde_json::from_str(r#"{"status":"Unprocessable Entity"}"#).unwrap();
    assert_eq!(row.status, StatusCode::UnprocessableContent);
    let row: Row = serde_json::from_str(r#"{"status":"payload too large"}"#).unwrap();
    assert_eq!(row.status, StatusCode::ContentTooLarge);
}

#[test]
fn generated_enums_compare_with_http_status_codes_both_ways() {
    assert_eq!(StatusCode::NotFound, http::StatusCode::NOT_FOUND);
    assert_eq!(http::StatusCode::NOT_FOUND, StatusCode::NotFound);
    assert_eq!(UserError::Gone, http::StatusCode::GONE);
    assert_eq!(http::StatusCode::OK, GetUser::Ok);
    assert_ne!(http::StatusCode::OK, GetUser::NoSuchUser);
}
