// Unknown keys get a did-you-mean; the keys they were meant to be are then missing.
#[status_core::registry(path = "ui-registries/unknown_key.toml")]
pub enum Status {}

fn main() {}
