// A registry without any status code.
#[status_core::registry(path = "ui-registries/empty.toml")]
pub enum Status {}

fn main() {}
