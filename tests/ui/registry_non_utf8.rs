// A file that is not UTF-8 is reported with the position of the first bad byte.
#[status_core::registry(path = "ui-registries/non_utf8.toml")]
pub enum Status {}

fn main() {}
