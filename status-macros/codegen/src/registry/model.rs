//! What a registry file says, after parsing: plain data the generator works from.

pub use super::vocab::Vocab;

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

    /// The index of `entry` in [`Registry::entries`] (the row of the generated `REGISTRY` table).
    pub fn index_of(&self, code: u16) -> Option<usize> {
        self.entries.binary_search_by_key(&code, |e| e.code).ok()
    }

    /// The `[[class]]` entry for the first digit of `code`, if the file describes it.
    pub fn class_of(&self, code: u16) -> Option<&Class> {
        self.classes.iter().find(|c| u16::from(c.digit) == code / 100)
    }
}

/// The five classes of RFC 9110, Section 15, as the generated code names them: (first digit,
/// predicate method, runtime `StatusClass` variant). Their names and meanings come from the
/// registry's `[[class]]` table.
pub const CLASS_PREDICATES: [(u8, &str, &str); 5] = [
    (1, "is_informational", "Informational"),
    (2, "is_success", "Successful"),
    (3, "is_redirection", "Redirection"),
    (4, "is_client_error", "ClientError"),
    (5, "is_server_error", "ServerError"),
];

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
    /// What the registry says beyond the meaning: content, caching, header rules, retry, sender,
    /// history, limits, the request the code answers.
    pub facts: Facts,
    pub used_by: Option<String>,
    pub see_also: Vec<Link>,
    /// Where the entry starts in its file, for later diagnostics.
    pub pos: Pos,
    /// Where its variant name comes from: the `variant` value, or else the `reason` value.
    pub variant_pos: Pos,
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

    /// The kind of registration, without its dates.
    pub fn kind(self) -> RegistrationKind {
        match self {
            Registration::Permanent => RegistrationKind::Permanent,
            Registration::Temporary { .. } => RegistrationKind::Temporary,
            Registration::Obsoleted => RegistrationKind::Obsoleted,
            Registration::Unused => RegistrationKind::Unused,
            Registration::Unofficial => RegistrationKind::Unofficial,
        }
    }
}

/// The registration words of the file (`registration = "..."`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationKind {
    Permanent,
    Temporary,
    Obsoleted,
    Unused,
    Unofficial,
}

/// Registration words: the file's word and the runtime's `Registration` variant.
pub const REGISTRATIONS: Vocab<RegistrationKind> = Vocab {
    what: "registration",
    words: &[
        ("permanent", RegistrationKind::Permanent, "Permanent"),
        ("temporary", RegistrationKind::Temporary, "Temporary"),
        ("obsoleted", RegistrationKind::Obsoleted, "Obsoleted"),
        ("unused", RegistrationKind::Unused, "Unused"),
        ("unofficial", RegistrationKind::Unofficial, "Unofficial"),
    ],
};

/// A calendar date from the registry file (ordered by year, month, day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
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

/// A header field the specification asks for (or forbids) with this code.
#[derive(Debug, Clone)]
pub struct Header {
    pub field: String,
    pub level: Level,
    pub note: String,
    /// Who sends the field ("server", "origin server", ...).
    pub by: Option<String>,
    /// When the rule applies, if not always.
    pub when: Option<Condition>,
    pub citation: Option<Citation>,
}

/// When a header rule applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Only in responses to these methods.
    Methods(Vec<String>),
    /// Only if a response with this code to the same request would have had the field.
    AsWith(u16),
    /// Only in the first interim response of its kind.
    FirstInterim,
    /// Only in a single-part response (206 with one range).
    SinglePart,
    /// Only in a multipart response (206 with several ranges, `multipart/byteranges`).
    Multipart,
}

/// Requirement level, after RFC 2119.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Must,
    Should,
    May,
    MustNot,
    ShouldNot,
}

impl Level {
    /// The RFC 2119 keyword, as docs show it: `MUST NOT`.
    pub fn keyword(self) -> String {
        LEVELS.word(self).replace('-', " ").to_uppercase()
    }
}

