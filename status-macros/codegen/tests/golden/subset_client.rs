/// What an endpoint answers, as a client decodes it.
#[derive(Debug)]
///
/**# Codes

A subset of [`Small`](Small), checked against its registry at compile time.

| Code | Reason phrase | Variant | Specification |
|-----:|---------------|---------|---------------|
| 200 | OK | [`Ok`](Self::Ok) | [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1) |
| 599 | Trial | [`Disk`](Self::Disk) | [draft-trial-00](https://example.org/draft-trial-00) |
| 599 | Trial | [`Trial`](Self::Trial) | [draft-trial-00](https://example.org/draft-trial-00) |

# Classes

- **2xx Successful**: It worked. ([RFC 9110, Section 15.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3))


`Refused` holds [`Refusal`]: every code it returns is one of this enum's too.*/
pub enum Fetched {
    #[doc = "**200 OK**: It worked.\n\nThe request succeeded.\n\n- Class: 2xx Successful\n- Registration: permanent\n- Caching: heuristically cacheable (a cache may reuse it without explicit freshness) ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1))\n- First defined: [RFC 1945, Section 9.2](https://www.rfc-editor.org/rfc/rfc1945.html#section-9.2) (1996), for HTTP/1.0\n\nSpecification: [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1)"]
    #[doc(alias = "200")]
    Ok { etag: String, link: Option<String>, body: Json<Thing> },
    #[doc = "**599 Trial**: A trial code.\n\nA temporary registration.\n\n- Registration: temporary, expired on 2025-01-02 (registered 2024-01-02)\n- Content: never (message framing ends the response after its header section)\n- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6))\n- Header field `Location` (MUST, in the first interim response): a trial location\n- Sent by: gateway; a trial gateway ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit (SHOULD NOT): only in trials ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit: no keyword here ([Vendor docs](https://example.org/vendor))\n\nSpecification: [draft-trial-00](https://example.org/draft-trial-00)"]
    #[doc(alias = "599")]
    Disk(String, String),
    #[doc = "**599 Trial**: A trial code.\n\nA temporary registration.\n\n- Registration: temporary, expired on 2025-01-02 (registered 2024-01-02)\n- Content: never (message framing ends the response after its header section)\n- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6))\n- Header field `Location` (MUST, in the first interim response): a trial location\n- Sent by: gateway; a trial gateway ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit (SHOULD NOT): only in trials ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit: no keyword here ([Vendor docs](https://example.org/vendor))\n\nSpecification: [draft-trial-00](https://example.org/draft-trial-00)"]
    #[doc(alias = "599")]
    Trial { errors: FieldErrors },
    /// Every code of [`Refusal`]: its status, header fields and problem are this variant's (`#[status(transparent)]`).
    Refused(Refusal),
}
impl Fetched {
    /// The numeric status code, e.g. `404`.
    #[must_use]
    #[inline]
    pub fn code(&self) -> u16 {
        match self {
            Self::Ok { .. } => 200,
            Self::Disk { .. } => 599,
            Self::Trial { .. } => 599,
            Self::Refused(__inner) => ::status_core::__private::Subset::code(__inner),
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
            Self::Ok { .. } => Small::Ok,
            Self::Disk { .. } => Small::Trial,
            Self::Trial { .. } => Small::Trial,
            Self::Refused(__inner) => ::status_core::__private::Subset::status(__inner),
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
    Fetched { #[doc = r" Writes the code and reason phrase, e.g. `404 Not Found`."] fn
    fmt(& self, f : & mut ::core::fmt::Formatter <'_ >) -> ::core::fmt::Result { match
    self { Self::Ok { .. } => f.pad("200 OK"), Self::Disk { .. } => f.pad("599 Trial"),
    Self::Trial { .. } => f.pad("599 Trial"), Self::Refused(__inner) =>
    ::core::fmt::Display::fmt(__inner, f), } } }
}
::status_core::__private::Error__opt_out_with__subset_skip_Error! {
    Fetched { fn source(& self) -> ::core::option::Option <& (dyn ::core::error::Error +
    'static) > { use ::status_core::__private::AsDynError as _; match self {
    Self::Refused(__inner) => ::core::error::Error::source(__inner), _ =>
    ::core::option::Option::None, } } }
}
::status_core::__private::From__opt_out_with__subset_skip_From! {
    Fetched[Refusal] { #[inline] fn from(source : Refusal) -> Self { Self::Refused { 0 :
    source } } }
}
::status_core::__private::__subset_impl! {
    Fetched Small, & { const LEN : usize = 3usize + < Refusal as
    ::status_core::__private::Subset >::CODES.len();
    ::status_core::__private::concat_codes::< LEN > (& [& [200, 599, 599], < Refusal as
    ::status_core::__private::Subset >::CODES]) }
}
const _: () = {
    ::core::assert!(
        ! ::status_core::__private::has_code(< Refusal as
        ::status_core::__private::Subset >::CODES, 200),
        "status 200 is returned both by `Fetched::Ok` and by `Refusal` (held by `Fetched::Refused`): a code belongs to one place in a composition; remove `Ok`, or its code from `Refusal`"
    );
    ::core::assert!(
        ! ::status_core::__private::has_code(< Refusal as
        ::status_core::__private::Subset >::CODES, 599),
        "status 599 is returned both by `Fetched::Disk` and by `Refusal` (held by `Fetched::Refused`): a code belongs to one place in a composition; remove `Disk`, or its code from `Refusal`"
    );
    ::core::assert!(
        ! ::status_core::__private::has_code(< Refusal as
        ::status_core::__private::Subset >::CODES, 599),
        "status 599 is returned both by `Fetched::Trial` and by `Refusal` (held by `Fetched::Refused`): a code belongs to one place in a composition; remove `Trial`, or its code from `Refusal`"
    );
};
::status_core::__private::__u16_impls! {
    Fetched
}
::status_core::__private::__http_impls! {
    data Fetched
}
#[automatically_derived]
impl ::core::convert::From<Fetched> for Small {
    #[inline]
    fn from(status: Fetched) -> Small {
        match status {
            Fetched::Ok { .. } => Small::Ok,
            Fetched::Disk { .. } => Small::Trial,
            Fetched::Trial { .. } => Small::Trial,
            Fetched::Refused(__inner) => {
                ::status_core::__private::Subset::status(&__inner)
            }
        }
    }
}
impl Fetched {
    #[doc(hidden)]
    pub const __VARIANTS: &'static [::status_core::__private::Variant] = &[
        ::status_core::__private::Variant::new(
            "Fetched",
            "Ok",
            200,
            &["etag", "link", "body"],
        ),
        ::status_core::__private::Variant::new("Fetched", "Disk", 599, &["0", "1"]),
        ::status_core::__private::Variant::new("Fetched", "Trial", 599, &["errors"]),
    ];
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts<S: ::status_core::__private::Sink>(&self, __sink: &mut S) {
        match self {
            Self::Ok { etag, link, body } => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
                {
                    let __value = etag;
                    ::status_core::__private::Sink::str_header(
                        __sink,
                        "ETag",
                        ::core::convert::AsRef::<str>::as_ref(__value),
                    );
                }
                if let ::core::option::Option::Some(__value) = link {
                    ::status_core::__private::Sink::str_header(
                        __sink,
                        "Link",
                        ::core::convert::AsRef::<str>::as_ref(__value),
                    );
                }
            }
            Self::Disk(_0, _1) => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                ::status_core::__private::Sink::variant(__sink, &Fetched::__VARIANTS[1]);
                ::status_core::__private::Sink::problem_type(
                    __sink,
                    "https://example.com/problems/disk",
                );
                {
                    let __value: &dyn ::core::fmt::Display = _1;
                    ::status_core::__private::Sink::instance(__sink, __value);
                }
                ::status_core::__private::Sink::extension(__sink, "path", _0);
            }
            Self::Trial { errors } => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                ::status_core::__private::Sink::variant(__sink, &Fetched::__VARIANTS[2]);
                ::status_core::__private::Sink::errors(__sink, errors);
            }
            Self::Refused(__inner) => {
                ::status_core::__private::Subset::__response_parts(__inner, __sink)
            }
        }
    }
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts_mut<S: ::status_core::__private::Sink>(
        &mut self,
        __sink: &mut S,
    ) {
        match self {
            Self::Ok { etag, link, body } => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
                {
                    let __value = etag;
                    ::status_core::__private::__string_header!(__sink, "ETag", __value);
                }
                if let ::core::option::Option::Some(__value) = link {
                    ::status_core::__private::__string_header!(__sink, "Link", __value);
                }
            }
            _ => Self::__response_parts(self, __sink),
        }
    }
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __respond<S, F: ::core::ops::FnOnce() -> S>(
        self,
        __new: F,
    ) -> <S as ::status_core::__private::Sink>::Output
    where
        S: ::status_core::__private::Sink
            + ::status_core::__private::BodySink<
                Json<Thing>,
                Output = <S as ::status_core::__private::Sink>::Output,
            >,
        Refusal: ::status_core::__private::Respond<S>,
    {
        match self {
            Self::Refused(__inner) => {
                ::status_core::__private::Respond::respond(__inner, __new)
            }
            Self::Ok { mut etag, mut link, body } => {
                let etag = &mut etag;
                let link = &mut link;
                let mut __started = <S as ::status_core::__private::BodySink<
                    Json<Thing>,
                >>::start_with(__new(), body);
                {
                    let __sink = &mut __started;
                    ::status_core::__private::Sink::status(__sink, 200, "OK");
                    {
                        let __value = etag;
                        ::status_core::__private::__string_header!(
                            __sink, "ETag", __value
                        );
                    }
                    if let ::core::option::Option::Some(__value) = link {
                        ::status_core::__private::__string_header!(
                            __sink, "Link", __value
                        );
                    }
                }
                ::status_core::__private::Sink::finish(__started)
            }
            mut __own => {
                let mut __sink = __new();
                __own.__response_parts_mut(&mut __sink);
                ::status_core::__private::Sink::finish(__sink)
            }
        }
    }
    #[doc(hidden)]
    pub fn __respond_ref<S, F: ::core::ops::FnOnce() -> S>(
        &self,
        __new: F,
    ) -> <S as ::status_core::__private::Sink>::Output
    where
        S: ::status_core::__private::Sink
            + ::status_core::__private::RefBodySink<
                Json<Thing>,
                Output = <S as ::status_core::__private::Sink>::Output,
            >,
        Refusal: ::status_core::__private::RespondRef<S>,
    {
        match self {
            Self::Refused(__inner) => {
                ::status_core::__private::RespondRef::respond_ref(__inner, __new)
            }
            __own => {
                let mut __sink = __new();
                __own.__response_parts(&mut __sink);
                match __own {
                    Self::Ok { body, .. } => {
                        <S as ::status_core::__private::RefBodySink<
                            Json<Thing>,
                        >>::finish_with_ref(__sink, body)
                    }
                    _ => ::status_core::__private::Sink::finish(__sink),
                }
            }
        }
    }
}
::status_core::__private::__respond_traits! {
    Fetched[Json < Thing >] [Refusal]
}
const _: () = {
    ::status_core::__private::__respond_impls! {
        Fetched[] [Json < Thing >] [Refusal] any
    }
};
::status_core::__private::__utoipa_impls! {
    Fetched[::status_core::__private::ResponseDoc { variant : & Fetched::__VARIANTS[0],
    description : "It worked.", headers : & [::status_core::__private::HeaderDoc { name :
    "ETag", description : "The `ETag` header field.", required : true, schema : || { use
    ::status_core::__private:: { HeaderHasSchema as _, HeaderIsText as _ }; (&&
    ::status_core::__private::SchemaOf::< String >::NEW).header_schema() }, },
    ::status_core::__private::HeaderDoc { name : "Link", description :
    "The `Link` header field.", required : false, schema : || { use
    ::status_core::__private:: { HeaderHasSchema as _, HeaderIsText as _ }; (&&
    ::status_core::__private::SchemaOf::< String >::NEW).header_schema() }, }], content :
    | _ | { use ::status_core::__private:: { BodyHasSchema as _, BodyIsAnything as _ };
    ::core::option::Option::Some(("application/json", (&&
    ::status_core::__private::SchemaOf::< Thing >::NEW).body_schema())) }, members : &
    [], }, ::status_core::__private::ResponseDoc { variant : & Fetched::__VARIANTS[1],
    description : "A trial code.", headers : & [], content : <
    ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & ["path"], }, ::status_core::__private::ResponseDoc {
    variant : & Fetched::__VARIANTS[2], description : "A trial code.", headers : & [],
    content : < ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }] ["Refused" Refusal]
}
::status_core::__private::__client_impls! {
    #[automatically_derived] impl ::status_core::__private::Decode for Fetched { fn
    __decode(__received : & ::status_core::__private::Received <'_ >,) ->
    ::core::result::Result < Self, ::status_core::__private::Miss > { match
    ::status_core::__private::Received::code(__received) { 200 =>
    ::core::result::Result::Ok(Self::Ok { etag :
    ::status_core::__private::Received::header::< String > (__received, "etag", "etag")
    ?, link : ::status_core::__private::Received::optional_header::< String >
    (__received, "link", "link") ?, body : ::status_core::__private::Received::content::<
    Json < Thing > > (__received, "body") ? }), 599 => { let (__which, __problem) =
    ::status_core::__private::Received::choose_json(__received, &
    [("https://example.com/problems/disk", ::core::option::Option::Some("0")),
    ("about:blank", ::core::option::Option::Some("errors"))], & ["path", "instance",
    "errors"]) ?; let __problem = & __problem; match __which { 0 =>
    ::core::result::Result::Ok(Self::Disk { 0 :
    ::status_core::__private::Received::extension::< String > (__received, __problem,
    "path", "0") ?, 1 : ::status_core::__private::Received::instance::< String >
    (__received, __problem, "1") ? }), 1 => ::core::result::Result::Ok(Self::Trial {
    errors : ::status_core::__private::Received::field_errors(__received, __problem) }),
    _ => ::core::result::Result::Err(::status_core::__private::Miss::NotMine), } } _ => {
    match < Refusal as ::status_core::__private::Decode >::__decode(__received) {
    ::core::result::Result::Err(::status_core::__private::Miss::NotMine) => {} __decoded
    => return ::core::result::Result::map(__decoded, | __inner | Self::Refused { 0 :
    __inner }), } ::core::result::Result::Err(::status_core::__private::Miss::NotMine) }
    } } fn __problem(__received : & ::status_core::__private::Received <'_ >,) ->
    ::core::option::Option < ::status_core::__private::ProblemDetails > {
    ::status_core::__private::Received::problem::< ::status_core::__private::Rfc9457 >
    (__received) } }
}
