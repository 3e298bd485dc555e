//! The `[[field]]` table: which grammar a header field's value follows, and where that grammar
//! is written. The conformance check reads values by these facts, so a custom registry states
//! its own fields the same way.

use super::fields::{Item, Reader};
use super::model::{Citation, Pos};
use super::vocab::vocabulary;

const FIELD_KEYS: &[&str] = &["name", "grammar", "spec", "section", "url"];

vocabulary! {
    /// The value grammars the conformance check reads (`[[field]]`'s `grammar = "..."`).
    GRAMMARS: Grammar, "field grammar" {
        /// An HTTP-date; a sender generates the IMF-fixdate form (`Date`, `Last-Modified`).
        "http-date" => HttpDate,
        /// An HTTP-date or a number of seconds (`Retry-After`).
        "retry-after" => RetryAfter,
        /// A range, or `*/length` for an unsatisfied one (`Content-Range`).
        "content-range" => ContentRange,
        /// At least one challenge, each starting with its auth-scheme token (`WWW-Authenticate`).
        "challenges" => Challenges,
        /// A list of tokens, possibly empty (`Allow`: methods).
        "tokens" => Tokens,
        /// `*` or a list of field names (`Vary`).
        "field-names" => FieldNames,
        /// A URI-reference (`Location`).
        "uri-reference" => UriReference,
        /// An absolute URI or a partial one, without a fragment (`Content-Location`).
        "partial-uri" => PartialUri,
        /// One entity-tag, weak or strong (`ETag`).
        "entity-tag" => EntityTag,
        /// A list of protocols, each a name with an optional `/version` (`Upgrade`).
        "protocols" => Protocols,
        /// A list of links, each a URI-reference in angle brackets with parameters (`Link`).
        "links" => Links,
    }
}

vocabulary! {
    /// What a field's value has to be in responses with one code (a header rule's `form`).
    VALUE_FORMS: ValueForm, "value form" {
        /// A satisfied byte range that lies inside the complete length (a single-part 206).
        "satisfied-range" => SatisfiedRange,
        /// The unsatisfied form, `*/length` (416).
        "unsatisfied-range" => UnsatisfiedRange,
    }
}

/// One `[[field]]` entry.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub grammar: Grammar,
    pub citation: Citation,
    pub pos: Pos,
}

impl Reader<'_> {
    pub(super) fn field(&mut self, item: &Item<'_>) -> Option<Field> {
        let t = self.table(item, "each `[[field]]` entry")?;
        self.unknown_keys(t, FIELD_KEYS, "in a `[[field]]` entry");
        let at = self.pos(item);
        let name = self.req_str(t, "name", "`[[field]]` entry", at);
        let what = match &name {
            Some(n) => format!("`[[field]]` entry for {n}"),
            None => "`[[field]]` entry".to_owned(),
        };
        let grammar = match self.required(t, "grammar", &what, at) {
            Some(v) => self.word(v, "grammar", &what, &GRAMMARS),
            None => None,
        };
        let citation = self.fact_citation(t, &what, at, None);
        Some(Field { name: name?, grammar: grammar?, citation: citation?, pos: at })
    }
}

#[cfg(test)]
mod tests {
    use super::Grammar;
    use crate::parse::parse;
    use crate::parse::tests::{MINIMAL, errors};

    #[test]
    fn fields_parse_with_their_citation() {
        let src = format!(
            "[[field]]\nname = \"Retry-After\"\ngrammar = \"retry-after\"\nspec = \"RFC 9110\"\nsection = \"10.2.3\"\n{MINIMAL}"
        );
        let registry = parse(&src).unwrap();
        let field = &registry.fields[0];
        assert_eq!((field.name.as_str(), field.grammar), ("Retry-After", Grammar::RetryAfter));
        assert_eq!(field.citation.url, "https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3");
    }

    #[test]
    fn unknown_grammars_and_repeated_fields_are_errors() {
        let field =
            |grammar: &str| format!("[[field]]\nname = \"Allow\"\ngrammar = \"{grammar}\"\nspec = \"RFC 9110\"\n");
        let text = errors(&format!("{}{MINIMAL}", field("token"))).join("\n");
        assert!(text.contains("unknown field grammar \"token\"") && text.contains("did you mean \"tokens\""), "{text}");
        let twice = format!("{}{}{MINIMAL}", field("tokens"), field("tokens").replace("Allow", "allow"));
        let text = errors(&twice).join("\n");
        assert!(text.contains("field allow has a grammar twice"), "{text}");
    }
}
