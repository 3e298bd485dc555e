// A subset lists at least one code.
#[status_core::subset]
pub enum Nothing {}

fn main() {}
