//! The responses contract, word for word, and a few more enums for the other cases: bodies on
//! success variants, tuple variants, problem types, layers that add a header elsewhere, and a
//! custom registry. With no feature this crate still builds: the response attributes
//! type-check without a framework.
#![forbid(unsafe_code)]
// The contract is quoted word for word, without docs on its fields.
#![allow(missing_docs)]

pub mod client;
pub mod errors;
pub mod fixed;
pub mod formats;

#[status_core::subset]
#[derive(Debug)]
pub enum UserError {
    /// The id names no user.
    #[detail("no user with id {id}")]
    NotFound {
        id: u64,
    },
    Gone,
    #[status(405)]
    WrongMethod {
        #[header("Allow")]
        allow: &'static str,
    },
    Unauthorized {
        #[header("WWW-Authenticate")]
        challenge: String,
    },
    TooManyRequests {
        #[header("Retry-After")]
        retry_after: u32,
    },
    InternalServerError,
}

#[status_core::subset]
#[derive(Debug)]
pub enum CreateUser {
    Created {
        #[header("Location")]
        location: String,
    },
    NoContent,
}

/// Success variants with content of their own, and the other attribute forms.
#[status_core::subset]
#[derive(Debug)]
pub enum GetUser {
    /// The user, as JSON.
    Ok(#[body] String, #[header("ETag")] String),
    NotModified {
        #[header("ETag")]
        etag: String,
    },
    #[detail("user {0} is in another region: {1}")]
    #[problem(type = "https://example.com/problems/wrong-region")]
    #[status(421)]
    WrongRegion(u64, &'static str),
    /// The router's fallback adds `Allow` to every 405.
    #[sent_elsewhere("Allow")]
    MethodNotAllowed,
    UnprocessableContent,
    ContentTooLarge,
}

/// A custom registry's codes as a response.
#[status_core::registry(path = "app.toml")]
pub enum AppStatus {}

#[status_core::subset(of = AppStatus, registry = "app.toml")]
#[derive(Debug)]
pub enum Quota {
    #[detail("{used} of {limit} calls used")]
    QuotaExceeded {
        used: u32,
        limit: u32,
        #[header("Retry-After")]
        reset_in: u32,
    },
    Ok,
}

/// `String` header fields, which a response built by value moves instead of copying: with a body
/// beside them, an `Option`, and one that a `#[detail]` names too.
#[status_core::subset]
#[derive(Debug)]
pub enum Moved {
    Created {
        #[header("Location")]
        location: String,
        #[header("Link")]
        link: Option<String>,
        #[body]
        body: String,
    },
    #[status(405)]
    #[detail("use one of {allow}")]
    WrongMethod {
        #[header("Allow")]
        allow: String,
    },
    /// A 4xx with the service's own body, which takes the problem's place (the detail is not
    /// sent); header fields of each kind beside it.
    #[status(409)]
    #[detail("version {version} is stale")]
    Stale {
        version: u32,
        #[header("ETag")]
        etag: String,
        #[header("Retry-After")]
        retry: u32,
        #[header("Vary")]
        vary: &'static str,
        #[body]
        body: String,
    },
}

/// A response, its code, the header fields it sends (lowercase names) and its body.
pub type MovedCase = (Moved, u16, Vec<(&'static str, &'static str)>, &'static str);

impl Moved {
    /// Every form, with what each sends.
    #[must_use]
    pub fn cases() -> Vec<MovedCase> {
        vec![
            (
                Moved::Created {
                    location: "/users/7".into(),
                    link: Some("</users>; rel=up".into()),
                    body: "{}".into(),
                },
                201,
                vec![("location", "/users/7"), ("link", "</users>; rel=up")],
                "{}",
            ),
            (
                Moved::Created { location: "/users/8".into(), link: None, body: String::new() },
                201,
                vec![("location", "/users/8")],
                "",
            ),
            (
                Moved::WrongMethod { allow: "GET, HEAD".into() },
                405,
                vec![("allow", "GET, HEAD")],
                r#"{"type":"about:blank","title":"Method Not Allowed","status":405,"detail":"use one of GET, HEAD"}"#,
            ),
            (
                Moved::Stale { version: 3, etag: "\"v4\"".into(), retry: 5, vary: "Accept", body: "stale".into() },
                409,
                vec![("etag", "\"v4\""), ("retry-after", "5"), ("vary", "Accept")],
                "stale",
            ),
        ]
    }
}
