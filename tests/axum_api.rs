//! The `axum_api` example over a real connection on 127.0.0.1: the status line carries the
//! registry's reason phrase (`422 Unprocessable Content`, not hyper's `Unprocessable Entity`),
//! and every response is what the subset enums declare.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Starts the example on a free port (it stops by itself after the first DELETE), with its
/// journal at `journal`.
fn start(journal: &std::path::Path) -> (Child, u16) {
    let status = Command::new(env!("CARGO"))
        .args(["build", "-q", "--example", "axum_api", "-p", env!("CARGO_PKG_NAME")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let exe = std::env::current_exe().unwrap();
    let profile_dir: PathBuf = exe.ancestors().nth(2).unwrap().to_path_buf();
    let mut child = Command::new(profile_dir.join("examples/axum_api"))
        .args([&port.to_string(), "--once", "--journal"])
        .arg(journal)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert!(line.starts_with("listening on"), "{line}");
    (child, port)
}

/// One HTTP/1.1 exchange: the status line, the header section and the body.
fn exchange(port: u16, method: &str, path: &str, body: &str) -> (String, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let (status, headers) = head.split_once("\r\n").unwrap_or((head, ""));
    (status.to_owned(), headers.to_ascii_lowercase(), body.to_owned())
}

#[test]
fn a_users_service_answers_with_its_subset_enums() {
    let journal = std::env::temp_dir().join(format!("axum_api-{}.journal", std::process::id()));
    let _ = std::fs::remove_file(&journal);
    let (mut child, port) = start(&journal);
    let (status, headers, body) = exchange(port, "POST", "/users", r#"{"name":"Ada"}"#);
    assert_eq!(status, "HTTP/1.1 201 Created");
    assert!(headers.contains("location: /users/1") && headers.contains("content-type: application/json"), "{headers}");
    assert_eq!(body, r#"{"id":1,"name":"Ada"}"#);

    let (status, _, body) = exchange(port, "GET", "/users/1", "");
    assert_eq!((status.as_str(), body.as_str()), ("HTTP/1.1 200 OK", r#"{"id":1,"name":"Ada"}"#));

    let (status, headers, body) = exchange(port, "POST", "/users", r#"{"name":""}"#);
    assert_eq!(status, "HTTP/1.1 422 Unprocessable Content");
    assert!(headers.contains("content-type: application/problem+json"), "{headers}");
    assert_eq!(
        body,
        r#"{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"a name has 1 to 64 characters; this one has 0"}"#
    );

    let (status, _, body) = exchange(port, "GET", "/users/9", "");
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    assert!(body.contains(r#""detail":"no user with id 9""#), "{body}");

    // The framework's own errors come in the same format: a malformed body, a path that is not
    // a number, a route that does not exist, a method the route does not have.
    let (status, headers, body) = exchange(port, "POST", "/users", "{not json");
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert!(headers.contains("content-type: application/problem+json"), "{headers}");
    assert!(body.starts_with(r#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"#), "{body}");
    let (status, _, body) = exchange(port, "GET", "/users/abc", "");
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert!(body.contains(r#""title":"Bad Request""#), "{body}");
    let (status, _, body) = exchange(port, "GET", "/nowhere", "");
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    assert!(body.starts_with(r#"{"type":"about:blank","title":"Not Found","status":404"#), "{body}");
    let (status, headers, body) = exchange(port, "PUT", "/users/1", "");
    assert_eq!(status, "HTTP/1.1 405 Method Not Allowed");
    assert!(headers.contains("allow: get,head,delete"), "{headers}");
    assert!(body.contains(r#""title":"Method Not Allowed""#), "{body}");

    let (status, headers, body) = exchange(port, "DELETE", "/users/1", "");
    assert_eq!((status.as_str(), body.as_str()), ("HTTP/1.1 204 No Content", ""));
    assert!(!headers.contains("content-type"), "{headers}");
    assert!(child.wait().unwrap().success(), "the example stops after the DELETE");
    let lines = std::fs::read_to_string(&journal).unwrap();
    assert_eq!(lines.lines().count(), 2, "a line per change: {lines}");
}

#[test]
fn a_failing_journal_is_a_500_whose_cause_reaches_the_log_not_the_body() {
    let (child, port) = start(std::path::Path::new("/nonexistent/status-core/journal"));
    let (status, headers, body) = exchange(port, "POST", "/users", r#"{"name":"Ada"}"#);
    assert_eq!(status, "HTTP/1.1 500 Internal Server Error");
    assert!(headers.contains("content-type: application/problem+json"), "{headers}");
    assert_eq!(body, r#"{"type":"about:blank","title":"Internal Server Error","status":500}"#);
    // No user was created, so the DELETE (which ends the example) is a 404.
    let (status, _, body) = exchange(port, "DELETE", "/users/1", "");
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    assert!(body.contains(r#""detail":"no user with id 1""#), "{body}");
    let out = child.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("POST /users: 500 caused by cannot write the journal: "), "{log}");
    assert_eq!(log.lines().count(), 1, "one line, for the 500 only: {log}");
}

/// The example's `OpenAPI` document (`axum_api --openapi`).
fn openapi_document() -> serde_json::Value {
    let exe = std::env::current_exe().unwrap();
    let profile_dir: PathBuf = exe.ancestors().nth(2).unwrap().to_path_buf();
    let out = Command::new(profile_dir.join("examples/axum_api")).arg("--openapi").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Checks one exchange against the document: the status is documented for the operation, with
/// the content type sent, and every header field documented as required is sent.
fn documented(doc: &serde_json::Value, method: &str, template: &str, exchange: &(String, String, String)) {
    let (status_line, headers, _) = exchange;
    let code = status_line.split(' ').nth(1).unwrap();
    let response = &doc["paths"][template][method.to_ascii_lowercase()]["responses"][code];
    assert!(response.is_object(), "{method} {template} sent {code}, which the document does not list");
    let sent_type = headers.lines().find_map(|l| l.strip_prefix("content-type: ")).map(str::to_owned);
    let documented_type = response["content"].as_object().and_then(|c| c.keys().next().cloned());
    assert_eq!(sent_type, documented_type, "{method} {template} {code}: content type");
    for (name, header) in response["headers"].as_object().into_iter().flatten() {
        if header["required"] == true {
            let prefix = format!("{}: ", name.to_ascii_lowercase());
            assert!(headers.lines().any(|l| l.starts_with(&prefix)), "{method} {template} {code}: {name} not sent");
        }
    }
}

#[test]
fn the_openapi_document_validates_and_matches_what_the_router_sends() {
    let (mut child, port) = start(&std::env::temp_dir().join(format!("axum_api-doc-{}.journal", std::process::id())));
    let doc = openapi_document();
    let exchanges = [
        ("POST", "/users", exchange(port, "POST", "/users", r#"{"name":"Ada"}"#)),
        ("POST", "/users", exchange(port, "POST", "/users", r#"{"name":""}"#)),
        ("GET", "/users/{id}", exchange(port, "GET", "/users/1", "")),
        ("GET", "/users/{id}", exchange(port, "GET", "/users/9", "")),
        ("DELETE", "/users/{id}", exchange(port, "DELETE", "/users/1", "")),
    ];
    assert!(child.wait().unwrap().success());
    for (method, template, sent) in &exchanges {
        documented(&doc, method, template, sent);
    }
    // The 500 of a failing journal is documented too (through the shared CommonError).
    let (child, port) = start(std::path::Path::new("/nonexistent/status-core/journal"));
    let failed = exchange(port, "POST", "/users", r#"{"name":"Ada"}"#);
    documented(&doc, "POST", "/users", &failed);
    let _ = exchange(port, "DELETE", "/users/1", "");
    let _ = child.wait_with_output();
    // Each endpoint lists exactly the codes its enums return, and every reference resolves.
    let codes = |method: &str, template: &str| -> Vec<String> {
        doc["paths"][template][method]["responses"].as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(codes("post", "/users"), ["201", "422", "500", "507"]);
    assert_eq!(codes("get", "/users/{id}"), ["200", "404"]);
    assert_eq!(codes("delete", "/users/{id}"), ["204", "404", "500"]);
    let text = doc.to_string();
    for target in text.split("\"$ref\":\"").skip(1).map(|rest| rest.split('"').next().unwrap()) {
        let name = target.strip_prefix("#/components/schemas/").unwrap();
        assert!(doc["components"]["schemas"].get(name).is_some(), "{target} does not resolve");
    }
    validate(&doc);
}

/// openapi-spec-validator, installed from PyPI into a virtual environment under target/ on first
/// use, accepts the document.
fn validate(doc: &serde_json::Value) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let venv = dir.join("openapi-venv");
    let python = venv.join("bin/python");
    let ready = Command::new(&python).args(["-c", "import openapi_spec_validator"]).status().is_ok_and(|s| s.success());
    if !ready {
        assert!(Command::new("python3").args(["-m", "venv"]).arg(&venv).status().unwrap().success());
        let pip = Command::new(&python)
            .args(["-m", "pip", "install", "-q", "--disable-pip-version-check", "openapi-spec-validator>=0.7"])
            .status()
            .unwrap();
        assert!(pip.success(), "pip install openapi-spec-validator failed");
    }
    let file = dir.join("axum_api-openapi.json");
    std::fs::write(&file, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    let out = Command::new(&python).args(["-m", "openapi_spec_validator"]).arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("OK"), "{text}");
}
