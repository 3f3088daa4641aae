//! The word lists (`content/safety/{uz,ru,en}.txt`) and the matcher built from them once.
//!
//! A list file has one entry a line; `#` starts a comment; a header `[rude]` or `[unsafe]`
//! sets the category of the entries below it. An entry is a word (matched whole), a stem
//! ending in `*` (matched at the start of a word: `хуй*`), or several words (matched as
//! consecutive whole words: `shut up`). Entries are folded like the text they are matched
//! against, so they are written in their ordinary spelling.

use super::skeleton::{fold, variants, words};
use super::Reason;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The three list files, with the language they are in (for messages about a bad line).
pub(super) const FILES: [(&str, &str); 3] = [
    ("uz", include_str!("../../content/safety/uz.txt")),
    ("ru", include_str!("../../content/safety/ru.txt")),
    ("en", include_str!("../../content/safety/en.txt")),
];

/// One parsed line of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    /// The folded words: one for a word or a stem, several for a phrase.
    pub words: Vec<String>,
    pub stem: bool,
    pub reason: Reason,
}

/// The entries of one list file, or the first bad line.
pub(super) fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut reason = None;
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        match line {
            "" => continue,
            "[rude]" => reason = Some(Reason::Rude),
            "[unsafe]" => reason = Some(Reason::Unsafe),
            _ => {
                let bad = |why: &str| Err(format!("line {}: {why}: {raw}", n + 1));
                let Some(reason) = reason else {
                    return bad("entry before a header");
                };
                let (body, stem) = match line.strip_suffix('*') {
                    Some(body) => (body, true),
                    None => (line, false),
                };
                let found = words(&fold(body));
                if found.is_empty() || body.contains(['*', '[', ']']) {
                    return bad("not a word");
                }
                if stem && (found.len() > 1 || found[0].chars().count() < 3) {
                    return bad("a stem is one word of three letters or more");
                }
                out.push(Entry {
                    words: found,
                    stem,
                    reason,
                });
            }
        }
    }
    Ok(out)
}

/// All three lists, ready to look words up in.
pub(super) struct Matcher {
    whole: HashMap<String, Reason>,
    stems: HashMap<String, Reason>,
    phrases: Vec<(Vec<String>, Reason)>,
}

/// The matcher, built from the three lists on first use.
pub(super) static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut all = Vec::new();
    for (lang, text) in FILES {
        all.extend(parse(text).unwrap_or_else(|e| panic!("content/safety/{lang}.txt: {e}")));
    }
    Matcher::new(all)
});

impl Matcher {
    fn new(entries: Vec<Entry>) -> Matcher {
        let mut m = Matcher {
            whole: HashMap::new(),
            stems: HashMap::new(),
            phrases: Vec::new(),
        };
        for e in entries {
            match (e.words.len(), e.stem) {
                (1, false) => m.whole.insert(e.words[0].clone(), e.reason),
                (1, true) => m.stems.insert(e.words[0].clone(), e.reason),
                _ => {
                    m.phrases.push((e.words, e.reason));
                    None
                }
            };
        }
        m
    }

    /// The category of one reading of a word, if any list has it.
    fn lookup(&self, word: &str) -> Option<Reason> {
        if let Some(r) = self.whole.get(word) {
            return Some(*r);
        }
        if word.contains('*') {
            return self.masked(word);
        }
        word.char_indices()
            .skip(1)
            .map(|(i, _)| &word[..i])
            .chain(std::iter::once(word))
            .find_map(|prefix| self.stems.get(prefix).copied())
    }

    /// A word with letters hidden by `*` ("f*ck", "с*ка", "f**king") matches a whole entry of
    /// the same length, or a stem it starts with, whose other letters agree, if at least two
    /// letters are shown.
    fn masked(&self, word: &str) -> Option<Reason> {
        let pattern: Vec<char> = word.chars().collect();
        if pattern.iter().filter(|c| **c != '*').count() < 2 {
            return None;
        }
        let fits = |entry: &str, whole: bool| {
            let len = entry.chars().count();
            (len == pattern.len() || (!whole && len < pattern.len()))
                && entry
                    .chars()
                    .zip(&pattern)
                    .all(|(e, p)| *p == '*' || e == *p)
        };
        let whole = self.whole.iter().filter(|(e, _)| fits(e, true));
        let stems = self.stems.iter().filter(|(e, _)| fits(e, false));
        let hits: Vec<Reason> = whole.chain(stems).map(|(_, r)| *r).collect();
        hits.iter()
            .find(|r| **r == Reason::Rude)
            .or(hits.first())
            .copied()
    }

    /// The first category (rude before unsafe) found in a folded text.
    pub(super) fn find(&self, folded: &str) -> Option<Reason> {
        let words = words(folded);
        let mut found: Option<Reason> = None;
        let mut note = |r: Reason| {
            if found != Some(Reason::Rude) {
                found = Some(r);
            }
        };
        for word in &words {
            variants(word)
                .iter()
                .filter_map(|v| self.lookup(v))
                .for_each(&mut note);
        }
        for (phrase, reason) in &self.phrases {
            if words.windows(phrase.len()).any(|w| w == phrase.as_slice()) {
                note(*reason);
            }
        }
        found
    }
}
