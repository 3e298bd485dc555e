//! The facts of a `[[status]]` entry beyond its meaning: `content`, `cache`, `headers`, `retry`,
//! `sender`, `history`, `limits` and `request`. Each bad value is reported at its line and column;
//! closed word sets are read through the vocabularies of [`super::model`].

use super::fields::{Item, Reader};
use super::model::VALUE_FORMS;
use super::model::{
    CACHE_KINDS, CONTENTS, Cache, Citation, Content, Facts, HTTP_VERSIONS, Header, History, LEVELS, Level, Limit,
    PARTIES, Pos, RETRY_KINDS, RequestContext, Retry, Sender, Vocab,
};
use crate::text::{did_you_mean, join};
use toml::de::DeTable;

const HEADER_KEYS: &[&str] =
    &["field", "level", "by", "when", "token", "echoes", "form", "note", "spec", "section", "url"];
const CACHE_KEYS: &[&str] = &["kind", "level", "spec", "section", "url"];
const RETRY_KEYS: &[&str] = &["kind", "level", "note", "spec", "section", "url"];
const SENDER_KEYS: &[&str] = &["who", "level", "note", "spec", "section", "url"];
const HISTORY_KEYS: &[&str] = &["spec", "section", "url", "http", "year"];
const LIMIT_KEYS: &[&str] = &["level", "note", "spec", "section", "url"];
const REQUEST_KEYS: &[&str] = &["methods", "headers", "open", "note", "spec", "section", "url"];

