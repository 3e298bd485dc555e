//! Tables: `ALL` and `from_u16` (unit enums), and for whole registries the `REGISTRY` rows,
//! `lookup`, the `[[class]]` table and the registry's fingerprint.

use super::{facts, private};
use crate::ast::{Canonical, Enum, Kind};
use crate::registry::model::{Class, Date, Entry, REGISTRATIONS, Registration};
use crate::template::tokens;
use proc_macro2::{Literal, TokenStream};
use quote::format_ident;

/// `ALL` and `from_u16`, for enums whose variants are all unit variants.
pub fn unit_items(item: &Enum<'_>) -> TokenStream {
    let names: Vec<_> = item.variants.iter().map(|v| &v.ident).collect();
    let len = item.variants.len();
    let from_u16_body = if item.is_registry() { from_u16_table(item) } else { from_u16_match(item) };
    tokens! {[len, from_u16_body] [names]
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

/// Registry enums are `Copy`: one range check and one load from a table indexed by `code - MIN`.
fn from_u16_table(item: &Enum<'_>) -> TokenStream {
    let ident = &item.ident;
    let min = item.variants.iter().map(|v| v.entry.code).min().unwrap_or(0);
    let max = item.variants.iter().map(|v| v.entry.code).max().unwrap_or(0);
    let span = usize::from(max - min) + 1;
    // Short `Some`/`None` (imported in the function body): the table is mostly gaps.
    let mut by_code: Vec<Option<&syn::Ident>> = vec![None; span];
    for v in &item.variants {
        by_code[usize::from(v.entry.code - min)] = Some(&v.ident);
    }
    let table =
        by_code.iter().map(|v| v.map_or_else(|| tokens!([] [] None), |n| tokens!([ident, n] [] Some(#ident::#n))));
    let (min, max) = (Literal::u16_unsuffixed(min), Literal::u16_unsuffixed(max));
    tokens! {[ident, span, min, max] [table]
        use ::core::option::Option::{None, Some};
        const TABLE: [::core::option::Option<#ident>; #span] = [#(#table),*];
        if code < #min || code > #max {
            return None;
        }
        TABLE[(code - #min) as usize]
    }
}

/// Subsets may not be `Copy` (and are small): a match.
fn from_u16_match(item: &Enum<'_>) -> TokenStream {
    let names = item.variants.iter().map(|v| &v.ident);
    let codes = item.variants.iter().map(|v| &v.code);
    tokens! {[] [codes, names]
        match code {
            #(#codes => ::core::option::Option::Some(Self::#names),)*
            _ => ::core::option::Option::None,
        }
    }
}

/// `REGISTRY` (every entry, unused ones too), `lookup` and `CLASSES`, for registry enums; for
/// `StatusCode` itself also the fingerprint of the registry it was generated from.
pub fn registry_items(item: &Enum<'_>) -> TokenStream {
    let private = private();
    let entries = &item.registry.entries;
    let infos = entries.iter().map(info);
    let len = entries.len();
    let rows = row_table(item);
    let classes = item.registry.classes.iter().map(class_info);
    let class_count = item.registry.classes.len();
    let fingerprint = match &item.kind {
        Kind::Registry { canonical: Canonical::Itself { fingerprint }, .. } => tokens! {[fingerprint] []
            #[doc(hidden)]
            pub const __FINGERPRINT: u64 = #fingerprint;
        },
        _ => TokenStream::new(),
    };
    tokens! {[private, len, class_count, fingerprint, rows] [infos, classes]
        /// Every entry of the registry in code order, including codes registered as unused
        /// (which have no variant).
        // A constant behind `&` is promoted to static memory: never on the stack.
        #[allow(clippy::large_stack_arrays)]
        pub const REGISTRY: &'static [#private::StatusInfo; #len] = &[#(#infos),*];

        /// The classes as the registry describes them (its `[[class]]` table), by first digit.
        pub const CLASSES: &'static [#private::ClassInfo; #class_count] = &[#(#classes),*];

        #fingerprint

        #rows

        /// The registry entry for `code`, including codes registered as unused; `None` if the
        /// registry does not list it.
        #[must_use]
        #[inline]
        pub const fn lookup(code: u16) -> ::core::option::Option<&'static #private::StatusInfo> {
            if code < Self::__ROW_MIN || code - Self::__ROW_MIN >= Self::__ROW.len() as u16 {
                return ::core::option::Option::None;
            }
            match Self::__ROW[(code - Self::__ROW_MIN) as usize] {
                0 => ::core::option::Option::None,
                row => ::core::option::Option::Some(&Self::REGISTRY[row as usize - 1]),
            }
        }
    }
}

/// `__ROW`: for each code from the registry's lowest to its highest, its `REGISTRY` row plus
/// one (0: not registered). `reason()`, `info()` and `lookup` are two loads through it, not a
/// match over sparse codes, which compiles to a chain of comparisons.
fn row_table(item: &Enum<'_>) -> TokenStream {
    let entries = &item.registry.entries;
    let min = entries.iter().map(|e| e.code).min().unwrap_or(0);
    let max = entries.iter().map(|e| e.code).max().unwrap_or(0);
    let mut rows = vec![0usize; usize::from(max - min) + 1];
    for (row, entry) in entries.iter().enumerate() {
        rows[usize::from(entry.code - min)] = row + 1;
    }
    let ty = if entries.len() < 255 { tokens!([] [] u8) } else { tokens!([] [] u16) };
    let cells = rows.iter().map(|r| Literal::usize_unsuffixed(*r));
    let (span, min) = (rows.len(), Literal::u16_unsuffixed(min));
    tokens! {[min, ty, span] [cells]
        #[doc(hidden)]
        pub const __ROW_MIN: u16 = #min;
        #[doc(hidden)]
        pub const __ROW: [#ty; #span] = [#(#cells),*];
    }
}

/// One `StatusInfo` row: status-core's one constructor over named parts.
fn info(entry: &Entry) -> TokenStream {
    let private = private();
    let code = Literal::u16_unsuffixed(entry.code);
    let Entry { reason, summary, description, former_names, .. } = entry;
    let description = description.trim();
    let registration = registration(entry.registration);
    let citation = citation(&entry.citation);
    let used_by = option(entry.used_by.as_ref().map(|u| quote::ToTokens::to_token_stream(&u)));
    let headers = entry.facts.headers.iter().map(facts::header);
    let links = entry.see_also.iter().map(|l| {
        let (title, url) = (&l.title, &l.url);
        tokens!([private, title, url] [] #private::Link { title: #title, url: #url })
    });
    let content = facts::content(entry.facts.content);
    let caching = option(entry.facts.cache.as_ref().map(facts::caching));
    let retry = option(entry.facts.retry.as_ref().map(facts::retry));
    let sender = option(entry.facts.sender.as_ref().map(facts::sender));
    let history = option(entry.facts.history.as_ref().map(facts::history));
    let limits = entry.facts.limits.iter().map(facts::limit);
    let request = option(entry.facts.request.as_ref().map(facts::request));
    tokens! {[private, code, reason, registration, citation, summary, description, content, caching, retry, sender, history, request, used_by] [former_names, headers, limits, links]
        #private::StatusInfo::__new(#private::InfoParts {
            code: #code,
            reason: #reason,
            registration: #registration,
            citation: #citation,
            summary: #summary,
            description: #description,
            former_names: &[#(#former_names),*],
            content: #content,
            caching: #caching,
            header_rules: &[#(#headers),*],
            retry: #retry,
            sender: #sender,
            history: #history,
            limits: &[#(#limits),*],
            request: #request,
            used_by: #used_by,
            see_also: &[#(#links),*],
        })
    }
}

fn class_info(class: &Class) -> TokenStream {
    let private = private();
    let (digit, name, summary) = (Literal::u8_unsuffixed(class.digit), &class.name, &class.summary);
    let citation = citation(&class.citation);
    tokens!([private, digit, name, summary, citation] [] #private::ClassInfo { digit: #digit, name: #name, summary: #summary, citation: #citation })
}

fn registration(r: Registration) -> TokenStream {
    let private = private();
    let variant = format_ident!("{}", REGISTRATIONS.runtime(r.kind()));
    if let Registration::Temporary { registered, extended, expires } = r {
        let (registered, expires) = (date(registered), date(expires));
        let extended = option(extended.map(date));
        tokens!([private, variant, registered, extended, expires] [] #private::Registration::#variant { registered: #registered, extended: #extended, expires: #expires })
    } else {
        tokens!([private, variant] [] #private::Registration::#variant)
    }
}

pub(super) fn citation(c: &crate::registry::model::Citation) -> TokenStream {
    let private = private();
    let (spec, url) = (&c.spec, &c.url);
    let section = option(c.section.as_ref().map(|s| quote::ToTokens::to_token_stream(&s)));
    tokens!([private, spec, section, url] [] #private::Citation { spec: #spec, section: #section, url: #url })
}

fn date(d: Date) -> TokenStream {
    let private = private();
    let (y, m, day) = (Literal::u16_unsuffixed(d.year), Literal::u8_unsuffixed(d.month), Literal::u8_unsuffixed(d.day));
    tokens!([private, y, m, day] [] #private::Date { year: #y, month: #m, day: #day })
}

pub(super) fn option(value: Option<TokenStream>) -> TokenStream {
    value.map_or_else(
        || tokens!([] [] ::core::option::Option::None),
        |v| tokens!([v] [] ::core::option::Option::Some(#v)),
    )
}
