//! Header fields with a value fixed on the variant (`#[header("Name", "value")]`), and
//! `#[detail]` with format arguments as thiserror's `#[error]` takes them, as the ported
//! services write them.

/// A service's errors: a 401 whose challenge never changes stays a unit variant, and details
/// are written from the fields with arguments.
#[status_core::subset]
#[derive(Debug)]
pub enum Api {
    /// Every 401 of this service asks for a token.
    #[header("WWW-Authenticate", "Token")]
    Unauthorized,
    #[status(429)]
    #[detail("{} of {} used", .used, .limit)]
    QuotaUsed { used: u32, limit: u32 },
    #[status(404)]
    #[detail("user {}", .0)]
    NoUser(String),
    #[status(409)]
    #[detail("{n}", n = .count + 1)]
    Conflict { count: u32 },
    /// Shorthand inside larger expressions, on a variant whose `String` header field a response
    /// built by value moves out (its fields are bound `&mut` there).
    #[status(405)]
    #[detail("use {} ({n} methods)", .allow.to_uppercase(), n = .allow.split(", ").count())]
    WrongMethod {
        #[header("Allow")]
        allow: String,
    },
    /// A tuple field's method, and a positional `{0}` beside an argument.
    #[status(400)]
    #[detail("{0} is {} characters long", .0.len())]
    TooLong(String),
    /// A 4xx with its own body, which goes first by value: the detail type-checks there too
    /// (the body takes the problem's place, so it is not sent).
    #[status(422)]
    #[detail("version {}", .0)]
    Stale(u32, #[body] String),
    /// A detail that shows the body: this variant does not start with it, the body is still
    /// there for the detail.
    #[status(423)]
    #[detail("locked: {}", .1)]
    Locked(u32, #[body] String),
}

/// Successes with fixed header fields: on a unit variant, and beside a body that goes first.
#[status_core::subset]
#[derive(Debug)]
pub enum Fresh {
    #[header("Cache-Control", "no-store")]
    Ok,
    #[header("Cache-Control", "no-store")]
    #[header("X-Content-Type-Options", "nosniff")]
    Created {
        #[header("Location")]
        location: String,
        #[body]
        body: String,
    },
}

/// A case: the response, its code, the header fields it sends, and its problem's `detail`
/// (or its body, for variants with one).
pub type Case<T> = (fn() -> T, u16, &'static [(&'static str, &'static str)], &'static str);

impl Api {
    /// Every variant, with what it sends.
    #[must_use]
    pub fn cases() -> [Case<Api>; 8] {
        [
            (|| Api::Unauthorized, 401, &[("www-authenticate", "Token")], ""),
            (|| Api::QuotaUsed { used: 3, limit: 5 }, 429, &[], "3 of 5 used"),
            (|| Api::NoUser("ann".into()), 404, &[], "user ann"),
            (|| Api::Conflict { count: 41 }, 409, &[], "42"),
            (
                || Api::WrongMethod { allow: "get, head".into() },
                405,
                &[("allow", "get, head")],
                "use GET, HEAD (2 methods)",
            ),
            (|| Api::TooLong("abcd".into()), 400, &[], "abcd is 4 characters long"),
            (|| Api::Stale(3, "stale".into()), 422, &[], "stale"),
            (|| Api::Locked(3, "locked".into()), 423, &[], "locked"),
        ]
    }
}

impl Fresh {
    /// Every variant, with what it sends (its body in place of a detail).
    #[must_use]
    pub fn cases() -> [Case<Fresh>; 2] {
        [
            (|| Fresh::Ok, 200, &[("cache-control", "no-store")], ""),
            (
                || Fresh::Created { location: "/users/7".into(), body: "{}".into() },
                201,
                &[("cache-control", "no-store"), ("x-content-type-options", "nosniff"), ("location", "/users/7")],
                "{}",
            ),
        ]
    }
}
