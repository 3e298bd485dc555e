// `#[detail]` reads thiserror's `.field`/`.0` shorthand among its arguments; a shorthand for a
// field the variant does not have is an error at it, naming the fields there are.
#[status_core::subset]
#[derive(Debug)]
pub enum Quota {
    #[status(429)]
    #[detail("{} of {} used", .used, .limt)]
    Used { used: u32, limit: u32 },
    #[status(404)]
    #[detail("user {} in {}", .0, .2.len())]
    NoUser(String, String),
    #[status(409)]
    #[detail("{}", .0)]
    Named { count: u32 },
    #[status(410)]
    #[detail("{}", .name)]
    Tuple(String),
    #[status(400)]
    #[detail("{n}", n = .count + 1)]
    Unit,
    // The arguments follow the string after a comma.
    #[status(422)]
    #[detail("{}" .0)]
    NoComma(u32),
}

fn main() {}
