//! Tables: `ALL` and `from_u16` (unit enums), and for whole registries the `REGISTRY` rows,
//! `lookup`, the `[[class]]` table and the registry's fingerprint.

use super::{facts, private};
use crate::ast::{Canonical, Enum, Kind};
use crate::registry::model::{Class, Date, Entry, REGISTRATIONS, Registration};
use crate::template::{stream, tokens};
use proc_macro2::{Literal, TokenStream};
use quote::format_ident;

/// `ALL` and `from_u16`, for enums whose variants are all unit variants.
pub fn unit_items(item: &Enum<'_>) -> TokenStream {
    let names = names(item);
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

/// The variants' names.
fn names(item: &Enum<'_>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for v in &item.variants {
        out.push(stream(&v.ident));
    }
    out
}

/// The lowest and highest of `codes`, 0 for none.
fn min_max(codes: &[u16]) -> (u16, u16) {
    let Some(&first) = codes.first() else { return (0, 0) };
    let (mut min, mut max) = (first, first);
    for &code in codes {
        min = min.min(code);
        max = max.max(code);
    }
    (min, max)
}

/// Registry enums are `Copy`: one range check and one load from a table indexed by `code - MIN`.
fn from_u16_table(item: &Enum<'_>) -> TokenStream {
    let ident = &item.ident;
    let mut codes = Vec::new();
    for v in &item.variants {
        codes.push(v.entry.code);
    }
    let (min, max) = min_max(&codes);
    let span = usize::from(max - min) + 1;
    // Short `Some`/`None` (imported in the function body): the table is mostly gaps.
    let none = tokens!([] [] None);
    let mut table = vec![none; span];
    for v in &item.variants {
        let n = &v.ident;
        table[usize::from(v.entry.code - min)] = tokens!([ident, n] [] Some(#ident::#n));
    }
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
    tokens! {[] [codes = super::codes(item), names = names(item)]
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
    let mut infos = Vec::new();
    for entry in entries {
        infos.push(info(entry));
    }
    let len = entries.len();
    let rows = row_table(item);
    let mut classes = Vec::new();
    for class in &item.registry.classes {
        classes.push(class_info(class));
    }
    let class_count = item.registry.classes.len();
    let mut fields = Vec::new();
    for field in &item.registry.fields {
        fields.push(super::facts::field(field));
    }
    let field_count = item.registry.fields.len();
    let fingerprint = match &item.kind {
        Kind::Registry { canonical: Canonical::Itself { fingerprint }, .. } => tokens! {[fingerprint] []
            #[doc(hidden)]
            pub const __FINGERPRINT: u64 = #fingerprint;
        },
        _ => TokenStream::new(),
    };
    tokens! {[private, len, class_count, field_count, fingerprint, rows] [infos, classes, fields]
        /// Every entry of the registry in code order, including codes registered as unused
        /// (which have no variant).
        // A constant behind `&` is promoted to static memory: never on the stack.
        #[allow(clippy::large_stack_arrays)]
        pub const REGISTRY: &'static [#private::StatusInfo; #len] = &[#(#infos),*];

        /// The classes as the registry describes them (its `[[class]]` table), by first digit.
        pub const CLASSES: &'static [#private::ClassInfo; #class_count] = &[#(#classes),*];

        /// The grammar of each header field's value, as the registry states it (its `[[field]]`
        /// table): what the conformance check reads values by.
        pub const FIELDS: &'static [#private::FieldGrammar; #field_count] = &[#(#fields),*];

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
    let mut codes = Vec::new();
    for entry in entries {
        codes.push(entry.code);
    }
    let (min, max) = min_max(&codes);
    let span = usize::from(max - min) + 1;
    let mut cells = vec![Literal::usize_unsuffixed(0); span];
    let mut row = 0;
    for entry in entries {
        row += 1;
        cells[usize::from(entry.code - min)] = Literal::usize_unsuffixed(row);
    }
    let ty = if entries.len() < 255 { tokens!([] [] u8) } else { tokens!([] [] u16) };
    let min = Literal::u16_unsuffixed(min);
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
    let used_by = opt_str(entry.used_by.as_ref());
    let mut headers = Vec::new();
    for h in &entry.facts.headers {
        headers.push(facts::header(h));
    }
    let mut links = Vec::new();
    for l in &entry.see_also {
        let (title, url) = (&l.title, &l.url);
        links.push(tokens!([private, title, url] [] #private::Link { title: #title, url: #url }));
    }
    let facts = &entry.facts;
    let content = facts::content(facts.content);
    let caching = if let Some(c) = &facts.cache { option(Some(facts::caching(c))) } else { option(None) };
    let retry = if let Some(r) = &facts.retry { option(Some(facts::retry(r))) } else { option(None) };
    let sender = if let Some(s) = &facts.sender { option(Some(facts::sender(s))) } else { option(None) };
    let history = if let Some(h) = &facts.history { option(Some(facts::history(h))) } else { option(None) };
    let mut limits = Vec::new();
    for l in &facts.limits {
        limits.push(facts::limit(l));
    }
    let request = if let Some(r) = &facts.request { option(Some(facts::request(r))) } else { option(None) };
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
        let extended = if let Some(e) = extended { option(Some(date(e))) } else { option(None) };
        tokens!([private, variant, registered, extended, expires] [] #private::Registration::#variant { registered: #registered, extended: #extended, expires: #expires })
    } else {
        tokens!([private, variant] [] #private::Registration::#variant)
    }
}

pub(super) fn citation(c: &crate::registry::model::Citation) -> TokenStream {
    let private = private();
    let (spec, url) = (&c.spec, &c.url);
    let section = opt_str(c.section.as_ref());
    tokens!([private, spec, section, url] [] #private::Citation { spec: #spec, section: #section, url: #url })
}

fn date(d: Date) -> TokenStream {
    let private = private();
    let (y, m, day) = (Literal::u16_unsuffixed(d.year), Literal::u8_unsuffixed(d.month), Literal::u8_unsuffixed(d.day));
    tokens!([private, y, m, day] [] #private::Date { year: #y, month: #m, day: #day })
}

pub(super) fn option(value: Option<TokenStream>) -> TokenStream {
    match value {
        Some(v) => tokens!([v] [] ::core::option::Option::Some(#v)),
        None => tokens!([] [] ::core::option::Option::None),
    }
}

/// `Some("text")` or `None`.
pub(super) fn opt_str(value: Option<&String>) -> TokenStream {
    match value {
        Some(s) => option(Some(stream(s))),
        None => option(None),
    }
}
