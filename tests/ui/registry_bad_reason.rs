// Reason phrases that make no identifier: empty, a keyword, a leading digit, non-ASCII.
#[status_core::registry(path = "ui-registries/bad_reason.toml")]
pub enum Status {}

fn main() {}
