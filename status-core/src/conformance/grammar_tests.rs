use super::*;

#[test]
fn list_elements_respect_quotes_and_brackets() {
    let found: alloc::vec::Vec<&str> = elements(" a ,, b=\"x, y\" ,</c,d>; rel=next,").collect();
    assert_eq!(found, ["a", "b=\"x, y\"", "</c,d>; rel=next"]);
    assert_eq!(elements("").count(), 0);
    assert_eq!(elements(" , ,").count(), 0);
}

#[test]
fn dates_in_the_three_forms() {
    assert_eq!(http_date("Sun, 06 Nov 1994 08:49:37 GMT"), DateForm::Fixdate);
    assert_eq!(http_date("Sunday, 06-Nov-94 08:49:37 GMT"), DateForm::Obsolete);
    assert_eq!(http_date("Sun Nov  6 08:49:37 1994"), DateForm::Obsolete);
    // The weekday has to fit the date; the time zone is GMT; lower-case names are no IMF-fixdate.
    assert_eq!(http_date("Mon, 06 Nov 1994 08:49:37 GMT"), DateForm::Invalid);
    assert_eq!(http_date("Sun, 06 Nov 1994 08:49:37 UTC"), DateForm::Invalid);
    assert_eq!(http_date("sun, 06 nov 1994 08:49:37 GMT"), DateForm::Invalid);
    assert_eq!(http_date("0"), DateForm::Invalid);
    // Any year, leap days where there are some, a leap second; no 30 February, no hour 24.
    assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), DateForm::Fixdate);
    assert_eq!(http_date("Sat, 01 Jan 1870 00:00:00 GMT"), DateForm::Fixdate);
    assert_eq!(http_date("Tue, 29 Feb 2028 12:00:00 GMT"), DateForm::Fixdate);
    assert_eq!(http_date("Wed, 31 Dec 2025 23:59:60 GMT"), DateForm::Fixdate);
    assert_eq!(http_date("Fri, 29 Feb 2030 12:00:00 GMT"), DateForm::Invalid);
    assert_eq!(http_date("Tue, 29 Feb 2100 12:00:00 GMT"), DateForm::Invalid);
    assert_eq!(http_date("Mon, 07 Dec 2026 24:00:00 GMT"), DateForm::Invalid);
    assert_eq!(http_date(" Mon, 07 Dec 2026 08:49:37 GMT "), DateForm::Fixdate);
    assert_eq!(http_date("Mon, 07 Dec 2026 08:49:37 GMT\u{0}"), DateForm::Invalid);
    assert_eq!(http_date("Mon,  7 Dec 2026 08:49:37 GMT"), DateForm::Invalid);
    assert_eq!(http_date("Mon, 07 Dec 2026 08:4x:37 GMT"), DateForm::Invalid);
    assert_eq!(http_date("2026-11-23T10:00:00Z"), DateForm::Invalid);
}

#[test]
fn retry_after_is_a_date_or_seconds() {
    for ok in ["0", "120", "99999999999999999999", "Fri, 31 Dec 1999 23:59:59 GMT"] {
        assert_eq!(retry_after(ok), DateForm::Fixdate, "{ok}");
    }
    for bad in ["later", "1.5", "-5", "soon", "120, 60", "", "+5", "5s"] {
        assert_eq!(retry_after(bad), DateForm::Invalid, "{bad}");
    }
    assert_eq!(retry_after("Friday, 31-Dec-99 23:59:59 GMT"), DateForm::Obsolete);
}

#[test]
fn content_ranges() {
    let satisfied = |first, last, complete| Some(ContentRange::Satisfied { first, last, complete });
    assert_eq!(content_range("bytes 0-4/10"), satisfied(0, 4, Some(10)));
    assert_eq!(content_range("BYTES 0-4/*"), satisfied(0, 4, None));
    assert_eq!(content_range("bytes */100"), Some(ContentRange::Unsatisfied { complete: 100 }));
    assert_eq!(content_range("pages 1-2/9"), Some(ContentRange::OtherUnit));
    for bad in
        ["bytes 5-4/10", "bytes 0-10/10", "bytes 0-4", "bytes=0-4/10", "bytes  0-4/10", "bytes */*", "bytes -4/10", ""]
    {
        assert_eq!(content_range(bad), None, "{bad}");
    }
}

#[test]
fn token_lists_field_names_and_protocols() {
    assert!(tokens("GET, HEAD") && tokens("") && tokens("GET,HEAD ,  PUT"));
    assert!(!tokens("GET HEAD") && !tokens("GET, HE\"AD"));
    assert!(field_names("*") && field_names("Accept-Encoding, *") && field_names("accept, User-Agent"));
    assert!(!field_names("Accept Encoding"));
    assert!(protocols("websocket") && protocols("HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11"));
    assert!(!protocols("HTTP/") && !protocols("web socket") && !protocols("a/b/c"));
}

#[test]
fn entity_tags() {
    for ok in ["\"xyzzy\"", "W/\"xyzzy\"", "\"\"", "\"a!#~\""] {
        assert!(entity_tag(ok), "{ok}");
    }
    for bad in ["xyzzy", "w/\"x\"", "\"a\" \"b\"", "\"a", "W/", "\"a b\"", "*"] {
        assert!(!entity_tag(bad), "{bad}");
    }
    // obs-text is etagc; a control byte is not.
    assert!(entity_tag(b"\"caf\xe9\""));
    assert!(!entity_tag(b"\"a\x7f\""));
}
