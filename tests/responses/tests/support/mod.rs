//! What several test files share: a tracing subscriber that records every event (level,
//! message, fields) of the closure it runs, a directory of user files, and the OpenAPI
//! validator.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// One recorded event: its level, and its message followed by its other fields.
#[derive(Debug, Clone)]
pub struct Logged {
    pub level: Level,
    pub text: String,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Logged>>>);

struct Text(String);

impl Visit for Text {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut text = Text(String::new());
        event.record(&mut text);
        self.0.lock().unwrap().push(Logged { level: *event.metadata().level(), text: text.0 });
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

/// Runs `f` with the recorder as the thread's subscriber: its result and every event.
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, Vec<Logged>) {
    let recorder = Recorder::default();
    let out = tracing::subscriber::with_default(recorder.clone(), f);
    let events = recorder.0.lock().unwrap().clone();
    (out, events)
}

/// The events above DEBUG (what a production log keeps).
pub fn above_debug(events: &[Logged]) -> Vec<&Logged> {
    events.iter().filter(|e| e.level < Level::DEBUG).collect()
}

/// A directory of user files for the contract's handler: `1.json` a user, `2.json` broken
/// JSON, no `3.json`.
pub fn users_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("status-core-users-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("1.json"), r#"{"id":1,"name":"Ada"}"#).unwrap();
    std::fs::write(dir.join("2.json"), "{not json").unwrap();
    dir
}

/// A Python with openapi-spec-validator: a virtual environment in the target directory, made
/// (from PyPI) on first use. The tests of one binary run on parallel threads, and test binaries
/// may run as parallel processes: one thread makes it, under a lock, in a folder of its own
/// process that is renamed into place whole, so no one sees it half made.
pub fn validator(dir: &std::path::Path) -> std::path::PathBuf {
    static MAKING: Mutex<()> = Mutex::new(());
    let _making = MAKING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let venv = dir.join("openapi-venv");
    let python = venv.join("bin/python");
    let ready = |python: &std::path::Path| {
        std::process::Command::new(python)
            .args(["-c", "import openapi_spec_validator"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if !ready(&python) {
        let staging = dir.join(format!("openapi-venv.{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staging);
        let made = std::process::Command::new("python3").args(["-m", "venv"]).arg(&staging).status().unwrap();
        assert!(made.success(), "python3 -m venv failed");
        let installed = std::process::Command::new(staging.join("bin/python"))
            .args(["-m", "pip", "install", "-q", "--disable-pip-version-check", "openapi-spec-validator>=0.7"])
            .status()
            .unwrap();
        assert!(installed.success(), "pip install openapi-spec-validator failed");
        // A venv's scripts name its folder: the staged one is kept where another process won.
        let _ = std::fs::remove_dir_all(&venv);
        if std::fs::rename(&staging, &venv).is_err() || !ready(&python) {
            return staging.join("bin/python");
        }
    }
    python
}

/// Validates an OpenAPI document (as JSON text) with openapi-spec-validator, written to
/// `name` in the target's temporary directory.
pub fn assert_valid_openapi(name: &str, json: &str) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join(name);
    std::fs::write(&file, json).unwrap();
    let python = validator(dir);
    let out = std::process::Command::new(&python).args(["-m", "openapi_spec_validator"]).arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("OK"), "{name}: {text}");
}

/// Every `$ref` in an OpenAPI document resolves: each is a JSON pointer into the document
/// (`#/components/schemas/Problem`) naming a value that is there. Returns how many there are.
pub fn every_ref_resolves(doc: &serde_json::Value) -> usize {
    fn walk(doc: &serde_json::Value, value: &serde_json::Value, count: &mut usize) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(target) = map.get("$ref") {
                    let target = target.as_str().expect("a `$ref` is a string");
                    let pointer = target.strip_prefix('#').unwrap_or_else(|| panic!("{target} leaves the document"));
                    assert!(doc.pointer(pointer).is_some(), "{target} does not resolve");
                    *count += 1;
                }
                map.values().for_each(|v| walk(doc, v, count));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(doc, v, count)),
            _ => {}
        }
    }
    let mut count = 0;
    walk(doc, doc, &mut count);
    count
}

pub mod wire;
