// A misspelt variant name gets a did-you-mean; an unrelated one is told how to give its code.
#[status_core::subset]
pub enum GetUser {
    Ok,
    NotFund,
    Teapot,
}

fn main() {}
