//! Workspace package: integration tests (`tests/`), examples (`examples/`), and the README's
//! code blocks, compiled and run here as doctests so the README cannot drift from the API.
#![doc = include_str!("../README.md")]
