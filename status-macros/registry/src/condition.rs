//! When a header rule applies (`when = ...`): the conditions the specifications' sentences put on
//! a rule, as data, and their reading. Kept apart from `model.rs` and `facts.rs` because the set
//! grows with every sentence the registry types.

use super::fields::{Item, Reader};
use crate::text::{did_you_mean, join};
use toml::de::{DeTable, DeValue};

/// When a header rule applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Only in responses to these methods.
    Methods(Vec<String>),
    /// Only if a response with this code to the same request would have had the field.
    AsWith(u16),
    /// Only in the first interim response of its kind.
    FirstInterim,
    /// Only in the interim responses after the first.
    SubsequentInterim,
    /// Only in a single-part response (206 with one range).
    SinglePart,
    /// Only in a multipart response (206 with several ranges, `multipart/byteranges`).
    Multipart,
    /// Only in responses to a request carrying one of these header fields.
    RequestHeaders(Vec<String>),
    /// Only when the response itself carries this header field.
    WithField(String),
    /// Only if the server has a validator for the representation.
    ValidatorAvailable,
    /// Only if the condition the code reports is temporary.
    Temporary,
    /// Only if the server has a preferred choice among the alternatives.
    PreferredChoice,
    /// Only if an unsupported content coding of the request caused the response.
    ContentCoding,
    /// Only if the response is for reasons unrelated to content codings.
    NotContentCoding,
    /// Only in responses to a request for byte ranges (`Range: bytes=...`).
    ByteRange,
    /// Only when the field does not serve to guide cache updates.
    NotForCacheUpdates,
    /// Only when the field identifies the entity that blocks access.
    IdentifiesBlocker,
    /// Only in responses to a request for one range.
    SingleRange,
    /// Only if the server changed the enclosed representation when it saved it (a PUT).
    ContentTransformed,
    /// Only if the value differs from the one a 200 to the same request would have had.
    LengthDiffers,
    /// Only over HTTP/1.1 (HTTP/2 and HTTP/3 have no `Upgrade` or `Connection`).
    Http1,
    /// All of these at once.
    All(Vec<Condition>),
}

impl Condition {
    /// This condition and, for [`Condition::All`], every condition inside it.
    pub fn leaves(&self) -> Vec<&Condition> {
        let mut out = Vec::new();
        self.push_leaves(&mut out);
        out
    }

    fn push_leaves<'c>(&'c self, out: &mut Vec<&'c Condition>) {
        match self {
            Condition::All(all) => {
                for c in all {
                    c.push_leaves(out);
                }
            }
            other => out.push(other),
        }
    }
}

/// The conditions written as one word, with the runtime variant of the same name, and the
/// phrase docs and status-core's `Display for Condition` use (generated from this table by
/// `__vocabulary!`): each phrase written once.
pub const CONDITION_WORDS: [(&str, &str, &str); 16] = [
    ("first-interim", "FirstInterim", "in the first interim response"),
    ("subsequent-interim", "SubsequentInterim", "in interim responses after the first"),
    ("single-part", "SinglePart", "in a single-part response"),
    ("multipart", "Multipart", "in a multipart response"),
    ("validator-available", "ValidatorAvailable", "if a validator is available"),
    ("temporary", "Temporary", "if the condition is temporary"),
    ("preferred-choice", "PreferredChoice", "if the server has a preferred choice"),
    ("content-coding", "ContentCoding", "if an unsupported content coding caused it"),
    ("not-content-coding", "NotContentCoding", "for reasons unrelated to content codings"),
    ("byte-range", "ByteRange", "to a byte-range request"),
    ("not-for-cache-updates", "NotForCacheUpdates", "unless it serves to guide cache updates"),
    ("identifies-blocker", "IdentifiesBlocker", "when it identifies the blocking entity"),
    ("single-range", "SingleRange", "to a request for a single range"),
    ("content-transformed", "ContentTransformed", "if the saved representation differs from the content received"),
    ("length-differs", "LengthDiffers", "unless it equals the length a 200 would have had"),
    ("http1", "Http1", "over HTTP/1.1"),
];

