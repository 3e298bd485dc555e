//! What a registry records about one status code, at run time.

use core::fmt;

/// Everything a registry records about one status code: reason phrase, registration, the
/// citation, what it means, and the facts an implementer needs.
///
/// Get one from a generated enum with `info()` (e.g. [`crate::StatusCode::info`]) or, for any
/// registered code including unused ones, with `lookup` ([`crate::StatusCode::lookup`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusInfo {
    code: u16,
    reason: &'static str,
    registration: Registration,
    citation: Citation,
    summary: &'static str,
    description: &'static str,
    former_names: &'static [&'static str],
    heuristically_cacheable: bool,
    content_forbidden: bool,
    header_rules: &'static [HeaderRule],
    used_by: Option<&'static str>,
    see_also: &'static [Link],
}

/// The fields of a [`StatusInfo`], for generated code (the struct's fields stay private so that
/// new facts can be added without breaking users).
#[doc(hidden)]
#[allow(missing_docs)]
#[derive(Clone, Copy)]
pub struct InfoParts {
    pub code: u16,
    pub reason: &'static str,
    pub registration: Registration,
    pub citation: Citation,
    pub summary: &'static str,
    pub description: &'static str,
    pub former_names: &'static [&'static str],
    pub heuristically_cacheable: bool,
    pub content_forbidden: bool,
    pub header_rules: &'static [HeaderRule],
    pub used_by: Option<&'static str>,
    pub see_also: &'static [Link],
}

impl StatusInfo {
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(p: InfoParts) -> Self {
        StatusInfo {
            code: p.code,
            reason: p.reason,
            registration: p.registration,
            citation: p.citation,
            summary: p.summary,
            description: p.description,
            former_names: p.former_names,
            heuristically_cacheable: p.heuristically_cacheable,
            content_forbidden: p.content_forbidden,
            header_rules: p.header_rules,
            used_by: p.used_by,
            see_also: p.see_also,
        }
    }

    /// The numeric code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The registered reason phrase (`"(Unused)"` for unused codes).
    #[must_use]
    pub const fn reason(&self) -> &'static str {
        self.reason
    }

    /// Permanent, temporary (with dates), obsoleted, unused or unofficial.
    #[must_use]
    pub const fn registration(&self) -> Registration {
        self.registration
    }

    /// The defining specification, section and URL.
    #[must_use]
    pub const fn citation(&self) -> Citation {
        self.citation
    }

    /// One line on what the code means.
    #[must_use]
    pub const fn summary(&self) -> &'static str {
        self.summary
    }

    /// What the code means and when to use it.
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// Reason phrases the code had in earlier specifications.
    #[must_use]
    pub const fn former_names(&self) -> &'static [&'static str] {
        self.former_names
    }

    /// Whether caches may reuse the response with heuristic freshness (RFC 9110, Section 15.1).
    #[must_use]
    pub const fn is_heuristically_cacheable(&self) -> bool {
        self.heuristically_cacheable
    }

    /// Whether a response with this code may carry content.
    #[must_use]
    pub const fn allows_content(&self) -> bool {
        !self.content_forbidden
    }

    /// Header fields the specification requires or recommends with the code.
    #[must_use]
    pub const fn header_rules(&self) -> &'static [HeaderRule] {
        self.header_rules
    }

    /// Who sends the code, for unofficial codes.
    #[must_use]
    pub const fn used_by(&self) -> Option<&'static str> {
        self.used_by
    }

    /// Further references.
    #[must_use]
    pub const fn see_also(&self) -> &'static [Link] {
        self.see_also
    }
}

impl fmt::Display for StatusInfo {
    /// Writes `404 Not Found`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.reason)
    }
}

/// The registration status of a code in its registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Registration {
    /// A permanent registration.
    Permanent,
    /// A provisional registration that lapses unless renewed.
    Temporary {
        /// When it was registered.
        registered: Date,
        /// When it was last extended, if ever.
        extended: Option<Date>,
        /// When it expires.
        expires: Date,
    },
    /// Registered, but its specification has been retired; not for new designs.
    Obsoleted,
    /// Reserved so that it is never assigned; has no enum variant.
    Unused,
    /// Not registered with IANA; seen in practice (custom registries).
    Unofficial,
}

impl fmt::Display for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Permanent => f.write_str("permanent"),
            Self::Temporary { registered, extended: Some(extended), expires } => {
                write!(f, "temporary (registered {registered}, extended {extended}, expires {expires})")
            }
            Self::Temporary { registered, extended: None, expires } => {
                write!(f, "temporary (registered {registered}, expires {expires})")
            }
            Self::Obsoleted => f.write_str("obsoleted"),
            Self::Unused => f.write_str("unused"),
            Self::Unofficial => f.write_str("unofficial"),
        }
    }
}

/// A calendar date, as the registry records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl fmt::Display for Date {
    /// Writes ISO 8601, e.g. `2025-09-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where a code is defined: specification, section and URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The document, e.g. `"RFC 9110"`.
    pub spec: &'static str,
    /// The section within it, e.g. `"15.5.5"`.
    pub section: Option<&'static str>,
    /// A link to the document or section.
    pub url: &'static str,
}

impl fmt::Display for Citation {
    /// Writes e.g. `RFC 9110, Section 15.5.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.section {
            Some(section) => write!(f, "{}, Section {section}", self.spec),
            None => f.write_str(self.spec),
        }
    }
}

/// A header field the specification asks for with a status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HeaderRule {
    /// The field name, e.g. `"Location"`.
    pub field: &'static str,
    /// How strongly the specification asks for it.
    pub level: Requirement,
    /// What the field carries in this response.
    pub note: &'static str,
}

/// Requirement levels in the sense of RFC 2119.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    /// The specification requires it (MUST).
    Must,
    /// The specification recommends it (SHOULD).
    Should,
    /// The specification allows it (MAY).
    May,
}

impl fmt::Display for Requirement {
    /// Writes the RFC 2119 keyword: `MUST`, `SHOULD` or `MAY`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Must => "MUST",
            Self::Should => "SHOULD",
            Self::May => "MAY",
        })
    }
}

/// A further reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Link {
    /// What the reference is.
    pub title: &'static str,
    /// Where to read it.
    pub url: &'static str,
}

/// What a registry's `[[class]]` table says about one class of codes: its name, what it
/// means, and where that is defined. For the IANA registry, [`StatusClass`](crate::StatusClass)
/// returns these (`StatusClass::ClientError.info()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClassInfo {
    /// The first digit of the class's codes, 1 to 5.
    pub digit: u8,
    /// The class name, e.g. `"Client Error"`.
    pub name: &'static str,
    /// What the class means.
    pub summary: &'static str,
    /// Where the class is defined.
    pub citation: Citation,
}
