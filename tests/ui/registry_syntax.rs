// A TOML syntax error (an unterminated string) is reported with file, line and column.
#[status_core::registry(path = "ui-registries/syntax.toml")]
pub enum Status {}

fn main() {}
