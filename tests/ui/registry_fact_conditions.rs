// Bad conditions, tokens and open lists: a misspelt word, an empty array, an empty list of
// request fields, a field name that is no string inside an array of conditions, a token and an
// `open` of the wrong type.
#[status_core::registry(path = "ui-registries/fact_conditions.toml")]
pub enum Status {}

fn main() {}
