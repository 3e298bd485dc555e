// A client chooses among variants of one code by the problem `type`: two 500s that both send
// `about:blank`, and two 200s (which carry no problem), cannot be told apart.
#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
pub enum GetUserError {
    #[status(500)]
    Storage,
    #[status(500)]
    Upstream,
    #[status(500)]
    #[problem(type = "https://example.com/problems/disk")]
    Disk,
}

#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
pub enum Listing {
    #[status(200)]
    Page {
        #[body]
        page: String,
    },
    #[status(200)]
    Last {
        #[body]
        page: String,
    },
}

// `client` is an option alone.
#[status_core::subset]
#[subset(client = true)]
pub enum Valued {
    Ok,
}

fn main() {}
