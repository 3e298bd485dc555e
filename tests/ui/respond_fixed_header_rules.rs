// `#[header("Name", "value")]` on a variant: the name is a token, the value a field value (RFC
// 9110, Sections 5.1 and 5.5), each field sent once; every problem at its own token.
#[status_core::subset]
#[derive(Debug)]
pub enum Fixed {
    // A value that would end the field and start another, and one with a space at the end.
    #[header("WWW-Authenticate", "Token\r\nSet-Cookie: a=1")]
    #[header("Cache-Control", "no-store ")]
    Unauthorized,
    // Not a field name; an empty value; a control character.
    #[header("Cache Control", "no-store")]
    #[header("X-Empty", "")]
    #[header("X-Bell", "ring\u{7}")]
    NotFound,
    // The same field twice (in another case), and a fixed value beside a field carrying it.
    #[header("Cache-Control", "no-store")]
    #[header("cache-control", "no-cache")]
    #[header("Allow", "GET")]
    MethodNotAllowed {
        #[header("Allow")]
        allow: &'static str,
    },
    // A fixed value for a field another layer is said to send.
    #[header("Proxy-Authenticate", "Basic")]
    #[sent_elsewhere("Proxy-Authenticate")]
    ProxyAuthenticationRequired,
    // On a variant `#[header]` takes a value; on a field it takes none.
    #[header("Retry-After")]
    TooManyRequests,
    #[status(503)]
    Busy {
        #[header("Retry-After", "5")]
        retry: u32,
    },
    // A transparent variant sends what the subset it holds sends.
    #[status(transparent)]
    #[header("Cache-Control", "no-store")]
    Inner(Inner),
}

#[status_core::subset]
#[derive(Debug)]
pub enum Inner {
    Gone,
}

fn main() {}
