// Codes outside 100..=999, and codes that are not integers.
#[status_core::registry(path = "ui-registries/code_range.toml")]
pub enum Status {}

fn main() {}
