//! The contract, word for word (`GetUser`, `GetUserError`), and client enums that use
//! every other place a field travels in: RFC 9457 in full, a tuple variant with its own body,
//! and the Realworld format read back (`RealWorld::read`).

use crate::formats::RealWorld;
use status_core::problem::FieldErrors;

/// The content of the 200: the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    /// Its number.
    pub id: u64,
    /// Its name.
    pub name: String,
}

/// What `GET /users/{id}` answers.
#[status_core::subset]
#[subset(client)]
#[derive(Debug, PartialEq)]
pub enum GetUser {
    Ok {
        /// The version of the user sent.
        #[header("ETag")]
        etag: String,
        /// The user.
        #[body]
        user: status_core::Json<User>,
    },
    NotModified,
}

/// What `GET /users/{id}` fails with.
#[status_core::subset]
#[subset(client)]
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum GetUserError {
    #[error("no user with id {id}")]
    #[detail]
    NotFound {
        /// The user asked for.
        #[extension]
        id: u64,
    },
    #[error("slow down")]
    TooManyRequests {
        /// Seconds to wait, when the server says.
        #[header("Retry-After")]
        retry_after: Option<u32>,
    },
    #[error("authentication required")]
    Unauthorized {
        /// How to authenticate.
        #[header("WWW-Authenticate")]
        challenge: String,
    },
    #[error("storage failed")]
    #[status(500)]
    #[problem(type = "https://example.com/problems/storage")]
    Storage,
    #[error("upstream failed")]
    #[status(500)]
    #[problem(type = "https://example.com/problems/upstream")]
    Upstream,
}

/// A success or a declared error.
pub type Answer = Result<GetUser, GetUserError>;

/// Every variant (and both forms of the `Option` header), made anew for each use.
///
/// # Errors
///
/// The cases of the error enum.
pub fn case(i: usize) -> Answer {
    let ada = || User { id: 1, name: "Ada \"the first\" Lovelace".into() };
    match i {
        0 => Ok(GetUser::Ok { etag: "\"v1\"".into(), user: status_core::Json(ada()) }),
        1 => Ok(GetUser::NotModified),
        2 => Err(GetUserError::NotFound { id: 7 }),
        3 => Err(GetUserError::TooManyRequests { retry_after: Some(30) }),
        4 => Err(GetUserError::TooManyRequests { retry_after: None }),
        5 => Err(GetUserError::Unauthorized { challenge: "Bearer realm=\"users\"".into() }),
        6 => Err(GetUserError::Storage),
        _ => Err(GetUserError::Upstream),
    }
}

/// How many cases [`case`] makes.
pub const CASES: usize = 8;

/// RFC 9457 in full, decoded back: a `type`, `instance`, extension members of several types
/// (one renamed, one optional), field errors, and a tuple variant with its own body.
#[status_core::subset]
#[subset(client)]
#[derive(Debug, PartialEq)]
pub enum Full {
    /// RFC 9457's example of extension members.
    #[status(403)]
    #[problem(type = "https://example.com/probs/out-of-credit")]
    #[detail("Your current balance is {balance}, but that costs {price}.")]
    OutOfCredit {
        #[extension]
        balance: u32,
        #[extension("cost")]
        price: u32,
        #[extension]
        accounts: Vec<String>,
        #[extension]
        note: Option<String>,
        #[instance]
        instance: String,
    },
    /// Field errors.
    #[status(422)]
    Invalid {
        #[errors]
        errors: FieldErrors,
    },
    /// A body of the service's own instead of the problem.
    #[status(429)]
    Plain(#[body] String, #[header("Retry-After")] u32),
}

/// Every form of [`Full`].
#[must_use]
pub fn full_cases() -> Vec<Full> {
    vec![
        Full::OutOfCredit {
            balance: 30,
            price: 50,
            accounts: vec!["/account/12345".into(), "/account/67890".into()],
            note: Some("a \"quoted\" é".into()),
            instance: "/account/12345/msgs/abc".into(),
        },
        Full::OutOfCredit { balance: 0, price: 1, accounts: vec![], note: None, instance: "/x".into() },
        Full::Invalid { errors: crate::formats::rfc_errors() },
        Full::Plain("slow down".into(), 5),
    ]
}

/// A Realworld backend's registration, decoded back from its own format.
#[status_core::subset(format = RealWorld)]
#[subset(client)]
#[derive(Debug, PartialEq)]
pub enum Register {
    UnprocessableContent {
        #[errors]
        errors: FieldErrors,
    },
    Unauthorized {
        #[header("WWW-Authenticate")]
        challenge: String,
    },
}

/// Every form of [`Register`] (field errors in the order the format lists them: by field name).
#[must_use]
pub fn register_cases() -> Vec<Register> {
    let errors = [("email", "is invalid"), ("email", "is taken"), ("username", "has already been taken")];
    vec![
        Register::UnprocessableContent { errors: errors.into_iter().collect() },
        Register::Unauthorized { challenge: "Token".into() },
    ]
}
