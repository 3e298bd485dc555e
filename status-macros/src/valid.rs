//! Checks across entries (duplicates, name collisions, an empty registry), all reported at once.

use crate::diag::Diag;
use crate::model::{Pos, Registry};

pub fn check(registry: &Registry) -> Vec<Diag> {
    let mut diags = Vec::new();
    // Entries are sorted by code, so duplicates are neighbours; report the later one.
    for pair in registry.entries.windows(2) {
        let (first, second) = (&pair[0], &pair[1]);
        if first.code == second.code {
            let (early, late) = if first.pos < second.pos { (first, second) } else { (second, first) };
            diags.push(
                Diag::new(late.pos, format!("status code {} is listed twice", late.code))
                    .help(format!("it is already defined at line {}; remove one of the entries", early.pos.line)),
            );
        }
    }
    // Variant names seen so far, sorted by name for binary search.
    let mut names: Vec<(&str, Pos)> = Vec::new();
    for entry in registry.usable() {
        let name = entry.variant.as_str();
        let at = names.partition_point(|(n, _)| *n < name);
        if let Some(&(_, first)) = names.get(at).filter(|(n, _)| *n == name) {
            diags.push(
                Diag::new(
                    entry.pos,
                    format!(
                        "the entry for {} would be the variant `{}`, like the entry at line {}",
                        entry.code, entry.variant, first.line
                    ),
                )
                .help("give one of them another name with `variant = \"...\"`"),
            );
        } else {
            names.insert(at, (name, entry.pos));
        }
    }
    let mut digits: [Option<Pos>; 10] = [None; 10];
    for class in &registry.classes {
        let slot = &mut digits[usize::from(class.digit % 10)];
        if let Some(first) = *slot {
            diags.push(
                Diag::new(class.pos, format!("class {}xx is described twice", class.digit)).help(format!(
                    "it is already described at line {}; keep one `[[class]]` entry per digit",
                    first.line
                )),
            );
        } else {
            *slot = Some(class.pos);
        }
    }
    if registry.usable().next().is_none() {
        diags.push(
            Diag::new(Pos { line: 1, column: 1 }, "the registry defines no usable status code")
                .help("add at least one `[[status]]` entry whose registration is not \"unused\""),
        );
    }
    diags
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

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
        assert!(errs[0].message.contains("would be the variant `NotFound`"), "{errs:?}");
    }

    #[test]
    fn empty_registry_is_an_error() {
        assert!(parse("").unwrap_err()[0].message.contains("no usable status code"));
        let only_unused = entry(306, "(Unused)").replace("permanent", "unused");
        assert!(parse(&only_unused).unwrap_err()[0].message.contains("no usable"));
    }
}
