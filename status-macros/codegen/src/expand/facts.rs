//! The fact parts of a `REGISTRY` row (content, caching, header rules, retry, sender, history,
//! limits, request): each closed word is emitted as the runtime variant its vocabulary names.

use super::private;
use super::table::{citation, opt_str, option};
use crate::registry::model::{
    CACHE_KINDS, CONDITION_WORDS, CONTENTS, Cache, Condition, Content, HTTP_VERSIONS, Header, History, LEVELS, Level,
    Limit, PARTIES, RETRY_KINDS, RequestContext, Retry, Sender, VALUE_FORMS,
};
use crate::template::tokens;
use proc_macro2::{Literal, TokenStream};
use quote::format_ident;

pub(super) fn content(c: Content) -> TokenStream {
    let private = private();
    let variant = format_ident!("{}", if c == Content::Allowed { "Allowed" } else { CONTENTS.runtime(c) });
    tokens!([private, variant] [] #private::Content::#variant)
}

fn level(l: Level) -> TokenStream {
    let private = private();
    let variant = format_ident!("{}", LEVELS.runtime(l));
    tokens!([private, variant] [] #private::Requirement::#variant)
}

fn opt_level(l: Option<Level>) -> TokenStream {
    match l {
        Some(l) => option(Some(level(l))),
        None => option(None),
    }
}

fn strs(items: &[String]) -> TokenStream {
    tokens!([] [items] &[#(#items),*])
}

pub(super) fn header(h: &Header) -> TokenStream {
    let private = private();
    let (field, note, level) = (&h.field, &h.note, opt_level(h.level));
    let by = opt_str(h.by.as_ref());
    let when = if let Some(c) = &h.when { option(Some(condition(c))) } else { option(None) };
    let token = opt_str(h.token.as_ref());
    let echoes = opt_str(h.echoes.as_ref());
    let form = match h.form {
        Some(f) => {
            let variant = format_ident!("{}", VALUE_FORMS.runtime(f));
            option(Some(tokens!([private, variant] [] #private::ValueForm::#variant)))
        }
        None => option(None),
    };
    let cited = if let Some(c) = &h.citation { option(Some(citation(c))) } else { option(None) };
    tokens!([private, field, level, note, by, when, token, echoes, form, cited] [] #private::HeaderRule {
        field: #field, level: #level, note: #note, by: #by, when: #when, token: #token, echoes: #echoes, form: #form,
        citation: #cited
    })
}

/// A condition as the runtime's `Condition`; a one-word condition is the variant its
/// `CONDITION_WORDS` row names.
fn condition(c: &Condition) -> TokenStream {
    let private = private();
    match c {
        Condition::Methods(methods) => {
            let methods = strs(methods);
            tokens!([private, methods] [] #private::Condition::Methods(#methods))
        }
        Condition::RequestHeaders(fields) => {
            let fields = strs(fields);
            tokens!([private, fields] [] #private::Condition::RequestHeaders(#fields))
        }
        Condition::WithField(field) => tokens!([private, field] [] #private::Condition::WithField(#field)),
        Condition::AsWith(code) => {
            let code = Literal::u16_unsuffixed(*code);
            tokens!([private, code] [] #private::Condition::AsWith(#code))
        }
        Condition::All(all) => {
            let mut conditions = Vec::new();
            for c in all {
                conditions.push(condition(c));
            }
            tokens!([private] [all = conditions] #private::Condition::All(&[#(#all),*]))
        }
        word => {
            let name = format!("{word:?}");
            let mut variant = name.as_str();
            for &(_, v, _) in &CONDITION_WORDS {
                if v == name {
                    variant = v;
                    break;
                }
            }
            let variant = format_ident!("{}", variant);
            tokens!([private, variant] [] #private::Condition::#variant)
        }
    }
}

/// A `[[field]]` entry as the runtime's `FieldGrammar`.
pub(super) fn field(f: &crate::registry::model::Field) -> TokenStream {
    let private = private();
    let (name, cited) = (&f.name, citation(&f.citation));
    let grammar = format_ident!("{}", crate::registry::model::GRAMMARS.runtime(f.grammar));
    tokens!([private, name, grammar, cited] [] #private::FieldGrammar { field: #name, grammar: #private::Grammar::#grammar, citation: #cited })
}

pub(super) fn caching(c: &Cache) -> TokenStream {
    let private = private();
    let kind = format_ident!("{}", CACHE_KINDS.runtime(c.kind));
    let (level, cited) = (opt_level(c.level), citation(&c.citation));
    tokens!([private, kind, level, cited] [] #private::Caching { kind: #private::CacheKind::#kind, level: #level, citation: #cited })
}

pub(super) fn retry(r: &Retry) -> TokenStream {
    let private = private();
    let kind = format_ident!("{}", RETRY_KINDS.runtime(r.kind));
    let (level, note, cited) = (opt_level(r.level), &r.note, citation(&r.citation));
    tokens!([private, kind, level, note, cited] [] #private::Retry { kind: #private::RetryKind::#kind, level: #level, note: #note, citation: #cited })
}

pub(super) fn sender(s: &Sender) -> TokenStream {
    let private = private();
    let who = format_ident!("{}", PARTIES.runtime(s.who));
    let (level, note, cited) = (opt_level(s.level), &s.note, citation(&s.citation));
    tokens!([private, who, level, note, cited] [] #private::Sender { who: #private::Party::#who, level: #level, note: #note, citation: #cited })
}

pub(super) fn history(h: &History) -> TokenStream {
    let private = private();
    let http = match h.http {
        Some(v) => {
            let v = format_ident!("{}", HTTP_VERSIONS.runtime(v));
            option(Some(tokens!([private, v] [] #private::HttpVersion::#v)))
        }
        None => option(None),
    };
    let (cited, year) = (citation(&h.citation), Literal::u16_unsuffixed(h.year));
    tokens!([private, cited, http, year] [] #private::History { citation: #cited, http: #http, year: #year })
}

pub(super) fn limit(l: &Limit) -> TokenStream {
    let private = private();
    let (level, note, cited) = (opt_level(l.level), &l.note, citation(&l.citation));
    tokens!([private, level, note, cited] [] #private::Limit { level: #level, note: #note, citation: #cited })
}

pub(super) fn request(r: &RequestContext) -> TokenStream {
    let private = private();
    let (methods, headers, open, note) = (strs(&r.methods), strs(&r.headers), r.open, &r.note);
    let cited = if let Some(c) = &r.citation { option(Some(citation(c))) } else { option(None) };
    tokens!([private, methods, headers, open, note, cited] [] #private::RequestContext { methods: #methods, headers: #headers, open: #open, note: #note, citation: #cited })
}
