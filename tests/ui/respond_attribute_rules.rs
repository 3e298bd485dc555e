// Content and problem rules, each checked against the registry: no body where the code never
// has content (or must not), problem parts only on 4xx/5xx, header names that are tokens, and
// `#[sent_elsewhere]` only for a header field the code requires.
#[status_core::subset]
pub enum Answers {
    NoContent(#[body] String),
    NotModified(#[body] String),
    ResetContent(#[body] String),
    #[detail("all good")]
    Ok,
    #[problem(type = "https://example.com/p")]
    Created,
    BadRequest(#[body] String),
    Conflict(#[header("Bad Header")] String),
    #[sent_elsewhere("Allow")]
    Gone,
    Accepted(#[body] String, #[body] String),
}

fn main() {}
