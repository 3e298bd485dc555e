//! `Vocab`: a closed set of words of the registry file, each with the value the parser makes
//! of it and the runtime variant the generator emits for it.

/// A closed set of words of the registry file. Each word is defined here once, with the value
/// the parser makes of it and the name of the runtime enum variant the generator emits for it.
pub struct Vocab<T: 'static> {
    /// What the words name, for messages ("registration").
    pub what: &'static str,
    /// What the runtime enum of these words is, for its rustdoc.
    pub doc: &'static str,
    /// (word in the file, value, runtime variant, what the variant means for its rustdoc).
    pub words: &'static [(&'static str, T, &'static str, &'static str)],
}

/// Defines a vocabulary once: the generator's enum and the [`Vocab`] table of its words, from
/// which status-core's runtime enum of the same name is generated (`expand/vocabulary.rs`).
macro_rules! vocabulary {
    (
        $(#[doc = $doc:literal])*
        $table:ident: $name:ident, $what:literal {
            $($(#[doc = $vdoc:literal])* $word:literal => $variant:ident,)*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[doc = $vdoc])* $variant,)*
        }

        #[doc = concat!("The words of the ", $what, " vocabulary.")]
        pub const $table: $crate::vocab::Vocab<$name> = $crate::vocab::Vocab {
            what: $what,
            doc: concat!($($doc),*),
            words: &[$(($word, $name::$variant, stringify!($variant), concat!($($vdoc),*)),)*],
        };
    };
}
pub(crate) use vocabulary;

/// A vocabulary without its values: what the generator needs to write the runtime enum. One
/// non-generic shape, so the generator's code for it is compiled once, not once per vocabulary.
pub struct Words {
    /// As [`Vocab::what`].
    pub what: &'static str,
    /// As [`Vocab::doc`].
    pub doc: &'static str,
    /// (word in the file, runtime variant, what the variant means).
    pub words: Vec<(&'static str, &'static str, &'static str)>,
}

impl<T: Copy + PartialEq> Vocab<T> {
    /// The words, runtime variants and docs, without the values.
    pub fn words(&self) -> Words {
        let mut words = Vec::with_capacity(self.words.len());
        for &(word, _, variant, doc) in self.words {
            words.push((word, variant, doc));
        }
        Words { what: self.what, doc: self.doc, words }
    }

    /// The value of a word of the file.
    pub fn parse(&self, word: &str) -> Option<T> {
        for w in self.words {
            if w.0 == word {
                return Some(w.1);
            }
        }
        None
    }

    /// The file's word for a value.
    pub fn word(&self, value: T) -> &'static str {
        for w in self.words {
            if w.1 == value {
                return w.0;
            }
        }
        ""
    }

    /// The runtime variant's name for a value.
    pub fn runtime(&self, value: T) -> &'static str {
        for w in self.words {
            if w.1 == value {
                return w.2;
            }
        }
        ""
    }

    /// Every word, in file order.
    pub fn all(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().map(|w| w.0)
    }
}
