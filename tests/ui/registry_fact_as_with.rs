// A header rule `as_with` a code the registry does not list (a rule across entries).
#[status_core::registry(path = "ui-registries/fact_as_with.toml")]
pub enum Status {}

fn main() {}
