//! A client's retry policy from the registry's facts: for each code on the command line, what
//! `status_core::retry::Policy::spec()` decides for a GET and for a POST, and the rule it cites.
//! Unregistered codes are decided as the x00 of their class (RFC 9110, Section 15).
//!
//! ```text
//! cargo run --example retry_policy -- 503 507 421 299
//! cargo run --example retry_policy -- --retry-after 120 429
//! ```

use status_core::retry::{Decision, Policy};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let retry_after = match args.iter().position(|a| a == "--retry-after") {
        Some(i) if i + 1 < args.len() => {
            let value = args.remove(i + 1);
            args.remove(i);
            Some(value)
        }
        Some(_) => usage("--retry-after needs a value"),
        None => None,
    };
    let codes = if args.is_empty() { vec!["503".into(), "507".into(), "299".into()] } else { args };
    let policy = Policy::spec();
    for text in codes {
        let Some(status) = text.parse::<u16>().ok().and_then(|code| http::StatusCode::from_u16(code).ok()) else {
            usage(&format!("{text}: not a status code (100 to 999)"));
        };
        let mut response = http::Response::builder().status(status);
        if let Some(value) = &retry_after {
            response = response.header("retry-after", value.as_str());
        }
        let response = response.body(()).expect("a status and a header value make a response");
        let code = status.as_u16();
        match (status_core::StatusCode::from_u16(code), status_core::StatusClass::of(code)) {
            (Some(registered), _) => println!("{registered}"),
            (None, Some(class)) => {
                println!("{code} (unrecognized: decided as {}, RFC 9110, Section 15)", class.fallback());
            }
            (None, None) => println!("{code} (outside the five classes)"),
        }
        for method in [http::Method::GET, http::Method::POST] {
            let request = http::Request::builder().method(method.clone()).body(()).expect("a method makes a request");
            let decision = policy.decide(&request, &response, 1);
            let citation = decision
                .because()
                .and_then(status_core::retry::Because::citation)
                .map(|c| format!(" [{c}]"))
                .unwrap_or_default();
            println!("  {:<4} {}{citation}", method.as_str(), verdict(&decision));
            if let Some(because) = decision.because() {
                println!("       {because}");
            }
        }
    }
}

/// The decision in a few words.
fn verdict(decision: &Decision) -> String {
    match decision {
        Decision::Done => "done: nothing to repeat".into(),
        Decision::Retry { after, .. } => format!("retry after {after:?}"),
        // The fact says where: another connection (421), or outside TLS early data (425).
        Decision::RetryElsewhere { because } => match because.fact() {
            Some(fact) => format!("retry {}", fact.kind),
            None => "retry elsewhere".into(),
        },
        Decision::FixRequest { .. } => "fix the request first".into(),
        Decision::GiveUp { .. } => "give up".into(),
    }
}

fn usage(problem: &str) -> ! {
    eprintln!("{problem}\nusage: retry_policy [--retry-after VALUE] CODE...");
    std::process::exit(2);
}
