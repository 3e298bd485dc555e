// A code listed twice points at the second entry and names the first.
#[status_core::registry(path = "ui-registries/duplicate.toml")]
pub enum Status {}

fn main() {}
