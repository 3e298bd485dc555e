// Paths that cannot work: missing file, a directory, absolute, leaving the crate, empty.
#[status_core::registry(path = "ui-registries/missing.toml")]
pub enum Missing {}

#[status_core::registry(path = "ui-registries")]
pub enum Directory {}

#[status_core::registry(path = "/etc/status.toml")]
pub enum Absolute {}

#[status_core::registry(path = "../registry.toml")]
pub enum Escaping {}

#[status_core::registry(path = "")]
pub enum Empty {}

fn main() {}