/// The one-word condition named `word` (first column of [`CONDITION_WORDS`]).
fn from_word(word: &str) -> Option<Condition> {
    Some(match word {
        "first-interim" => Condition::FirstInterim,
        "subsequent-interim" => Condition::SubsequentInterim,
        "single-part" => Condition::SinglePart,
        "multipart" => Condition::Multipart,
        "validator-available" => Condition::ValidatorAvailable,
        "temporary" => Condition::Temporary,
        "preferred-choice" => Condition::PreferredChoice,
        "content-coding" => Condition::ContentCoding,
        "not-content-coding" => Condition::NotContentCoding,
        "byte-range" => Condition::ByteRange,
        "not-for-cache-updates" => Condition::NotForCacheUpdates,
        "identifies-blocker" => Condition::IdentifiesBlocker,
        "single-range" => Condition::SingleRange,
        "content-transformed" => Condition::ContentTransformed,
        "length-differs" => Condition::LengthDiffers,
        "http1" => Condition::Http1,
        _ => return None,
    })
}

/// How conditions with values read in docs and in status-core's `Display for Condition`.
pub mod condition_phrases {
    /// Before the methods of [`Condition::Methods`](super::Condition::Methods).
    pub const METHODS: &str = "in responses to ";
    /// Between two methods, or two request header fields.
    pub const METHODS_JOIN: &str = " and ";
    /// Between two alternatives (request header fields).
    pub const OR: &str = " or ";
    /// Around the code of [`Condition::AsWith`](super::Condition::AsWith).
    pub const AS_WITH: (&str, &str) = ("if a ", " to the same request would have it");
    /// Before the fields of [`Condition::RequestHeaders`](super::Condition::RequestHeaders).
    pub const REQUEST_HEADERS: &str = "to a request with ";
    /// Before the field of [`Condition::WithField`](super::Condition::WithField).
    pub const WITH_FIELD: &str = "when the response has ";
    /// Between the parts of [`Condition::All`](super::Condition::All).
    pub const ALL_JOIN: &str = ", ";
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use condition_phrases as p;
        match self {
            Condition::Methods(methods) => {
                f.write_str(p::METHODS)?;
                write_joined(f, methods, p::METHODS_JOIN)
            }
            Condition::AsWith(code) => write!(f, "{}{code}{}", p::AS_WITH.0, p::AS_WITH.1),
            Condition::RequestHeaders(fields) => {
                f.write_str(p::REQUEST_HEADERS)?;
                write_joined(f, fields, p::OR)
            }
            Condition::WithField(field) => {
                f.write_str(p::WITH_FIELD)?;
                f.write_str(field)
            }
            Condition::All(all) => {
                let mut first = true;
                for c in all {
                    if !first {
                        f.write_str(p::ALL_JOIN)?;
                    }
                    first = false;
                    std::fmt::Display::fmt(c, f)?;
                }
                Ok(())
            }
            // The row whose word makes this variant (by discriminant: these variants have no
            // data); `from_word` makes one-word conditions from the rows only, so one is found.
            word => {
                for (w, _, phrase) in &CONDITION_WORDS {
                    if let Some(c) = from_word(w) {
                        if std::mem::discriminant(&c) == std::mem::discriminant(word) {
                            return f.write_str(phrase);
                        }
                    }
                }
                Ok(())
            }
        }
    }
}

const WHEN_KEYS: &[&str] = &["methods", "as_with", "request_headers", "with_field"];

/// The forms besides the words.
const TABLES: &str = "a table `{ methods = [\"GET\"] }`, `{ as_with = 200 }`, \
    `{ request_headers = [\"If-Range\"] }` or `{ with_field = \"Upgrade\" }`, or an array of these when all must hold";

const HELP: &str = "write a word (\"temporary\", \"byte-range\", ...), a table `{ methods = [\"GET\"] }`, \
    `{ as_with = 200 }`, `{ request_headers = [\"If-Range\"] }` or `{ with_field = \"Upgrade\" }`, \
    or an array of these when all must hold";

