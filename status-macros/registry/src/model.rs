//! What a registry file says, after parsing: plain data the generator works from.

pub use super::vocab::Vocab;
use super::vocab::vocabulary;

/// A parsed registry file.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Human name from the optional `[registry]` table.
    pub name: Option<String>,
    /// The `[[class]]` table, if the file has one.
    pub classes: Vec<Class>,
    /// The `[[field]]` table: the grammar of each header field's value.
    pub fields: Vec<Field>,
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
        match self.index_of(code) {
            Some(i) => Some(&self.entries[i]),
            None => None,
        }
    }

    /// The usable entry whose variant name is `name`.
    pub fn by_variant(&self, name: &str) -> Option<&Entry> {
        for e in &self.entries {
            if e.registration.is_usable() && e.variant == name {
                return Some(e);
            }
        }
        None
    }

    /// The index of `entry` in [`Registry::entries`] (the row of the generated `REGISTRY` table).
    pub fn index_of(&self, code: u16) -> Option<usize> {
        let at = crate::text::partition(self.entries.len(), &|i| self.entries[i].code < code);
        if at < self.entries.len() && self.entries[at].code == code { Some(at) } else { None }
    }

    /// The `[[class]]` entry for the first digit of `code`, if the file describes it.
    pub fn class_of(&self, code: u16) -> Option<&Class> {
        for c in &self.classes {
            if u16::from(c.digit) == code / 100 {
                return Some(c);
            }
        }
        None
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

vocabulary! {
    /// The registration words of the file (`registration = "..."`); the runtime's
    /// `Registration` variant of the same name (`Temporary` carries the dates).
    REGISTRATIONS: RegistrationKind, "registration" {
        /// Registered for good.
        "permanent" => Permanent,
        /// Registered for a time, with registration and expiry dates.
        "temporary" => Temporary,
        /// Registered, but its specification is retired.
        "obsoleted" => Obsoleted,
        /// Reserved, never assigned.
        "unused" => Unused,
        /// Not registered with IANA.
        "unofficial" => Unofficial,
    }
}

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
    /// The spec's keyword; `None` where it names the field without one (part of a definition).
    pub level: Option<Level>,
    pub note: String,
    /// Who sends the field ("server", "origin server", ...).
    pub by: Option<String>,
    /// When the rule applies, if not always.
    pub when: Option<Condition>,
    /// A token the field's value carries (`upgrade` in `Connection`, `blocked-by` as a `rel`).
    pub token: Option<String>,
    /// A request header field whose list this field's elements must come from (101's
    /// `Upgrade` names only protocols the request's `Upgrade` offered).
    pub echoes: Option<String>,
    /// What the value has to be in this code's responses (206: a satisfied range).
    pub form: Option<ValueForm>,
    pub citation: Option<Citation>,
}

pub use super::condition::{CONDITION_WORDS, Condition, condition_phrases};
pub use super::field::{Field, GRAMMARS, Grammar, VALUE_FORMS, ValueForm};

vocabulary! {
    /// Requirement levels in the sense of RFC 2119 (and RFC 8174): how strongly a specification
    /// states a rule.
    LEVELS: Level, "requirement level" {
        /// The specification requires it (MUST).
        "must" => Must,
        /// The specification recommends it (SHOULD).
        "should" => Should,
        /// The specification allows it (MAY).
        "may" => May,
        /// The specification forbids it (MUST NOT).
        "must-not" => MustNot,
        /// The specification advises against it (SHOULD NOT).
        "should-not" => ShouldNot,
    }
}

impl Level {
    /// The RFC 2119 keyword, as docs show it: `MUST NOT`.
    pub fn keyword(self) -> String {
        // The words are ASCII: ASCII uppercase is all of `to_uppercase`.
        let mut keyword = String::new();
        for c in LEVELS.word(self).chars() {
            keyword.push(if c == '-' { ' ' } else { c.to_ascii_uppercase() });
        }
        keyword
    }
}

pub use super::model_facts::{Cache, Facts, History, Limit, RequestContext, Retry, Sender};

vocabulary! {
    /// Whether a response with a code carries content (`content = "..."`; no key: allowed).
    CONTENTS: Content, "content kind" {
        /// Content is allowed, as usual.
        "allowed" => Allowed,
        /// Never: by message framing the response ends after its header section (1xx, 204, 304;
        /// RFC 9112, Section 6.3).
        "framing" => NoneByFraming,
        /// The server MUST NOT generate content, but recipients read the framing as usual (205).
        "must-not-generate" => MustNotGenerate,
    }
}

vocabulary! {
    /// The kinds of cache behaviour a registry records (`cache = { kind = "..." }`).
    CACHE_KINDS: CacheKind, "cache kind" {
        /// Cacheable by default: a cache may reuse it with heuristic freshness (RFC 9110, Section 15.1).
        "heuristic" => Heuristic,
        /// Caches do not store it (RFC 6585).
        "never-stored" => NeverStored,
    }
}

vocabulary! {
    /// Under which change a request may be repeated (`retry = { kind = "..." }`).
    RETRY_KINDS: RetryKind, "retry kind" {
        /// Unchanged.
        "as-is" => AsIs,
        /// With new or different credentials.
        "new-credentials" => NewCredentials,
        /// After the request (or the resource's state) was changed.
        "after-changes" => AfterChanges,
        /// Without the expectation that failed (`Expect: 100-continue`).
        "without-expectation" => WithoutExpectation,
        /// On another connection.
        "other-connection" => OtherConnection,
        /// Not in TLS early data.
        "outside-early-data" => OutsideEarlyData,
        /// After the time the `Retry-After` field gives.
        "after-retry-after" => AfterRetryAfter,
        /// Only after a new action of the user.
        "after-user-action" => AfterUserAction,
        /// Only once the server or the resource changed: the same request gets the same answer
        /// until then, and no change of the request is said to help (404, 501, 505).
        "after-server-change" => AfterServerChange,
    }
}

vocabulary! {
    /// The parties that send codes (`sender = { who = "..." }`).
    PARTIES: Party, "sender" {
        /// A proxy.
        "proxy" => Proxy,
        /// A gateway (reverse proxy).
        "gateway" => Gateway,
        /// A gateway or a proxy.
        "gateway or proxy" => GatewayOrProxy,
        /// A proxy that intercepts traffic, e.g. to control network access.
        "intercepting proxy" => InterceptingProxy,
    }
}

vocabulary! {
    /// HTTP versions, as the history of a code names them (`history = { http = "..." }`).
    HTTP_VERSIONS: HttpVersion, "HTTP version" {
        /// HTTP/1.0 (RFC 1945).
        "1.0" => Http1_0,
        /// HTTP/1.1, including its extensions (`WebDAV`, RFC 6585, ...).
        "1.1" => Http1_1,
        /// HTTP/2.
        "2" => Http2,
        /// Every version: defined by a version-independent document.
        "any" => Any,
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
