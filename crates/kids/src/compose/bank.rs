//! The decodable word bank and mini-stories of `crates/kids/content/decodable-uz.json`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct Bank {
    /// The prompt of the "who is this story about?" question.
    pub who: String,
    /// The kinds of words that can be a story's character (options of the "who" question).
    pub characters: Vec<String>,
    pub words: Vec<Word>,
    pub stories: Vec<Frame>,
}

/// A word a beginner can learn to read, with its picture and kinds (`child`, `fruit tree`, …;
/// no kind for the words that only appear as written in a sentence).
#[derive(Debug, Deserialize)]
pub(crate) struct Word {
    pub w: String,
    #[serde(default)]
    pub e: String,
    #[serde(default)]
    pub k: String,
}

impl Word {
    /// Whether the word can fill a slot of `kind`.
    pub(crate) fn is(&self, kind: &str) -> bool {
        self.k.split(' ').any(|k| k == kind)
    }
}

/// A mini-story about one character: slots filled with bank words of a kind.
#[derive(Debug, Deserialize)]
pub(crate) struct Frame {
    pub id: String,
    /// Slot name → word kind; the slot `p` is the character.
    pub slots: BTreeMap<String, String>,
    pub sentences: Vec<Line>,
}

/// A sentence, with an optional question whose answer is the word in slot `a`.
#[derive(Debug, Deserialize)]
pub(crate) struct Line {
    pub t: String,
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub a: Option<String>,
}

pub(crate) static BANK: LazyLock<Bank> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../content/decodable-uz.json"))
        .unwrap_or_else(|e| panic!("decodable-uz.json: {e}"))
});
