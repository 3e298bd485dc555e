//! `WWW-Authenticate` and `Proxy-Authenticate` (RFC 9110, Sections 11.6.1 and 11.7.1): a list of
//! challenges whose commas also separate a challenge's auth-params, read in one pass over the
//! bytes (a split into elements, then into parameters, cost three times as much on every 401).

use super::grammar::{TCHAR, byte_class};

const TOKEN68: [bool; 256] = byte_class(b"-._~+/");
/// `qdtext`: tab, space, the visible characters but `"` and `\`, and obs-text.
const QDTEXT: [bool; 256] = {
    let mut class = byte_class(b"\t !#$%&'()*+,-./:;<=>?@[]^_`{|}~");
    let mut b = 0x80;
    while b < 256 {
        class[b] = true;
        b += 1;
    }
    class
};

/// A position in a value.
struct Cursor<'a> {
    v: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.v.get(self.i).copied()
    }

    /// Skips bytes while `class` holds; whether it skipped any.
    #[inline]
    fn skip(&mut self, class: impl Fn(u8) -> bool) -> bool {
        let start = self.i;
        while self.i < self.v.len() && class(self.v[self.i]) {
            self.i += 1;
        }
        self.i > start
    }

    /// Skips the bytes of a byte table.
    #[inline]
    fn skip_class(&mut self, class: &[bool; 256]) -> bool {
        self.skip(|b| class[usize::from(b)])
    }

    fn ows(&mut self) {
        self.skip(|b| b == b' ' || b == b'\t');
    }

    fn token(&mut self) -> bool {
        self.skip_class(&TCHAR)
    }

    /// `token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`.
    fn token68(&mut self) -> bool {
        self.skip_class(&TOKEN68) && {
            self.skip(|b| b == b'=');
            true
        }
    }

    /// `quoted-string` (Section 5.6.4), ASCII only (a value with obs-text is not read as text).
    fn quoted_string(&mut self) -> bool {
        if self.peek() != Some(b'"') {
            return false;
        }
        self.i += 1;
        // Runs of plain text at once; escapes and the closing quote one by one.
        loop {
            self.skip_class(&QDTEXT);
            let Some(b) = self.peek() else { return false };
            self.i += 1;
            match b {
                b'"' => return true,
                b'\\' if self.peek().is_some_and(|e| e == b'\t' || e == b' ' || e.is_ascii_graphic() || e >= 0x80) => {
                    self.i += 1;
                }
                _ => return false,
            }
        }
    }

    /// `auth-param = token BWS "=" BWS ( token / quoted-string )`.
    fn auth_param(&mut self) -> bool {
        if !self.token() {
            return false;
        }
        self.ows();
        if self.peek() != Some(b'=') {
            return false;
        }
        self.i += 1;
        self.ows();
        self.token() || self.quoted_string()
    }

    /// Whether the cursor, after optional whitespace, ends a list element.
    fn element_ends(&mut self) -> bool {
        self.ows();
        matches!(self.peek(), None | Some(b','))
    }
}

/// `#challenge` with at least one challenge: each starts with its auth-scheme token, followed
/// after a space by a token68 or an auth-param; further auth-params follow as list elements.
pub(super) fn challenges(value: impl AsRef<[u8]>) -> bool {
    let mut c = Cursor { v: value.as_ref(), i: 0 };
    let mut any = false;
    loop {
        c.skip(|b| b == b' ' || b == b'\t' || b == b',');
        if c.peek().is_none() {
            return any;
        }
        let start = c.i;
        if !c.token() {
            return false;
        }
        let scheme_end = c.i;
        c.ows();
        if any && c.peek() == Some(b'=') {
            // An auth-param of the challenge before.
            c.i = start;
            if !c.auth_param() {
                return false;
            }
        } else {
            c.i = scheme_end;
            if c.skip(|b| b == b' ') && !c.element_ends() {
                let after_scheme = c.i;
                if !(c.token68() && c.element_ends()) {
                    c.i = after_scheme;
                    if !c.auth_param() {
                        return false;
                    }
                }
            }
            any = true;
        }
        if !c.element_ends() {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::challenges;

    #[test]
    fn challenges_need_a_scheme() {
        for ok in [
            "Bearer",
            "Basic realm=\"simple\", charset=\"UTF-8\"",
            "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"",
            "Negotiate abc+/==",
            "Bearer realm = \"x\"",
            "  , Basic",
            "Basic , Bearer error=invalid_token",
            // A token68 may end in "=": "realm=" is one.
            "Basic realm=",
        ] {
            assert!(challenges(ok), "{ok}");
        }
        for bad in [
            "",
            " , ",
            "realm=\"x\"",
            "Basic realm=\"unterminated",
            "Ba sic x y",
            "\"Basic\"",
            "Basic realm=\"a\" b",
            "Basic realm=\"a\\\"",
        ] {
            assert!(!challenges(bad), "{bad}");
        }
    }
}
