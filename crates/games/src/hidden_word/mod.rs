//! Hidden word (`docs/games.md`): a word written in pictures; a key shows which picture stands
//! for which letter (the word's letters and a few more), and the child writes the word letter
//! by letter. 100 levels, one word each, from two letters (OY) to ten.
//!
//! The words are `content/hidden-words-{uz,ru,en}.json`, level `n` the list's `n`-th; letters
//! are the Harf alphabet's (Uzbek oʻ, gʻ, sh, ch, ng are one letter each). The seed picks the
//! pictures and the extra letters and orders the key. The log is `{"letters": [[ms, "m"], …]}`.
//! The page's twin is `web/js/games/hidden-word.js`; both follow `vectors/hidden-word.json`.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};

pub const LEVELS: u32 = 100;
pub const MAX_TAPS: usize = 500;
pub const MAX_MS: i64 = 30 * 60 * 1000;
/// The pictures of the cipher: animal faces a child tells apart at a glance.
pub const SYMBOLS: [&str; 30] = [
    "🐶", "🐱", "🐭", "🐰", "🦊", "🐻", "🐼", "🐨", "🐯", "🦁", "🐮", "🐷", "🐸", "🐵", "🐔", "🐧",
    "🐦", "🐳", "🦆", "🦉", "🐺", "🐴", "🦄", "🐝", "🐛", "🦋", "🐌", "🐞", "🐢", "🐙",
];

/// A word of a level, and the picture shown once it is found.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Entry {
    pub word: String,
    pub emoji: String,
}

fn load(text: &str) -> Vec<Entry> {
    serde_json::from_str(text).expect("the built-in hidden words are valid")
}

static UZ: LazyLock<Vec<Entry>> =
    LazyLock::new(|| load(include_str!("../../content/hidden-words-uz.json")));
static RU: LazyLock<Vec<Entry>> =
    LazyLock::new(|| load(include_str!("../../content/hidden-words-ru.json")));
static EN: LazyLock<Vec<Entry>> =
    LazyLock::new(|| load(include_str!("../../content/hidden-words-en.json")));

/// The words of a language (Uzbek for any other).
pub fn list(lang: &str) -> &'static [Entry] {
    match lang {
        "ru" => &RU,
        "en" => &EN,
        _ => &UZ,
    }
}

/// The alphabet's letters (lower case, in its order) that can be written in a word's key:
/// the tutuq belgisi and the hard and soft signs are left to the words that have them.
pub fn alphabet(lang: &str) -> Vec<String> {
    let lang = if matches!(lang, "ru" | "en") {
        lang
    } else {
        "uz"
    };
    alphabets::CONTENT
        .alphabet(lang)
        .map(|a| a.cards.iter().map(|c| c.lower.clone()).collect())
        .unwrap_or_default()
}

/// Splits `word` into the alphabet's letters (longest first, backing off where that fails:
/// yon-gʻ-oq is n then gʻ); None when it cannot.
pub fn letters(word: &str, alphabet: &[String]) -> Option<Vec<String>> {
    if word.is_empty() {
        return Some(Vec::new());
    }
    let mut sorted: Vec<&String> = alphabet.iter().collect();
    sorted.sort_by_key(|l| std::cmp::Reverse(l.len()));
    sorted.into_iter().find_map(|l| {
        let rest = word.strip_prefix(l.as_str())?;
        let mut out = vec![l.clone()];
        out.extend(letters(rest, alphabet)?);
        Some(out)
    })
}

/// Extra letters in the key of a level: 2, one more every 25 levels.
pub fn extras(level: u32) -> usize {
    2 + (level.clamp(1, LEVELS) as usize - 1) / 25
}

/// The key of a round, in the order shown: `(letter, picture)`.
pub fn deal(
    seed: u32,
    word: &[String],
    alphabet: &[String],
    extras: usize,
) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..SYMBOLS.len()).collect();
    rng.shuffle(&mut order);
    let mut key: Vec<String> = Vec::new();
    for l in word {
        if !key.contains(l) {
            key.push(l.clone());
        }
    }
    let skip = ["ʼ", "ъ", "ь"];
    let mut others: Vec<&String> = alphabet
        .iter()
        .filter(|l| !key.contains(l) && !skip.contains(&l.as_str()))
        .collect();
    rng.shuffle(&mut others);
    key.extend(others.into_iter().take(extras).cloned());
    key.truncate(SYMBOLS.len());
    let mut pairs: Vec<(String, String)> = key
        .into_iter()
        .zip(&order)
        .map(|(l, &s)| (l, SYMBOLS[s].to_string()))
        .collect();
    rng.shuffle(&mut pairs);
    pairs
}

