//! A client's retry policy as an exhaustive `match` over `StatusCode`: every registered code is
//! handled explicitly, so when IANA registers a new code (a breaking release of status-core),
//! this stops compiling until someone decides what it means for retries.
//!
//! ```text
//! cargo run --example retry_policy -- 503 404 299 425
//! ```

use status_core::StatusCode;

/// What a client does with a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// Use the response.
    Accept,
    /// Follow the `Location` header.
    Redirect,
    /// Wait (honouring `Retry-After` where the code has one), then send again.
    RetryLater,
    /// Send again, changed: new credentials, a smaller body, a precondition.
    FixAndRetry,
    /// Give up and report the error.
    Fail,
    /// An interim response: keep reading for the final one.
    KeepReading,
}

const fn action(status: StatusCode) -> Action {
    use StatusCode as S;
    match status {
        S::Continue | S::SwitchingProtocols | S::Processing | S::EarlyHints | S::UploadResumptionSupported => {
            Action::KeepReading
        }
        S::Ok
        | S::Created
        | S::Accepted
        | S::NonAuthoritativeInformation
        | S::NoContent
        | S::ResetContent
        | S::PartialContent
        | S::MultiStatus
        | S::AlreadyReported
        | S::ImUsed
        | S::NotModified => Action::Accept,
        S::MultipleChoices
        | S::MovedPermanently
        | S::Found
        | S::SeeOther
        | S::TemporaryRedirect
        | S::PermanentRedirect => Action::Redirect,
        S::RequestTimeout
        | S::TooEarly
        | S::TooManyRequests
        | S::ServiceUnavailable
        | S::GatewayTimeout
        | S::BadGateway
        | S::MisdirectedRequest
        | S::InsufficientStorage => Action::RetryLater,
        S::Unauthorized
        | S::ProxyAuthenticationRequired
        | S::LengthRequired
        | S::PreconditionFailed
        | S::ContentTooLarge
        | S::UriTooLong
        | S::RangeNotSatisfiable
        | S::ExpectationFailed
        | S::UpgradeRequired
        | S::PreconditionRequired
        | S::RequestHeaderFieldsTooLarge
        | S::NetworkAuthenticationRequired
        | S::Conflict
        | S::Locked => Action::FixAndRetry,
        S::BadRequest
        | S::PaymentRequired
        | S::Forbidden
        | S::NotFound
        | S::MethodNotAllowed
        | S::NotAcceptable
        | S::Gone
        | S::UnsupportedMediaType
        | S::UnprocessableContent
        | S::FailedDependency
        | S::UnavailableForLegalReasons
        | S::InternalServerError
        | S::NotImplemented
        | S::HttpVersionNotSupported
        | S::VariantAlsoNegotiates
        | S::LoopDetected
        | S::NotExtended
        // Deprecated: a server may not pick the client's proxy.
        | S::UseProxy => Action::Fail,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let codes = if args.is_empty() { vec!["503".into(), "404".into(), "299".into()] } else { args };
    for text in codes {
        let status = match text.parse::<StatusCode>() {
            Ok(status) => status,
            // RFC 9110, Section 15: an unrecognized code is treated as the x00 code of its class.
            Err(status_core::ParseStatusError::Unknown(unknown)) if unknown.fallback().is_some() => {
                let fallback = unknown.fallback().unwrap_or(StatusCode::InternalServerError);
                println!("{text}: unrecognized, treated as {fallback}");
                fallback
            }
            Err(err) => {
                eprintln!("{text}: {err}");
                std::process::exit(2);
            }
        };
        let hint = status.header_rules().iter().map(|h| h.field).collect::<Vec<_>>().join(", ");
        println!(
            "{status}: {:?}{}",
            action(status),
            if hint.is_empty() { String::new() } else { format!(" (see {hint})") }
        );
    }
}
