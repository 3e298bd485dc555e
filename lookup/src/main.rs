//! Look up HTTP status codes in the registries `status_core` was generated from: the IANA
//! registry (`StatusCode`) and the unofficial one (`status_core::unofficial::Status`).
//!
//! ```text
//! cargo run -p status-lookup -- 404            # the full entry of one code
//! cargo run -p status-lookup -- 499            # not registered: RFC 9110 fallback, then nginx's use
//! cargo run -p status-lookup -- 4xx            # what a class means, then its codes
//! cargo run -p status-lookup -- "client error" # the same, by the class name
//! cargo run -p status-lookup -- teapot         # search reasons, summaries, former names, senders
//!                                               # (then descriptions, for old names kept as history)
//! cargo run -p status-lookup -- --json 413     # JSON: an array of entries (docs/lookup-json.md)
//! cargo run -p status-lookup -- --help         # usage and exit codes
//! ```

mod json;
mod text;

use text::full_entry;

use status_core::unofficial;
use status_core::{Registration, StatusClass, StatusCode, StatusInfo};
use std::fmt::Write as _;
use std::process::ExitCode;

const USAGE: &str = "\
usage: lookup [--json] [--] <CODE | CLASS | WORD>...
       (from the repository: cargo run -p status-lookup -- <ARGS>)

  CODE   a status code, e.g. 404: any code IANA registers (unused ones too); an unregistered
         code shows how RFC 9110 says to handle it, then what the unofficial registry knows
         (nginx 499, Cloudflare 520, ...)
  CLASS  a class, by digit (4xx) or by name (informational, \"client error\"): its meaning,
         then its codes
  WORD   text to find in reason phrases, summaries, former names and senders, e.g. large;
         if none has it, in descriptions (old names kept as history, e.g. \"Unordered Collection\")

options:
  --json     print a JSON array of entries, one per code found; the schema is in
             docs/lookup-json.md
  -h, --help print this text

exit codes:
  0  every query found something
  1  some query found nothing (one line on stderr for each; the rest is still printed)
  2  usage error: unknown option, nothing to look up, not a code or class (nothing printed)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut json = false;
    let mut queries = Vec::new();
    let mut options = true;
    for arg in &args {
        match arg.as_str() {
            _ if !options => match Query::parse(arg) {
                Ok(query) => queries.push(query),
                Err(msg) => return usage_error(&msg),
            },
            "--" => options = false,
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => {
                return usage_error(&format!("unknown option `{flag}`; try `lookup --help`"));
            }
            _ => match Query::parse(arg) {
                Ok(query) => queries.push(query),
                Err(msg) => return usage_error(&msg),
            },
        }
    }
    if queries.is_empty() {
        return usage_error("nothing to look up; try `lookup 404`, `lookup 4xx` or `lookup --help`");
    }

    let mut all_found = true;
    let mut entries = Vec::new();
    let mut text = Vec::new();
    for query in &queries {
        let answer = query.answer();
        if answer.entries.is_empty() {
            all_found = false;
            eprintln!("lookup: {}", answer.not_found.as_deref().unwrap_or("nothing found"));
        }
        if !answer.entries.is_empty() {
            text.push(answer.text);
        }
        entries.extend(answer.entries);
    }
    if json {
        println!("{}", json::json_array(&entries));
    } else if !text.is_empty() {
        print!("{}", text.join("\n"));
    }
    if all_found { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// A usage error: one line on stderr, exit code 2.
fn usage_error(msg: &str) -> ExitCode {
    eprintln!("lookup: {msg}");
    ExitCode::from(2)
}

/// Which registry an entry comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The IANA HTTP Status Code Registry: `StatusCode`.
    Iana,
    /// Codes seen in practice but not registered: `status_core::unofficial::Status`.
    Unofficial,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Iana => "iana",
            Source::Unofficial => "unofficial",
        }
    }
}

/// One registry entry found.
#[derive(Clone, Copy)]
struct Entry {
    source: Source,
    info: &'static StatusInfo,
}

