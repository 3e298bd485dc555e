//! Rust identifiers for variants: derived from reason phrases, or checked when given explicitly.

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
    if syn::parse_str::<syn::Ident>(name).is_err() {
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

fn is_keyword(name: &str) -> bool {
    syn::parse_str::<syn::Ident>(&format!("r#{name}")).is_ok() || name == "Self" || name == "self"
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