impl Reader<'_> {
    /// Reads the facts of the entry table `t`; `own` is the entry's citation, whose URL a fact
    /// citing the same document without a `url` borrows.
    pub(super) fn facts(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Facts {
        let content = match t.get("content") {
            Some(v) => self.word(v, "content", what, &CONTENTS),
            None => None,
        };
        Facts {
            content: content.unwrap_or(Content::Allowed),
            cache: self.cache(t, what, own),
            headers: self.headers(t, what, own),
            retry: self.retry(t, what, own),
            sender: self.sender(t, what, own),
            history: self.history(t, what, own),
            limits: self.limits(t, what, own),
            request: self.request(t, what, own),
        }
    }

    /// A word of a vocabulary; an unknown word is reported with a did-you-mean and the list.
    pub(super) fn word<T: Copy + PartialEq>(
        &mut self,
        v: &Item<'_>,
        key: &str,
        what: &str,
        vocab: &Vocab<T>,
    ) -> Option<T> {
        let i = self.word_index(v, key, what, vocab.what, vocab.words.len(), &|i| vocab.words[i].0)?;
        Some(vocab.words[i].1)
    }

    /// [`Self::word`] without the values (compiled once, not once per vocabulary): the index of
    /// the word among the `count` words `word_at` gives.
    fn word_index(
        &mut self,
        v: &Item<'_>,
        key: &str,
        what: &str,
        vocab: &str,
        count: usize,
        word_at: &dyn Fn(usize) -> &'static str,
    ) -> Option<usize> {
        let word = self.str_value(v, key, what)?;
        let mut words = Vec::with_capacity(count);
        for i in 0..count {
            words.push(word_at(i));
        }
        let words = &words[..];
        for (i, w) in words.iter().enumerate() {
            if *w == word {
                return Some(i);
            }
        }
        let hint = match did_you_mean(&word, words) {
            Some(s) => format!("did you mean \"{s}\"? "),
            None => String::new(),
        };
        let list = join(words, ", ", "\"");
        self.err(self.pos(v), format!("unknown {vocab} \"{word}\" in the {what}"), format!("{hint}use one of: {list}"));
        None
    }

    fn opt_level(&mut self, t: &DeTable<'_>, what: &str) -> Option<Level> {
        match t.get("level") {
            Some(v) => self.word(v, "level", what, &LEVELS),
            None => None,
        }
    }

    /// An inline table under `key`, checked for unknown keys; with its position and a name for messages.
    fn sub_table<'t, 'i>(
        &mut self,
        t: &'t DeTable<'i>,
        key: &str,
        what: &str,
        known: &[&str],
    ) -> Option<(&'t DeTable<'i>, Pos, String)> {
        let item = t.get(key)?;
        let inner = format!("`{key}` of the {what}");
        let table = self.table(item, &inner)?;
        self.unknown_keys(table, known, &format!("in the {inner}"));
        Some((table, self.pos(item), inner))
    }

    /// `spec` (required), `section` and `url` of a fact. Without `url`, the URL is made for RFCs
    /// and Internet-Drafts, or borrowed from the entry's own citation of the same document.
    pub(super) fn fact_citation(
        &mut self,
        t: &DeTable<'_>,
        what: &str,
        at: Pos,
        own: Option<&Citation>,
    ) -> Option<Citation> {
        let spec = self.req_str(t, "spec", what, at);
        let section = self.opt_str(t, "section", what, false);
        if t.contains_key("url") {
            let url = self.url(t, "url", what, at);
            return Some(Citation { spec: spec?, section, url: url? });
        }
        let spec = spec?;
        let anchor = match &section {
            Some(s) => format!("#section-{s}"),
            None => String::new(),
        };
        let rfc = match spec.strip_prefix("RFC ") {
            Some(n) if all_digits(n) => Some(n),
            _ => None,
        };
        let url = if let Some(n) = rfc {
            format!("https://www.rfc-editor.org/rfc/rfc{n}.html{anchor}")
        } else if spec.starts_with("draft-") && !spec.as_bytes().contains(&b' ') {
            format!("https://datatracker.ietf.org/doc/html/{spec}{anchor}")
        } else {
            match own {
                Some(own) if own.spec == spec => own.url.clone(),
                _ => {
                    self.err(
                        self.pos_of(t, "spec", at),
                        format!("no URL for \"{spec}\" in the {what}"),
                        "add `url = \"https://...\"`: URLs are made only for \"RFC <number>\", \"draft-...\" and the entry's own `spec`",
                    );
                    return None;
                }
            }
        };
        Some(Citation { spec, section, url })
    }

    fn cache(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Option<Cache> {
        let (c, at, inner) = self.sub_table(t, "cache", what, CACHE_KEYS)?;
        let kind = match self.required(c, "kind", &inner, at) {
            Some(v) => self.word(v, "kind", &inner, &CACHE_KINDS),
            None => None,
        };
        let level = self.opt_level(c, &inner);
        let citation = self.fact_citation(c, &inner, at, own);
        Some(Cache { kind: kind?, level, citation: citation? })
    }

    fn retry(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Option<Retry> {
        let (r, at, inner) = self.sub_table(t, "retry", what, RETRY_KEYS)?;
        let kind = match self.required(r, "kind", &inner, at) {
            Some(v) => self.word(v, "kind", &inner, &RETRY_KINDS),
            None => None,
        };
        let level = self.opt_level(r, &inner);
        let note = self.req_str(r, "note", &inner, at);
        let citation = self.fact_citation(r, &inner, at, own);
        Some(Retry { kind: kind?, level, note: note?, citation: citation? })
    }

    fn sender(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Option<Sender> {
        let (s, at, inner) = self.sub_table(t, "sender", what, SENDER_KEYS)?;
        let who = match self.required(s, "who", &inner, at) {
            Some(v) => self.word(v, "who", &inner, &PARTIES),
            None => None,
        };
        let level = self.opt_level(s, &inner);
        let note = self.req_str(s, "note", &inner, at);
        let citation = self.fact_citation(s, &inner, at, own);
        Some(Sender { who: who?, level, note: note?, citation: citation? })
    }

    fn history(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Option<History> {
        let (h, at, inner) = self.sub_table(t, "history", what, HISTORY_KEYS)?;
        let citation = self.fact_citation(h, &inner, at, own);
        let http = match h.get("http") {
            Some(v) => Some(self.word(v, "http", &inner, &HTTP_VERSIONS)),
            None => None,
        };
        let year = match self.int(h, "year", &inner, at) {
            Some((y @ 1990..=2100, _)) => u16::try_from(y).ok(),
            Some((y, pos)) => {
                self.err(
                    pos,
                    format!("year {y} of the {inner} is not plausible"),
                    "give the year the document was published, 1990 to 2100",
                );
                None
            }
            None => None,
        };
        let http = match http {
            Some(Some(v)) => Some(v),
            Some(None) => return None,
            None => None,
        };
        Some(History { citation: citation?, http, year: year? })
    }

    fn limits(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Vec<Limit> {
        let mut out = Vec::new();
        for item in self.array(t, "limits", what) {
            let Some(l) = self.table(item, "each element of `limits`") else { continue };
            let at = self.pos(item);
            let inner = format!("limit of the {what}");
            self.unknown_keys(l, LIMIT_KEYS, &format!("in a {inner}"));
            let level = self.opt_level(l, &inner);
            let note = self.req_str(l, "note", &inner, at);
            let citation = self.fact_citation(l, &inner, at, own);
            if let (Some(note), Some(citation)) = (note, citation) {
                out.push(Limit { level, note, citation });
            }
        }
        out
    }

    fn request(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Option<RequestContext> {
        let (r, at, inner) = self.sub_table(t, "request", what, REQUEST_KEYS)?;
        let citation = if r.contains_key("spec") { Some(self.fact_citation(r, &inner, at, own)?) } else { None };
        let methods = self.str_array(r, "methods", &inner);
        let headers = self.str_array(r, "headers", &inner);
        let open = self.opt_bool(r, "open", &inner).unwrap_or(false);
        let note = self.req_str(r, "note", &inner, at)?;
        Some(RequestContext { methods, headers, open, note, citation })
    }

    fn headers(&mut self, t: &DeTable<'_>, what: &str, own: Option<&Citation>) -> Vec<Header> {
        let mut out = Vec::new();
        for item in self.array(t, "headers", what) {
            let Some(h) = self.table(item, "each element of `headers`") else { continue };
            let at = self.pos(item);
            let inner = format!("header rule of the {what}");
            self.unknown_keys(h, HEADER_KEYS, &format!("in a {inner}"));
            let field = self.req_str(h, "field", &inner, at);
            let note = self.req_str(h, "note", &inner, at);
            // No level: the spec names the field in the code's definition without a keyword.
            let level = self.opt_level(h, &inner);
            let by = self.opt_str(h, "by", &inner, false);
            let token = self.opt_str(h, "token", &inner, false);
            let echoes = self.opt_str(h, "echoes", &inner, false);
            let form = match h.get("form") {
                Some(v) => Some(self.word(v, "form", &inner, &VALUE_FORMS)),
                None => None,
            };
            let when = match h.get("when") {
                Some(v) => Some(self.condition(v, &inner)),
                None => None,
            };
            let citation = if h.contains_key("spec") || h.contains_key("section") || h.contains_key("url") {
                match self.fact_citation(h, &inner, at, own) {
                    Some(c) => Some(c),
                    None => continue,
                }
            } else {
                None
            };
            let when = match when {
                Some(Some(c)) => Some(c),
                Some(None) => continue,
                None => None,
            };
            if let (Some(field), Some(note)) = (field, note) {
                let Some(form) = form.map_or(Some(None), |f| f.map(Some)) else { continue };
                out.push(Header { field, level, note, by, when, token, echoes, form, citation });
            }
        }
        out
    }
}

/// Whether `s` is all ASCII digits (an RFC number).
fn all_digits(s: &str) -> bool {
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::model::{CacheKind, Condition, Content, HttpVersion, Level, Party, RetryKind};
    use crate::parse::parse;
    use crate::parse::tests::{MINIMAL, errors};

    fn with(extra: &str) -> String {
        format!("{MINIMAL}{extra}\n")
    }

    #[test]
    fn every_fact_parses() {
        let src = with(
            r#"content = "must-not-generate"
headers = [
  { field = "Allow", level = "must-not", by = "server", note = "n", spec = "RFC 9110", section = "15.5.6", when = { methods = ["GET"] } },
  { field = "Date", level = "should-not", note = "n", when = { as_with = 404 } },
  { field = "Location", level = "must", note = "n", spec = "draft-x-01", section = "4", when = "first-interim" },
]
retry = { kind = "new-credentials", level = "may", note = "n", spec = "RFC 9110", section = "15.5.2" }
sender = { who = "gateway or proxy", note = "n", spec = "RFC 9110" }
history = { spec = "RFC 1945", section = "9.4", http = "1.0", year = 1996 }
limits = [{ level = "must", note = "n", spec = "RFC 9110", section = "15.2" }, { note = "m", spec = "X", url = "https://x" }]
request = { methods = ["POST"], headers = ["Expect"], note = "n" }"#,
        );
        let e = &parse(&src).unwrap().entries[0];
        assert_eq!(e.facts.content, Content::MustNotGenerate);
        assert_eq!(e.facts.cache.as_ref().unwrap().kind, CacheKind::Heuristic);
        assert_eq!(e.facts.headers[0].level, Some(Level::MustNot));
        assert_eq!(e.facts.headers[0].when, Some(Condition::Methods(vec!["GET".to_owned()])));
        assert_eq!(e.facts.headers[0].by.as_deref(), Some("server"));
        assert_eq!(e.facts.headers[1].when, Some(Condition::AsWith(404)));
        assert!(e.facts.headers[1].citation.is_none());
        assert_eq!(e.facts.headers[2].when, Some(Condition::FirstInterim));
        assert_eq!(
            e.facts.headers[2].citation.as_ref().unwrap().url,
            "https://datatracker.ietf.org/doc/html/draft-x-01#section-4"
        );
        assert_eq!(e.facts.retry.as_ref().unwrap().kind, RetryKind::NewCredentials);
        assert_eq!(e.facts.sender.as_ref().unwrap().who, Party::GatewayOrProxy);
        // Same document as the entry: its URL.
        assert_eq!(e.facts.sender.as_ref().unwrap().citation.url, "https://www.rfc-editor.org/rfc/rfc9110.html");
        let h = e.facts.history.as_ref().unwrap();
        assert_eq!((h.http, h.year), (Some(HttpVersion::Http1_0), 1996));
        assert_eq!(e.facts.limits.len(), 2);
        assert_eq!(e.facts.limits[1].level, None);
        assert_eq!(e.facts.request.as_ref().unwrap().headers, ["Expect"]);
    }

    #[test]
    fn unknown_words_suggest_and_list() {
        let errs = errors(&with(r#"content = "framin""#));
        assert!(
            errs.iter().any(|e| e.contains("t.toml:12:11: unknown content kind \"framin\"")
                && e.contains("did you mean \"framing\"?")),
            "{errs:?}"
        );
        let errs = errors(&with(r#"retry = { kind = "asis", note = "n", spec = "RFC 9110" }"#));
        assert!(errs.iter().any(|e| e.contains("unknown retry kind \"asis\"") && e.contains("\"as-is\"")), "{errs:?}");
        let errs = errors(&with(r#"sender = { who = "cdn", note = "n", spec = "RFC 9110" }"#));
        assert!(errs.iter().any(|e| e.contains("unknown sender \"cdn\"") && e.contains("use one of:")), "{errs:?}");
        let errs = errors(&with(r#"history = { spec = "RFC 9110", http = "3", year = 2022 }"#));
        assert!(errs.iter().any(|e| e.contains("unknown HTTP version \"3\"")), "{errs:?}");
        let errs = errors(&with(r#"headers = [{ field = "A", level = "shall", note = "n" }]"#));
        assert!(errs.iter().any(|e| e.contains("unknown requirement level \"shall\"")), "{errs:?}");
    }

    #[test]
    fn bad_fact_values_are_reported_together() {
        let errs = errors(&with(
            r#"cache = { kind = "heuristic", spec = "Some Vendor" }
headers = [{ field = "A", level = "must", note = "n", when = "first" }, { field = "B", level = "must", note = "n", when = { as_with = 42 } }]
history = { spec = "RFC 1945", year = 1066 }
request = { methods = "GET", note = "n" }"#,
        )
        .replacen("cache = { kind = \"heuristic\", spec = \"RFC 9110\", section = \"15.1\" }\n", "", 1));
        assert!(errs.iter().any(|e| e.contains("no URL for \"Some Vendor\"")), "{errs:?}");
        assert!(
            errs.iter().any(|e| e.contains("unknown condition \"first\"") && e.contains("\"first-interim\"")),
            "{errs:?}"
        );
        assert!(errs.iter().any(|e| e.contains("42, not a status code")), "{errs:?}");
        assert!(errs.iter().any(|e| e.contains("year 1066")), "{errs:?}");
        assert!(
            errs.iter().any(|e| e.contains("`methods` of the `request`") && e.contains("must be an array")),
            "{errs:?}"
        );
        assert_eq!(errs.len(), 5, "{errs:?}");
    }
}
