/// What an endpoint answers.
#[derive(Debug)]
///
/**# Codes

A subset of [`Small`](Small), checked against its registry at compile time.

| Code | Reason phrase | Variant | Specification |
|-----:|---------------|---------|---------------|
| 200 | OK | [`Ok`](Self::Ok) | [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1) |
| 405 | Method Not Allowed | [`WrongMethod`](Self::WrongMethod) | [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6) |
| 599 | Trial | [`Trial`](Self::Trial) | [draft-trial-00](https://example.org/draft-trial-00) |

# Classes

- **2xx Successful**: It worked. ([RFC 9110, Section 15.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3))
- **4xx Client Error**: The client got something wrong. ([RFC 9110, Section 15.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5))
*/
pub enum Fixed {
    /// Fine, never stored.
    ///
    #[doc = "**200 OK**: It worked.\n\nThe request succeeded.\n\n- Class: 2xx Successful\n- Registration: permanent\n- Caching: heuristically cacheable (a cache may reuse it without explicit freshness) ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1))\n- First defined: [RFC 1945, Section 9.2](https://www.rfc-editor.org/rfc/rfc1945.html#section-9.2) (1996), for HTTP/1.0\n\nSpecification: [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1)"]
    #[doc(alias = "200")]
    Ok { link: String, body: String },
    /// The method is not one of these.
    ///
    #[doc = "**405 Method Not Allowed**: Wrong method.\n\nThe resource does not support the method.\n\n- Class: 4xx Client Error\n- Registration: permanent\n- Header field `Allow` (MUST): the methods the resource supports\n- Header field `Date` (MUST NOT, sent by the server, in responses to GET): a made-up rule ([RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6))\n- Header field `ETag` (SHOULD NOT, if a 200 to the same request would have it): another made-up rule\n- Header field `Vary` (no keyword): a made-up field named without a keyword\n- Retry (after changes, MAY): with a supported method ([RFC 9110](https://www.rfc-editor.org/rfc/rfc9110.html))\n- Answers (methods DELETE; header fields `Expect`): a method the resource does not support\n- Former names: Not Allowed\n\nSpecification: [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6)"]
    #[doc(alias = "405")]
    #[doc(alias = "Not Allowed")]
    WrongMethod(String, u32),
    #[doc = "**599 Trial**: A trial code.\n\nA temporary registration.\n\n- Registration: temporary, expired on 2025-01-02 (registered 2024-01-02)\n- Content: never (message framing ends the response after its header section)\n- Caching (MUST NOT): never stored by caches ([RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585.html#section-6))\n- Header field `Location` (MUST, in the first interim response): a trial location\n- Sent by: gateway; a trial gateway ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit (SHOULD NOT): only in trials ([draft-trial-00](https://datatracker.ietf.org/doc/html/draft-trial-00))\n- Limit: no keyword here ([Vendor docs](https://example.org/vendor))\n\nSpecification: [draft-trial-00](https://example.org/draft-trial-00)"]
    #[doc(alias = "599")]
    Trial { used: u32, limit: u32, link: String },
}
impl Fixed {
    /// The numeric status code, e.g. `404`.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        match self {
            Self::Ok { .. } => 200,
            Self::WrongMethod { .. } => 405,
            Self::Trial { .. } => 599,
        }
    }
    /// The reason phrase registered for the code, e.g. `"Not Found"`.
    #[must_use]
    #[inline]
    pub const fn reason(&self) -> &'static str {
        self.status().reason()
    }
    /// The code as three digits, e.g. `"404"`, without allocating.
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static str {
        self.status().as_str()
    }
    /// The variant's code as [`Small`](Small), the registry enum this subset is drawn from, whatever data the variant carries.
    #[must_use]
    #[inline]
    pub const fn status(&self) -> Small {
        match self {
            Self::Ok { .. } => Small::Ok,
            Self::WrongMethod { .. } => Small::MethodNotAllowed,
            Self::Trial { .. } => Small::Trial,
        }
    }
    /// The class of this code (its first digit), RFC 9110, Section 15.
    #[must_use]
    #[inline]
    pub const fn class(&self) -> ::status_core::__private::StatusClass {
        ::status_core::__private::class_of_valid(self.code())
    }
    /// Everything the registry records about this code: meaning, citation, spec facts.
    #[must_use]
    #[inline]
    pub const fn info(&self) -> &'static ::status_core::__private::StatusInfo {
        self.status().info()
    }
}
::status_core::__private::Display__opt_out_with__subset_skip_Display! {
    Fixed { #[doc = r" Writes the code and reason phrase, e.g. `404 Not Found`."] fn
    fmt(& self, f : & mut ::core::fmt::Formatter <'_ >) -> ::core::fmt::Result { match
    self { Self::Ok { .. } => f.pad("200 OK"), Self::WrongMethod { .. } => f
    .pad("405 Method Not Allowed"), Self::Trial { .. } => f.pad("599 Trial"), } } }
}
::status_core::__private::Error__opt_out_with__subset_skip_Error! {
    Fixed { fn source(& self) -> ::core::option::Option <& (dyn ::core::error::Error +
    'static) > { use ::status_core::__private::AsDynError as _; match self { _ =>
    ::core::option::Option::None, } } }
}
::status_core::__private::__subset_impl! {
    Fixed Small, & [200, 405, 599]
}
::status_core::__private::__u16_impls! {
    Fixed
}
::status_core::__private::__http_impls! {
    data Fixed
}
#[automatically_derived]
impl ::core::convert::From<Fixed> for Small {
    #[inline]
    fn from(status: Fixed) -> Small {
        match status {
            Fixed::Ok { .. } => Small::Ok,
            Fixed::WrongMethod { .. } => Small::MethodNotAllowed,
            Fixed::Trial { .. } => Small::Trial,
        }
    }
}
impl Fixed {
    #[doc(hidden)]
    pub const __VARIANTS: &'static [::status_core::__private::Variant] = &[
        ::status_core::__private::Variant::new("Fixed", "Ok", 200, &["link", "body"]),
        ::status_core::__private::Variant::new("Fixed", "WrongMethod", 405, &["0", "1"]),
        ::status_core::__private::Variant::new(
            "Fixed",
            "Trial",
            599,
            &["used", "limit", "link"],
        ),
    ];
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts<S: ::status_core::__private::Sink>(&self, __sink: &mut S) {
        match self {
            Self::Ok { link, body } => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
                ::status_core::__private::Sink::static_header(
                    __sink,
                    "Cache-Control",
                    "no-store",
                );
                {
                    let __value = link;
                    ::status_core::__private::Sink::str_header(
                        __sink,
                        "Link",
                        ::core::convert::AsRef::<str>::as_ref(__value),
                    );
                }
            }
            Self::WrongMethod(_0, _1) => {
                ::status_core::__private::Sink::status(
                    __sink,
                    405,
                    "Method Not Allowed",
                );
                ::status_core::__private::Sink::static_header(
                    __sink,
                    "Allow",
                    "GET, HEAD",
                );
                ::status_core::__private::Sink::variant(__sink, &Fixed::__VARIANTS[1]);
                {
                    let _0 = &*_0;
                    let _1 = &*_1;
                    ::status_core::__private::Sink::detail(
                        __sink,
                        ::core::format_args!(
                            "{} of {} methods, {n} more", _0.len(), _1, n = _1 + 1
                        ),
                    );
                }
            }
            Self::Trial { used, limit, link } => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                {
                    let __value = link;
                    ::status_core::__private::Sink::str_header(
                        __sink,
                        "Link",
                        ::core::convert::AsRef::<str>::as_ref(__value),
                    );
                }
                ::status_core::__private::Sink::variant(__sink, &Fixed::__VARIANTS[2]);
                {
                    let limit = &*limit;
                    ::status_core::__private::Sink::detail(
                        __sink,
                        ::core::format_args!("{used} of {}", limit),
                    );
                }
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
            Self::Ok { link, body } => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
                ::status_core::__private::Sink::static_header(
                    __sink,
                    "Cache-Control",
                    "no-store",
                );
                {
                    let __value = link;
                    ::status_core::__private::__string_header!(__sink, "Link", __value);
                }
            }
            Self::Trial { used, limit, link } => {
                ::status_core::__private::Sink::status(__sink, 599, "Trial");
                ::status_core::__private::Sink::variant(__sink, &Fixed::__VARIANTS[2]);
                {
                    let limit = &*limit;
                    ::status_core::__private::Sink::detail(
                        __sink,
                        ::core::format_args!("{used} of {}", limit),
                    );
                }
                {
                    let __value = link;
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
                String,
                Output = <S as ::status_core::__private::Sink>::Output,
            >,
    {
        match self {
            Self::Ok { mut link, body } => {
                let link = &mut link;
                let mut __started = <S as ::status_core::__private::BodySink<
                    String,
                >>::start_with(__new(), body);
                {
                    let __sink = &mut __started;
                    ::status_core::__private::Sink::status(__sink, 200, "OK");
                    ::status_core::__private::Sink::static_header(
                        __sink,
                        "Cache-Control",
                        "no-store",
                    );
                    {
                        let __value = link;
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
                String,
                Output = <S as ::status_core::__private::Sink>::Output,
            >,
    {
        {
            let mut __sink = __new();
            self.__response_parts(&mut __sink);
            match self {
                Self::Ok { body, .. } => {
                    <S as ::status_core::__private::RefBodySink<
                        String,
                    >>::finish_with_ref(__sink, body)
                }
                _ => ::status_core::__private::Sink::finish(__sink),
            }
        }
    }
}
::status_core::__private::__respond_traits! {
    Fixed[String] []
}
const _: () = {
    ::status_core::__private::__respond_impls! {
        Fixed[] [String] [] any
    }
};
::status_core::__private::__utoipa_impls! {
    Fixed[::status_core::__private::ResponseDoc { variant : & Fixed::__VARIANTS[0],
    description : "Fine, never stored.", headers : & [::status_core::__private::HeaderDoc
    { name : "Cache-Control", description :
    "The `Cache-Control` header field: always `no-store`.", required : true, schema : ||
    ::status_core::__private::fixed_header_schema("no-store"), },
    ::status_core::__private::HeaderDoc { name : "Link", description :
    "The `Link` header field.", required : true, schema : || { use
    ::status_core::__private:: { HeaderHasSchema as _, HeaderIsText as _ }; (&&
    ::status_core::__private::SchemaOf::< String >::NEW).header_schema() }, }], content :
    | _ | ::status_core::__private::text_content(), members : & [], },
    ::status_core::__private::ResponseDoc { variant : & Fixed::__VARIANTS[1], description
    : "The method is not one of these.", headers : & [::status_core::__private::HeaderDoc
    { name : "Allow", description :
    "the methods the resource supports: always `GET, HEAD`.", required : true, schema :
    || ::status_core::__private::fixed_header_schema("GET, HEAD"), }], content : <
    ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }, ::status_core::__private::ResponseDoc { variant :
    & Fixed::__VARIANTS[2], description : "A trial code.", headers : &
    [::status_core::__private::HeaderDoc { name : "Link", description :
    "The `Link` header field.", required : true, schema : || { use
    ::status_core::__private:: { HeaderHasSchema as _, HeaderIsText as _ }; (&&
    ::status_core::__private::SchemaOf::< String >::NEW).header_schema() }, }], content :
    < ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }] []
}
