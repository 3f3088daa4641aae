//! Dictation (`docs/games.md`): a word, phrase or sentence is said aloud and the child types
//! it. 100 levels of five items: levels 1–40 single words, 41–70 phrases of two or three words,
//! 71–100 sentences of four to six words, in the child's language
//! (`content/dictation-{uz,ru,en}.json`).
//!
//! The seed picks the items; the config carries them to the page (which speaks them and never
//! shows them). The log is `{"answers": [[ms, "typed"], …]}`, one per item in order; the replay
//! draws the items again from the seed and its own lists and compares them with
//! [`normalise`]. The page's twin (`web/js/games/dictation.js`) follows
//! `vectors/dictation.json`.

use std::sync::LazyLock;

use serde::Deserialize;
use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};

/// Levels of the game.
pub const LEVELS: u32 = 100;
/// Items in a level.
pub const ITEMS: usize = 5;
/// Right items that pass a level.
pub const PASS: i64 = 3;
/// The last level of single words, and of phrases.
const WORDS_TO: u32 = 40;
const PHRASES_TO: u32 = 70;
/// Items a level draws from: a window of this many on its list, moving from the shortest
/// items to the longest as the levels go up.
const WINDOW: usize = 15;
/// The longest answer kept, in characters.
pub const MAX_TYPED: usize = 200;
/// The longest a round's answers may run, in milliseconds.
pub const MAX_MS: i64 = 30 * 60 * 1000;

/// One language's lists.
#[derive(Deserialize)]
pub struct Lists {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub sentences: Vec<String>,
}

fn load(text: &str) -> Lists {
    let mut l: Lists = serde_json::from_str(text).expect("a dictation list");
    for list in [&mut l.words, &mut l.phrases, &mut l.sentences] {
        list.sort_by_key(|s| s.chars().count()); // stable: equal lengths keep the file's order
    }
    l
}

static UZ: LazyLock<Lists> = LazyLock::new(|| load(include_str!("../content/dictation-uz.json")));
static RU: LazyLock<Lists> = LazyLock::new(|| load(include_str!("../content/dictation-ru.json")));
static EN: LazyLock<Lists> = LazyLock::new(|| load(include_str!("../content/dictation-en.json")));

/// The lists of `lang` (Uzbek for any other), shortest items first.
pub fn lists(lang: &str) -> &'static Lists {
    match lang {
        "ru" => &RU,
        "en" => &EN,
        _ => &UZ,
    }
}

/// What a level dictates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Words,
    Phrases,
    Sentences,
}

impl Kind {
    pub fn of(level: u32) -> (Kind, u32, u32) {
        match level.clamp(1, LEVELS) {
            n @ ..=WORDS_TO => (Kind::Words, n - 1, WORDS_TO),
            n @ ..=PHRASES_TO => (Kind::Phrases, n - WORDS_TO - 1, PHRASES_TO - WORDS_TO),
            n => (Kind::Sentences, n - PHRASES_TO - 1, LEVELS - PHRASES_TO),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Kind::Words => "words",
            Kind::Phrases => "phrases",
            Kind::Sentences => "sentences",
        }
    }
}

/// The items of (`seed`, `level`) in `lang`: the level's window on its list (the `k`-th of `n`
/// levels of a kind starts at `⌊k × (len − window) / (n − 1)⌋`), then a `shuffle` of the
/// window's positions, the first five taken.
pub fn draw(seed: u32, level: u32, lang: &str) -> Vec<String> {
    let (kind, k, n) = Kind::of(level);
    let l = lists(lang);
    let list = match kind {
        Kind::Words => &l.words,
        Kind::Phrases => &l.phrases,
        Kind::Sentences => &l.sentences,
    };
    let window = WINDOW.min(list.len());
    let start = k as usize * (list.len() - window) / (n as usize - 1);
    let mut order: Vec<usize> = (0..window).collect();
    Rng::new(seed).shuffle(&mut order);
    order
        .iter()
        .take(ITEMS)
        .map(|i| list[start + i].clone())
        .collect()
}

