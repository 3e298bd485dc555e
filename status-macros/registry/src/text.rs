//! Text rules shared by every check: Rust identifiers for variants (derived from reason phrases,
//! or checked when given explicitly), did-you-mean suggestions, and keeping lists sorted.
//!
//! Plain loops rather than iterator chains with closures, here and in the whole crate: each
//! chain compiles its own copy of the std generics behind it, and this crate is compiled in
//! every user's build (unoptimized, as a proc macro's dependency), where those copies are most
//! of its build time.

/// Names that the generated code already uses for associated items.
const TAKEN: &[&str] = &["ALL", "REGISTRY"];

/// `"URI Too Long"` -> `UriTooLong`, `"I'm a teapot"` -> `ImATeapot`, `"OK"` -> `Ok`.
pub fn from_reason(reason: &str) -> Result<String, String> {
    for c in reason.chars() {
        if !c.is_ascii() {
            return Err(format!("it contains the non-ASCII character `{c}`"));
        }
    }
    // Words are separated by anything but letters, digits and apostrophes; apostrophes vanish
    // inside a word ("I'm" -> "Im").
    let mut name = String::new();
    let mut word_start = true;
    for c in reason.chars() {
        if c == '\'' {
            continue;
        }
        if !c.is_ascii_alphanumeric() {
            word_start = true;
            continue;
        }
        name.push(if word_start { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
        word_start = false;
    }
    match name.chars().next() {
        None => Err("it has no letters".to_owned()),
        Some(c) if c.is_ascii_digit() => Err(format!("`{name}` would start with a digit")),
        Some(_) => match check_explicit(&name) {
            Ok(()) => Ok(name),
            Err(why) => Err(why),
        },
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
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    for c in chars {
        if !unicode_ident::is_xid_continue(c) {
            return false;
        }
    }
    name != "_"
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
    let at = partition(v.len(), &|i| key(&v[i]) <= k);
    v.insert(at, item);
}

/// How many of the first items of a list of `len` items satisfy `before`, which holds for a
/// prefix of the list (`partition_point` by index). A `dyn` predicate: one compiled binary
/// search serves every sorted list of the crate.
pub(crate) fn partition(len: usize, before: &dyn Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// `parts` separated by `sep`, each between two `quote`s (`""` for none).
pub(crate) fn join(parts: &[&str], sep: &str, quote: &str) -> String {
    let mut out = String::new();
    let mut first = true;
    for part in parts {
        if !first {
            out.push_str(sep);
        }
        first = false;
        out.push_str(quote);
        out.push_str(part);
        out.push_str(quote);
    }
    out
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo (the first
/// of equally close ones). A slice, not an iterator: one compiled copy serves every caller.
pub fn did_you_mean<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let word_lower = word.to_ascii_lowercase();
    let mut best: Option<(usize, &'c str)> = None;
    for &c in candidates {
        let d = edit_distance(&word_lower, &c.to_ascii_lowercase());
        let close = d <= (c.len().max(word.len()) / 3).max(1);
        let closer = match best {
            Some((best_d, _)) => d < best_d,
            None => true,
        };
        if close && closer {
            best = Some((d, c));
        }
    }
    match best {
        Some((_, c)) => Some(c),
        None => None,
    }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b_len = b.chars().count();
    let mut row = Vec::with_capacity(b_len + 1);
    for j in 0..=b_len {
        row.push(j);
    }
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.chars().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb { diag } else { 1 + diag.min(above).min(row[j]) };
            diag = above;
        }
    }
    row[b_len]
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
