// Values of the wrong type, and an unknown registration word, all in one pass.
#[status_core::registry(path = "ui-registries/wrong_types.toml")]
pub enum Status {}

fn main() {}
