// A match that forgets a code is rejected: the enum is exhaustive on purpose.
use status_core::StatusCode;

fn describe(status: StatusCode) -> &'static str {
    match status {
        StatusCode::Ok => "fine",
        StatusCode::NotFound => "missing",
    }
}

fn main() {
    let _ = describe(StatusCode::Ok);
}
