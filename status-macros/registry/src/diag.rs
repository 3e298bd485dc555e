//! Problems and where they are: [`Diag`] (a `file:line:column` in a registry file), [`LineIndex`]
//! (byte offsets to lines and columns), [`Ctxt`], the one collector every check pushes into, and
//! toml's syntax errors as diagnostics.

use crate::model::Pos;
use std::cell::RefCell;
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

/// The error collector (`serde_derive`'s `Ctxt`): checks push every problem they find and go on,
/// so that the user sees all problems of one input at once. `E` is [`Diag`] while reading a
/// registry file and `syn::Error` (a span in the user's code, in status-codegen) while reading
/// macro input.
///
/// It must be finished with [`Ctxt::finish`]; dropping it unfinished is a bug in the generator
/// (problems would be lost silently), caught by a panic in debug builds.
pub struct Ctxt<E> {
    errors: RefCell<Option<Vec<E>>>,
}

impl<E> Default for Ctxt<E> {
    fn default() -> Self {
        Ctxt { errors: RefCell::new(Some(Vec::new())) }
    }
}

impl<E> Ctxt<E> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem.
    pub fn push(&self, error: E) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(error);
        }
    }

    /// Whether any problem was recorded so far.
    pub fn has_errors(&self) -> bool {
        match self.errors.borrow().as_ref() {
            Some(errors) => !errors.is_empty(),
            None => false,
        }
    }

    /// All problems recorded, in the order they were found; `Ok` if there were none.
    pub fn finish(self) -> Result<(), Vec<E>> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl<E> Drop for Ctxt<E> {
    fn drop(&mut self) {
        debug_assert!(
            std::thread::panicking() || !self.has_errors(),
            "a Ctxt with problems was dropped without `finish`"
        );
    }
}

/// Turns byte offsets into 1-based line and column (columns count characters, as editors do).
pub struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut starts = Vec::new();
        starts.push(0);
        // `end`: the offset just past `b`.
        let mut end = 0;
        for &b in src.as_bytes() {
            end += 1;
            if b == b'\n' {
                starts.push(end);
            }
        }
        LineIndex { src, starts }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.src.len());
        let line = crate::text::partition(self.starts.len(), &|i| self.starts[i] <= offset) - 1;
        let start = self.starts[line];
        let column = match self.src.get(start..offset) {
            Some(s) => s.chars().count(),
            // Not on a character boundary: count bytes.
            None => offset - start,
        } + 1;
        Pos { line: line + 1, column }
    }
}

/// toml's syntax errors as diagnostics, in toml's order, a repeat of the previous one left out.
pub(crate) fn syntax_errors(idx: &LineIndex<'_>, errors: &[toml::de::Error]) -> Vec<Diag> {
    let mut diags: Vec<Diag> = Vec::new();
    for e in errors {
        let at = match e.span() {
            Some(span) => span.start,
            None => 0,
        };
        let mut msg = String::from("TOML syntax error: ");
        for c in e.message().trim_end().chars() {
            msg.push(if c == '\n' { ' ' } else { c });
        }
        let diag = Diag::new(idx.pos(at), msg).help("fix the TOML syntax; see https://toml.io/en/v1.0.0");
        if diags.last() != Some(&diag) {
            diags.push(diag);
        }
    }
    diags
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
    fn render_names_file_line_column_and_help() {
        let d = Diag::new(Pos { line: 3, column: 7 }, "bad").help("fix it");
        assert_eq!(d.render("r.toml"), "r.toml:3:7: bad\n  help: fix it");
    }

    #[test]
    fn ctxt_keeps_every_problem_in_order() {
        let cx = Ctxt::new();
        cx.push(1);
        cx.push(2);
        assert!(cx.has_errors());
        assert_eq!(cx.finish(), Err(vec![1, 2]));
        assert_eq!(Ctxt::<u8>::new().finish(), Ok(()));
    }
}
