//! `URI-reference` (RFC 3986, Section 4.1) as `Location` and `Content-Location` carry it, and
//! RFC 8288's `Link`, whose targets are URI-references. The `http` crate's `Uri` reads request
//! targets only (no relative references, no fragments), so these few rules are written here.

use super::grammar::{byte_class, elements, is_token, trim_ows};

/// `unreserved / sub-delims / ":" / "@" / "/" / "?"`: what a path, query or fragment holds
/// besides percent-encodings.
const URI_CHAR: [bool; 256] = byte_class(b"-._~!$&'()*+,;=:@/?");
/// The same, with the `[` and `]` of an IP-literal host.
const AUTHORITY_CHAR: [bool; 256] = byte_class(b"-._~!$&'()*+,;=:@[]");

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
fn is_scheme(s: &[u8]) -> bool {
    let mut bytes = s.iter().copied();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
}

/// `URI-reference = URI / relative-ref`: a scheme only where the part before the first `:`
/// could be one (a relative reference's first segment has no colon), brackets only in the
/// authority, one fragment at most.
pub(super) fn uri_reference(value: impl AsRef<[u8]>) -> bool {
    reference(value.as_ref(), true)
}

/// `absolute-URI / partial-URI` (`Content-Location`, RFC 9110, Section 8.7): a URI-reference
/// without a fragment.
pub(super) fn absolute_or_partial(value: impl AsRef<[u8]>) -> bool {
    reference(value.as_ref(), false)
}

/// Both, part by part: scheme, authority, then path and query, then fragment (this runs on
/// every redirect, so each part is one tight loop over a byte table).
fn reference(v: &[u8], fragment_allowed: bool) -> bool {
    let end = v.iter().position(|b| matches!(b, b':' | b'/' | b'?' | b'#')).unwrap_or(v.len());
    let mut rest = v;
    if v.get(end) == Some(&b':') {
        if !is_scheme(&v[..end]) {
            return false;
        }
        rest = &v[end + 1..];
    }
    if let Some(after) = rest.strip_prefix(b"//") {
        let end = after.iter().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(after.len());
        if !part(&after[..end], &AUTHORITY_CHAR) {
            return false;
        }
        rest = &after[end..];
    }
    match rest.iter().position(|b| *b == b'#') {
        None => part(rest, &URI_CHAR),
        Some(hash) => fragment_allowed && part(&rest[..hash], &URI_CHAR) && part(&rest[hash + 1..], &URI_CHAR),
    }
}

/// Whether every byte of `v` is in `class` or starts a percent-encoding.
fn part(v: &[u8], class: &[bool; 256]) -> bool {
    // Most parts have no percent-encoding: one table load a byte.
    if v.iter().all(|b| class[usize::from(*b)]) {
        return true;
    }
    let mut i = 0;
    while i < v.len() {
        if class[usize::from(v[i])] {
            i += 1;
        } else if v[i] == b'%' && v.get(i + 1..i + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)) {
            i += 3;
        } else {
            return false;
        }
    }
    true
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
        .map(|(i, p)| (i, trim_ows(p)))
        .filter(|&(i, p)| !(i == 0 && p.is_empty()))
        .map(|(_, p)| {
            let (name, value) = p.split_once('=').unwrap_or((p, ""));
            let (name, value) = (trim_ows(name), trim_ows(value));
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
