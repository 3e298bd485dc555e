//! Error bodies services already send, kept byte for byte: the Realworld spec's
//! `{"errors":{"field":["message"]}}`, `{"message": ...}`, and `{"code","message","error_type"}`,
//! each written once as an `ErrorFormat` and named on the enums; and RFC 9457 in full
//! (extension members, `instance`, field errors).

use status_core::problem::{ErrorFormat, FieldErrors, Problem, ProblemDetails};

/// The Realworld API spec's error body, which every Realworld frontend reads.
pub struct RealWorld;

impl ErrorFormat for RealWorld {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        let mut fields = serde_json::Map::new();
        for error in problem.errors() {
            let messages = fields.entry(error.field()).or_insert_with(|| serde_json::json!([]));
            if let Some(list) = messages.as_array_mut() {
                list.push(error.detail().into());
            }
        }
        if fields.is_empty() {
            fields.insert("body".into(), serde_json::json!([problem.detail().unwrap_or(problem.title())]));
        }
        out.push_str(&serde_json::json!({ "errors": fields }).to_string());
        Some("application/json")
    }

    /// The same body read back, each message a field error about its member.
    fn read(code: u16, _: Option<&str>, content: &[u8]) -> Option<ProblemDetails> {
        let body: serde_json::Value = serde_json::from_slice(content).ok()?;
        let mut errors = Vec::new();
        for (field, messages) in body.get("errors")?.as_object()? {
            for message in messages.as_array()? {
                errors.push((field.as_str(), message.as_str()?.to_owned()));
            }
        }
        Some(ProblemDetails::new().with_status(code).with_errors(errors.into_iter().collect()))
    }
}

/// `{"message": "..."}`: the detail, or the title.
pub struct Message;

impl ErrorFormat for Message {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        out.push_str(&serde_json::json!({ "message": problem.detail().unwrap_or(problem.title()) }).to_string());
        Some("application/json")
    }
}

/// `{"code":403,"message":"...","error_type":"..."}`, the type from an extension member.
pub struct CodeMessage;

impl ErrorFormat for CodeMessage {
    fn write(problem: &Problem<'_>, out: &mut String) -> Option<&'static str> {
        /// The members in the order the service sends them.
        #[derive(serde::Serialize)]
        struct Body<'a> {
            code: u16,
            message: &'a str,
            error_type: serde_json::Value,
        }
        let error_type =
            problem.extension("error_type").and_then(|json| serde_json::from_str(json).ok()).unwrap_or_default();
        let body = Body { code: problem.code(), message: problem.detail().unwrap_or(problem.title()), error_type };
        out.push_str(&serde_json::to_string(&body).ok()?);
        Some("application/json")
    }
}

/// A Realworld backend's registration errors.
#[status_core::subset(format = RealWorld)]
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("validation failed")]
    UnprocessableContent {
        #[errors]
        errors: FieldErrors,
    },
    #[error("email or password is invalid")]
    #[detail]
    Unauthorized {
        #[header("WWW-Authenticate")]
        challenge: &'static str,
    },
}

/// A todo service's errors in `{"message": ...}`.
#[status_core::subset(format = Message)]
#[derive(Debug, thiserror::Error)]
pub enum TodoError {
    #[error("todo {id} not found")]
    #[detail]
    NotFound { id: u64 },
    #[error("internal error")]
    InternalServerError,
}

/// An actix tutorial service's errors in `{"code","message","error_type"}`.
#[status_core::subset(format = CodeMessage)]
#[derive(Debug, thiserror::Error)]
pub enum CustomError {
    #[error("custom error one")]
    #[detail]
    #[status(403)]
    CustomOne {
        #[extension]
        error_type: &'static str,
    },
}

/// A value whose serialization fails.
#[derive(Debug)]
pub struct Unserializable;

impl serde::Serialize for Unserializable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("no"))
    }
}

/// RFC 9457 in full.
#[status_core::subset]
#[derive(Debug)]
pub enum Account {
    /// RFC 9457's own example of extension members.
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
        #[instance]
        instance: String,
    },
    /// Field errors in the shape of RFC 9457's example.
    #[status(422)]
    #[problem(type = "https://example.net/validation-error")]
    Invalid {
        #[errors]
        errors: FieldErrors,
    },
    /// Text that needs escaping, in an extension member.
    #[status(409)]
    Conflict {
        #[extension]
        note: String,
    },
    /// An extension member that cannot be serialized.
    #[status(400)]
    Broken {
        #[extension]
        value: Unserializable,
    },
    /// A body of the service's own instead of the problem.
    #[status(429)]
    Plain(#[body] String, #[header("Retry-After")] u32),
}

/// The field errors of RFC 9457's example.
#[must_use]
pub fn rfc_errors() -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.field("age", "must be a positive integer").push("#/profile/color", "must be 'green', 'red' or 'blue'");
    errors
}