/// A round as the letters leave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub written: usize,
    pub mistakes: u32,
}

/// Writes the letters, checking each is one of the key's.
pub fn play(
    word: &[String],
    key: &[(String, String)],
    taps: &[(i64, String)],
) -> Result<Tally, ReplayError> {
    if taps.len() > MAX_TAPS {
        return Err(ReplayError::TooLong);
    }
    let mut t = Tally {
        written: 0,
        mistakes: 0,
    };
    let mut last = 0;
    for (i, (ms, letter)) in taps.iter().enumerate() {
        let illegal = |why: &str| Err(ReplayError::Illegal(format!("letter {i}: {why}")));
        if t.written == word.len() {
            return illegal("the word is already written");
        }
        if *ms < last || *ms > MAX_MS {
            return illegal("time goes back or runs past the round");
        }
        last = *ms;
        if !key.iter().any(|(l, _)| l == letter) {
            return illegal("not a letter of the key");
        }
        if *letter == word[t.written] {
            t.written += 1;
        } else {
            t.mistakes += 1;
        }
    }
    Ok(t)
}

/// Stars of a written word: 3 without a mistake, 2 for one or two, else 1.
pub fn stars(mistakes: u32) -> u8 {
    match mistakes {
        0 => 3,
        1 | 2 => 2,
        _ => 1,
    }
}

/// The score of a written word: 10 a letter and 1 a level, less 5 a mistake, never below 0.
pub fn score(letters: usize, level: u32, mistakes: u32) -> i64 {
    (10 * letters as i64 + i64::from(level) - 5 * i64::from(mistakes)).max(0)
}

fn parse_taps(log: &Value) -> Result<Vec<(i64, String)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let taps = log
        .get("letters")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no letters"))?;
    if taps.len() > MAX_TAPS {
        return Err(ReplayError::TooLong);
    }
    taps.iter()
        .map(|f| match f.as_array().map(Vec::as_slice) {
            Some([ms, l]) => Some((ms.as_i64()?, l.as_str()?.to_string())),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("a letter is not [ms, letter]"))
}

pub struct HiddenWord;

impl Rules for HiddenWord {
    fn id(&self) -> &'static str {
        "hidden-word"
    }

    fn emoji(&self) -> &'static str {
        "🔍"
    }

    fn levels(&self) -> u32 {
        LEVELS
    }

    fn config(&self, level: u32, lang: &str) -> Value {
        let level = level.clamp(1, LEVELS);
        let alphabet = alphabet(lang);
        let list = list(lang);
        let entry = &list[(level as usize - 1) % list.len()];
        let word = letters(&entry.word, &alphabet).unwrap_or_default();
        json!({
            "level": level,
            "word": word,
            "emoji": entry.emoji,
            "extras": extras(level),
            "alphabet": alphabet,
        })
    }

    fn round_ms(&self) -> i64 {
        3600 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        level: u32,
        config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let bad = || ReplayError::Malformed("the round's config".into());
        let strings = |v: &Value| -> Result<Vec<String>, ReplayError> {
            serde_json::from_value(v.clone()).map_err(|_| bad())
        };
        let word = strings(&config["word"])?;
        let alphabet = strings(&config["alphabet"])?;
        let key = deal(seed, &word, &alphabet, extras(level));
        let t = play(&word, &key, &parse_taps(log)?)?;
        if word.is_empty() || t.written < word.len() {
            return Ok(Outcome {
                score: 0,
                stars: 0,
                passed: false,
            });
        }
        Ok(Outcome {
            score: score(word.len(), level, t.mistakes),
            stars: stars(t.mistakes),
            passed: true,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        match outcome.passed {
            true => i64::from(outcome.stars),
            false => 0,
        }
    }
}

#[cfg(test)]
mod tests;
