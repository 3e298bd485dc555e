//! Building `http::Response`s from generated enums and reading statuses back, with the `http`
//! feature: no conversion code of your own.
//!
//! ```text
//! cargo run --example http_response
//! ```

use status_core::{StatusCode, subset};

/// What a tiny upload endpoint answers.
#[subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upload {
    /// Stored.
    Created,
    /// Too big.
    ContentTooLarge,
    /// Slow down.
    TooManyRequests,
}

fn handle(size: usize, recent: u32) -> Result<http::Response<String>, http::Error> {
    let outcome = match (size, recent) {
        (_, 10..) => Upload::TooManyRequests,
        (1_000_001.., _) => Upload::ContentTooLarge,
        _ => Upload::Created,
    };
    let mut response = http::Response::builder().status(outcome);
    // The registry says which header fields go with the code.
    for rule in outcome.status().header_rules() {
        response = match rule.field {
            "Location" => response.header("Location", "/files/42"),
            "Retry-After" => response.header("Retry-After", "30"),
            _ => response,
        };
    }
    response.body(format!("{outcome}: {}", outcome.status().summary()))
}

fn main() -> Result<(), http::Error> {
    for (size, recent) in [(10, 0), (2_000_000, 0), (10, 12)] {
        let response = handle(size, recent)?;
        let status = response.status();
        // Back from http: TryFrom fails (keeping the number) for codes an enum lacks.
        let ours = StatusCode::try_from(status).map(|s| format!("{s:?}"));
        let headers: Vec<String> =
            response.headers().iter().map(|(k, v)| format!("{k}: {}", v.to_str().unwrap_or("?"))).collect();
        println!("{status} -> {ours:?} [{}] {}", headers.join(", "), response.body());
    }
    let nginx = http::StatusCode::from_u16(499).expect("499 is in http's range");
    match StatusCode::try_from(nginx) {
        Ok(status) => println!("{status}"),
        Err(unknown) => println!("499: {unknown}"),
    }
    Ok(())
}
