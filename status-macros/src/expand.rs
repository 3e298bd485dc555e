//! Code generation: one path for registry enums (`StatusCode`, custom registries) and subsets.

use crate::docs;
use crate::model::{Entry, Level, Registration, Registry};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::sync::Arc;
use syn::{Attribute, Fields, Ident, Visibility};

/// An enum to generate, after its input was checked.
pub struct Enum<'r> {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub variants: Vec<Variant<'r>>,
    pub registry: &'r Registry,
    pub source: Source,
}

/// One variant and the registry entry it stands for.
pub struct Variant<'r> {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub fields: Fields,
    pub entry: &'r Entry,
}

/// Where the enum's codes come from.
pub enum Source {
    /// The enum is a whole registry and owns its `REGISTRY` table. `file` is included with
    /// `include_str!` so that editing it rebuilds the crate; `origin` names it in the docs.
    /// `canonical` is the IANA registry, for conversions to and from `status_core::StatusCode`
    /// (absent when generating `StatusCode` itself).
    Registry { file: Option<String>, origin: String, canonical: Option<Arc<Registry>> },
    /// The enum is a subset of `parent`, the registry enum it converts to. `derived`: from
    /// `#[derive(Subset)]`, which leaves the enum as written (no docs, repr or discriminants).
    Subset { parent: TokenStream, derived: bool },
}

/// Builds the registry enum of every usable entry, named from the registry.
pub fn registry_enum(
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    registry: &Registry,
    source: Source,
) -> Enum<'_> {
    let variants = registry
        .usable()
        .map(|entry| Variant {
            attrs: Vec::new(),
            ident: format_ident!("{}", entry.variant),
            fields: Fields::Unit,
            entry,
        })
        .collect();
    Enum { attrs, vis, ident, variants, registry, source }
}

