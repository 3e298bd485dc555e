//! Workspace package: integration tests (`tests/`), examples (`examples/`), and the README's
//! code blocks, compiled and run here as doctests so the README cannot drift from the API.
// The README is written for people reading it on a forge, not to rustdoc's markdown lints.
#![allow(clippy::doc_markdown)]
#![doc = include_str!("../README.md")]