fn write_joined(f: &mut std::fmt::Formatter<'_>, items: &[String], sep: &str) -> std::fmt::Result {
    let mut first = true;
    for item in items {
        if !first {
            f.write_str(sep)?;
        }
        first = false;
        f.write_str(item)?;
    }
    Ok(())
}

/// Every word a `when` may be (for messages).
fn words() -> Vec<&'static str> {
    let mut words = Vec::with_capacity(CONDITION_WORDS.len());
    for &(word, _, _) in &CONDITION_WORDS {
        words.push(word);
    }
    words
}

/// Whether `s` is all uppercase ASCII letters (a method name, such as `GET`).
fn is_method_like(s: &str) -> bool {
    for b in s.bytes() {
        if !b.is_ascii_uppercase() {
            return false;
        }
    }
    true
}

impl Reader<'_> {
    /// `when = "<word>"`, `when = { methods | as_with | request_headers | with_field = ... }`, or an
    /// array of these (all must hold).
    pub(super) fn condition(&mut self, v: &Item<'_>, what: &str) -> Option<Condition> {
        match v.get_ref() {
            DeValue::String(s) => {
                let found = from_word(s);
                if found.is_none() {
                    let words = words();
                    let hint = if is_method_like(s) {
                        format!("a method goes in a table, `{{ methods = [\"{s}\"] }}`; ")
                    } else {
                        match did_you_mean(s, &words) {
                            Some(d) => format!("did you mean \"{d}\"? "),
                            None => String::new(),
                        }
                    };
                    let list = join(&words, ", ", "\"");
                    self.err(
                        self.pos(v),
                        format!("unknown condition \"{s}\" in the {what}"),
                        format!("{hint}use a word ({list}), {TABLES}"),
                    );
                }
                found
            }
            DeValue::Table(w) => self.condition_table(w, v, what),
            DeValue::Array(items) if !items.is_empty() => {
                // Every item is read (and reported) even after a bad one.
                let mut all = Vec::with_capacity(items.len());
                let mut ok = true;
                for item in items {
                    match self.condition(item, what) {
                        Some(c) => all.push(c),
                        None => ok = false,
                    }
                }
                if ok { Some(Condition::All(all)) } else { None }
            }
            other => {
                let found = if matches!(other, DeValue::Array(_)) { "an empty array" } else { other.type_str() };
                self.err(
                    self.pos(v),
                    format!("`when` of the {what} must be a string, a table or an array of them, found {found}"),
                    HELP,
                );
                None
            }
        }
    }

    fn condition_table(&mut self, w: &DeTable<'_>, v: &Item<'_>, what: &str) -> Option<Condition> {
        let inner = format!("`when` of the {what}");
        self.unknown_keys(w, WHEN_KEYS, &format!("in the {inner}"));
        let mut present = Vec::new();
        for &key in WHEN_KEYS {
            if w.contains_key(key) {
                present.push(key);
            }
        }
        let [key] = present[..] else {
            self.err(
                self.pos(v),
                format!("the {inner} needs exactly one of `methods`, `as_with`, `request_headers` and `with_field`"),
                HELP,
            );
            return None;
        };
        match key {
            "methods" | "request_headers" => {
                let list = self.str_array(w, key, &inner);
                if list.is_empty() {
                    // An empty list would make a rule that never applies: surely a mistake.
                    self.err(
                        self.pos_of(w, key, self.pos(v)),
                        format!("`{key}` of the {inner} is empty"),
                        format!(
                            "name at least one, e.g. `{key} = [\"{}\"]`",
                            if key == "methods" { "GET" } else { "If-Range" }
                        ),
                    );
                    return None;
                }
                Some(if key == "methods" { Condition::Methods(list) } else { Condition::RequestHeaders(list) })
            }
            "with_field" => match self.opt_str(w, "with_field", &inner, false) {
                Some(field) => Some(Condition::WithField(field)),
                None => None,
            },
            _ => match self.int(w, "as_with", &inner, self.pos(v)) {
                Some((c @ 100..=999, _)) => match u16::try_from(c) {
                    Ok(code) => Some(Condition::AsWith(code)),
                    Err(_) => None,
                },
                Some((c, pos)) => {
                    self.err(
                        pos,
                        format!("`as_with` of the {inner} is {c}, not a status code"),
                        "give a code from 100 to 999, e.g. `as_with = 200`",
                    );
                    None
                }
                None => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CONDITION_WORDS, Condition};
    use crate::parse::parse;
    use crate::parse::tests::{MINIMAL, errors};

    fn with(extra: &str) -> String {
        format!("{MINIMAL}{extra}\n")
    }

    #[test]
    fn every_form_of_when_parses() {
        let words: Vec<String> = CONDITION_WORDS
            .iter()
            .map(|(w, _, _)| format!("  {{ field = \"A\", level = \"should\", note = \"n\", when = \"{w}\" }},\n"))
            .collect();
        let src = with(&format!(
            r#"headers = [
{}  {{ field = "B", level = "must", note = "n", when = {{ request_headers = ["If-Range", "Range"] }} }},
  {{ field = "Connection", level = "must", note = "n", token = "upgrade", when = {{ with_field = "Upgrade" }} }},
  {{ field = "Upgrade", level = "must-not", note = "n", echoes = "Upgrade" }},
  {{ field = "ETag", level = "should", note = "n", when = [{{ methods = ["GET"] }}, "validator-available"] }},
]
request = {{ methods = ["LOCK"], open = true, note = "n" }}"#,
            words.concat()
        ));
        let e = &parse(&src).unwrap().entries[0];
        let n = CONDITION_WORDS.len();
        for (rule, (word, variant, phrase)) in e.facts.headers.iter().zip(CONDITION_WORDS) {
            let when = rule.when.as_ref().unwrap();
            assert_eq!(format!("{when:?}"), variant, "{word}");
            assert_eq!(when.to_string(), phrase, "{word}");
        }
        let h = &e.facts.headers[n..];
        assert_eq!(h[0].when, Some(Condition::RequestHeaders(vec!["If-Range".into(), "Range".into()])));
        assert_eq!(h[0].when.as_ref().unwrap().to_string(), "to a request with If-Range or Range");
        assert_eq!(h[1].when, Some(Condition::WithField("Upgrade".into())));
        assert_eq!(h[1].token.as_deref(), Some("upgrade"));
        assert_eq!(h[2].echoes.as_deref(), Some("Upgrade"));
        let all = h[3].when.as_ref().unwrap();
        assert_eq!(all, &Condition::All(vec![Condition::Methods(vec!["GET".into()]), Condition::ValidatorAvailable]));
        assert_eq!(all.to_string(), "in responses to GET, if a validator is available");
        assert!(h[..3].iter().all(|r| r.token.is_some() == (r.field == "Connection")));
        assert!(e.facts.request.as_ref().unwrap().open);
    }

    #[test]
    fn bad_conditions_are_reported_with_the_forms_to_use() {
        let errs = errors(&with(
            r#"headers = [
  { field = "A", level = "must", note = "n", when = "temporarily" },
  { field = "B", level = "must", note = "n", when = [] },
  { field = "C", level = "must", note = "n", when = { methods = ["GET"], with_field = "X" } },
  { field = "D", level = "must", note = "n", when = [{ with_field = 3 }] },
  { field = "E", level = "must", note = "n", token = 1 },
]
request = { open = "yes", note = "n" }"#,
        ));
        let has = |needle: &str| errs.iter().any(|e| e.contains(needle));
        assert!(has("unknown condition \"temporarily\"") && has("did you mean \"temporary\"?"), "{errs:?}");
        assert!(has("must be a string, a table or an array of them, found an empty array"), "{errs:?}");
        assert!(has("needs exactly one of `methods`, `as_with`, `request_headers` and `with_field`"), "{errs:?}");
        assert!(has("`with_field` of the `when`"), "{errs:?}");
        assert!(has("`token` of the header rule"), "{errs:?}");
        assert!(has("`open` of the `request`") && has("must be a boolean"), "{errs:?}");
        assert_eq!(errs.len(), 6, "{errs:?}");
    }
}