pub fn expand(e: &Enum<'_>) -> TokenStream {
    let ident = &e.ident;
    let unit = e.variants.iter().all(|v| matches!(v.fields, Fields::Unit));
    let (is_registry, lookup_ty) = match &e.source {
        Source::Registry { .. } => (true, quote!(#ident)),
        Source::Subset { parent, .. } => (false, parent.clone()),
    };
    // Registry enums are `Copy` (we derive it) and take `self`; subsets may not be, so take `&self`.
    let recv = if is_registry { quote!(self) } else { quote!(&self) };
    let names: Vec<&Ident> = e.variants.iter().map(|v| &v.ident).collect();
    let pats: Vec<TokenStream> = names.iter().map(|n| quote!(Self::#n { .. })).collect();
    let codes: Vec<Literal> = e.variants.iter().map(|v| Literal::u16_unsuffixed(v.entry.code)).collect();
    let reasons: Vec<&str> = e.variants.iter().map(|v| v.entry.reason.as_str()).collect();
    let displays: Vec<String> = e.variants.iter().map(|v| format!("{} {}", v.entry.code, v.entry.reason)).collect();
    let name_str = ident.to_string();

    let definition = match e.source {
        Source::Subset { derived: true, .. } => TokenStream::new(),
        _ => definition(e, unit, is_registry),
    };

    let code_body = if is_registry { quote!(self as u16) } else { quote!(match self { #(#pats => #codes,)* }) };
    let all_classed = e.variants.iter().all(|v| v.entry.code < 600);
    let class_fns = class_fns(&recv, all_classed);
    let info_body = if is_registry {
        let idx = e
            .variants
            .iter()
            .map(|v| e.registry.entries.binary_search_by_key(&v.entry.code, |x| x.code).unwrap_or_default());
        quote!(match self { #(#pats => &Self::REGISTRY[#idx],)* })
    } else {
        let parent_variants = e.variants.iter().map(|v| format_ident!("{}", v.entry.variant));
        quote!(match self { #(#pats => #lookup_ty::#parent_variants.info(),)* })
    };

    let registry_items = if is_registry { registry_items(e) } else { TokenStream::new() };
    let unit_items = if unit { unit_items(e, is_registry) } else { TokenStream::new() };

    let conversions = conversions(e, unit, &lookup_ty, &name_str);
    let accessors = accessors(&recv, &info_body);
    let include = match &e.source {
        Source::Registry { file: Some(file), .. } => quote!(
            const _: &str = ::core::include_str!(#file);
        ),
        _ => TokenStream::new(),
    };

    quote! {
        #definition

        #include

        impl #ident {
            #unit_items
            #registry_items

            /// The numeric status code, e.g. `404`.
            #[must_use]
            #[inline]
            pub const fn code(#recv) -> u16 {
                #code_body
            }

            /// The reason phrase registered for the code, e.g. `"Not Found"`.
            #[must_use]
            #[inline]
            pub const fn reason(#recv) -> &'static str {
                match self { #(#pats => #reasons,)* }
            }

            #class_fns

            #accessors
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// Writes the code and reason phrase, e.g. `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(match self { #(#pats => #displays,)* })
            }
        }

        #conversions
    }
}

/// `ALL` and `from_u16`, for enums whose variants are all unit variants.
fn unit_items(e: &Enum<'_>, is_registry: bool) -> TokenStream {
    let ident = &e.ident;
    let names: Vec<&Ident> = e.variants.iter().map(|v| &v.ident).collect();
    let codes: Vec<Literal> = e.variants.iter().map(|v| Literal::u16_unsuffixed(v.entry.code)).collect();
    let len = e.variants.len();
    let min = e.variants.iter().map(|v| v.entry.code).min().unwrap_or(0);
    let max = e.variants.iter().map(|v| v.entry.code).max().unwrap_or(0);
    let span = usize::from(max - min) + 1;
    // Short `Some`/`None` (imported in the function body): the table is mostly gaps.
    let mut by_code: Vec<Option<&Ident>> = vec![None; span];
    for v in &e.variants {
        by_code[usize::from(v.entry.code - min)] = Some(&v.ident);
    }
    let table = by_code.iter().map(|v| v.map_or_else(|| quote!(None), |n| quote!(Some(#ident::#n))));
    let (min, max) = (Literal::u16_unsuffixed(min), Literal::u16_unsuffixed(max));
    // Registry enums are `Copy`: one range check and one load from a table indexed by
    // `code - MIN`. Subsets may not be `Copy` (and are small): a match.
    let from_u16_body = if is_registry {
        quote! {
            use ::core::option::Option::{None, Some};
            const TABLE: [::core::option::Option<#ident>; #span] = [#(#table),*];
            if code < #min || code > #max {
                return ::core::option::Option::None;
            }
            TABLE[(code - #min) as usize]
        }
    } else {
        quote! {
            match code {
                #(#codes => ::core::option::Option::Some(Self::#names),)*
                _ => ::core::option::Option::None,
            }
        }
    };
    quote! {
        /// Every variant, in code order.
        pub const ALL: [Self; #len] = [#(Self::#names),*];

        /// The variant for `code`, or `None` if this enum has no such code.
        #[must_use]
        #[inline]
        pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
            #from_u16_body
        }
    }
}

/// `class()` and the `is_*` class predicates.
fn class_fns(recv: &TokenStream, all_classed: bool) -> TokenStream {
    let rt = quote!(::status_core::__private);
    let class_fn = if all_classed {
        quote! {
            /// The class of this code (its first digit), RFC 9110, Section 15.
            #[must_use]
            #[inline]
            pub const fn class(#recv) -> #rt::StatusClass {
                #rt::class_of_valid(self.code())
            }
        }
    } else {
        quote! {
            /// The class of this code (its first digit), RFC 9110, Section 15; `None` for codes
            /// 600 and above, which RFC 9110 gives no class.
            #[must_use]
            #[inline]
            pub const fn class(#recv) -> ::core::option::Option<#rt::StatusClass> {
                #rt::StatusClass::of(self.code())
            }
        }
    };
    let predicates = [
        ("is_informational", "Informational", "1xx (Informational): an interim response."),
        ("is_success", "Successful", "2xx (Successful): the request was accepted."),
        ("is_redirection", "Redirection", "3xx (Redirection): further action is needed."),
        ("is_client_error", "ClientError", "4xx (Client Error): the client's request is at fault."),
        ("is_server_error", "ServerError", "5xx (Server Error): the server failed."),
    ]
    .map(|(f, class, doc)| {
        let (f, class, doc) = (format_ident!("{f}"), format_ident!("{class}"), format!("Whether the code is {doc}"));
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub const fn #f(#recv) -> bool {
                #rt::StatusClass::#class.contains(self.code())
            }
        }
    });

    quote!(#class_fn #(#predicates)*)
}

/// `info()` and the accessors of the facts it holds.
fn accessors(recv: &TokenStream, info_body: &TokenStream) -> TokenStream {
    let rt = quote!(::status_core::__private);
    quote! {
    /// Everything the registry records about this code: meaning, citation, spec facts.
    #[must_use]
    #[inline]
    pub const fn info(#recv) -> &'static #rt::StatusInfo {
        #info_body
    }

    /// One-line summary of what the code means.
    #[must_use]
    #[inline]
    pub const fn summary(#recv) -> &'static str {
        self.info().summary()
    }

    /// What the code means and when to use it.
    #[must_use]
    #[inline]
    pub const fn description(#recv) -> &'static str {
        self.info().description()
    }

    /// The specification (and section) that defines the code, with its URL.
    #[must_use]
    #[inline]
    pub const fn citation(#recv) -> #rt::Citation {
        self.info().citation()
    }

    /// Whether a cache may reuse the response without explicit freshness information
    /// (heuristically cacheable, RFC 9110, Section 15.1).
    #[must_use]
    #[inline]
    pub const fn is_heuristically_cacheable(#recv) -> bool {
        self.info().is_heuristically_cacheable()
    }

    /// Whether a response with this code may carry content (1xx, 204, 205 and 304 never do).
    #[must_use]
    #[inline]
    pub const fn allows_content(#recv) -> bool {
        self.info().allows_content()
    }

    /// Header fields the specification requires or recommends with this code.
    #[must_use]
    #[inline]
    pub const fn header_rules(#recv) -> &'static [#rt::HeaderRule] {
        self.info().header_rules()
    }

    /// The code's registration status (permanent, temporary, obsoleted ...).
    #[must_use]
    #[inline]
    pub const fn registration(#recv) -> #rt::Registration {
        self.info().registration()
    }
    }
}

fn definition(e: &Enum<'_>, unit: bool, is_registry: bool) -> TokenStream {
    let Enum { attrs, vis, ident, .. } = e;
    let rows: Vec<(&Entry, String)> = e.variants.iter().map(|v| (v.entry, v.ident.to_string())).collect();
    let origin = match &e.source {
        Source::Registry { origin, .. } => format!("# Codes\n\nGenerated from {origin}."),
        Source::Subset { parent, .. } => {
            let parent = parent.to_string().replace(' ', "");
            format!("# Codes\n\nA subset of [`{parent}`], checked against its registry at compile time.")
        }
    };
    let table = docs::table(e.registry, &rows, &origin);
    let separator =
        (!attrs.iter().any(|a| a.path().is_ident("doc"))).then(TokenStream::new).unwrap_or(quote!(#[doc = ""]));
    let derives = if is_registry {
        quote!(#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq,
            ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord)])
    } else {
        TokenStream::new()
    };
    let repr = if unit { quote!(#[repr(u16)]) } else { TokenStream::new() };
    let variants = e.variants.iter().map(|v| {
        let Variant { attrs, ident, fields, entry } = v;
        let class = if entry.code < 600 { class_name(entry.code) } else { String::new() };
        let doc = docs::variant(entry, &class);
        let sep = (!attrs.is_empty() && attrs.iter().any(|a| a.path().is_ident("doc"))).then(|| quote!(#[doc = ""]));
        let code = Literal::u16_unsuffixed(entry.code);
        let alias = entry.code.to_string();
        let former = &entry.former_names;
        let discriminant = unit.then(|| quote!(= #code));
        quote! {
            #(#attrs)*
            #sep
            #[doc = #doc]
            #[doc(alias = #alias)]
            #(#[doc(alias = #former)])*
            #ident #fields #discriminant
        }
    });
    quote! {
        #(#attrs)*
        #separator
        #[doc = #table]
        #derives
        #repr
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

fn class_name(code: u16) -> String {
    let name = match code / 100 {
        1 => "Informational",
        2 => "Successful",
        3 => "Redirection",
        4 => "Client Error",
        _ => "Server Error",
    };
    format!("{}xx {name}", code / 100)
}

/// `REGISTRY` (every entry, unused ones too) and `lookup`, for registry enums only.
fn registry_items(e: &Enum<'_>) -> TokenStream {
    let rt = quote!(::status_core::__private);
    let infos = e.registry.entries.iter().map(info);
    let codes = e.registry.entries.iter().map(|entry| Literal::u16_unsuffixed(entry.code));
    let idx = 0..e.registry.entries.len();
    let len = e.registry.entries.len();
    quote! {
        /// Every entry of the registry in code order, including codes registered as unused
        /// (which have no variant).
        pub const REGISTRY: &'static [#rt::StatusInfo; #len] = &[#(#infos),*];

        /// The registry entry for `code`, including codes registered as unused; `None` if the
        /// registry does not list it.
        #[must_use]
        #[inline]
        pub const fn lookup(code: u16) -> ::core::option::Option<&'static #rt::StatusInfo> {
            use ::core::option::Option::{None, Some};
            match code {
                #(#codes => Some(&Self::REGISTRY[#idx]),)*
                _ => None,
            }
        }
    }
}

/// One `StatusInfo` of the `REGISTRY` table, written as a call of status-core's `__info!`
/// macro: positional arguments keep the token stream short (the table is most of the output),
/// and the compiler expands the macro faster than a debug-built proc macro writes the tokens.
fn info(entry: &Entry) -> TokenStream {
    let code = Literal::u16_unsuffixed(entry.code);
    let Entry { reason, summary, description, former_names, cacheable, content_forbidden, .. } = entry;
    let description = description.trim();
    let date = |d: crate::model::Date| {
        let (y, m, day) =
            (Literal::u16_unsuffixed(d.year), Literal::u8_unsuffixed(d.month), Literal::u8_unsuffixed(d.day));
        quote!(#y #m #day)
    };
    let registration = match entry.registration {
        Registration::Permanent => quote!(permanent),
        Registration::Obsoleted => quote!(obsoleted),
        Registration::Unused => quote!(unused),
        Registration::Unofficial => quote!(unofficial),
        Registration::Temporary { registered, extended, expires } => {
            let (registered, expires) = (date(registered), date(expires));
            let extended = extended.map(date);
            quote!(temporary(#registered [#extended] #expires))
        }
    };
    let c = &entry.citation;
    let (spec, url) = (&c.spec, &c.url);
    let section = c.section.iter();
    let used_by = entry.used_by.iter();
    let headers = entry.headers.iter().map(|h| {
        let level = format_ident!(
            "{}",
            match h.level {
                Level::Must => "Must",
                Level::Should => "Should",
                Level::May => "May",
            }
        );
        let (field, note) = (&h.field, &h.note);
        quote!((#field #level #note))
    });
    let links = entry.see_also.iter().map(|l| {
        let (title, url) = (&l.title, &l.url);
        quote!((#title #url))
    });
    quote! {
        ::status_core::__info!(#code #reason #registration #spec [#(#section)*] #url #summary #description
            [#(#former_names)*] #cacheable #content_forbidden [#(#headers)*] [#(#used_by)*] [#(#links)*])
    }
}

/// `u16` conversions, `FromStr`, and for subsets the conversions to and from the parent enum.
fn conversions(e: &Enum<'_>, unit: bool, lookup_ty: &TokenStream, name: &str) -> TokenStream {
    let rt = quote!(::status_core::__private);
    let ident = &e.ident;
    let mut out = quote! {
        #[automatically_derived]
        impl ::core::convert::From<#ident> for u16 {
            #[inline]
            fn from(status: #ident) -> u16 {
                status.code()
            }
        }
    };
    if unit {
        // Registry enums' inherent methods take `self` (they are `Copy`), subsets' take `&self`.
        let this = if matches!(e.source, Source::Registry { .. }) { quote!(*self) } else { quote!(self) };
        out.extend(quote! {
            #[automatically_derived]
            impl ::status_core::HttpStatus for #ident {
                const ALL: &'static [Self] = &#ident::ALL;

                #[inline]
                fn from_u16(code: u16) -> ::core::option::Option<Self> {
                    #ident::from_u16(code)
                }

                #[inline]
                fn code(&self) -> u16 {
                    #ident::code(#this)
                }

                #[inline]
                fn reason(&self) -> &'static str {
                    #ident::reason(#this)
                }

                #[inline]
                fn info(&self) -> &'static #rt::StatusInfo {
                    #ident::info(#this)
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<u16> for #ident {
                type Error = #rt::UnknownStatus;

                #[inline]
                fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                    match Self::from_u16(code) {
                        ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #rt::UnknownStatus::__new(code, #name, #lookup_ty::lookup(code)),
                        ),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #rt::ParseStatusError;

                /// Parses `"404"`, or `"404 Not Found"` (the reason phrase compared ignoring ASCII case).
                #[inline]
                fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                    // Fast path: three digits naming a variant.
                    if let ::core::option::Option::Some(status) = match #rt::three_digits(s.as_bytes()) {
                        ::core::option::Option::Some(code) => Self::from_u16(code),
                        ::core::option::Option::None => ::core::option::Option::None,
                    } {
                        return ::core::result::Result::Ok(status);
                    }
                    #rt::parse_status(s, |code| <Self as ::core::convert::TryFrom<u16>>::try_from(code), |status| status.reason())
                }
            }
        });
    }
    // Feature-dependent impls (serde, http): macros of status-core that expand to nothing when the
    // feature is off.
    let kind = if unit { quote!(unit) } else { quote!(data) };
    out.extend(quote! {
        ::status_core::__serde_impls! { #kind #ident }
        ::status_core::__http_impls! { #kind #ident }
    });
    if let Source::Registry { canonical: Some(canonical), .. } = &e.source {
        out.extend(canonical_conversions(e, canonical));
    }
    if let Source::Subset { parent, .. } = &e.source {
        let ident = quote!(#ident);
        let arms = e.variants.iter().map(|v| {
            let (n, pv) = (&v.ident, format_ident!("{}", v.entry.variant));
            (quote!(#ident::#n { .. }), quote!(#parent::#pv))
        });
        out.extend(conversion(&ident, parent, Some(arms.collect())));
        if unit {
            out.extend(conversion(parent, &ident, None));
        }
    }
    out
}

/// For a custom registry enum: conversions with `status_core::StatusCode` by number. `From` where
/// every code of one side is in the other, `TryFrom` (an `UnknownStatus` error) otherwise.
fn canonical_conversions(e: &Enum<'_>, canonical: &Registry) -> TokenStream {
    let sc = quote!(::status_core::StatusCode);
    let ident = &e.ident;
    let ident = quote!(#ident);
    let theirs = |code: u16| canonical.get(code).filter(|c| c.registration.is_usable());
    let to_canonical: Option<Vec<_>> = e
        .variants
        .iter()
        .map(|v| {
            let (n, c) = (&v.ident, format_ident!("{}", theirs(v.entry.code)?.variant));
            Some((quote!(#ident::#n), quote!(#sc::#c)))
        })
        .collect();
    let from_canonical: Option<Vec<_>> = canonical
        .usable()
        .map(|c| {
            let ours = &e.variants.iter().find(|v| v.entry.code == c.code)?.ident;
            let theirs = format_ident!("{}", c.variant);
            Some((quote!(#sc::#theirs), quote!(#ident::#ours)))
        })
        .collect();
    let mut out = conversion(&ident, &sc, to_canonical);
    out.extend(conversion(&sc, &ident, from_canonical));
    out
}

/// A conversion from one generated enum to another: `From` by a match when every variant of
/// `from` has a counterpart (`arms`: pattern, value), otherwise `TryFrom` by number, failing with
/// `UnknownStatus` (`to` has `TryFrom<u16>`: it has only unit variants).
fn conversion(from: &TokenStream, to: &TokenStream, arms: Option<Vec<(TokenStream, TokenStream)>>) -> TokenStream {
    let rt = quote!(::status_core::__private);
    let Some(arms) = arms else {
        return quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#from> for #to {
                type Error = #rt::UnknownStatus;

                #[inline]
                fn try_from(status: #from) -> ::core::result::Result<Self, Self::Error> {
                    <#to as ::core::convert::TryFrom<u16>>::try_from(status.code())
                }
            }
        };
    };
    let (pats, values): (Vec<_>, Vec<_>) = arms.into_iter().unzip();
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#from> for #to {
            #[inline]
            fn from(status: #from) -> #to {
                match status { #(#pats => #values,)* }
            }
        }
    }
}
