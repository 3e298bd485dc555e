// Two reason phrases that make the same Rust identifier.
#[status_core::registry(path = "ui-registries/collision.toml")]
pub enum Status {}

fn main() {}
