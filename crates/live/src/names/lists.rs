//! The lists of words a nickname may not hold (`content/offensive/{uz,ru,en}.txt`) and the
//! matching of a name against them.
//!
//! An entry is one word. Written plainly it matches a whole word of the name; `word*` also
//! matches a word that starts with it, `*word` one that ends with it, `*word*` any word that
//! holds it. A "word" of the name is any run of its words written together, so `f u c k` and
//! `fu-ck` are the word `fuck`. Both sides are folded alike first (see [`super::fold`]), and a
//! letter of the entry matches the same letter repeated (`fuuuck`), never the reverse, so
//! `boob` does not match `Bob`.

use std::sync::OnceLock;

use super::fold::{self, Forms, Runs};

/// The lists as shipped: language and text.
pub(crate) const LISTS: [(&str, &str); 3] = [
    ("uz", include_str!("../../content/offensive/uz.txt")),
    ("ru", include_str!("../../content/offensive/ru.txt")),
    ("en", include_str!("../../content/offensive/en.txt")),
];

/// Where an entry may sit in a word of the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Place {
    Whole,
    Start,
    End,
    Inside,
}

/// One entry, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The word as written in the list, without `*`.
    pub word: String,
    pub place: Place,
    /// Matched against the Cyrillic form of the name's words, else the Latin form.
    pub cyrillic: bool,
    pub runs: Runs,
}

/// The entries of one list's text, in order; comments (`#` to the end of the line) and blank
/// lines skipped.
pub(crate) fn parse(text: &str) -> Vec<Entry> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            let start = line.starts_with('*');
            let end = line.ends_with('*') && line.len() > 1;
            let word = line.trim_matches('*').to_string();
            let place = match (start, end) {
                (false, false) => Place::Whole,
                (false, true) => Place::Start,
                (true, false) => Place::End,
                (true, true) => Place::Inside,
            };
            let cyrillic = fold::has_cyrillic(&word);
            let forms = fold::words(&word);
            let folded: String = forms
                .iter()
                .map(|f| if cyrillic { &f.cyrillic } else { &f.latin })
                .map(String::as_str)
                .collect();
            Entry {
                runs: fold::runs(&folded),
                word,
                place,
                cyrillic,
            }
        })
        .collect()
}

/// Every entry of the three lists, folded once.
pub(crate) fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| LISTS.iter().flat_map(|(_, text)| parse(text)).collect())
}

/// Whether `name` holds a listed word, in either script.
pub(crate) fn is_refused(name: &str) -> bool {
    let words = fold::words(name);
    let candidates = |pick: fn(&Forms) -> &String| -> Vec<Runs> {
        let mut out = Vec::new();
        for from in 0..words.len() {
            let mut joined = String::new();
            let mut letters = false;
            for w in &words[from..] {
                joined.push_str(pick(w));
                letters |= !w.number;
                if letters {
                    out.push(fold::runs(&joined));
                }
            }
        }
        out
    };
    let latin = candidates(|f| &f.latin);
    let cyrillic = candidates(|f| &f.cyrillic);
    entries().iter().any(|e| {
        let words = if e.cyrillic { &cyrillic } else { &latin };
        words.iter().any(|w| matches(e, w))
    })
}

/// Whether the entry matches the word of the name.
fn matches(entry: &Entry, word: &[(char, u16)]) -> bool {
    let (p, n) = (entry.runs.as_slice(), entry.runs.len());
    if p.is_empty() || word.len() < n {
        return false;
    }
    let at = |i: usize| {
        p.iter()
            .zip(&word[i..i + n])
            .all(|((pc, pn), (wc, wn))| pc == wc && wn >= pn)
    };
    match entry.place {
        Place::Whole => word.len() == n && at(0),
        Place::Start => at(0),
        Place::End => at(word.len() - n),
        Place::Inside => (0..=word.len() - n).any(at),
    }
}
