/// What an endpoint answers.
#[derive(Debug)]
///
/**# Codes

A subset of [`Small`](Small), checked against its registry at compile time.

| Code | Reason phrase | Variant | Specification |
|-----:|---------------|---------|---------------|
| 200 | OK | [`Ok`](Self::Ok) | [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1) |
| 405 | Method Not Allowed | [`WrongMethod`](Self::WrongMethod) | [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6) |

# Classes

- **2xx Successful**: It worked. ([RFC 9110, Section 15.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3))
- **4xx Client Error**: The client got something wrong. ([RFC 9110, Section 15.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5))
*/
pub enum Answer {
    /// Fine.
    ///
    #[doc = "**200 OK**: It worked.\n\nThe request succeeded.\n\n- Class: 2xx Successful\n- Registration: permanent\n- Caching: heuristically cacheable (a cache may reuse it without explicit freshness) ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1))\n- First defined: [RFC 1945, Section 9.2](https://www.rfc-editor.org/rfc/rfc1945.html#section-9.2) (1996), for HTTP/1.0\n\nSpecification: [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1)"]
    #[doc(alias = "200")]
    Ok,
    /// The method is not one of `allow`.
    ///
    #[doc = "**405 Method Not Allowed**: Wrong method.\n\nThe resource does not support the method.\n\n- Class: 4xx Client Error\n- Registration: permanent\n- Header field `Allow` (MUST): the methods the resource supports\n- Header field `Date` (MUST NOT, sent by the server, in responses to GET): a made-up rule ([RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6))\n- Header field `ETag` (SHOULD NOT, if a 200 to the same request would have it): another made-up rule\n- Header field `Vary` (no keyword): a made-up field named without a keyword\n- Retry (after changes, MAY): with a supported method ([RFC 9110](https://www.rfc-editor.org/rfc/rfc9110.html))\n- Answers (methods DELETE; header fields `Expect`): a method the resource does not support\n- Former names: Not Allowed\n\nSpecification: [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6)"]
    #[doc(alias = "405")]
    #[doc(alias = "Not Allowed")]
    WrongMethod { allow: &'static str },
}
impl Answer {
    /// The numeric status code, e.g. `404`.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        match self {
            Self::Ok { .. } => 200,
            Self::WrongMethod { .. } => 405,
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
    Answer { #[doc = r" Writes the code and reason phrase, e.g. `404 Not Found`."] fn
    fmt(& self, f : & mut ::core::fmt::Formatter <'_ >) -> ::core::fmt::Result { match
    self { Self::Ok { .. } => f.pad("200 OK"), Self::WrongMethod { .. } => f
    .pad("405 Method Not Allowed"), } } }
}
::status_core::__private::Error__opt_out_with__subset_skip_Error! {
    Answer { fn source(& self) -> ::core::option::Option <& (dyn ::core::error::Error +
    'static) > { use ::status_core::__private::AsDynError as _; match self { _ =>
    ::core::option::Option::None, } } }
}
::status_core::__private::__subset_impl! {
    Answer Small, & [200, 405]
}
::status_core::__private::__u16_impls! {
    Answer
}
::status_core::__private::__http_impls! {
    data Answer
}
#[automatically_derived]
impl ::core::convert::From<Answer> for Small {
    #[inline]
    fn from(status: Answer) -> Small {
        match status {
            Answer::Ok { .. } => Small::Ok,
            Answer::WrongMethod { .. } => Small::MethodNotAllowed,
        }
    }
}
impl Answer {
    #[doc(hidden)]
    pub const __VARIANTS: &'static [::status_core::__private::Variant] = &[
        ::status_core::__private::Variant::new("Answer", "Ok", 200, &[]),
        ::status_core::__private::Variant::new("Answer", "WrongMethod", 405, &["allow"]),
    ];
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts<S: ::status_core::__private::Sink>(&self, __sink: &mut S) {
        match self {
            Self::Ok => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
            }
            Self::WrongMethod { allow } => {
                ::status_core::__private::Sink::status(
                    __sink,
                    405,
                    "Method Not Allowed",
                );
                {
                    let __value: &'static str = *allow;
                    ::status_core::__private::Sink::static_header(
                        __sink,
                        "Allow",
                        __value,
                    );
                }
                ::status_core::__private::Sink::variant(__sink, &Answer::__VARIANTS[1]);
                ::status_core::__private::Sink::detail(
                    __sink,
                    ::core::format_args!("use one of {allow}"),
                );
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
    Answer[] []
}
const _: () = {
    ::status_core::__private::__respond_impls! {
        Answer[] [] [] any
    }
};
::status_core::__private::__utoipa_impls! {
    Answer[::status_core::__private::ResponseDoc { variant : & Answer::__VARIANTS[0],
    description : "Fine.", headers : & [], content : | _ | ::core::option::Option::None,
    members : & [], }, ::status_core::__private::ResponseDoc { variant : &
    Answer::__VARIANTS[1], description : "The method is not one of `allow`.", headers : &
    [::status_core::__private::HeaderDoc { name : "Allow", description :
    "the methods the resource supports", required : true, schema : || { use
    ::status_core::__private:: { HeaderHasSchema as _, HeaderIsText as _ }; (&&
    ::status_core::__private::SchemaOf::< & 'static str >::NEW).header_schema() }, }],
    content : < ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }] []
}
