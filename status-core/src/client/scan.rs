//! RFC 9457 problems read in place, for enums in the default format: the `type` that chooses
//! the variant, then each member a field needs, straight from the content, with nothing built
//! that is not kept (what [`ProblemDetails`](crate::problem::ProblemDetails) would allocate for
//! every member). The rules are `read_problem_json`'s: the same media types, members of the
//! wrong type ignored.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;
use serde::de::{
    self, Deserialize, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::value::RawValue;

/// A member's value as far as the problem's own members care: text (borrowed where it has no
/// escapes), a status number, or anything else (ignored, RFC 9457, Section 3.1).
enum Value<'a> {
    Text(Cow<'a, str>),
    Code,
    Other,
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Value::Text(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Value::Text(Cow::Owned(String::from(v))))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Value::Text(Cow::Owned(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(if u16::try_from(v).is_ok() { Value::Code } else { Value::Other })
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(if u16::try_from(v).is_ok() { Value::Code } else { Value::Other })
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Value::Other)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Value::Other)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Value::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Other)
    }
}

/// A member name (a key is always a JSON string).
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Text(name) => Ok(Key(name)),
            _ => Err(de::Error::custom("a member name is a string")),
        }
    }
}

/// What one pass over a problem found: its `type` (`None` when absent or not a string:
/// `about:blank`) and the members asked for.
pub(super) struct Scanned<'a> {
    pub type_uri: Option<Cow<'a, str>>,
    pub members: Members<'a>,
}

/// How many members one pass keeps; a variant that reads more finds the others by another pass.
const KEPT: usize = 4;

/// Members of a problem as JSON text, found in one pass.
pub struct Members<'a> {
    content: &'a [u8],
    names: &'static [&'static str],
    found: [Option<&'a RawValue>; KEPT],
}

impl<'a> Members<'a> {
    /// The member `name` as JSON text.
    pub(super) fn get(&self, name: &str) -> Option<&'a RawValue> {
        match kept(self.names).iter().position(|n| *n == name) {
            Some(i) => self.found[i],
            None => member_raw(self.content, name),
        }
    }
}

/// The names one pass keeps.
fn kept(names: &'static [&'static str]) -> &'static [&'static str] {
    &names[..names.len().min(KEPT)]
}

/// The problem in `content` with the members `names`, or `None` when the content is not a
/// problem of the media type `media_type` (RFC 9457, Section 3; `application/json` when one of
/// the members RFC 9457 defines is there).
pub(super) fn problem<'a>(
    media_type: Option<&str>,
    content: &'a [u8],
    names: &'static [&'static str],
) -> Option<Scanned<'a>> {
    let media_type = media_type?;
    // The media type as servers send it first, then in any case and with parameters.
    let plain = if media_type == crate::problem::PROBLEM_JSON {
        false
    } else {
        let essence = media_type.split(';').next().unwrap_or("").trim();
        let plain = essence.eq_ignore_ascii_case("application/json");
        if !plain && !essence.eq_ignore_ascii_case(crate::problem::PROBLEM_JSON) {
            return None;
        }
        plain
    };
    let names = kept(names);
    let mut deserializer = serde_json::Deserializer::from_slice(content);
    let (type_uri, defined, found) = deserializer.deserialize_map(Scan { plain, names }).ok()?;
    deserializer.end().ok()?;
    (defined || !plain).then_some(Scanned { type_uri, members: Members { content, names, found } })
}

/// What a member name is to the scan: the `type`, another member RFC 9457 defines (looked at
/// for `plain` JSON only), one of the members asked for, or none of these.
#[derive(Clone, Copy)]
enum Kind {
    Type,
    Defined(&'static str),
    Member(usize),
    Other,
}

/// One pass: the `type`, whether a member RFC 9457 defines is there with its type (asked only
/// for `plain` JSON), and the members `names`; each name classified as it is read, as a
/// derived `Deserialize` does, and every other value skipped.
#[derive(Clone, Copy)]
struct Scan {
    plain: bool,
    names: &'static [&'static str],
}

impl<'de> Visitor<'de> for Scan {
    type Value = (Option<Cow<'de, str>>, bool, [Option<&'de RawValue>; KEPT]);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut type_uri, mut defined, mut found) = (None, false, [None; KEPT]);
        while let Some(kind) = map.next_key_seed(KeyOf(self))? {
            match kind {
                Kind::Member(i) => {
                    let raw: &'de RawValue = map.next_value()?;
                    // `instance` is both: a string makes a plain JSON object a problem.
                    defined |= self.plain && self.names[i] == "instance" && raw.get().starts_with('"');
                    found[i] = Some(raw);
                }
                Kind::Type => {
                    if let Value::Text(uri) = map.next_value::<Value<'de>>()? {
                        (type_uri, defined) = (Some(uri), true);
                    }
                }
                Kind::Defined(name) => {
                    defined |= matches!(
                        (name, map.next_value::<Value<'de>>()?),
                        ("status", Value::Code) | ("title" | "detail" | "instance", Value::Text(_))
                    );
                }
                Kind::Other => map.next_value::<IgnoredAny>().map(drop)?,
            }
        }
        Ok((type_uri, defined, found))
    }
}

