// A code both in the enum and in a subset it holds, and in two held subsets: which variant
// would a client's status stand for?
#[status_core::subset]
#[derive(Debug)]
pub enum Common {
    Unauthorized,
    InternalServerError,
}

#[status_core::subset]
#[derive(Debug)]
pub enum Auth {
    Forbidden,
    Unauthorized,
}

#[status_core::subset]
#[derive(Debug)]
pub enum GetUser {
    NotFound,
    #[status(500)]
    Database,
    #[status(transparent)]
    Common(Common),
}

#[status_core::subset]
#[derive(Debug)]
pub enum PutUser {
    Conflict,
    #[status(transparent)]
    Common(Common),
    #[status(transparent)]
    Auth(Auth),
}

fn main() {}
