//! Diagnostics about a registry file: what is wrong, where (line and column) and how to fix it.

use crate::model::Pos;
use std::fmt;

/// One problem found in a registry file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    pub pos: Pos,
    pub message: String,
    pub help: Option<String>,
}

impl Diag {
    pub fn new(pos: Pos, message: impl Into<String>) -> Self {
        Diag { pos, message: message.into(), help: None }
    }

    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The message as the compiler shows it, prefixed with `file:line:column`.
    pub fn render(&self, file: &str) -> String {
        let mut s = format!("{file}:{}:{}: {}", self.pos.line, self.pos.column, self.message);
        if let Some(help) = &self.help {
            s.push_str("\n  help: ");
            s.push_str(help);
        }
        s
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("registry"))
    }
}

/// Turns byte offsets into 1-based line and column (columns count characters, as editors do).
pub struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(src: &'a str) -> Self {
        let starts = std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { src, starts }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = self.src.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        Pos { line: line + 1, column }
    }
}

/// Inserts `item` into `v`, kept sorted by `key`, after any items with an equal key. Used
/// instead of sorting: one small function rather than a whole sort algorithm per element type,
/// which matters for the proc macro's own build time.
pub fn insert_sorted<T, K: Ord>(v: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let at = v.partition_point(|x| key(x) <= k);
    v.insert(at, item);
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word_lower = word.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&word_lower, &c.to_ascii_lowercase()), c))
        .filter(|&(d, c)| d <= (c.len().max(word.len()) / 3).max(1))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb { diag } else { 1 + diag.min(above).min(row[j]) };
            diag = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let idx = LineIndex::new("ab\nçd\n");
        assert_eq!(idx.pos(0), Pos { line: 1, column: 1 });
        assert_eq!(idx.pos(3), Pos { line: 2, column: 1 });
        assert_eq!(idx.pos(5), Pos { line: 2, column: 2 }); // after the two-byte ç
        assert_eq!(idx.pos(99), Pos { line: 3, column: 1 });
    }

    #[test]
    fn insert_sorted_is_stable() {
        let mut v = Vec::new();
        for (k, tag) in [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')] {
            insert_sorted(&mut v, (k, tag), |x| x.0);
        }
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn suggestions_find_typos_only() {
        assert_eq!(did_you_mean("resaon", ["reason", "code", "summary"]), Some("reason"));
        assert_eq!(did_you_mean("NotFund", ["NotFound", "Found", "Gone"]), Some("NotFound"));
        assert_eq!(did_you_mean("zzz", ["reason", "code"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn render_names_file_line_column_and_help() {
        let d = Diag::new(Pos { line: 3, column: 7 }, "bad").help("fix it");
        assert_eq!(d.render("r.toml"), "r.toml:3:7: bad\n  help: fix it");
    }
}