/// The seed of a member name: its [`Kind`].
struct KeyOf(Scan);

impl<'de> DeserializeSeed<'de> for KeyOf {
    type Value = Kind;
    // As bytes: serde_json hands a key over unescaped without checking it is UTF-8 again (the
    // names it is compared with are ASCII).
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Kind, D::Error> {
        deserializer.deserialize_bytes(self)
    }
}

impl Visitor<'_> for KeyOf {
    type Value = Kind;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Kind, E> {
        self.visit_bytes(key.as_bytes())
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Kind, E> {
        if let Some(i) = self.0.names.iter().position(|n| n.as_bytes() == key) {
            return Ok(Kind::Member(i));
        }
        Ok(match key {
            b"type" => Kind::Type,
            b"title" if self.0.plain => Kind::Defined("title"),
            b"status" if self.0.plain => Kind::Defined("status"),
            b"detail" if self.0.plain => Kind::Defined("detail"),
            b"instance" if self.0.plain => Kind::Defined("instance"),
            _ => Kind::Other,
        })
    }
}

/// The member `name` as JSON text, by a pass of its own (the last of that name, as a JSON
/// object keeps it).
fn member_raw<'a>(content: &'a [u8], name: &str) -> Option<&'a RawValue> {
    struct Member<'n>(&'n str);
    impl<'de> Visitor<'de> for Member<'_> {
        type Value = Option<&'de RawValue>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a problem object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                if key == self.0 {
                    found = Some(map.next_value::<&'de RawValue>()?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    serde_json::Deserializer::from_slice(content).deserialize_map(Member(name)).ok().flatten()
}

/// A member's JSON text as a `T`.
pub(super) fn parse<T: DeserializeOwned>(raw: &RawValue) -> Result<T, serde_json::Error> {
    serde_json::from_str(raw.get())
}

/// A member's JSON text as text (`None` when it is not a string).
pub(super) fn text(raw: &RawValue) -> Option<Cow<'_, str>> {
    match serde_json::from_str::<Value<'_>>(raw.get()) {
        Ok(Value::Text(text)) => Some(text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROBLEM: &str = "application/problem+json";

    #[test]
    fn the_type_is_read_in_place_with_read_problem_json_rules() {
        let content = br#"{"title":"x","type":"https://e.com/p","n":[1,{"a":2}]}"#;
        let found = problem(Some(PROBLEM), content, &[]).unwrap().type_uri;
        assert!(matches!(found, Some(Cow::Borrowed("https://e.com/p"))));
        assert!(problem(Some(PROBLEM), br#"{"type":5}"#, &[]).unwrap().type_uri.is_none());
        assert!(problem(Some("application/json"), br#"{"id":1}"#, &[]).is_none());
        assert!(problem(Some("application/json; charset=utf-8"), br#"{"status":404}"#, &[]).is_some());
        assert!(problem(Some("application/json"), br#"{"status":70000}"#, &[]).is_none());
        assert!(problem(Some("text/html"), br#"{"status":404}"#, &[]).is_none());
        assert!(problem(Some(PROBLEM), b"[1]", &[]).is_none());
        assert!(problem(Some(PROBLEM), br#"{"type":"a"} x"#, &[]).is_none());
    }

    #[test]
    fn members_are_kept_in_one_pass_and_found_beyond_it() {
        let content = br#"{"id":7,"note":null,"instance":"/a\/b","accounts":["x"],"i":1,"j":2}"#;
        let names: &'static [&'static str] = &["id", "note", "instance", "accounts", "j"];
        let members = problem(Some(PROBLEM), content, names).unwrap().members;
        assert_eq!(parse::<u64>(members.get("id").unwrap()).unwrap(), 7);
        assert_eq!(parse::<Option<u64>>(members.get("note").unwrap()).unwrap(), None);
        assert!(members.get("absent").is_none() && members.get("note").is_some());
        assert!(parse::<u64>(members.get("accounts").unwrap()).is_err());
        assert_eq!(members.get("instance").and_then(text).as_deref(), Some("/a/b"));
        assert_eq!(members.get("id").and_then(text), None);
        // `j` is the fifth name: found by a pass of its own; `i` was not asked for.
        assert_eq!(parse::<u8>(members.get("j").unwrap()).unwrap(), 2);
        assert!(members.get("i").is_some());
    }
}
