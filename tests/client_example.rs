//! The `client` example against the `axum_api` example over a real connection on 127.0.0.1:
//! each answer decoded into the client's enums, and printed.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The examples' directory of this build profile.
fn examples_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(2).unwrap().join("examples")
}

#[test]
fn the_client_example_decodes_every_answer_of_the_service() {
    let built = Command::new(env!("CARGO"))
        .args(["build", "-q", "--example", "axum_api", "--example", "client", "-p", env!("CARGO_PKG_NAME")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(built.success());
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let journal = std::env::temp_dir().join(format!("client_example-{}.journal", std::process::id()));
    let mut service = Command::new(examples_dir().join("axum_api"))
        .args([&port.to_string(), "--once", "--journal"])
        .arg(&journal)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(service.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert!(line.starts_with("listening on"), "{line}");
    let client = Command::new(examples_dir().join("client")).arg(port.to_string()).output().unwrap();
    let _ = service.wait();
    let _ = std::fs::remove_file(&journal);
    assert!(client.status.success(), "{}", String::from_utf8_lossy(&client.stderr));
    assert_eq!(
        String::from_utf8(client.stdout).unwrap(),
        "created Ada at /users/1\n\
         user 1 is Ada\n\
         no user 99\n\
         refused the name \"\"\n\
         PUT is 405 Method Not Allowed (allowed: GET,HEAD,DELETE)\n\
         deleted user 1\n"
    );
}
