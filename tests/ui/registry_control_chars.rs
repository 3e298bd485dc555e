// Control characters in text that ends up in docs and status lines.
#[status_core::registry(path = "ui-registries/control_chars.toml")]
pub enum Status {}

fn main() {}
