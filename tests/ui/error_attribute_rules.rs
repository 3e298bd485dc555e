// The rules on sources, conversions, transparent variants and optional header fields: every
// problem at once, each at its own span.
#[status_core::subset]
#[derive(Debug)]
pub enum ApiError {
    #[status(500)]
    Io(#[from] std::io::Error),
    // The same source type twice: `?` could not choose.
    #[status(502)]
    Upstream(#[from] std::io::Error),
    // `From` could not fill `retry`.
    #[status(503)]
    Busy {
        #[from]
        cause: std::fmt::Error,
        retry: u32,
    },
    // An optional header field is fine where the field is not required...
    TooManyRequests {
        #[header("Retry-After")]
        retry_after: Option<u32>,
    },
    // ...but 405 MUST send Allow.
    MethodNotAllowed {
        #[header("Allow")]
        allow: Option<&'static str>,
    },
    // A transparent variant holds exactly one subset.
    #[status(transparent)]
    Two(Inner, Inner),
    #[status(transparent)]
    Nothing,
    #[status(transparent)]
    #[detail("inner")]
    Detailed(Inner),
}

#[status_core::subset]
#[derive(Debug)]
pub enum Inner {
    NotFound,
}

// Two variants with one code, one of them by its name.
#[status_core::subset]
#[derive(Debug)]
pub enum Shared {
    InternalServerError,
    #[status(500)]
    Database,
}

// An unknown `log` mode.
#[status_core::subset(log = "loud")]
pub enum Loud {
    NotFound,
}

fn main() {}
