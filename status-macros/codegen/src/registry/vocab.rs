//! `Vocab`: a closed set of words of the registry file, each with the value the parser makes
//! of it and the runtime variant the generator emits for it.

/// A closed set of words of the registry file. Each word is defined here once, with the value
/// the parser makes of it and the name of the runtime enum variant the generator emits for it.
pub struct Vocab<T: 'static> {
    /// What the words name, for messages ("registration").
    pub what: &'static str,
    /// (word in the file, value, runtime variant).
    pub words: &'static [(&'static str, T, &'static str)],
}

impl<T: Copy + PartialEq> Vocab<T> {
    /// The value of a word of the file.
    pub fn parse(&self, word: &str) -> Option<T> {
        self.words.iter().find(|w| w.0 == word).map(|w| w.1)
    }

    /// The file's word for a value.
    pub fn word(&self, value: T) -> &'static str {
        self.words.iter().find(|w| w.1 == value).map_or("", |w| w.0)
    }

    /// The runtime variant's name for a value.
    pub fn runtime(&self, value: T) -> &'static str {
        self.words.iter().find(|w| w.1 == value).map_or("", |w| w.2)
    }

    /// Every word, in file order.
    pub fn all(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().map(|w| w.0)
    }

    /// The words quoted and comma-separated, for help messages.
    pub fn list(&self) -> String {
        self.all().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ")
    }
}
