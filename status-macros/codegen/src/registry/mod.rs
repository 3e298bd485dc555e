//! Registry files: the model of what a file says, reading it from TOML text with every problem at
//! its line and column, the rules across entries, and loading files named by macro arguments.

mod facts;
mod fields;
pub mod load;
pub mod model;
pub mod model_facts;
mod parse;
mod valid;
mod vocab;

pub use parse::parse;
