//! The public API of `StatusCode`, over every code.

use status_core::{
    CacheKind, Condition, Content, HttpVersion, ParseStatusError, Party, Registration, Requirement, RetryKind,
    StatusClass, StatusCode, UnknownStatus,
};
use std::collections::HashSet;
use std::str::FromStr;

#[test]
fn all_is_every_variant_in_code_order() {
    assert_eq!(StatusCode::ALL.len(), 62);
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] < w[1] && w[0].code() < w[1].code()));
    let codes: HashSet<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(codes.len(), 62);
}

#[test]
fn every_code_round_trips_through_every_conversion() {
    for status in StatusCode::ALL {
        let code = status.code();
        assert_eq!(status as u16, code);
        assert_eq!(u16::from(status), code);
        assert_eq!(StatusCode::from_u16(code), Some(status));
        assert_eq!(StatusCode::try_from(code), Ok(status));
        assert_eq!(code.to_string().parse::<StatusCode>(), Ok(status));
        let display = status.to_string();
        assert_eq!(display, format!("{code} {}", status.reason()));
        assert_eq!(StatusCode::from_str(&display), Ok(status));
        assert_eq!(StatusCode::from_str(&display.to_uppercase()), Ok(status), "reason is compared ignoring case");
        assert_eq!(status.info().code(), code);
        assert_eq!(StatusCode::lookup(code), Some(status.info()));
    }
}

#[test]
fn class_predicates_agree_with_the_first_digit() {
    for status in StatusCode::ALL {
        let digit = status.code() / 100;
        let class = status.class();
        assert_eq!(u16::from(class.digit()), digit);
        assert_eq!(StatusClass::of(status.code()), Some(class));
        let flags = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(flags.iter().filter(|&&f| f).count(), 1, "{status}");
        assert!(flags[usize::from(digit) - 1], "{status}");
    }
}

#[test]
fn every_number_is_either_a_variant_or_an_unknown_status_that_keeps_it() {
    for code in 0..=u16::MAX {
        match StatusCode::try_from(code) {
            Ok(status) => assert_eq!(status.code(), code),
            Err(err) => {
                assert_eq!(err.code(), code);
                assert_eq!(err.class(), StatusClass::of(code));
                // RFC 9110, Section 15: the x00 of the class; a code without a class as a 5xx.
                assert_eq!(
                    err.fallback().map(StatusCode::code),
                    Some(StatusClass::of(code).map_or(500, |c| u16::from(c.digit()) * 100))
                );
                assert_eq!(err.target(), "StatusCode");
                assert!(!err.to_string().is_empty());
            }
        }
    }
}

#[test]
fn unrecognized_codes_fall_back_to_the_x00_code_of_their_class() {
    let fallback = |code: u16| StatusCode::try_from(code).unwrap_err().fallback();
    assert_eq!(fallback(299), Some(StatusCode::Ok));
    assert_eq!(fallback(499), Some(StatusCode::BadRequest));
    assert_eq!(fallback(150), Some(StatusCode::Continue));
    assert_eq!(fallback(399), Some(StatusCode::MultipleChoices));
    assert_eq!(fallback(599), Some(StatusCode::InternalServerError));
    // Outside 100..=599 there is no class, and a client handles the response as a server error.
    for code in [0, 99, 600, 999, u16::MAX] {
        let err = StatusCode::try_from(code).unwrap_err();
        assert_eq!((err.class(), err.fallback()), (None, Some(StatusCode::InternalServerError)), "{code}");
    }
}

#[test]
fn unused_codes_are_recorded_but_have_no_variant() {
    for code in [306, 418] {
        assert_eq!(StatusCode::from_u16(code), None);
        let err: UnknownStatus = StatusCode::try_from(code).unwrap_err();
        let info = err.registered().expect("unused codes are registered");
        assert_eq!(info.registration(), Registration::Unused);
        assert_eq!(info.reason(), "(Unused)");
        let msg = err.to_string();
        assert!(msg.contains(&format!("status code {code} is registered as unused")), "{msg}");
        assert!(msg.contains("RFC 9110, Section 15."), "{msg}");
    }
    assert_eq!(StatusCode::REGISTRY.len(), 64);
}

