//! Each finding as a user reads it: the sentence states the rule (not its inverse), names the
//! field and the value at fault, and cites the section where the requirement is written.

use super::{BROKEN, Case, GET, alone, http2, to};
use status_core::conformance::{Kind, Problem, Subject};
use status_core::{Grammar, Requirement};

/// The one finding of `case` about `subject`, as its line of text.
fn sentence(case: &Case, subject: Subject) -> String {
    let found: Vec<_> = case.check().into_iter().filter(|f| f.subject == subject).collect();
    assert_eq!(found.len(), 1, "{}: {found:#?}", case.name());
    found[0].to_string()
}

/// The findings of `case` about `subject`, as lines of text.
fn sentences(case: &Case, subject: Subject) -> Vec<String> {
    case.check().into_iter().filter(|f| f.subject == subject).map(|f| f.to_string()).collect()
}

#[test]
fn value_findings_read_as_the_rule_with_the_value_and_the_grammar_section() {
    let cases: [(Case, Subject, &str); 9] = [
        (
            to("POST", &[], 413, &[("retry-after", "later")], ""),
            Subject::Header("Retry-After"),
            "413 Content Too Large with Retry-After \"later\": the sender MUST NOT generate a Retry-After value that is not an HTTP-date or a number of seconds (RFC 9110, Section 10.2.3)",
        ),
        (
            to(GET, &[], 503, &[("retry-after", "Sunday, 06-Dec-26 08:49:37 GMT")], ""),
            Subject::Header("Retry-After"),
            "503 Service Unavailable with Retry-After \"Sunday, 06-Dec-26 08:49:37 GMT\", an obsolete date form: the sender MUST generate dates as IMF-fixdate (RFC 9110, Section 5.6.7)",
        ),
        (
            to(GET, &[("range", "bytes=0-4")], 206, &[("content-range", "bytes */100")], "hello"),
            Subject::Header("Content-Range"),
            "206 Partial Content with Content-Range \"bytes */100\": the server MUST send in Content-Range the range it encloses in a single-part response (RFC 9110, Section 15.3.7.1)",
        ),
        (
            to(GET, &[("range", "bytes=200-")], 416, &[("content-range", "bytes 0-4/100")], ""),
            Subject::Header("Content-Range"),
            "416 Range Not Satisfiable with Content-Range \"bytes 0-4/100\": the server SHOULD send in Content-Range the unsatisfied form, */complete-length, to a byte-range request (RFC 9110, Section 15.5.17)",
        ),
        (
            alone(401, &[("www-authenticate", "")], ""),
            Subject::Header("WWW-Authenticate"),
            "401 Unauthorized with WWW-Authenticate \"\": the sender MUST NOT generate a WWW-Authenticate value that is not at least one challenge, each starting with its auth-scheme token (RFC 9110, Section 11.6.1)",
        ),
        (
            to("DELETE", &[], 405, &[("allow", "GET HEAD")], ""),
            Subject::Header("Allow"),
            "405 Method Not Allowed with Allow \"GET HEAD\": the sender MUST NOT generate a Allow value that is not a comma-separated list of tokens (RFC 9110, Section 10.2.1)",
        ),
        (
            to(GET, &[], 302, &[("location", "/a page")], ""),
            Subject::Header("Location"),
            "302 Found with Location \"/a page\": the sender MUST NOT generate a Location value that is not a URI-reference (RFC 9110, Section 10.2.2)",
        ),
        (
            alone(451, &[("link", "https://blocker.example/; rel=blocked-by")], ""),
            Subject::Header("Link"),
            "451 Unavailable For Legal Reasons with Link \"https://blocker.example/; rel=blocked-by\": the sender MUST NOT generate a Link value that is not a comma-separated list of links (a URI-reference in <>, parameters after ;) (RFC 8288, Section 3)",
        ),
        (
            to("POST", &[], 303, &[], ""),
            Subject::Header("Location"),
            "303 See Other without Location: the code's definition names Location, without a requirement keyword (RFC 9110, Section 15.4.4)",
        ),
    ];
    for (case, subject, expected) in &cases {
        let found = sentences(case, *subject);
        assert!(found.iter().any(|text| text == expected), "{}:\n{expected}\nnot in {found:#?}", case.name());
    }
}

