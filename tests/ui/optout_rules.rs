// The rules of `skip(..)`, `phrase`, `#[cause]` and `#[detail]` on the enum, all reported at once
// per enum.
#[status_core::subset(skip(Error, Debug, Error))]
#[derive(Debug)]
pub enum Skips {
    NotFound,
}

#[status_core::subset(phrase = "hyper")]
#[derive(Debug)]
pub enum Phrases {
    NotFound,
}

#[status_core::subset]
#[derive(Debug)]
pub enum Causes {
    NotFound(#[cause] String),
    #[status(500)]
    Twice(#[cause] String, #[cause] String),
    #[status(502)]
    Both(#[source] std::io::Error, #[cause] String),
}

#[status_core::subset]
#[subset(skip)]
#[derive(Debug)]
pub enum SkipAlone {
    NotFound,
}

#[status_core::subset]
#[detail("everything failed")]
#[derive(Debug)]
pub enum EnumLevel {
    NotFound,
}

fn main() {}
