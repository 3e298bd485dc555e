/// What an endpoint fails with: two causes of one code, and another subset.
#[derive(Debug)]
///
/**# Codes

A subset of [`Small`](Small), checked against its registry at compile time.

| Code | Reason phrase | Variant | Specification |
|-----:|---------------|---------|---------------|
| 599 | Trial | [`Disk`](Self::Disk) | [draft-trial-00](https://example.org/draft-trial-00) |
| 599 | Trial | [`Trial`](Self::Trial) | [draft-trial-00](https://example.org/draft-trial-00) |


`Answer` holds [`Answer`]: every code it returns is one of this enum's too.*/
pub enum Failure {
    /// The disk failed.
    ///
    #[doc = "**599 Trial**: A trial code.\n\nA temporary registration.\n\n- Registration: temporary, expired on 2025-01-02 (registered 2024-01-02)\n- Content: never (message framing ends the response after its header section)\n- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6))\n- Header field `Location` (MUST, in the first interim response): a trial location\n- Sent by: gateway; a trial gateway ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit (SHOULD NOT): only in trials ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit: no keyword here ([Vendor docs](https://example.org/vendor))\n\nSpecification: [draft-trial-00](https://example.org/draft-trial-00)"]
    #[doc(alias = "599")]
    Disk(std::io::Error),
    #[doc = "**599 Trial**: A trial code.\n\nA temporary registration.\n\n- Registration: temporary, expired on 2025-01-02 (registered 2024-01-02)\n- Content: never (message framing ends the response after its header section)\n- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6))\n- Header field `Location` (MUST, in the first interim response): a trial location\n- Sent by: gateway; a trial gateway ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit (SHOULD NOT): only in trials ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit: no keyword here ([Vendor docs](https://example.org/vendor))\n\nSpecification: [draft-trial-00](https://example.org/draft-trial-00)"]
    #[doc(alias = "599")]
    Trial { source: std::fmt::Error, retry_after: Option<u32> },
    /// Every code of [`Answer`]: its status, header fields and problem are this variant's (`#[status(transparent)]`).
    Answer(Answer),
}
impl Failure {
    /// The numeric status code, e.g. `404`.
    #[must_use]
    #[inline]
    pub fn code(&self) -> u16 {
        match self {
            Self::Disk { .. } => 599,
            Self::Trial { .. } => 599,
            Self::Answer(__inner) => ::status_core::__private::Subset::code(__inner),
        }
    }
    /// The reason phrase registered for the code, e.g. `"Not Found"`.
    #[must_use]
    #[inline]
    pub fn reason(&self) -> &'static str {
        self.status().reason()
    }
    /// The code as three digits, e.g. `"404"`, without allocating.
    #[must_use]
    #[inline]
    pub fn as_str(&self) -> &'static str {
        self.status().as_str()
    }
    /// The variant's code as [`Small`](Small), the registry enum this subset is drawn from, whatever data the variant carries.
    #[must_use]
    #[inline]
    pub fn status(&self) -> Small {
        match self {
            Self::Disk { .. } => Small::Trial,
            Self::Trial { .. } => Small::Trial,
            Self::Answer(__inner) => ::status_core::__private::Subset::status(__inner),
        }
    }
    /// The class of this code (its first digit), RFC 9110, Section 15.
    #[must_use]
    #[inline]
    pub fn class(&self) -> ::status_core::__private::StatusClass {
        ::status_core::__private::class_of_valid(self.code())
    }
    /// Everything the registry records about this code: meaning, citation, spec facts.
    #[must_use]
    #[inline]
    pub fn info(&self) -> &'static ::status_core::__private::StatusInfo {
        self.status().info()
    }
}
::status_core::__private::Display__opt_out_with__subset_skip_Display! {
    Failure { #[doc = r" Writes the code and reason phrase, e.g. `404 Not Found`."] fn
    fmt(& self, f : & mut ::core::fmt::Formatter <'_ >) -> ::core::fmt::Result { match
    self { Self::Disk { .. } => f.pad("599 Trial"), Self::Trial { .. } => f
    .pad("599 Trial"), Self::Answer(__inner) => ::core::fmt::Display::fmt(__inner, f), }
    } }
}
::status_core::__private::Error__opt_out_with__subset_skip_Error! {
    Failure { fn source(& self) -> ::core::option::Option <& (dyn ::core::error::Error +
    'static) > { use ::status_core::__private::AsDynError as _; match self { Self::Disk {
    0 : __source, .. } => ::core::option::Option::Some(__source.as_dyn_error()),
    Self::Trial { source : __source, .. } => ::core::option::Option::Some(__source
    .as_dyn_error()), Self::Answer(__inner) => ::core::error::Error::source(__inner), } }
    }
}
::status_core::__private::From__opt_out_with__subset_skip_From! {
    Failure[std::io::Error] { #[inline] fn from(source : std::io::Error) -> Self {
    Self::Disk { 0 : source } } }
}
::status_core::__private::From__opt_out_with__subset_skip_From! {
    Failure[Answer] { #[inline] fn from(source : Answer) -> Self { Self::Answer { 0 :
    source } } }
}
::status_core::__private::__subset_impl! {
    Failure Small, & { const LEN : usize = 2usize + < Answer as
    ::status_core::__private::Subset >::CODES.len();
    ::status_core::__private::concat_codes::< LEN > (& [& [599, 599], < Answer as
    ::status_core::__private::Subset >::CODES]) }
}
const _: () = {
    ::core::assert!(
        ! ::status_core::__private::has_code(< Answer as ::status_core::__private::Subset
        >::CODES, 599),
        "status 599 is returned both by `Failure::Disk` and by `Answer` (held by `Failure::Answer`): a code belongs to one place in a composition; remove `Disk`, or its code from `Answer`"
    );
    ::core::assert!(
        ! ::status_core::__private::has_code(< Answer as ::status_core::__private::Subset
        >::CODES, 599),
        "status 599 is returned both by `Failure::Trial` and by `Answer` (held by `Failure::Answer`): a code belongs to one place in a composition; remove `Trial`, or its code from `Answer`"
    );
};
::status_core::__private::__u16_impls! {
    Failure
}
::status_core::__private::__http_impls! {
    data Failure
}
#[automatically_derived]
impl ::core::convert::From<Failure> for Small {
    #[inline]
    fn from(status: Failure) -> Small {
        match status {
            Failure::Disk { .. } => Small::Trial,
            Failure::Trial { .. } => Small::Trial,
            Failure::Answer(__inner) => {
                ::status_core::__private::Subset::status(&__inner)
            }
        }
    }
}
impl Failure {
    #[doc(hidden)]
    pub const __VARIANTS: &'static [::status_core::__private::Variant] = &[
        ::status_core::__private::Variant::new("Failure", "Disk", 599, &["0"]),
        ::status_core::__private::Variant::new(
            "Failure",
            "Trial",
            599,
            &["source", "retry_after"],
        ),
    ];
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts<S: ::status_core::__private::Sink>(&self, __sink: &mut S) {
        match self {
            Self::Disk(_0) => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                ::status_core::__private::Sink::variant(__sink, &Failure::__VARIANTS[0]);
                ::status_core::__private::__log_cause!(__sink, self);
            }
            Self::Trial { source, retry_after } => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                if let ::core::option::Option::Some(__value) = retry_after {
                    let __value: &dyn ::core::fmt::Display = __value;
                    ::status_core::__private::Sink::header(
                        __sink,
                        "Retry-After",
                        __value,
                    );
                }
                ::status_core::__private::Sink::variant(__sink, &Failure::__VARIANTS[1]);
                ::status_core::__private::Sink::detail(
                    __sink,
                    ::core::format_args!("{}", self),
                );
                ::status_core::__private::__log_cause!(__sink, self);
            }
            Self::Answer(__inner) => {
                ::status_core::__private::Subset::__response_parts(__inner, __sink)
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
        Answer: ::status_core::__private::Respond<S>,
    {
        match self {
            Self::Answer(__inner) => {
                ::status_core::__private::Respond::respond(__inner, __new)
            }
            __own => {
                let mut __sink = __new();
                __own.__response_parts(&mut __sink);
                match __own {
                    __cause @ Self::Disk { .. } => {
                        ::status_core::__private::__keep_cause!(__sink, 599, __cause);
                        ::status_core::__private::Sink::finish(__sink)
                    }
                    __cause @ Self::Trial { .. } => {
                        ::status_core::__private::__keep_cause!(__sink, 599, __cause);
                        ::status_core::__private::Sink::finish(__sink)
                    }
                    _ => ::status_core::__private::Sink::finish(__sink),
                }
            }
        }
    }
    #[doc(hidden)]
    pub fn __respond_ref<S, F: ::core::ops::FnOnce() -> S>(
        &self,
        __new: F,
    ) -> <S as ::status_core::__private::Sink>::Output
    where
        S: ::status_core::__private::Sink,
        Answer: ::status_core::__private::RespondRef<S>,
    {
        match self {
            Self::Answer(__inner) => {
                ::status_core::__private::RespondRef::respond_ref(__inner, __new)
            }
            __own => {
                let mut __sink = __new();
                __own.__response_parts(&mut __sink);
                ::status_core::__private::Sink::finish(__sink)
            }
        }
    }
}
::status_core::__private::__respond_traits! {
    Failure[] [Answer]
}
const _: () = {
    ::status_core::__private::__respond_impls! {
        Failure[] [] [Answer] error
    }
};
::status_core::__private::__utoipa_impls! {
    Failure[::status_core::__private::ResponseDoc { variant : & Failure::__VARIANTS[0],
    description : "The disk failed.", headers : & [], content : <
    ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }, ::status_core::__private::ResponseDoc { variant :
    & Failure::__VARIANTS[1], description : "A trial code.", headers : &
    [::status_core::__private::HeaderDoc { name : "Retry-After", description :
    "The `Retry-After` header field.", required : false, schema : || { use
    ::status_core::__private:: { HeaderHasSchema as _, HeaderIsText as _ }; (&&
    ::status_core::__private::SchemaOf::< u32 >::NEW).header_schema() }, }], content : <
    ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }] ["Answer" Answer]
}
