//! The by-value response of a variant with a `#[body]` whose parts need nothing of the enum
//! but its fields: the body goes to the sink first (`BodySink::start_with`), then the status
//! and the parts straight into the response it made. A collecting sink keeps the parts until
//! the body comes and is moved and dropped whole; that was most of what a 201 with `Location`
//! cost over the hand-written tuple.

use super::head::fixed_headers;
use super::private;
use super::respond::{Take, header, moves_text};
use crate::ast::{DetailText, Enum, Variant};
use crate::input::Fields;
use crate::input::types::Text;
use crate::template::tokens;
use proc_macro2::{Ident, TokenStream};
use quote::format_ident;

/// Whether the variant's by-value response starts with its body: it has one, and no part
/// borrows the whole enum (a cause, logged or kept; a `Display` detail) or the body (a detail
/// that shows it).
pub fn starts_with_body(v: &Variant<'_>) -> bool {
    let Some((body, _)) = &v.response.body else { return false };
    let detail_shows_body = match &v.response.detail {
        Some(DetailText::Format(format)) => format.fields.contains(body),
        Some(DetailText::Display) => true,
        None => false,
    };
    !v.cause && !detail_shows_body
}

/// The `__respond` arm of such a variant: every field bound by value, the body handed over,
/// the others borrowed for the parts as `__response_parts_mut` borrows them (a `String`
/// header field mutably, to move its text into the field value).
pub fn started_arm(item: &Enum<'_>, v: &Variant<'_>) -> Option<TokenStream> {
    if !starts_with_body(v) {
        return None;
    }
    let (body, ty) = v.response.body.as_ref()?;
    let private = private();
    let name = &v.ident;
    let mut fields = Vec::new();
    let mut borrows = Vec::new();
    for binding in bindings(&v.fields) {
        let moved = v
            .response
            .headers
            .iter()
            .any(|h| h.binding == binding && crate::input::types::text_kind(&h.value_ty) == Text::Owned);
        if binding == *body {
            fields.push(tokens!([binding] [] #binding));
        } else if moved {
            fields.push(tokens!([binding] [] mut #binding));
            borrows.push(tokens!([binding] [] let #binding = &mut #binding;));
        } else {
            fields.push(tokens!([binding] [] #binding));
            borrows.push(tokens!([binding] [] let #binding = &#binding;));
        }
    }
    let pattern = match &v.fields {
        Fields::Named(..) => tokens!([] [fields] { #(#fields),* }),
        _ => tokens!([] [fields] ( #(#fields),* )),
    };
    let headers: Vec<TokenStream> = v.response.headers.iter().map(|h| header(h, Take::Value)).collect();
    let fixed = fixed_headers(v);
    let problem = super::problem::parts(item, v);
    // The parts in the order the collecting path writes them, so the same one is refused first.
    let parts = if moves_text(v) {
        tokens!([problem, fixed] [headers = &headers] #problem #fixed #(#headers)*)
    } else {
        tokens!([problem, fixed] [headers = &headers] #fixed #(#headers)* #problem)
    };
    let status = super::head::status_line(item, v);
    Some(tokens! {[name, pattern, private, ty, body, status, parts] [borrows]
        Self::#name #pattern => {
            #(#borrows)*
            let mut __started = <S as #private::BodySink<#ty>>::start_with(__new(), #body);
            {
                let __sink = &mut __started;
                #status
                #parts
            }
            #private::Sink::finish(__started)
        }
    })
}

/// The fields' bindings, as the variant's pattern names them.
fn bindings(fields: &Fields) -> Vec<Ident> {
    let mut out = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        out.push(match &field.ident {
            Some(ident) => ident.clone(),
            None => format_ident!("_{i}"),
        });
    }
    out
}