#[test]
fn from_str_says_why_it_refuses() {
    assert_eq!(StatusCode::from_str(""), Err(ParseStatusError::Empty));
    for bad in ["4o4", "40", "4040", " 404", "404 ", "-404", "+404", "404\tNot Found", "٤٠٤"] {
        assert_eq!(StatusCode::from_str(bad), Err(ParseStatusError::Syntax), "{bad:?}");
    }
    assert!(matches!(StatusCode::from_str("299"), Err(ParseStatusError::Unknown(e)) if e.code() == 299));
    assert_eq!(
        StatusCode::from_str("404 Found"),
        Err(ParseStatusError::ReasonMismatch { code: 404, expected: "Not Found" })
    );
    let msg = StatusCode::from_str("4o4").unwrap_err().to_string();
    assert!(msg.contains("three ASCII digits"), "{msg}");
}

#[test]
fn names_follow_the_rfc_9110_reason_phrases() {
    for (status, code, reason) in [
        (StatusCode::Ok, 200, "OK"),
        (StatusCode::NonAuthoritativeInformation, 203, "Non-Authoritative Information"),
        (StatusCode::ImUsed, 226, "IM Used"),
        (StatusCode::ContentTooLarge, 413, "Content Too Large"),
        (StatusCode::UriTooLong, 414, "URI Too Long"),
        (StatusCode::RangeNotSatisfiable, 416, "Range Not Satisfiable"),
        (StatusCode::UnprocessableContent, 422, "Unprocessable Content"),
        (StatusCode::HttpVersionNotSupported, 505, "HTTP Version Not Supported"),
    ] {
        assert_eq!((status.code(), status.reason()), (code, reason));
    }
}

