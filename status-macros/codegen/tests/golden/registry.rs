/// A small registry.
///
/**# Codes

Generated from the registry file `tests/golden/small.toml` (Golden test registry).

| Code | Reason phrase | Variant | Specification |
|-----:|---------------|---------|---------------|
| 200 | OK | [`Ok`](Self::Ok) | [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1) |
| 405 | Method Not Allowed | [`MethodNotAllowed`](Self::MethodNotAllowed) | [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6) |
| 599 | Trial | [`Trial`](Self::Trial) | [draft-trial-00](https://example.org/draft-trial-00) |

# Classes

- **2xx Successful**: It worked. ([RFC 9110, Section 15.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3))
- **4xx Client Error**: The client got something wrong. ([RFC 9110, Section 15.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5))

Registered as unused, so without a variant: 418.
*/
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[repr(u16)]
pub enum Small {
    #[doc = "**200 OK**: It worked.\n\nThe request succeeded.\n\n- Class: 2xx Successful\n- Registration: permanent\n- Caching: heuristically cacheable (a cache may reuse it without explicit freshness) ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1))\n- First defined: [RFC 1945, Section 9.2](https://www.rfc-editor.org/rfc/rfc1945.html#section-9.2) (1996), for HTTP/1.0\n\nSpecification: [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1)"]
    #[doc(alias = "200")]
    Ok = 200,
    #[doc = "**405 Method Not Allowed**: Wrong method.\n\nThe resource does not support the method.\n\n- Class: 4xx Client Error\n- Registration: permanent\n- Header field `Allow` (MUST): the methods the resource supports\n- Header field `Date` (MUST NOT, sent by the server, in responses to GET): a made-up rule ([RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6))\n- Header field `ETag` (SHOULD NOT, if a 200 to the same request would have it): another made-up rule\n- Header field `Vary` (no keyword): a made-up field named without a keyword\n- Retry (after changes, MAY): with a supported method ([RFC 9110](https://www.rfc-editor.org/rfc/rfc9110.html))\n- Answers (methods DELETE; header fields `Expect`): a method the resource does not support\n- Former names: Not Allowed\n\nSpecification: [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6)"]
    #[doc(alias = "405")]
    #[doc(alias = "Not Allowed")]
    MethodNotAllowed = 405,
    #[doc = "**599 Trial**: A trial code.\n\nA temporary registration.\n\n- Registration: temporary, expired on 2025-01-02 (registered 2024-01-02)\n- Content: never (message framing ends the response after its header section)\n- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6))\n- Header field `Location` (MUST, in the first interim response): a trial location\n- Sent by: gateway; a trial gateway ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit (SHOULD NOT): only in trials ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit: no keyword here ([Vendor docs](https://example.org/vendor))\n\nSpecification: [draft-trial-00](https://example.org/draft-trial-00)"]
    #[doc(alias = "599")]
    Trial = 599,
}
const _: &str = ::core::include_str!(
    "$CARGO_MANIFEST_DIR/tests/golden/small.toml"
);
impl Small {
    /// Every variant, in code order.
    pub const ALL: [Self; 3usize] = [Self::Ok, Self::MethodNotAllowed, Self::Trial];
    /// The variant for `code`, or `None` if this enum has no such code.
    #[must_use]
    #[inline]
    pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
        use ::core::option::Option::{None, Some};
        const TABLE: [::core::option::Option<Small>; 400usize] = [
            Some(Small::Ok),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(Small::MethodNotAllowed),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(Small::Trial),
        ];
        if code < 200 || code > 599 {
            return None;
        }
        TABLE[(code - 200) as usize]
    }
    /// Every entry of the registry in code order, including codes registered as unused
    /// (which have no variant).
    #[allow(clippy::large_stack_arrays)]
    pub const REGISTRY: &'static [::status_core::__private::StatusInfo; 4usize] = &[
        ::status_core::__private::StatusInfo::__new(::status_core::__private::InfoParts {
            code: 200,
            reason: "OK",
            registration: ::status_core::__private::Registration::Permanent,
            citation: ::status_core::__private::Citation {
                spec: "RFC 9110",
                section: ::core::option::Option::Some("15.3.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1",
            },
            summary: "It worked.",
            description: "The request succeeded.",
            former_names: &[],
            content: ::status_core::__private::Content::Allowed,
            caching: ::core::option::Option::Some(::status_core::__private::Caching {
                kind: ::status_core::__private::CacheKind::Heuristic,
                level: ::core::option::Option::None,
                citation: ::status_core::__private::Citation {
                    spec: "RFC 9110",
                    section: ::core::option::Option::Some("15.1"),
                    url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1",
                },
            }),
            header_rules: &[],
            retry: ::core::option::Option::None,
            sender: ::core::option::Option::None,
            history: ::core::option::Option::Some(::status_core::__private::History {
                citation: ::status_core::__private::Citation {
                    spec: "RFC 1945",
                    section: ::core::option::Option::Some("9.2"),
                    url: "https://www.rfc-editor.org/rfc/rfc1945.html#section-9.2",
                },
                http: ::core::option::Option::Some(
                    ::status_core::__private::HttpVersion::Http1_0,
                ),
                year: 1996,
            }),
            limits: &[],
            request: ::core::option::Option::None,
            used_by: ::core::option::Option::None,
            see_also: &[],
        }),
        ::status_core::__private::StatusInfo::__new(::status_core::__private::InfoParts {
            code: 405,
            reason: "Method Not Allowed",
            registration: ::status_core::__private::Registration::Permanent,
            citation: ::status_core::__private::Citation {
                spec: "RFC 9110",
                section: ::core::option::Option::Some("15.5.6"),
                url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6",
            },
            summary: "Wrong method.",
            description: "The resource does not support the method.",
            former_names: &["Not Allowed"],
            content: ::status_core::__private::Content::Allowed,
            caching: ::core::option::Option::None,
            header_rules: &[
                ::status_core::__private::HeaderRule {
                    field: "Allow",
                    level: ::core::option::Option::Some(
                        ::status_core::__private::Requirement::Must,
                    ),
                    note: "the methods the resource supports",
                    by: ::core::option::Option::None,
                    when: ::core::option::Option::None,
                    token: ::core::option::Option::None,
                    echoes: ::core::option::Option::None,
                    form: ::core::option::Option::None,
                    citation: ::core::option::Option::None,
                },
                ::status_core::__private::HeaderRule {
                    field: "Date",
                    level: ::core::option::Option::Some(
                        ::status_core::__private::Requirement::MustNot,
                    ),
                    note: "a made-up rule",
                    by: ::core::option::Option::Some("server"),
                    when: ::core::option::Option::Some(
                        ::status_core::__private::Condition::Methods(&["GET"]),
                    ),
                    token: ::core::option::Option::None,
                    echoes: ::core::option::Option::None,
                    form: ::core::option::Option::None,
                    citation: ::core::option::Option::Some(::status_core::__private::Citation {
                        spec: "RFC 9110",
                        section: ::core::option::Option::Some("15.5.6"),
                        url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6",
                    }),
                },
                ::status_core::__private::HeaderRule {
                    field: "ETag",
                    level: ::core::option::Option::Some(
                        ::status_core::__private::Requirement::ShouldNot,
                    ),
                    note: "another made-up rule",
                    by: ::core::option::Option::None,
                    when: ::core::option::Option::Some(
                        ::status_core::__private::Condition::AsWith(200),
                    ),
                    token: ::core::option::Option::None,
                    echoes: ::core::option::Option::None,
                    form: ::core::option::Option::None,
                    citation: ::core::option::Option::None,
                },
                ::status_core::__private::HeaderRule {
                    field: "Vary",
                    level: ::core::option::Option::None,
                    note: "a made-up field named without a keyword",
                    by: ::core::option::Option::None,
                    when: ::core::option::Option::None,
                    token: ::core::option::Option::None,
                    echoes: ::core::option::Option::None,
                    form: ::core::option::Option::None,
                    citation: ::core::option::Option::None,
                },
            ],
            retry: ::core::option::Option::Some(::status_core::__private::Retry {
                kind: ::status_core::__private::RetryKind::AfterChanges,
                level: ::core::option::Option::Some(
                    ::status_core::__private::Requirement::May,
                ),
                note: "with a supported method",
                citation: ::status_core::__private::Citation {
                    spec: "RFC 9110",
                    section: ::core::option::Option::None,
                    url: "https://www.rfc-editor.org/rfc/rfc9110.html",
                },
            }),
            sender: ::core::option::Option::None,
            history: ::core::option::Option::None,
            limits: &[],
            request: ::core::option::Option::Some(::status_core::__private::RequestContext {
                methods: &["DELETE"],
                headers: &["Expect"],
                open: false,
                note: "a method the resource does not support",
                citation: ::core::option::Option::None,
            }),
            used_by: ::core::option::Option::None,
            see_also: &[],
        }),
        ::status_core::__private::StatusInfo::__new(::status_core::__private::InfoParts {
            code: 418,
            reason: "(Unused)",
            registration: ::status_core::__private::Registration::Unused,
            citation: ::status_core::__private::Citation {
                spec: "RFC 9110",
                section: ::core::option::Option::Some("15.5.19"),
                url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19",
            },
            summary: "Reserved.",
            description: "Reserved, never assigned.",
            former_names: &[],
            content: ::status_core::__private::Content::Allowed,
            caching: ::core::option::Option::None,
            header_rules: &[],
            retry: ::core::option::Option::None,
            sender: ::core::option::Option::None,
            history: ::core::option::Option::None,
            limits: &[],
            request: ::core::option::Option::None,
            used_by: ::core::option::Option::None,
            see_also: &[],
        }),
        ::status_core::__private::StatusInfo::__new(::status_core::__private::InfoParts {
            code: 599,
            reason: "Trial",
            registration: ::status_core::__private::Registration::Temporary {
                registered: ::status_core::__private::Date {
                    year: 2024,
                    month: 1,
                    day: 2,
                },
                extended: ::core::option::Option::None,
                expires: ::status_core::__private::Date {
                    year: 2025,
                    month: 1,
                    day: 2,
                },
            },
            citation: ::status_core::__private::Citation {
                spec: "draft-trial-00",
                section: ::core::option::Option::None,
                url: "https://example.org/draft-trial-00",
            },
            summary: "A trial code.",
            description: "A temporary registration.",
            former_names: &[],
            content: ::status_core::__private::Content::NoneByFraming,
            caching: ::core::option::Option::Some(::status_core::__private::Caching {
                kind: ::status_core::__private::CacheKind::NeverStored,
                level: ::core::option::Option::Some(
                    ::status_core::__private::Requirement::MustNot,
                ),
                citation: ::status_core::__private::Citation {
                    spec: "RFC 6585",
                    section: ::core::option::Option::Some("6"),
                    url: "https://www.rfc-editor.org/rfc/rfc6585.html#section-6",
                },
            }),
            header_rules: &[
                ::status_core::__private::HeaderRule {
                    field: "Location",
                    level: ::core::option::Option::Some(
                        ::status_core::__private::Requirement::Must,
                    ),
                    note: "a trial location",
                    by: ::core::option::Option::None,
                    when: ::core::option::Option::Some(
                        ::status_core::__private::Condition::FirstInterim,
                    ),
                    token: ::core::option::Option::None,
                    echoes: ::core::option::Option::None,
                    form: ::core::option::Option::None,
                    citation: ::core::option::Option::None,
                },
            ],
            retry: ::core::option::Option::None,
            sender: ::core::option::Option::Some(::status_core::__private::Sender {
                who: ::status_core::__private::Party::Gateway,
                level: ::core::option::Option::None,
                note: "a trial gateway",
                citation: ::status_core::__private::Citation {
                    spec: "draft-trial-00",
                    section: ::core::option::Option::None,
                    url: "https://datatracker.ietf.org/doc/html/draft-trial-00",
                },
            }),
            history: ::core::option::Option::None,
            limits: &[
                ::status_core::__private::Limit {
                    level: ::core::option::Option::Some(
                        ::status_core::__private::Requirement::ShouldNot,
                    ),
                    note: "only in trials",
                    citation: ::status_core::__private::Citation {
                        spec: "draft-trial-00",
                        section: ::core::option::Option::None,
                        url: "https://datatracker.ietf.org/doc/html/draft-trial-00",
                    },
                },
                ::status_core::__private::Limit {
                    level: ::core::option::Option::None,
                    note: "no keyword here",
                    citation: ::status_core::__private::Citation {
                        spec: "Vendor docs",
                        section: ::core::option::Option::None,
                        url: "https://example.org/vendor",
                    },
                },
            ],
            request: ::core::option::Option::None,
            used_by: ::core::option::Option::None,
            see_also: &[],
        }),
    ];
    /// The classes as the registry describes them (its `[[class]]` table), by first digit.
    pub const CLASSES: &'static [::status_core::__private::ClassInfo; 2usize] = &[
        ::status_core::__private::ClassInfo {
            digit: 2,
            name: "Successful",
            summary: "It worked.",
            citation: ::status_core::__private::Citation {
                spec: "RFC 9110",
                section: ::core::option::Option::Some("15.3"),
                url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3",
            },
        },
        ::status_core::__private::ClassInfo {
            digit: 4,
            name: "Client Error",
            summary: "The client got something wrong.",
            citation: ::status_core::__private::Citation {
                spec: "RFC 9110",
                section: ::core::option::Option::Some("15.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5",
            },
        },
    ];
    /// The grammar of each header field's value, as the registry states it (its `[[field]]`
    /// table): what the conformance check reads values by.
    pub const FIELDS: &'static [::status_core::__private::FieldGrammar; 1usize] = &[
        ::status_core::__private::FieldGrammar {
            field: "Allow",
            grammar: ::status_core::__private::Grammar::Tokens,
            citation: ::status_core::__private::Citation {
                spec: "RFC 9110",
                section: ::core::option::Option::Some("10.2.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.1",
            },
        },
    ];
    #[doc(hidden)]
    pub const __ROW_MIN: u16 = 200;
    #[doc(hidden)]
    pub const __ROW: [u8; 400usize] = [
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4,
    ];
    /// The registry entry for `code`, including codes registered as unused; `None` if the
    /// registry does not list it.
    #[must_use]
    #[inline]
    pub const fn lookup(
        code: u16,
    ) -> ::core::option::Option<&'static ::status_core::__private::StatusInfo> {
        if code < Self::__ROW_MIN || code - Self::__ROW_MIN >= Self::__ROW.len() as u16 {
            return ::core::option::Option::None;
        }
        match Self::__ROW[(code - Self::__ROW_MIN) as usize] {
            0 => ::core::option::Option::None,
            row => ::core::option::Option::Some(&Self::REGISTRY[row as usize - 1]),
        }
    }
    /// The numeric status code, e.g. `404`.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }
    /// The reason phrase registered for the code, e.g. `"Not Found"`.
    #[must_use]
    #[inline]
    pub const fn reason(self) -> &'static str {
        Self::REGISTRY[(Self::__ROW[(self as u16 - Self::__ROW_MIN) as usize] as usize
                - 1)]
            .reason()
    }
    /// The code as three digits, e.g. `"404"`, without allocating.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Ok { .. } => "200",
            Self::MethodNotAllowed { .. } => "405",
            Self::Trial { .. } => "599",
        }
    }
    /// The class of this code (its first digit), RFC 9110, Section 15.
    #[must_use]
    #[inline]
    pub const fn class(self) -> ::status_core::__private::StatusClass {
        ::status_core::__private::class_of_valid(self.code())
    }
    /// Whether the code is 1xx.
    #[must_use]
    #[inline]
    pub const fn is_informational(self) -> bool {
        ::status_core::__private::StatusClass::Informational.contains(self.code())
    }
    /// Whether the code is 2xx (Successful): It worked.
    #[must_use]
    #[inline]
    pub const fn is_success(self) -> bool {
        ::status_core::__private::StatusClass::Successful.contains(self.code())
    }
    /// Whether the code is 3xx.
    #[must_use]
    #[inline]
    pub const fn is_redirection(self) -> bool {
        ::status_core::__private::StatusClass::Redirection.contains(self.code())
    }
    /// Whether the code is 4xx (Client Error): The client got something wrong.
    #[must_use]
    #[inline]
    pub const fn is_client_error(self) -> bool {
        ::status_core::__private::StatusClass::ClientError.contains(self.code())
    }
    /// Whether the code is 5xx.
    #[must_use]
    #[inline]
    pub const fn is_server_error(self) -> bool {
        ::status_core::__private::StatusClass::ServerError.contains(self.code())
    }
    /// Everything the registry records about this code: meaning, citation, spec facts.
    #[must_use]
    #[inline]
    pub const fn info(self) -> &'static ::status_core::__private::StatusInfo {
        &Self::REGISTRY[(Self::__ROW[(self as u16 - Self::__ROW_MIN) as usize] as usize
            - 1)]
    }
    /// One-line summary of what the code means.
    #[must_use]
    #[inline]
    pub const fn summary(self) -> &'static str {
        self.info().summary()
    }
    /// What the code means and when to use it.
    #[must_use]
    #[inline]
    pub const fn description(self) -> &'static str {
        self.info().description()
    }
    /// The specification (and section) that defines the code, with its URL.
    #[must_use]
    #[inline]
    pub const fn citation(self) -> ::status_core::__private::Citation {
        self.info().citation()
    }
    /// Whether a cache may reuse the response without explicit freshness information (heuristically cacheable).
    #[must_use]
    #[inline]
    pub const fn is_heuristically_cacheable(self) -> bool {
        self.info().is_heuristically_cacheable()
    }
    /// Whether a response with this code may carry content.
    #[must_use]
    #[inline]
    pub const fn allows_content(self) -> bool {
        self.info().allows_content()
    }
    /// Whether a response with this code carries content: allowed, never by framing, or not to be generated.
    #[must_use]
    #[inline]
    pub const fn content(self) -> ::status_core::__private::Content {
        self.info().content()
    }
    /// How caches treat the response (heuristically cacheable or never stored), with its citation.
    #[must_use]
    #[inline]
    pub const fn caching(
        self,
    ) -> ::core::option::Option<::status_core::__private::Caching> {
        self.info().caching()
    }
    /// Header fields the specification requires, recommends or forbids with this code.
    #[must_use]
    #[inline]
    pub const fn header_rules(self) -> &'static [::status_core::__private::HeaderRule] {
        self.info().header_rules()
    }
    /// Whether and how a client may repeat the request after this code.
    #[must_use]
    #[inline]
    pub const fn retry(self) -> ::core::option::Option<::status_core::__private::Retry> {
        self.info().retry()
    }
    /// Who sends this code, when the specification names a party.
    #[must_use]
    #[inline]
    pub const fn sender(
        self,
    ) -> ::core::option::Option<::status_core::__private::Sender> {
        self.info().sender()
    }
    /// Where this code was first defined: document, year and HTTP version.
    #[must_use]
    #[inline]
    pub const fn history(
        self,
    ) -> ::core::option::Option<::status_core::__private::History> {
        self.info().history()
    }
    /// Further conditions on sending or handling this code.
    #[must_use]
    #[inline]
    pub const fn limits(self) -> &'static [::status_core::__private::Limit] {
        self.info().limits()
    }
    /// The request a response with this code answers (methods, request header fields).
    #[must_use]
    #[inline]
    pub const fn request(
        self,
    ) -> ::core::option::Option<::status_core::__private::RequestContext> {
        self.info().request()
    }
    /// The code's registration status (permanent, temporary, obsoleted ...).
    #[must_use]
    #[inline]
    pub const fn registration(self) -> ::status_core::__private::Registration {
        self.info().registration()
    }
}
::status_core::__private::Display__opt_out_with__subset_skip_Display! {
    Small { #[doc = r" Writes the code and reason phrase, e.g. `404 Not Found`."] fn
    fmt(& self, f : & mut ::core::fmt::Formatter <'_ >) -> ::core::fmt::Result { match
    self { Self::Ok { .. } => f.pad("200 OK"), Self::MethodNotAllowed { .. } => f
    .pad("405 Method Not Allowed"), Self::Trial { .. } => f.pad("599 Trial"), } } }
}
::status_core::__private::__u16_impls! {
    Small
}
::status_core::__private::__number_impls! {
    Small "Small" Small, by_value registry fields
}
::status_core::__private::Serialize__opt_out_with__subset_skip_Serialize! {
    unit Small
}
::status_core::__private::Deserialize__opt_out_with__subset_skip_Deserialize! {
    unit Small
}
::status_core::__private::__http_impls! {
    unit Small
}
#[automatically_derived]
impl ::core::convert::TryFrom<Small> for ::status_core::__private::StatusCode {
    type Error = ::status_core::__private::UnknownStatus;
    #[inline]
    fn try_from(status: Small) -> ::core::result::Result<Self, Self::Error> {
        <::status_core::__private::StatusCode as ::core::convert::TryFrom<
            u16,
        >>::try_from(status.code())
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<::status_core::__private::StatusCode> for Small {
    type Error = ::status_core::__private::UnknownStatus;
    #[inline]
    fn try_from(
        status: ::status_core::__private::StatusCode,
    ) -> ::core::result::Result<Self, Self::Error> {
        <Small as ::core::convert::TryFrom<u16>>::try_from(status.code())
    }
}
impl Small {
    #[doc(hidden)]
    pub const __VARIANTS: &'static [::status_core::__private::Variant] = &[
        ::status_core::__private::Variant::new("Small", "Ok", 200, &[]),
        ::status_core::__private::Variant::new("Small", "MethodNotAllowed", 405, &[]),
        ::status_core::__private::Variant::new("Small", "Trial", 599, &[]),
    ];
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts<S: ::status_core::__private::Sink>(&self, __sink: &mut S) {
        match self {
            Self::Ok => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
            }
            Self::MethodNotAllowed => {
                ::status_core::__private::Sink::status(
                    __sink,
                    405,
                    "Method Not Allowed",
                );
                ::status_core::__private::Sink::variant(__sink, &Small::__VARIANTS[1]);
            }
            Self::Trial => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                ::status_core::__private::Sink::variant(__sink, &Small::__VARIANTS[2]);
            }
        }
    }
    #[doc(hidden)]
    pub fn __respond<S, F: ::core::ops::FnOnce() -> S>(
        self,
        __new: F,
    ) -> <S as ::status_core::__private::Sink>::Output
    where
        S: ::status_core::__private::Sink,
    {
        {
            let mut __sink = __new();
            self.__response_parts(&mut __sink);
            ::status_core::__private::Sink::finish(__sink)
        }
    }
    #[doc(hidden)]
    pub fn __respond_ref<S, F: ::core::ops::FnOnce() -> S>(
        &self,
        __new: F,
    ) -> <S as ::status_core::__private::Sink>::Output
    where
        S: ::status_core::__private::Sink,
    {
        {
            let mut __sink = __new();
            self.__response_parts(&mut __sink);
            ::status_core::__private::Sink::finish(__sink)
        }
    }
}
::status_core::__private::__respond_traits! {
    Small[] []
}
const _: () = {
    ::status_core::__private::__respond_impls! {
        Small[] [] [] any
    }
};
::status_core::__private::__utoipa_impls! {
    Small[::status_core::__private::ResponseDoc { variant : & Small::__VARIANTS[0],
    description : "It worked.", headers : & [], content : | _ |
    ::core::option::Option::None, members : & [], },
    ::status_core::__private::ResponseDoc { variant : & Small::__VARIANTS[1], description
    : "Wrong method.", headers : & [], content : < ::status_core::problem::Rfc9457 as
    ::status_core::__private::ErrorFormat >::openapi_for, members : & [], },
    ::status_core::__private::ResponseDoc { variant : & Small::__VARIANTS[2], description
    : "A trial code.", headers : & [], content : < ::status_core::problem::Rfc9457 as
    ::status_core::__private::ErrorFormat >::openapi_for, members : & [], }] []
}