impl Entry {
    /// Every entry of both registries, IANA first, each in code order.
    fn all() -> impl Iterator<Item = Entry> {
        let iana = StatusCode::REGISTRY.iter().map(|info| Entry { source: Source::Iana, info });
        let unofficial = unofficial::Status::REGISTRY.iter().map(|info| Entry { source: Source::Unofficial, info });
        iana.chain(unofficial)
    }

    /// The Rust value for the code, e.g. `StatusCode::NotFound` (none for unused codes).
    fn variant(self) -> Option<String> {
        match self.source {
            Source::Iana => StatusCode::from_u16(self.info.code()).map(|s| format!("StatusCode::{s:?}")),
            Source::Unofficial => unofficial::Status::from_u16(self.info.code())
                .map(|s| format!("status_core::unofficial::Status::{s:?}")),
        }
    }

    /// `404 Not Found`, or `499 Client Closed Request (unofficial)`.
    fn title(self) -> String {
        match self.source {
            Source::Iana => self.info.to_string(),
            Source::Unofficial => format!("{} (unofficial)", self.info),
        }
    }
}

/// One command-line query.
enum Query {
    Code(u16),
    Class(StatusClass),
    Word(String),
}

/// What one query found: its entries, its text output, and, if it found nothing, why (one line).
struct Answer {
    entries: Vec<Entry>,
    text: String,
    not_found: Option<String>,
}

impl Query {
    /// Reads one argument; an argument that is neither a code, a class nor a word is a usage error.
    fn parse(arg: &str) -> Result<Query, String> {
        let bytes = arg.as_bytes();
        if !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) {
            return match arg.parse::<u16>() {
                Ok(code @ 100..=999) if bytes.len() == 3 => Ok(Query::Code(code)),
                _ => Err(format!("`{arg}` is not a status code (three digits, 100 to 999); try e.g. `lookup 404`")),
            };
        }
        if let [d, b'x' | b'X', b'x' | b'X'] = bytes {
            return match d {
                b'1'..=b'5' => Ok(Query::Class(StatusClass::of(u16::from(d - b'0') * 100).expect("1xx to 5xx"))),
                _ => Err(format!("RFC 9110 defines no class {arg}; try 1xx, 2xx, 3xx, 4xx or 5xx")),
            };
        }
        let word = arg.trim();
        if word.is_empty() {
            return Err("an empty word matches everything; try a code like `404` or a word like `large`".into());
        }
        // A class name (`informational`, `client error`, `Client-Error`) is a class query.
        let squash = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
        if let Some(class) = StatusClass::ALL.into_iter().find(|c| squash(c.name()) == squash(word)) {
            return Ok(Query::Class(class));
        }
        Ok(Query::Word(word.to_lowercase()))
    }

    fn answer(&self) -> Answer {
        match self {
            Query::Code(code) => code_answer(*code),
            Query::Class(class) => class_answer(*class),
            Query::Word(word) => word_answer(word),
        }
    }
}

/// A code: its IANA entry in full; an unregistered code gets RFC 9110's fallback line first,
/// then the unofficial registry's entry if it has one.
fn code_answer(code: u16) -> Answer {
    let iana = StatusCode::lookup(code).map(|info| Entry { source: Source::Iana, info });
    let unofficial = unofficial::Status::lookup(code).map(|info| Entry { source: Source::Unofficial, info });
    let mut text = String::new();
    if let Some(entry) = iana {
        text.push_str(&full_entry(entry));
    } else {
        // Not an IANA code: what a client that does not know it does with it (RFC 9110, Section 15).
        let _ = writeln!(text, "{}", fallback_line(code));
    }
    if let Some(entry) = unofficial {
        if iana.is_some() {
            let _ = writeln!(text, "\nThe unofficial registry also has {code}:\n");
        } else {
            text.push('\n');
        }
        text.push_str(&full_entry(entry));
    }
    let entries: Vec<Entry> = iana.into_iter().chain(unofficial).collect();
    let not_found = entries.is_empty().then(|| {
        let class = StatusClass::of(code).map_or_else(
            || "; try a code from 100 to 599".to_string(),
            |c| format!("; try `lookup {}xx` for the codes of its class", c.digit()),
        );
        format!("{code} is in neither the IANA nor the unofficial registry; {}{class}", fallback_clause(code))
    });
    Answer { entries, text, not_found }
}

