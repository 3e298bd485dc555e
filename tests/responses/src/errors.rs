//! Subsets as the error types of a service: the contract of "Errors: a subset enum is the
//! service's error type", word for word, and the other ways of writing the same errors
//! (thiserror after the subset attribute, no derive at all, the derive form, `derive_more`,
//! displaydoc).

use serde::Serialize;

/// Errors every endpoint can return.
#[status_core::subset]
#[derive(Debug, thiserror::Error)]
pub enum CommonError {
    #[error("authentication required")]
    Unauthorized {
        #[header("WWW-Authenticate")]
        challenge: &'static str,
    },
    #[error("database error")]
    #[status(500)]
    Database(#[from] std::io::Error),
    #[error(transparent)]
    #[status(500)]
    Other(#[from] anyhow::Error),
}

#[status_core::subset]
#[derive(Debug, thiserror::Error)]
pub enum GetUserError {
    #[error("no user with id {id}")]
    #[detail("no user with id {id}")]
    NotFound { id: u64 },
    #[error("slow down")]
    TooManyRequests {
        #[header("Retry-After")]
        retry_after: Option<u32>,
    },
    #[error(transparent)]
    #[status(transparent)]
    Common(#[from] CommonError),
}

/// A user, as the handler sends it.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct User {
    pub id: u64,
    pub name: String,
}

/// The contract's handler logic, framework-free: read `dir/{id}.json`.
///
/// # Errors
/// `NotFound` for id 0, `Common` for a missing file or broken JSON.
pub fn load_user(dir: &std::path::Path, id: u64) -> Result<User, GetUserError> {
    if id == 0 {
        return Err(GetUserError::NotFound { id });
    }
    let raw = std::fs::read_to_string(dir.join(format!("{id}.json"))).map_err(CommonError::from)?;
    let user: User = serde_json::from_str(&raw).map_err(anyhow::Error::from).map_err(CommonError::from)?;
    Ok(user)
}

/// The same errors with thiserror's derive before the subset attribute, and a message as the
/// 4xx detail (`#[detail]` alone).
#[derive(Debug, thiserror::Error)]
#[status_core::subset]
pub enum DeriveFirst {
    #[error("the title is taken")]
    #[detail]
    Conflict,
    #[error("storage failed")]
    #[status(503)]
    Storage {
        #[source]
        cause: std::io::Error,
        #[header("Retry-After")]
        retry_after: u32,
    },
}

/// No derive beside the subset: it implements `Error` itself, with `source()` and `From`.
#[status_core::subset]
#[derive(Debug)]
pub enum Plain {
    BadRequest,
    #[status(500)]
    Io(#[from] std::io::Error),
    #[status(500)]
    Parse {
        #[source]
        source: std::num::ParseIntError,
    },
    #[status(502)]
    Upstream(#[from] Box<dyn std::error::Error + Send + Sync>),
}

/// The derive form, with thiserror beside it.
#[derive(Debug, thiserror::Error, status_core::Subset)]
pub enum Derived {
    #[error("no such thing")]
    NotFound,
    #[error("io")]
    #[status(500)]
    Io(#[from] std::io::Error),
}

/// The derive form alone: `Error` and `From` come from the subset.
#[derive(Debug, status_core::Subset)]
pub enum DerivedPlain {
    Gone,
    #[status(500)]
    Io(#[from] std::io::Error),
}

/// `derive_more`'s `Display` and `Error`: the subset writes the `From` of `#[from]`.
#[status_core::subset]
#[derive(Debug, derive_more::Display, derive_more::Error)]
pub enum WithDeriveMore {
    #[display("payment required")]
    PaymentRequired,
    #[display("upstream failed")]
    #[status(502)]
    Upstream(#[from] std::io::Error),
}

/// displaydoc's `Display` from doc comments; the subset writes `Error`.
#[status_core::subset]
#[derive(Debug, displaydoc::Display)]
pub enum WithDisplaydoc {
    /// the teapot is busy
    #[status(503)]
    Busy,
    /// the record is locked
    Locked,
}

/// Logging switched off: the cause is only kept in the extensions.
#[status_core::subset(log = "off")]
#[derive(Debug, thiserror::Error)]
pub enum Quiet {
    #[error("quiet failure")]
    #[status(500)]
    Failed(#[from] std::fmt::Error),
}

/// The derive form composed with another subset.
#[derive(Debug, status_core::Subset)]
pub enum DerivedComposed {
    Conflict,
    #[status(transparent)]
    Common(#[from] DerivedPlain),
}
