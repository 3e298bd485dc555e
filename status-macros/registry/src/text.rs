//! Text rules shared by every check: Rust identifiers for variants (derived from reason phrases,
//! or checked when given explicitly), did-you-mean suggestions, and keeping lists sorted.

/// Names that the generated code already uses for associated items.
const TAKEN: &[&str] = &["ALL", "REGISTRY"];

/// `"URI Too Long"` -> `UriTooLong`, `"I'm a teapot"` -> `ImATeapot`, `"OK"` -> `Ok`.
pub fn from_reason(reason: &str) -> Result<String, String> {
    if let Some(c) = reason.chars().find(|c| !c.is_ascii()) {
        return Err(format!("it contains the non-ASCII character `{c}`"));
    }
    let mut name = String::new();
    for word in reason.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'') {
        let mut chars = word.chars().filter(|&c| c != '\'');
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    match name.chars().next() {
        None => Err("it has no letters".to_owned()),
        Some(c) if c.is_ascii_digit() => Err(format!("`{name}` would start with a digit")),
        Some(_) => check_explicit(&name).map(|()| name),
    }
}

/// Accepts `name` if it is a plain (non-keyword, non-raw) Rust identifier the enum can use.
pub fn check_explicit(name: &str) -> Result<(), String> {
    if !is_identifier(name) || is_keyword(name) {
        return Err(if is_keyword(name) {
            format!("`{name}` is a Rust keyword")
        } else {
            format!("`{name}` is not a Rust identifier")
        });
    }
    if TAKEN.contains(&name) {
        return Err(format!("`{name}` is already used by the generated `{name}` constant"));
    }
    Ok(())
}

/// Whether `name` has the shape of a Rust identifier (XID start or `_`, then XID continue).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && chars.all(unicode_ident::is_xid_continue)
        && name != "_"
}

/// Rust's strict and reserved keywords (all editions), which cannot name a variant.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Inserts `item` into `v`, kept sorted by `key`, after any items with an equal key. Used
/// instead of sorting: one small function rather than a whole sort algorithm per element type,
/// which matters for the proc macro's own build time.
pub fn insert_sorted<T, K: Ord>(v: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let at = v.partition_point(|x| key(x) <= k);
    v.insert(at, item);
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo. A slice, not
/// an iterator: one compiled copy serves every caller.
pub fn did_you_mean<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let word_lower = word.to_ascii_lowercase();
    candidates
        .iter()
        .map(|&c| (edit_distance(&word_lower, &c.to_ascii_lowercase()), c))
        .filter(|&(d, c)| d <= (c.len().max(word.len()) / 3).max(1))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb { diag } else { 1 + diag.min(above).min(row[j]) };
            diag = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_become_upper_camel_case() {
        for (reason, name) in [
            ("OK", "Ok"),
            ("Non-Authoritative Information", "NonAuthoritativeInformation"),
            ("IM Used", "ImUsed"),
            ("URI Too Long", "UriTooLong"),
            ("HTTP Version Not Supported", "HttpVersionNotSupported"),
            ("Multi-Status", "MultiStatus"),
            ("I'm a teapot", "ImATeapot"),
            ("Unavailable For Legal Reasons", "UnavailableForLegalReasons"),
        ] {
            assert_eq!(from_reason(reason).unwrap(), name);
        }
    }

    #[test]
    fn insert_sorted_is_stable() {
        let mut v = Vec::new();
        for (k, tag) in [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')] {
            insert_sorted(&mut v, (k, tag), |x| x.0);
        }
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn suggestions_find_typos_only() {
        assert_eq!(did_you_mean("resaon", &["reason", "code", "summary"]), Some("reason"));
        assert_eq!(did_you_mean("NotFund", &["NotFound", "Found", "Gone"]), Some("NotFound"));
        assert_eq!(did_you_mean("zzz", &["reason", "code"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn unusable_reasons_say_why() {
        assert!(from_reason("").unwrap_err().contains("no letters"));
        assert!(from_reason("---").unwrap_err().contains("no letters"));
        assert!(from_reason("404 Thing").unwrap_err().contains("digit"));
        assert!(from_reason("self").unwrap_err().contains("keyword"));
        assert!(from_reason("Café").unwrap_err().contains("non-ASCII"));
        assert!(check_explicit("ALL").unwrap_err().contains("constant"));
        assert!(check_explicit("match").unwrap_err().contains("keyword"));
        assert!(check_explicit("Not Found").unwrap_err().contains("not a Rust identifier"));
    }
}