/// An answer as it is compared: punctuation and spaces around words gone, lower case, the
/// apostrophe forms (`' ‘ ’ \` ʻ ʼ`) one, ё as е (the questions engine's
/// [`questions::grading::normalize_text`] after punctuation becomes space).
pub fn normalise(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| match c {
            ',' | '.' | '!' | '?' | ';' | ':' | '"' | '«' | '»' | '“' | '”' | '—' | '–' | '-'
            | '(' | ')' | '…' => ' ',
            c => c,
        })
        .collect();
    questions::grading::normalize_text(&spaced)
}

/// Edit distance (insertions, deletions, changes of one character) between two strings.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diag + usize::from(ca != *cb));
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Points of one answer: 10 when right, else 10 × the share of letters right
/// (`len − distance`, never below 0, of the item's length), rounded down.
pub fn points(item: &str, typed: &str) -> i64 {
    let (item, typed) = (normalise(item), normalise(typed));
    let len = item.chars().count().max(1);
    let right = len.saturating_sub(distance(&item, &typed));
    (10 * right / len) as i64
}

/// Stars for right items of five: 5 → 3, 4 → 2, 3 → 1.
pub fn stars(right: i64) -> u8 {
    match right {
        5.. => 3,
        4 => 2,
        3 => 1,
        _ => 0,
    }
}

/// The answers of a log: at most five, time not going back or past [`MAX_MS`].
pub fn parse(log: &Value) -> Result<Vec<(i64, String)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let answers = log
        .get("answers")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no answers"))?;
    if answers.len() > ITEMS {
        return Err(ReplayError::TooLong);
    }
    let mut last = 0;
    let mut out = Vec::new();
    for a in answers {
        let (ms, typed) = match a.as_array().map(Vec::as_slice) {
            Some([ms, typed]) => (ms.as_i64(), typed.as_str()),
            _ => (None, None),
        };
        let (Some(ms), Some(typed)) = (ms, typed) else {
            return Err(malformed("an answer is not [ms, text]"));
        };
        if ms < last || ms > MAX_MS || typed.chars().count() > MAX_TYPED {
            return Err(ReplayError::Illegal(a.to_string()));
        }
        last = ms;
        out.push((ms, typed.to_string()));
    }
    Ok(out)
}

/// Scores answers against the items: right items, points (missing answers score nothing).
pub fn mark(items: &[String], answers: &[(i64, String)]) -> (i64, i64) {
    items
        .iter()
        .zip(answers)
        .fold((0, 0), |(right, score), (item, (_, typed))| {
            let p = points(item, typed);
            (
                right + i64::from(normalise(item) == normalise(typed)),
                score + p,
            )
        })
}

pub struct Dictation;

impl Rules for Dictation {
    fn id(&self) -> &'static str {
        "dictation"
    }

    fn emoji(&self) -> &'static str {
        "📝"
    }

    fn levels(&self) -> u32 {
        LEVELS
    }

    fn config(&self, level: u32, lang: &str) -> Value {
        json!({"lang": lang, "kind": Kind::of(level).0.id(), "items": []})
    }

    fn round_config(&self, seed: u32, level: u32, lang: &str) -> Value {
        json!({"lang": lang, "kind": Kind::of(level).0.id(), "items": draw(seed, level, lang)})
    }

    fn round_ms(&self) -> i64 {
        60 * 60 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        level: u32,
        config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let lang = config["lang"].as_str().unwrap_or("uz");
        let items = draw(seed, level, lang);
        let (right, score) = mark(&items, &parse(log)?);
        Ok(Outcome {
            score,
            stars: stars(right),
            passed: right >= PASS,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        match outcome.passed {
            true => i64::from(outcome.stars) * 2,
            false => 0,
        }
    }
}

#[cfg(test)]
#[path = "dictation_tests.rs"]
mod tests;
