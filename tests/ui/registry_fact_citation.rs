// Fact citations: no URL can be made for an unknown document, and a given `url` must be a web address.
#[status_core::registry(path = "ui-registries/fact_citation.toml")]
pub enum Status {}

fn main() {}