#[test]
fn the_reported_messages_state_the_rule_and_cite_where_it_is_written() {
    // 7.8: the 101 must not switch to a protocol the request did not list.
    let unoffered = to(
        GET,
        &[("upgrade", "websocket"), ("connection", "upgrade")],
        101,
        &[("upgrade", "h2c"), ("connection", "upgrade")],
        "",
    );
    assert_eq!(
        sentence(&unoffered, Subject::Header("Upgrade")),
        "101 Switching Protocols whose Upgrade names h2c, which the request did not offer: the server MUST NOT name in Upgrade anything the request's Upgrade did not list (RFC 9110, Section 7.8)"
    );
    // 15.3.7.2: the multipart response itself is forbidden, not its Content-Type.
    let multipart =
        to(GET, &[("range", "bytes=0-4")], 206, &[("content-type", "multipart/byteranges; boundary=X")], "--X--");
    assert_eq!(
        sentence(&multipart, Subject::Content),
        "206 Partial Content with multipart content for a request for a single range: the server MUST NOT send a multipart response to it (RFC 9110, Section 15.3.7.2)"
    );
    assert!(!multipart.check().iter().any(|f| f.subject == Subject::Header("Content-Type")));
    // 14.2: Range is read on GET only; 13.1.2: a 304 answers a conditional GET or HEAD.
    let post = to("POST", &[("range", "bytes=0-4")], 206, &[("content-range", "bytes 0-4/10")], "hello");
    assert_eq!(
        sentence(&post, Subject::Code),
        "206 Partial Content to a POST request: a 206 answers only GET (RFC 9110, Section 14.2)"
    );
    let unconditional = to(GET, &[], 304, &[("etag", "\"v1\"")], "");
    assert_eq!(
        sentence(&unconditional, Subject::Code),
        "304 Not Modified for a request without If-None-Match or If-Modified-Since: a 304 answers only a request with If-None-Match or If-Modified-Since (RFC 9110, Section 13.1.2)"
    );
    let put = to("PUT", &[("if-none-match", "*")], 304, &[], "");
    assert_eq!(
        sentence(&put, Subject::Code),
        "304 Not Modified to a PUT request: a 304 answers only GET or HEAD (RFC 9110, Section 13.1.2)"
    );
    // 15.4.5: Last-Modified without an ETag is the case the section calls useful: nothing at all.
    let useful = to(
        GET,
        &[("if-modified-since", "Mon, 23 Nov 2026 10:00:00 GMT")],
        304,
        &[("last-modified", "Mon, 23 Nov 2026 09:00:00 GMT")],
        "",
    );
    assert_eq!(useful.check(), []);
    // Beside an ETag, whether it guides cache updates is unseen: advice.
    let beside = to(
        GET,
        &[("if-none-match", "\"v1\"")],
        304,
        &[("etag", "\"v1\""), ("last-modified", "Mon, 23 Nov 2026 09:00:00 GMT")],
        "",
    );
    assert!(beside.check().iter().all(|f| f.kind == Kind::Advice && f.subject == Subject::Header("Last-Modified")));
    // 426 over HTTP/2: Upgrade and Connection are HTTP/1.1 fields; sending them there is the framing violation.
    assert_eq!(http2(GET, 426, &[], "").check(), []);
    let found = http2(GET, 426, &[("upgrade", "HTTP/3.0")], "").check();
    assert!(found.iter().all(|f| f.problem == Problem::ConnectionSpecificInHttp2), "{found:#?}");
}

/// Every finding of the broken corpus: its sentence says the level the rule has (a MUST NOT
/// as "MUST NOT", never as "MUST"), names its field, quotes the value at fault, cites once.
#[test]
fn every_broken_finding_reads_as_its_rule() {
    for (case, ..) in BROKEN {
        for finding in case.check() {
            let text = finding.to_string();
            let after = text.split_once(": ").map_or(text.as_str(), |(_, rule)| rule);
            match finding.level {
                Some(Requirement::MustNot) => assert!(after.contains(" MUST NOT "), "{text}"),
                Some(Requirement::Must) => assert!(after.contains(" MUST ") && !after.contains("MUST NOT"), "{text}"),
                Some(Requirement::ShouldNot) => assert!(after.contains(" SHOULD NOT "), "{text}"),
                Some(Requirement::Should) => {
                    assert!(after.contains(" SHOULD ") && !after.contains("SHOULD NOT"), "{text}");
                }
                _ => assert!(!after.contains("MUST") && !after.contains("SHOULD"), "{text}"),
            }
            if let Subject::Header(field) = finding.subject {
                assert!(text.contains(field), "{text}");
            }
            if let (Some(value), Problem::MalformedValue { .. } | Problem::ObsoleteDate | Problem::WrongForm { .. }) =
                (&finding.value, finding.problem)
            {
                assert!(text.contains(&format!("{value:?}")), "{text}");
            }
            assert_eq!(text.matches(&finding.citation.to_string()).count(), 1, "{text}");
        }
    }
}

/// The grammar findings cite the section that defines each field's grammar.
#[test]
fn value_findings_cite_the_fields_grammar() {
    let expected = [
        ("Retry-After", "RFC 9110, Section 10.2.3"),
        ("Date", "RFC 9110, Section 6.6.1"),
        ("Expires", "RFC 9111, Section 5.3"),
        ("Content-Range", "RFC 9110, Section 14.4"),
        ("WWW-Authenticate", "RFC 9110, Section 11.6.1"),
        ("Proxy-Authenticate", "RFC 9110, Section 11.7.1"),
        ("Allow", "RFC 9110, Section 10.2.1"),
        ("Location", "RFC 9110, Section 10.2.2"),
        ("Content-Location", "RFC 9110, Section 8.7"),
        ("ETag", "RFC 9110, Section 8.8.3"),
        ("Upgrade", "RFC 9110, Section 7.8"),
        ("Vary", "RFC 9110, Section 12.5.5"),
        ("Link", "RFC 8288, Section 3"),
    ];
    let mut seen = Vec::new();
    for (case, problem, subject, _) in BROKEN {
        let Problem::MalformedValue { .. } = problem else { continue };
        let Subject::Header(field) = subject else { continue };
        let finding = case.check().into_iter().find(|f| f.problem == *problem && f.subject == *subject).unwrap();
        let (_, cited) = expected.iter().find(|(f, _)| f == field).unwrap_or_else(|| panic!("{field}"));
        assert_eq!(finding.citation.to_string(), *cited, "{}", case.name());
        assert_eq!(finding.kind, Kind::Violation);
        seen.push(*field);
    }
    for (field, _) in expected {
        assert!(seen.contains(&field), "no broken value of {field} in the corpus");
    }
}

/// The registry's `[[field]]` table is what the check reads: every field it names has a
/// grammar, and Allow's is the token list a 405's methods are.
#[test]
fn the_registry_states_the_grammars() {
    let fields = status_core::StatusCode::FIELDS;
    assert!(fields.len() >= 14, "{fields:?}");
    let allow = fields.iter().find(|f| f.field == "Allow").unwrap();
    assert_eq!((allow.grammar, allow.citation.section), (Grammar::Tokens, Some("10.2.1")));
}
