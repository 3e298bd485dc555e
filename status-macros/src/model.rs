//! What a registry file says, after parsing: plain data the generator works from.

/// A parsed registry file.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Human name from the optional `[registry]` table.
    pub name: Option<String>,
    /// The `[[class]]` table, if the file has one.
    pub classes: Vec<Class>,
    /// Every `[[status]]` entry, sorted by code.
    pub entries: Vec<Entry>,
}

impl Registry {
    /// The entries that become enum variants (all but `unused` ones), in code order.
    pub fn usable(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.registration.is_usable())
    }

    /// The entry for `code`, usable or not.
    pub fn get(&self, code: u16) -> Option<&Entry> {
        self.entries.binary_search_by_key(&code, |e| e.code).ok().map(|i| &self.entries[i])
    }

    /// The usable entry whose variant name is `name`.
    pub fn by_variant(&self, name: &str) -> Option<&Entry> {
        self.usable().find(|e| e.variant == name)
    }
}

/// One of the five classes of RFC 9110, Section 15.
#[derive(Debug, Clone)]
pub struct Class {
    pub digit: u8,
    pub name: String,
    pub summary: String,
    pub citation: Citation,
    pub pos: Pos,
}

/// One `[[status]]` entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub code: u16,
    pub reason: String,
    /// The Rust identifier of the variant (derived from the reason unless given).
    pub variant: String,
    pub registration: Registration,
    pub citation: Citation,
    pub summary: String,
    pub description: String,
    pub former_names: Vec<String>,
    pub cacheable: bool,
    pub content_forbidden: bool,
    pub headers: Vec<Header>,
    pub used_by: Option<String>,
    pub see_also: Vec<Link>,
    /// Where the entry starts in its file, for later diagnostics.
    pub pos: Pos,
}

/// The registration status of a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registration {
    Permanent,
    Temporary { registered: Date, extended: Option<Date>, expires: Date },
    Obsoleted,
    Unused,
    Unofficial,
}

impl Registration {
    /// Whether the code becomes an enum variant.
    pub fn is_usable(self) -> bool {
        self != Registration::Unused
    }

    /// The word used in the registry file and in docs.
    pub fn word(self) -> &'static str {
        match self {
            Registration::Permanent => "permanent",
            Registration::Temporary { .. } => "temporary",
            Registration::Obsoleted => "obsoleted",
            Registration::Unused => "unused",
            Registration::Unofficial => "unofficial",
        }
    }
}

/// A calendar date from the registry file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone)]
pub struct Citation {
    pub spec: String,
    pub section: Option<String>,
    pub url: String,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.section {
            Some(section) => write!(f, "{}, Section {section}", self.spec),
            None => f.write_str(&self.spec),
        }
    }
}

/// A header field the specification asks for with this code.
#[derive(Debug, Clone)]
pub struct Header {
    pub field: String,
    pub level: Level,
    pub note: String,
}

/// Requirement level, after RFC 2119.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Must,
    Should,
    May,
}

impl Level {
    pub fn word(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
            Level::May => "may",
        }
    }
}

/// A further reference.
#[derive(Debug, Clone)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// A 1-based line and column in a registry file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}