/// `499 is not registered with IANA: a client handles it as 400 Bad Request (RFC 9110, Section 15)`.
fn fallback_line(code: u16) -> String {
    format!("{code} is not registered with IANA: {}", fallback_clause(code))
}

fn fallback_clause(code: u16) -> String {
    let Err(unknown) = StatusCode::try_from(code) else { unreachable!("only called for codes without a variant") };
    let fallback = unknown.fallback().unwrap_or(StatusCode::InternalServerError);
    match unknown.class() {
        Some(class) => {
            format!("a client handles it as {fallback}, the x00 code of class {class} (RFC 9110, Section 15)")
        }
        None => format!("it has no class, so a client handles it as {fallback} (RFC 9110, Section 15)"),
    }
}

/// A class: what it means (from the registry's `[[class]]` table), then its codes, IANA's and
/// then the unofficial ones.
fn class_answer(class: StatusClass) -> Answer {
    let mut text = String::new();
    let citation = class.citation();
    let _ = writeln!(text, "{}xx {}: {}", class.digit(), class.name(), class.summary());
    let _ = writeln!(text, "defined in: {citation} <{}>", citation.url);
    let entries: Vec<Entry> = Entry::all().filter(|e| class.contains(e.info.code())).collect();
    let (iana, unofficial): (Vec<Entry>, Vec<Entry>) = entries.iter().partition(|e| e.source == Source::Iana);
    text.push('\n');
    text.push_str(&list(&iana));
    if !unofficial.is_empty() {
        let _ = writeln!(text, "\nunofficial (not registered with IANA):");
        text.push_str(&list(&unofficial));
    }
    Answer { entries, text, not_found: None }
}

/// A word: entries whose reason, summary, former names or sender contain it (ASCII case ignored).
fn word_answer(word: &str) -> Answer {
    let contains = |text: &str| text.to_lowercase().contains(word);
    let entries: Vec<Entry> = Entry::all()
        .filter(|e| {
            let i = e.info;
            contains(i.reason())
                || contains(i.summary())
                || i.former_names().iter().any(|n| contains(n))
                || i.used_by().is_some_and(contains)
        })
        .collect();
    if entries.is_empty() {
        return history_answer(word);
    }
    Answer { text: list(&entries), entries, not_found: None }
}

/// A word no current name, summary or sender has: the entries whose description mentions it,
/// which is where names of old drafts and tables live ("Unordered Collection" for 425), marked
/// as history so nobody takes them for the code's meaning today.
fn history_answer(word: &str) -> Answer {
    let entries: Vec<Entry> = Entry::all().filter(|e| e.info.description().to_lowercase().contains(word)).collect();
    let not_found = entries.is_empty().then(|| {
        format!("no status code matches `{word}`; try a shorter word, a class like `4xx`, or `lookup --help`")
    });
    let text = if entries.is_empty() {
        String::new()
    } else {
        format!("`{word}` is no current name; as history it is mentioned by:\n{}", list(&entries))
    };
    Answer { entries, text, not_found }
}

/// One line per entry: `404 Not Found     summary`, summaries aligned.
fn list(entries: &[Entry]) -> String {
    let width = entries.iter().map(|e| e.title().len()).max().unwrap_or(0);
    entries.iter().fold(String::new(), |mut out, e| {
        let _ = writeln!(out, "{:<width$}  {}", e.title(), e.info.summary());
        out
    })
}

/// Whether a temporary registration's recorded expiry date has passed today.
fn expired(registration: Registration) -> bool {
    registration.is_expired_on(status_core::Date::today())
}
