// Every missing required key is named.
#[status_core::registry(path = "ui-registries/missing_field.toml")]
pub enum Status {}

fn main() {}
