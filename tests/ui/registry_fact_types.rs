// Fact values of the wrong type or range, and missing keys, all at once.
#[status_core::registry(path = "ui-registries/fact_types.toml")]
pub enum Status {}

fn main() {}
