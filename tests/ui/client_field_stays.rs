// Everything a client enum's variant holds travels in the response: a database error, a
// `#[cause]`, a field only written into `#[detail(..)]`'s text, a field with no role, and a
// problem member beside a `#[body]` (sent instead of the problem) do not.
#[derive(Debug)]
pub struct Upstream;

impl std::fmt::Display for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("upstream said no")
    }
}

#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
pub enum SaveError {
    #[status(500)]
    Database(#[from] std::io::Error),
    #[status(502)]
    Gateway {
        #[cause]
        upstream: Upstream,
    },
    #[detail("no user with id {id}")]
    NotFound { id: u64 },
    Conflict { version: u32 },
    UnprocessableContent {
        #[extension]
        field: String,
        #[body]
        body: String,
    },
    // A client owns what it reads.
    TooManyRequests {
        #[header("Retry-After")]
        retry_after: &'static str,
    },
}

fn main() {}
