//! Golden expansion tests: the whole output of each macro for a small registry, formatted as
//! Rust and compared with a checked-in file under `tests/golden/`. After an intended change of
//! the generated code, regenerate the files with
//!
//! ```sh
//! UPDATE_GOLDEN=1 cargo test -p status-codegen --test golden
//! ```
//!
//! and review the diff like any other change.

use proc_macro2::TokenStream;
use quote::quote;
use std::path::Path;

/// Formats generated tokens as Rust source; machine-specific paths become `$CARGO_MANIFEST_DIR`.
fn format(tokens: TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as a Rust file");
    prettyplease::unparse(&file).replace(env!("CARGO_MANIFEST_DIR"), "$CARGO_MANIFEST_DIR")
}

fn check(name: &str, tokens: TokenStream) {
    let actual = format(tokens);
    assert!(!actual.contains("compile_error"), "{name} expanded to an error:\n{actual}");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.rs"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(e, a)| e != a).unwrap_or(0);
        panic!(
            "the expansion of {name} differs from {} from line {}:\n  expected: {}\n  actual:   {}\nrun with UPDATE_GOLDEN=1 to accept it",
            path.display(),
            first + 1,
            expected.lines().nth(first).unwrap_or(""),
            actual.lines().nth(first).unwrap_or("")
        );
    }
}

#[test]
fn registry_enum() {
    check(
        "registry",
        status_codegen::registry(
            quote!(path = "tests/golden/small.toml"),
            quote! {
                /// A small registry.
                pub enum Small {}
            },
        ),
    );
}

#[test]
fn subset_with_unit_and_data_variants() {
    check(
        "subset_attribute",
        status_codegen::subset(
            quote!(of = Small, registry = "tests/golden/small.toml"),
            quote! {
                /// What an endpoint answers.
                #[derive(Debug)]
                pub enum Answer {
                    /// Fine.
                    Ok,
                    /// The method is not one of `allow`.
                    #[status(405)]
                    #[detail("use one of {allow}")]
                    WrongMethod {
                        #[header("Allow")]
                        allow: &'static str,
                    },
                }
            },
        ),
    );
}

#[test]
fn subset_moving_string_headers() {
    // `String` header fields are moved into a response built by value: `__response_parts_mut`
    // for the variants that can give them up (not the cause of a 5xx, not a `Display` detail).
    check(
        "subset_moved",
        status_codegen::subset(
            quote!(of = Small, registry = "tests/golden/small.toml"),
            quote! {
                /// What an endpoint answers.
                #[derive(Debug)]
                pub enum Moved {
                    /// Fine, with a link.
                    Ok {
                        #[header("Link")]
                        link: String,
                        #[header("Content-Location")]
                        location: Option<String>,
                        #[body]
                        body: String,
                    },
                    /// The method is not one of `allow`.
                    #[status(405)]
                    #[detail("use one of {allow}")]
                    WrongMethod {
                        #[header("Allow")]
                        allow: String,
                    },
                    /// Said with its `Display`: the whole variant is borrowed, nothing moves.
                    #[status(599)]
                    #[detail]
                    Trial {
                        #[header("Link")]
                        link: String,
                    },
                }
            },
        ),
    );
}

#[test]
fn subset_derive() {
    check(
        "subset_derive",
        status_codegen::derive_subset(quote! {
            #[subset(of = Small, registry = "tests/golden/small.toml")]
            #[repr(u16)]
            pub enum Answer {
                Ok = 200,
                #[status(405)]
                NotAllowed = 405,
            }
        }),
    );
}

#[test]
fn composed_error_subset() {
    check(
        "subset_composed",
        status_codegen::subset(
            quote!(of = Small, registry = "tests/golden/small.toml", log = "error"),
            quote! {
                /// What an endpoint fails with: two causes of one code, and another subset.
                #[derive(Debug)]
                pub enum Failure {
                    /// The disk failed.
                    #[status(599)]
                    Disk(#[from] std::io::Error),
                    #[status(599)]
                    #[detail]
                    Trial {
                        #[source]
                        source: std::fmt::Error,
                        #[header("Retry-After")]
                        retry_after: Option<u32>,
                    },
                    #[status(transparent)]
                    Answer(#[from] Answer),
                }
            },
        ),
    );
}

#[test]
fn fixed_header_values_and_detail_arguments() {
    // `#[header("Name", "value")]` on a variant sends a fixed value (here the 405's required
    // `Allow`, on a unit variant, and a header beside a body that goes first); `#[detail]` takes
    // format arguments as thiserror's `#[error]` does: shorthand, expressions, `name = expr`.
    check(
        "subset_fixed_detail",
        status_codegen::subset(
            quote!(of = Small, registry = "tests/golden/small.toml"),
            quote! {
                /// What an endpoint answers.
                #[derive(Debug)]
                pub enum Fixed {
                    /// Fine, never stored.
                    #[header("Cache-Control", "no-store")]
                    Ok {
                        #[header("Link")]
                        link: String,
                        #[body]
                        body: String,
                    },
                    /// The method is not one of these.
                    #[status(405)]
                    #[header("Allow", "GET, HEAD")]
                    #[detail("{} of {} methods, {n} more", .0.len(), .1, n = .1 + 1)]
                    WrongMethod(String, u32),
                    #[status(599)]
                    #[detail("{used} of {}", .limit)]
                    Trial {
                        used: u32,
                        limit: u32,
                        #[header("Link")]
                        link: String,
                    },
                }
            },
        ),
    );
}

#[test]
fn client_subset() {
    // `#[subset(client)]`: the `Decode` impl, every place a field is read from, two variants of
    // one code told apart by their problem `type`, and a held subset tried last.
    check(
        "subset_client",
        status_codegen::subset(
            quote!(of = Small, registry = "tests/golden/small.toml", client),
            quote! {
                /// What an endpoint answers, as a client decodes it.
                #[derive(Debug)]
                pub enum Fetched {
                    Ok {
                        #[header("ETag")]
                        etag: String,
                        #[header("Link")]
                        link: Option<String>,
                        #[body]
                        body: Json<Thing>,
                    },
                    #[status(599)]
                    #[problem(type = "https://example.com/problems/disk")]
                    Disk(#[extension("path")] String, #[instance] String),
                    #[status(599)]
                    Trial {
                        #[errors]
                        errors: FieldErrors,
                    },
                    #[status(transparent)]
                    Refused(Refusal),
                }
            },
        ),
    );
}
