//! The reading side of an error body (feature `client`): [`ProblemDetails`], an RFC 9457 problem
//! as a client receives it, owned, and the default reading of problem JSON.

use super::{FieldError, FieldErrors, PROBLEM_JSON};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use serde_json::{Map, Value};

/// An RFC 9457 problem as a client read it from a response: every member optional, the
/// extension members kept as JSON values.
///
/// What [`ErrorFormat::read`](super::ErrorFormat::read) returns; a service's own format builds
/// one from its bytes with the `with_*` methods.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProblemDetails {
    type_uri: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    extensions: Vec<(String, Value)>,
    errors: FieldErrors,
}

impl ProblemDetails {
    /// A problem with no members (its `type` is `about:blank`).
    #[must_use]
    pub const fn new() -> Self {
        ProblemDetails {
            type_uri: None,
            title: None,
            status: None,
            detail: None,
            instance: None,
            extensions: Vec::new(),
            errors: FieldErrors::new(),
        }
    }

    /// Reads a problem JSON object (RFC 9457, Section 3). A member of the wrong type is ignored,
    /// as Section 3.1 asks; every other member is an extension (Section 3.2), but for `errors`,
    /// which is read as field errors when it has their shape (`[{"detail":..,"pointer":..}]`).
    /// `None` when `json` is not a JSON object.
    #[must_use]
    pub fn from_json(json: &[u8]) -> Option<Self> {
        let Ok(Value::Object(members)) = serde_json::from_slice::<Value>(json) else { return None };
        Some(Self::from_members(members))
    }

    fn from_members(members: Map<String, Value>) -> Self {
        let mut out = ProblemDetails::new();
        for (name, value) in members {
            match (name.as_str(), value) {
                ("type", Value::String(s)) => out.type_uri = Some(s),
                ("title", Value::String(s)) => out.title = Some(s),
                ("status", Value::Number(n)) => out.status = n.as_u64().and_then(|n| u16::try_from(n).ok()),
                ("detail", Value::String(s)) => out.detail = Some(s),
                ("instance", Value::String(s)) => out.instance = Some(s),
                ("type" | "title" | "status" | "detail" | "instance", _) => {}
                ("errors", value) => match field_errors(&value) {
                    Some(errors) => out.errors = errors,
                    None => out.extensions.push((name, value)),
                },
                (_, value) => out.extensions.push((name, value)),
            }
        }
        out
    }

    /// With a `type` URI.
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<String>) -> Self {
        self.type_uri = Some(uri.into());
        self
    }

    /// With a `title`.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// With a `status` member.
    #[must_use]
    pub const fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// With a `detail`.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// With an `instance`.
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// With the extension member `name` (replacing one of that name).
    #[must_use]
    pub fn with_extension(mut self, name: impl Into<String>, value: Value) -> Self {
        let name = name.into();
        self.extensions.retain(|(n, _)| *n != name);
        self.extensions.push((name, value));
        self
    }

    /// With field errors.
    #[must_use]
    pub fn with_errors(mut self, errors: FieldErrors) -> Self {
        self.errors = errors;
        self
    }

    /// The `type` URI as sent; `None` when absent, which means `about:blank`.
    #[must_use]
    pub fn type_uri(&self) -> Option<&str> {
        self.type_uri.as_deref()
    }

    /// The `type` URI, `about:blank` when absent (RFC 9457, Section 3.1.1).
    #[must_use]
    pub fn type_or_blank(&self) -> &str {
        self.type_uri.as_deref().unwrap_or("about:blank")
    }

    /// The `title`.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `status` member (advisory: the response's status line is what counts).
    #[must_use]
    pub const fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `detail`.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance`.
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The extension members, in the order they were read.
    #[must_use]
    pub fn extensions(&self) -> &[(String, Value)] {
        &self.extensions
    }

    /// The extension member `name`.
    #[must_use]
    pub fn extension(&self, name: &str) -> Option<&Value> {
        self.extensions.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The field errors (empty when the problem has none).
    #[must_use]
    pub fn errors(&self) -> &FieldErrors {
        &self.errors
    }
}

/// The `errors` member in RFC 9457's shape: an array of objects with string `detail` and
/// `pointer`; `None` for anything else (then it is an ordinary extension member).
pub(crate) fn field_errors(value: &Value) -> Option<FieldErrors> {
    let Value::Array(items) = value else { return None };
    items
        .iter()
        .map(|item| {
            let pointer = item.get("pointer")?.as_str()?;
            let detail = item.get("detail")?.as_str()?;
            Some(FieldError::new(pointer.to_string(), detail.to_string()))
        })
        .collect()
}

/// The default reading of an error body: an RFC 9457 problem sent as `application/problem+json`,
/// or as `application/json` when the object has at least one of the members RFC 9457 defines
/// (so that any other JSON object is not taken for one).
pub(crate) fn read_problem_json(media_type: Option<&str>, content: &[u8]) -> Option<ProblemDetails> {
    let essence = media_type?.split(';').next().unwrap_or("").trim();
    if essence.eq_ignore_ascii_case(PROBLEM_JSON) {
        return ProblemDetails::from_json(content);
    }
    if !essence.eq_ignore_ascii_case("application/json") {
        return None;
    }
    let problem = ProblemDetails::from_json(content)?;
    let defined = problem.type_uri.is_some()
        || problem.title.is_some()
        || problem.status.is_some()
        || problem.detail.is_some()
        || problem.instance.is_some();
    defined.then_some(problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_of_the_wrong_type_are_ignored_and_unknown_ones_kept() {
        let json = br##"{"type":"https://e.com/p","title":5,"status":404,"detail":"gone","id":7,
            "errors":[{"detail":"is taken","pointer":"#/name"}]}"##;
        let problem = ProblemDetails::from_json(json).unwrap();
        assert_eq!(problem.type_uri(), Some("https://e.com/p"));
        assert_eq!((problem.title(), problem.status(), problem.detail()), (None, Some(404), Some("gone")));
        assert_eq!(problem.extension("id"), Some(&Value::from(7)));
        assert_eq!(problem.errors().as_slice(), [FieldError::new("#/name", "is taken")]);
        assert_eq!(ProblemDetails::from_json(b"[1]"), None);
        assert_eq!(ProblemDetails::from_json(b"{").map(|p| p.status()), None);
    }

    #[test]
    fn an_errors_member_of_another_shape_is_an_extension() {
        let problem = ProblemDetails::from_json(br#"{"errors":{"name":["is taken"]}}"#).unwrap();
        assert!(problem.errors().is_empty());
        assert!(problem.extension("errors").is_some());
        assert_eq!(problem.type_or_blank(), "about:blank");
    }

    #[test]
    fn plain_json_is_a_problem_only_with_a_member_rfc_9457_defines() {
        let read = |media: &str, body: &[u8]| read_problem_json(Some(media), body);
        assert!(read("application/problem+json", b"{}").is_some());
        assert!(read("Application/Problem+JSON; charset=utf-8", b"{}").is_some());
        assert!(read("application/json", br#"{"status":500}"#).is_some());
        assert!(read("application/json", br#"{"id":1,"name":"Ada"}"#).is_none());
        assert!(read("text/plain", br#"{"status":500}"#).is_none());
        assert!(read_problem_json(None, br#"{"status":500}"#).is_none());
    }
}
