//! `StatusCode` and every subset of it come from the same registry bytes: the ones built into
//! the generator. `StatusCode` records their fingerprint and each subset checks it when it is
//! compiled (`__private::same_registry`); this test pins the chain to the repository's file.

use status_core::StatusCode;

/// 64-bit FNV-1a, as the generator computes the fingerprint (written out again here, so that
/// the test does not trust the generator's own function).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[status_core::subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probe {
    Ok,
}

#[test]
fn status_code_was_generated_from_the_repository_registry() {
    let root = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/registry.toml")).unwrap();
    assert_eq!(StatusCode::__FINGERPRINT, fnv1a(&root));
    // The generator's copy is the same file (a link to it), so subsets check the same bytes.
    let built_in = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/status-macros/registry/registry.toml")).unwrap();
    assert_eq!(built_in, root);
    assert_eq!(Probe::Ok.status(), StatusCode::Ok);
}

#[test]
#[should_panic(expected = "different registries")]
fn a_subset_from_other_bytes_is_refused() {
    // What a subset's `const _: () = same_registry(..)` runs at compile time, run here at run
    // time with a fingerprint of other bytes.
    status_core::__private::same_registry(fnv1a(b"another registry"));
}
