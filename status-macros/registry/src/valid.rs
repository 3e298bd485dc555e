//! Rules across the entries of a registry, one function per rule, each reporting into the
//! collector so that every broken rule is shown at once.

use super::model::{Condition, Pos, Registry};
use crate::diag::{Ctxt, Diag};
use crate::text::partition;

/// Runs every rule over a registry whose entries were each read without problems.
pub fn check(registry: &Registry, cx: &Ctxt<Diag>) {
    codes_are_unique(registry, cx);
    variant_names_are_unique(registry, cx);
    classes_are_unique(registry, cx);
    fields_are_unique(registry, cx);
    some_code_is_usable(registry, cx);
    as_with_names_a_code(registry, cx);
}

/// Rule: each code has one entry. Reported at the later entry, naming the first one's line.
fn codes_are_unique(registry: &Registry, cx: &Ctxt<Diag>) {
    // Entries are sorted by code, so duplicates are neighbours.
    for i in 1..registry.entries.len() {
        let (first, second) = (&registry.entries[i - 1], &registry.entries[i]);
        if first.code == second.code {
            let (early, late) = if first.pos < second.pos { (first, second) } else { (second, first) };
            cx.push(
                Diag::new(late.pos, format!("status code {} is listed twice", late.code))
                    .help(format!("it is already defined at line {}; remove one of the entries", early.pos.line)),
            );
        }
    }
}

/// Rule: no two usable entries make the same variant name. Reported at the line that produced
/// the second name (its `variant`, or its `reason`), naming the first entry's line.
fn variant_names_are_unique(registry: &Registry, cx: &Ctxt<Diag>) {
    // Names seen so far, sorted by name for binary search: (name, code, line of the name).
    let mut names: Vec<(&str, u16, Pos)> = Vec::new();
    for entry in &registry.entries {
        if !entry.registration.is_usable() {
            continue;
        }
        let name = entry.variant.as_str();
        let at = partition(names.len(), &|i| names[i].0 < name);
        match names.get(at) {
            Some(&(n, code, first)) if n == name => cx.push(
                Diag::new(
                    entry.variant_pos,
                    format!(
                        "the entry for {} would be the variant `{name}`, like the entry for {code} at line {}",
                        entry.code, first.line
                    ),
                )
                .help("give one of them another name with `variant = \"...\"`"),
            ),
            _ => names.insert(at, (name, entry.code, entry.variant_pos)),
        }
    }
}

/// Rule: each class digit is described by at most one `[[class]]` entry.
fn classes_are_unique(registry: &Registry, cx: &Ctxt<Diag>) {
    let mut digits: [Option<Pos>; 10] = [None; 10];
    for class in &registry.classes {
        let slot = &mut digits[usize::from(class.digit % 10)];
        if let Some(first) = *slot {
            cx.push(
                Diag::new(class.pos, format!("class {}xx is described twice", class.digit)).help(format!(
                    "it is already described at line {}; keep one `[[class]]` entry per digit",
                    first.line
                )),
            );
        } else {
            *slot = Some(class.pos);
        }
    }
}

/// Rule: a field's grammar is stated once (names compared without case, as HTTP does).
fn fields_are_unique(registry: &Registry, cx: &Ctxt<Diag>) {
    for (i, field) in registry.fields.iter().enumerate() {
        let mut first = None;
        for earlier in &registry.fields[..i] {
            if earlier.name.eq_ignore_ascii_case(&field.name) {
                first = Some(earlier.pos);
                break;
            }
        }
        if let Some(first) = first {
            cx.push(
                Diag::new(field.pos, format!("field {} has a grammar twice", field.name)).help(format!(
                    "it is already described at line {}; keep one `[[field]]` entry per field",
                    first.line
                )),
            );
        }
    }
}

/// Rule: a registry makes at least one variant (an empty enum would have no API).
fn some_code_is_usable(registry: &Registry, cx: &Ctxt<Diag>) {
    for entry in &registry.entries {
        if entry.registration.is_usable() {
            return;
        }
    }
    cx.push(
        Diag::new(Pos { line: 1, column: 1 }, "the registry defines no usable status code")
            .help("add at least one `[[status]]` entry whose registration is not \"unused\""),
    );
}

/// Rule: a header rule `when = { as_with = N }` names a code of the same registry. Reported at
/// the entry, since inline tables of an array have no line of their own in the model.
fn as_with_names_a_code(registry: &Registry, cx: &Ctxt<Diag>) {
    for entry in &registry.entries {
        for h in &entry.facts.headers {
            let Some(when) = &h.when else { continue };
            for leaf in when.leaves() {
                let &Condition::AsWith(code) = leaf else { continue };
                if registry.get(code).is_none() {
                    cx.push(
                        Diag::new(
                            entry.pos,
                            format!(
                                "header rule `{}` of {} applies as with {code}, which the registry does not list",
                                h.field, entry.code
                            ),
                        )
                        .help(format!("add an entry for {code}, or name a listed code in `as_with`")),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::parse;

    fn entry(code: u16, reason: &str) -> String {
        format!(
            "[[status]]\ncode = {code}\nreason = \"{reason}\"\nregistration = \"permanent\"\nspec = \"X\"\nurl = \"https://x\"\nsummary = \"s\"\ndescription = \"d\"\n"
        )
    }

    #[test]
    fn duplicate_codes_point_at_the_second_entry() {
        let src = format!("{}{}", entry(404, "Not Found"), entry(404, "Missing"));
        let errs = parse(&src).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].pos.line, 9);
        assert!(errs[0].message.contains("listed twice"));
    }

    #[test]
    fn colliding_variant_names_are_reported() {
        let src = format!("{}{}", entry(404, "Not Found"), entry(499, "Not-Found"));
        let errs = parse(&src).unwrap_err();
        assert!(
            errs[0].message.contains("would be the variant `NotFound`, like the entry for 404 at line 3"),
            "{errs:?}"
        );
        // At the `reason` line of the second entry, the one that produced the clashing name.
        assert_eq!(errs[0].pos.line, 11, "{errs:?}");
    }

    #[test]
    fn empty_registry_is_an_error() {
        assert!(parse("").unwrap_err()[0].message.contains("no usable status code"));
        let only_unused = entry(306, "(Unused)").replace("permanent", "unused");
        assert!(parse(&only_unused).unwrap_err()[0].message.contains("no usable"));
    }
}
