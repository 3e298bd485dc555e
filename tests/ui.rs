//! Compile-fail tests: each `.rs` under `tests/ui/` must fail with the reviewed `.stderr`.

use std::path::{Path, PathBuf};

/// trybuild compiles the cases as a crate of its own under `target/tests/trybuild/<package>`, so
/// registry paths in the cases (relative to that crate's root) are served from there: the
/// fixtures in `tests/ui/registries` are copied to its `ui-registries` folder.
fn install_fixture_registries() {
    let exe = std::env::current_exe().unwrap();
    // target/<profile>/deps/ui-<hash>
    let target: PathBuf = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| exe.ancestors().nth(3).unwrap().to_path_buf(), PathBuf::from);
    let dest = target.join("tests/trybuild").join(env!("CARGO_PKG_NAME")).join("ui-registries");
    std::fs::create_dir_all(&dest).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui/registries");
    for file in std::fs::read_dir(src).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, dest.join(file.file_name().unwrap())).unwrap();
    }
}

#[test]
fn ui() {
    install_fixture_registries();
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
