impl Answer {
    /// Every variant, in code order.
    pub const ALL: [Self; 2usize] = [Self::Ok, Self::NotAllowed];
    /// The variant for `code`, or `None` if this enum has no such code.
    #[must_use]
    #[inline]
    pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
        match code {
            200 => ::core::option::Option::Some(Self::Ok),
            405 => ::core::option::Option::Some(Self::NotAllowed),
            _ => ::core::option::Option::None,
        }
    }
    /// The numeric status code, e.g. `404`.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        match self {
            Self::Ok { .. } => 200,
            Self::NotAllowed { .. } => 405,
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
            Self::NotAllowed { .. } => Small::MethodNotAllowed,
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
    self { Self::Ok { .. } => f.pad("200 OK"), Self::NotAllowed { .. } => f
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
::status_core::__private::__number_impls! {
    Answer "Answer" Small, by_ref subset no_fields
}
::status_core::__private::Serialize__opt_out_with__subset_skip_Serialize! {
    unit Answer
}
::status_core::__private::Deserialize__opt_out_with__subset_skip_Deserialize! {
    unit Answer
}
::status_core::__private::__http_impls! {
    unit Answer
}
#[automatically_derived]
impl ::core::convert::From<Answer> for Small {
    #[inline]
    fn from(status: Answer) -> Small {
        match status {
            Answer::Ok { .. } => Small::Ok,
            Answer::NotAllowed { .. } => Small::MethodNotAllowed,
        }
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<Small> for Answer {
    type Error = ::status_core::__private::UnknownStatus;
    #[inline]
    fn try_from(status: Small) -> ::core::result::Result<Self, Self::Error> {
        <Answer as ::core::convert::TryFrom<u16>>::try_from(status.code())
    }
}
impl Answer {
    #[doc(hidden)]
    pub const __VARIANTS: &'static [::status_core::__private::Variant] = &[
        ::status_core::__private::Variant::new("Answer", "Ok", 200, &[]),
        ::status_core::__private::Variant::new("Answer", "NotAllowed", 405, &[]),
    ];
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __response_parts<S: ::status_core::__private::Sink>(&self, __sink: &mut S) {
        match self {
            Self::Ok => {
                ::status_core::__private::Sink::status(__sink, 200, "OK");
            }
            Self::NotAllowed => {
                ::status_core::__private::Sink::status(
                    __sink,
                    405,
                    "Method Not Allowed",
                );
                ::status_core::__private::Sink::variant(__sink, &Answer::__VARIANTS[1]);
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
    #[allow(non_camel_case_types, dead_code)]
    #[doc(hidden)]
    pub struct Answer_NotAllowed_405_MUST_send_Allow_see_RFC_9110_Section_15_5_6;
    ::status_core::__private::__respond_impls! {
        Answer[for <'__status > &'__status() :
        ::status_core::__private::RequiredHeaderSent <
        Answer_NotAllowed_405_MUST_send_Allow_see_RFC_9110_Section_15_5_6 >,] [] [] any
    }
};
::status_core::__private::__utoipa_impls! {
    Answer[::status_core::__private::ResponseDoc { variant : & Answer::__VARIANTS[0],
    description : "It worked.", headers : & [], content : | _ |
    ::core::option::Option::None, members : & [], },
    ::status_core::__private::ResponseDoc { variant : & Answer::__VARIANTS[1],
    description : "Wrong method.", headers : & [], content : <
    ::status_core::problem::Rfc9457 as ::status_core::__private::ErrorFormat
    >::openapi_for, members : & [], }] []
}
