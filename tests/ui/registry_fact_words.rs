// Unknown words in each closed vocabulary of the facts: did-you-mean and the list, all at once.
#[status_core::registry(path = "ui-registries/fact_words.toml")]
pub enum Status {}

fn main() {}
