//! Finding, reading and parsing a registry file named relative to the invoking crate, once per
//! compilation for each distinct file content; and the canonical registry built into the generator.

use super::model::Registry;
use crate::diag::Diag;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// A parsed registry and the absolute path it came from.
pub struct Loaded {
    pub path: PathBuf,
    pub registry: Arc<Registry>,
}

/// Why a registry could not be loaded: one message, or diagnostics inside the file.
pub enum LoadError {
    File(String),
    Contents(Vec<Diag>),
}

type Parsed = Arc<Result<Arc<Registry>, Vec<Diag>>>;

/// Parsed registries by path, with the text they were parsed from: a macro used on many enums of
/// one crate parses the file once, and a changed file (same path) is parsed again.
/// A list, not a map: a crate names a handful of registry files at most.
/// A plain static (both constructors are `const`): no `OnceLock` to compile for it.
static CACHE: Mutex<Vec<(PathBuf, String, Parsed)>> = Mutex::new(Vec::new());

/// The registry that ships with the generator: every code IANA registers. `status_core::StatusCode`
/// and every subset of it are generated from these bytes, and no others.
pub const CANONICAL: &str = include_str!("../registry.toml");

/// A fingerprint of [`CANONICAL`] (64-bit FNV-1a): `StatusCode` records it and every subset
/// checks it at compile time, so a status-core built from other registry bytes than the
/// macros' is a compile error, not a silent mismatch.
pub const fn fingerprint(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// [`fingerprint`] of [`CANONICAL`], computed once per compilation: every subset of
/// `StatusCode` records it, and hashing the whole registry (unoptimized, in a user's debug build)
/// took a tenth of each expansion.
pub fn canonical_fingerprint() -> u64 {
    static HASH: OnceLock<u64> = OnceLock::new();
    *HASH.get_or_init(|| fingerprint(CANONICAL.as_bytes()))
}

/// The canonical registry, parsed once per compilation.
pub fn canonical() -> Result<Arc<Registry>, String> {
    static PARSED: OnceLock<Result<Arc<Registry>, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| match super::parse(CANONICAL) {
            Ok(registry) => Ok(Arc::new(registry)),
            Err(diags) => {
                let mut msg = String::from("the registry built into status-registry is invalid:");
                for d in &diags {
                    msg.push('\n');
                    msg.push_str(&d.render("status-registry/registry.toml"));
                }
                Err(msg)
            }
        })
        .clone()
}

/// Resolves `rel` against the invoking crate's `CARGO_MANIFEST_DIR`.
pub fn resolve(rel: &str) -> Result<PathBuf, LoadError> {
    let path = Path::new(rel);
    if rel.is_empty() {
        return Err(LoadError::File("the registry path is empty; write the path of a TOML file relative to the crate root, e.g. `path = \"status.toml\"`".into()));
    }
    let mut rooted = path.is_absolute();
    let mut leaves = false;
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => rooted = true,
            Component::ParentDir => leaves = true,
            Component::CurDir | Component::Normal(_) => {}
        }
    }
    if rooted {
        return Err(LoadError::File(format!(
            "the registry path `{rel}` is absolute; write it relative to the crate root (the folder of Cargo.toml), so that the crate builds on other machines and when published"
        )));
    }
    if leaves {
        return Err(LoadError::File(format!(
            "the registry path `{rel}` leaves the crate folder; `cargo package` only ships files inside the crate, so move the file into the crate (or link it there) and name it relative to Cargo.toml"
        )));
    }
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Err(LoadError::File("CARGO_MANIFEST_DIR is not set: build the crate with cargo".into()));
    };
    Ok(PathBuf::from(dir).join(path))
}

/// Reads and parses the registry at `rel` (see [`resolve`]).
pub fn load(rel: &str) -> Result<Loaded, LoadError> {
    let path = resolve(rel)?;
    let text = read(&path, rel)?;
    let parsed = {
        // A panic elsewhere cannot leave the list half-changed: use it anyway.
        let mut cache = match CACHE.lock() {
            Ok(cache) => cache,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut slot = None;
        for (i, (p, _, _)) in cache.iter().enumerate() {
            if *p == path {
                slot = Some(i);
                break;
            }
        }
        match slot {
            Some(i) if cache[i].1 == text => cache[i].2.clone(),
            _ => {
                let parsed: Parsed = Arc::new(match super::parse(&text) {
                    Ok(registry) => Ok(Arc::new(registry)),
                    Err(diags) => Err(diags),
                });
                if let Some(i) = slot {
                    cache.remove(i);
                }
                cache.push((path.clone(), text, parsed.clone()));
                parsed
            }
        }
    };
    match &*parsed {
        Ok(registry) => Ok(Loaded { path, registry: registry.clone() }),
        Err(diags) => Err(LoadError::Contents(diags.clone())),
    }
}

fn read(path: &Path, rel: &str) -> Result<String, LoadError> {
    let shown = path.display();
    if path.is_dir() {
        return Err(LoadError::File(format!(
            "the registry path `{rel}` is a directory ({shown}); name the TOML file inside it"
        )));
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Err(LoadError::File(match e.kind() {
                std::io::ErrorKind::NotFound => format!(
                    "cannot find the registry file `{rel}` (looked for {shown}); paths are relative to the crate root, the folder of Cargo.toml"
                ),
                _ => format!("cannot read the registry file `{rel}` ({shown}): {e}"),
            }));
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = std::str::from_utf8(good).unwrap_or_default();
            let pos = crate::diag::LineIndex::new(text).pos(text.len());
            Err(LoadError::File(format!(
                "{rel}:{}:{}: the registry file is not valid UTF-8; save it as UTF-8 (TOML files must be UTF-8)",
                pos.line, pos.column
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_error(rel: &str) -> String {
        match load(rel) {
            Err(LoadError::File(msg)) => msg,
            _ => panic!("expected a file error for {rel}"),
        }
    }

    #[test]
    fn paths_must_stay_inside_the_crate() {
        assert!(file_error("/etc/passwd").contains("is absolute"));
        assert!(file_error("../registry.toml").contains("leaves the crate folder"));
        assert!(file_error("").contains("empty"));
        assert!(file_error("missing.toml").contains("cannot find the registry file `missing.toml`"));
        assert!(file_error("src").contains("is a directory"));
    }

    #[test]
    fn the_canonical_registry_loads_and_is_cached() {
        let a = load("registry.toml").ok().unwrap();
        let b = load("registry.toml").ok().unwrap();
        assert!(Arc::ptr_eq(&a.registry, &b.registry));
        assert_eq!(a.registry.entries.len(), 64);
        assert_eq!(canonical().unwrap().entries.len(), 64);
    }

    #[test]
    fn fingerprints_tell_bytes_apart() {
        assert_ne!(fingerprint(b"a"), fingerprint(b"b"));
        assert_eq!(fingerprint(CANONICAL.as_bytes()), fingerprint(CANONICAL.as_bytes()));
    }
}
