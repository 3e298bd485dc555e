//! Compile-fail tests: each `.rs` under `tests/ui/` must fail with the reviewed `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