/// Requirement levels: the file's word and the runtime's `Requirement` variant. The keyword
/// shown in docs is the word in capitals with a space for the hyphen, as RFC 2119 writes it.
pub const LEVELS: Vocab<Level> = Vocab {
    what: "requirement level",
    words: &[
        ("must", Level::Must, "Must"),
        ("should", Level::Should, "Should"),
        ("may", Level::May, "May"),
        ("must-not", Level::MustNot, "MustNot"),
        ("should-not", Level::ShouldNot, "ShouldNot"),
    ],
};

pub use super::model_facts::{Cache, Facts, History, Limit, RequestContext, Retry, Sender};

/// Whether a response with the code carries content (RFC 9112, Section 6.3; RFC 9110).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// The usual case (no `content` key).
    Allowed,
    /// Never: message framing ends the response after its header section (1xx, 204, 304).
    NoneByFraming,
    /// The server must not generate any, but the framing is read as usual (205).
    MustNotGenerate,
}

/// Content words (`content = "..."`); `Allowed` is the absence of the key.
pub const CONTENTS: Vocab<Content> = Vocab {
    what: "content kind",
    words: &[
        ("framing", Content::NoneByFraming, "NoneByFraming"),
        ("must-not-generate", Content::MustNotGenerate, "MustNotGenerate"),
    ],
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheKind {
    /// Cacheable by default: reusable with heuristic freshness (RFC 9110, Section 15.1).
    Heuristic,
    /// Never stored by caches (RFC 6585).
    NeverStored,
}

/// Cache words (`cache = { kind = "..." }`).
pub const CACHE_KINDS: Vocab<CacheKind> = Vocab {
    what: "cache kind",
    words: &[("heuristic", CacheKind::Heuristic, "Heuristic"), ("never-stored", CacheKind::NeverStored, "NeverStored")],
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryKind {
    AsIs,
    NewCredentials,
    AfterChanges,
    WithoutExpectation,
    OtherConnection,
    OutsideEarlyData,
    AfterRetryAfter,
    AfterUserAction,
}

/// Retry words (`retry = { kind = "..." }`).
pub const RETRY_KINDS: Vocab<RetryKind> = Vocab {
    what: "retry kind",
    words: &[
        ("as-is", RetryKind::AsIs, "AsIs"),
        ("new-credentials", RetryKind::NewCredentials, "NewCredentials"),
        ("after-changes", RetryKind::AfterChanges, "AfterChanges"),
        ("without-expectation", RetryKind::WithoutExpectation, "WithoutExpectation"),
        ("other-connection", RetryKind::OtherConnection, "OtherConnection"),
        ("outside-early-data", RetryKind::OutsideEarlyData, "OutsideEarlyData"),
        ("after-retry-after", RetryKind::AfterRetryAfter, "AfterRetryAfter"),
        ("after-user-action", RetryKind::AfterUserAction, "AfterUserAction"),
    ],
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Proxy,
    Gateway,
    GatewayOrProxy,
    InterceptingProxy,
}

/// Sender words (`sender = { who = "..." }`).
pub const PARTIES: Vocab<Party> = Vocab {
    what: "sender",
    words: &[
        ("proxy", Party::Proxy, "Proxy"),
        ("gateway", Party::Gateway, "Gateway"),
        ("gateway or proxy", Party::GatewayOrProxy, "GatewayOrProxy"),
        ("intercepting proxy", Party::InterceptingProxy, "InterceptingProxy"),
    ],
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpVersion {
    Http1_0,
    Http1_1,
    Http2,
    /// Defined by a version-independent document.
    Any,
}

/// HTTP version words (`history = { http = "..." }`).
pub const HTTP_VERSIONS: Vocab<HttpVersion> = Vocab {
    what: "HTTP version",
    words: &[
        ("1.0", HttpVersion::Http1_0, "Http1_0"),
        ("1.1", HttpVersion::Http1_1, "Http1_1"),
        ("2", HttpVersion::Http2, "Http2"),
        ("any", HttpVersion::Any, "Any"),
    ],
};

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
