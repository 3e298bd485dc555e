//! `URI-reference` (RFC 3986, Section 4.1) as `Location` and `Content-Location` carry it, and
//! RFC 8288's `Link`, whose targets are URI-references. The `http` crate's `Uri` reads request
//! targets only (no relative references, no fragments), so these few rules are written here.

use super::grammar::{elements, is_token};

/// `unreserved / sub-delims / ":" / "@" / "/" / "?"`: what a path, query or fragment holds
/// besides percent-encodings.
fn is_uri_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&b)
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
fn is_scheme(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
}

/// Characters and percent-encodings of a URI part; `brackets` allows the `[` `]` of an
/// IP-literal (authority only).
fn is_part(s: &str, brackets: bool) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3);
                if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                    return false;
                }
                i += 2;
            }
            b'[' | b']' if brackets => {}
            b => {
                if !is_uri_char(b) {
                    return false;
                }
            }
        }
        i += 1;
    }
    true
}

/// `URI-reference = URI / relative-ref`: a scheme only where the part before the first `:`
/// could be one (a relative reference's first segment has no colon), brackets only in the
/// authority, one fragment at most.
pub(super) fn uri_reference(value: &str) -> bool {
    let (rest, fragment) = value.split_once('#').unwrap_or((value, ""));
    is_part(fragment, false) && !fragment.contains('#') && absolute_or_partial(rest)
}

/// `absolute-URI / partial-URI` (`Content-Location`, RFC 9110, Section 8.7): a URI-reference
/// without a fragment.
pub(super) fn absolute_or_partial(value: &str) -> bool {
    let first_delimiter = value.find(['/', '?', '#']).unwrap_or(value.len());
    let hier = match value[..first_delimiter].split_once(':') {
        Some((scheme, _)) if !is_scheme(scheme) => return false,
        Some((scheme, _)) => &value[scheme.len() + 1..],
        None => value,
    };
    let (authority, path) = match hier.strip_prefix("//") {
        Some(after) => after.split_at(after.find(['/', '?']).unwrap_or(after.len())),
        None => ("", hier),
    };
    is_part(authority, true) && is_part(path, false) && !value.contains('#')
}

/// One `link-value` (RFC 8288, Section 3): `<URI-Reference> *( OWS ";" OWS link-param )`, with
/// its parameters (name, value without quotes).
fn link_value(element: &str) -> Option<(&str, impl Iterator<Item = (&str, &str)>)> {
    let rest = element.strip_prefix('<')?;
    let (target, params) = rest.split_once('>')?;
    if !uri_reference(target) {
        return None;
    }
    let params: Option<alloc::vec::Vec<(&str, &str)>> = params
        .split(';')
        .enumerate()
        .map(|(i, p)| (i, p.trim_matches([' ', '\t'])))
        .filter(|&(i, p)| !(i == 0 && p.is_empty()))
        .map(|(_, p)| {
            let (name, value) = p.split_once('=').unwrap_or((p, ""));
            let (name, value) = (name.trim_end_matches([' ', '\t']), value.trim_start_matches([' ', '\t']));
            let unquoted = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
            (is_token(name) && (value.is_empty() || unquoted.is_some() || is_token(value)))
                .then_some((name, unquoted.unwrap_or(value)))
        })
        .collect();
    Some((target, params?.into_iter()))
}

/// `Link = #link-value`.
pub(super) fn links(value: &str) -> bool {
    elements(value).all(|e| link_value(e).is_some())
}

/// Whether one of the links has the relation type `rel` (a `rel` parameter holds a
/// space-separated list of types, compared without case).
pub(super) fn has_rel(value: &str, rel: &str) -> bool {
    elements(value).filter_map(link_value).any(|(_, mut params)| {
        params.any(|(name, types)| {
            name.eq_ignore_ascii_case("rel") && types.split(' ').any(|t| t.eq_ignore_ascii_case(rel))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_references_in_every_form() {
        for ok in [
            "https://example.com/a?b=c#d",
            "/things/2",
            "things/2",
            "../up",
            "?page=2",
            "#top",
            "//cdn.example/x",
            "http://[::1]:8080/",
            "/caf%C3%A9",
            "mailto:a@example.com",
            "",
        ] {
            assert!(uri_reference(ok), "{ok}");
        }
        for bad in ["/a b", "/caf%G1", "1http://x/", "a:b:c d", "/a#b#c", "/[x]", "http://ex ample/", "/\"q\""] {
            assert!(!uri_reference(bad), "{bad}");
        }
        assert!(absolute_or_partial("/a?b") && absolute_or_partial("https://x/y"));
        assert!(!absolute_or_partial("/a#b"), "no fragment in Content-Location");
    }

    #[test]
    fn links_and_their_relations() {
        let blocked = "<https://blocker.example/>; rel=\"blocked-by\"";
        assert!(links(blocked) && has_rel(blocked, "blocked-by"));
        assert!(has_rel("</a>; rel=\"help Blocked-By\", </b>;rel=next", "blocked-by"));
        assert!(!has_rel("<https://blocked-by.example/>; rel=help", "blocked-by"));
        assert!(!has_rel("</a>; title=blocked-by", "blocked-by"), "a title is no relation");
        assert!(links("</style.css>; rel=preload; as=style, </a,b>; rel=next"));
        assert!(!links("https://no-brackets.example/; rel=next"));
        assert!(!links("</a b>; rel=next"));
    }
}
