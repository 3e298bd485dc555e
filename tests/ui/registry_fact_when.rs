// Bad `when` conditions of header rules: unknown word, both keys, no code, wrong type.
#[status_core::registry(path = "ui-registries/fact_when.toml")]
pub enum Status {}

fn main() {}