#[test]
fn spec_facts_are_exposed() {
    // RFC 9110, Section 15.1: the heuristically cacheable codes of that specification, 451 by
    // RFC 7725 and 226 by RFC 3229, Section 10.4.1 (RFC 2616's cacheable-by-default wording).
    let cacheable: Vec<u16> =
        StatusCode::ALL.iter().filter(|s| s.is_heuristically_cacheable()).map(|s| s.code()).collect();
    assert_eq!(cacheable, [200, 203, 204, 206, 226, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
    let no_content: Vec<u16> = StatusCode::ALL.iter().filter(|s| !s.allows_content()).map(|s| s.code()).collect();
    assert_eq!(no_content, [100, 101, 102, 103, 104, 204, 205, 304]);
    // By message framing only 1xx, 204 and 304 never have content (RFC 9112, Section 6.3); a 205's
    // server MUST NOT generate content, but its framing is read as usual (RFC 9110, Section 15.3.6).
    let framing: Vec<u16> =
        StatusCode::ALL.iter().filter(|s| s.content() == Content::NoneByFraming).map(|s| s.code()).collect();
    assert_eq!(framing, [100, 101, 102, 103, 104, 204, 304]);
    assert_eq!(StatusCode::ResetContent.content(), Content::MustNotGenerate);
    // RFC 6585, Section 6: a 511 is never stored.
    let never = StatusCode::NetworkAuthenticationRequired.caching().unwrap();
    assert_eq!((never.kind, never.level), (CacheKind::NeverStored, Some(Requirement::MustNot)));
    assert_eq!(Requirement::ShouldNot.to_string(), "SHOULD NOT");
    let history = StatusCode::MisdirectedRequest.history().unwrap();
    assert_eq!((history.citation.spec, history.http, history.year), ("RFC 7540", Some(HttpVersion::Http2), 2015));
    let retry = StatusCode::Unauthorized.retry().unwrap();
    assert_eq!(retry.kind, RetryKind::NewCredentials);
    assert_eq!(StatusCode::BadGateway.sender().unwrap().who, Party::GatewayOrProxy);
    assert_eq!(StatusCode::Continue.limits()[0].level, Some(Requirement::MustNot));
    // If-Range alone never yields a 206 (RFC 9110, Section 13.1.5).
    assert_eq!(StatusCode::PartialContent.request().unwrap().headers, ["Range"]);
    let when = |s: StatusCode| s.header_rules().iter().filter_map(|h| h.when).collect::<Vec<_>>();
    assert!(when(StatusCode::PartialContent).contains(&Condition::AsWith(200)));
    assert_eq!(
        when(StatusCode::UploadResumptionSupported)[..3],
        [Condition::FirstInterim, Condition::SubsequentInterim, Condition::RequestHeaders(&["Upload-Offset"])]
    );
    let must = |s: StatusCode, field: &str| s.header_rules().iter().any(|h| h.field == field);
    assert!(must(StatusCode::Unauthorized, "WWW-Authenticate"));
    assert!(must(StatusCode::MethodNotAllowed, "Allow"));
    // 201 names Location in its definition without a keyword (RFC 9110, Section 15.3.2); it is a
    // keyword requirement only after a POST (Section 9.3.3).
    let location = |s: StatusCode| {
        s.header_rules().iter().filter(|h| h.field == "Location").map(|h| (h.level, h.when)).collect::<Vec<_>>()
    };
    assert_eq!(
        location(StatusCode::Created),
        [(None, None), (Some(Requirement::Should), Some(Condition::Methods(&["POST"])))]
    );
    // 303 names its target in Location by definition, with no keyword (Section 15.4.4).
    assert_eq!(location(StatusCode::SeeOther), [(None, None)]);
    assert!(must(StatusCode::PartialContent, "Content-Range"));
    assert!(must(StatusCode::RangeNotSatisfiable, "Content-Range"));
    assert!(must(StatusCode::ServiceUnavailable, "Retry-After"));
    assert!(must(StatusCode::TooManyRequests, "Retry-After"));
    for redirect in [301, 302, 307, 308] {
        assert!(must(StatusCode::from_u16(redirect).unwrap(), "Location"), "{redirect}");
    }
    assert_eq!(StatusCode::ContentTooLarge.info().former_names(), ["Request Entity Too Large", "Payload Too Large"]);
    assert_eq!(StatusCode::UnprocessableContent.info().former_names(), ["Unprocessable Entity"]);
    assert_eq!(StatusCode::Found.info().former_names(), ["Moved Temporarily"]);
    assert!(must(StatusCode::NotModified, "ETag"));
    assert!(matches!(StatusCode::UploadResumptionSupported.registration(), Registration::Temporary { .. }));
    assert_eq!(StatusCode::NotExtended.registration(), Registration::Obsoleted);
    let c = StatusCode::NotFound.citation();
    assert_eq!(
        (c.spec, c.section, c.url),
        ("RFC 9110", Some("15.5.5"), "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5")
    );
    for status in StatusCode::ALL {
        assert!(!status.summary().is_empty() && status.description().len() > status.summary().len() / 2, "{status}");
    }
}

#[test]
fn ordering_and_hashing_follow_the_code() {
    assert!(StatusCode::Continue < StatusCode::Ok && StatusCode::NotFound < StatusCode::InternalServerError);
    let set: HashSet<StatusCode> = StatusCode::ALL.into_iter().collect();
    assert_eq!(set.len(), StatusCode::ALL.len());
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
    assert_eq!(format!("[{:>16}]", StatusCode::NotFound), "[   404 Not Found]");
}

#[test]
fn const_api_is_usable_in_const_context() {
    const NOT_FOUND: Option<StatusCode> = StatusCode::from_u16(404);
    const CODE: u16 = StatusCode::Gone.code();
    const REASON: &str = StatusCode::Gone.reason();
    const CLIENT: bool = StatusCode::Gone.is_client_error();
    assert_eq!((NOT_FOUND, CODE, REASON, CLIENT), (Some(StatusCode::NotFound), 410, "Gone", true));
    assert_eq!(std::mem::size_of::<StatusCode>(), 2);
    assert_eq!(std::mem::size_of::<Option<StatusCode>>(), 2);
}
