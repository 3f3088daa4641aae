//! The Syllable puzzle's words: `content/syllables-uz.json`, each a word in Uzbek Latin, its
//! syllables and an emoji that shows it. Uzbek syllables follow the school rule, checked by
//! [`follows_the_rule`]: one vowel a syllable; one consonant between vowels opens the next
//! syllable (o-na, ki-tob), two are split (ol-ma), of three or more only the last goes on;
//! the digraphs oʻ, gʻ, sh, ch and ng (one sound before a consonant or at the end) never split.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// A word of the puzzle.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Word {
    pub word: String,
    pub syllables: Vec<String>,
    pub emoji: String,
}

/// The Uzbek list, in the file's order.
pub static UZ: LazyLock<Vec<Word>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../content/syllables-uz.json"))
        .expect("the built-in syllable words are valid")
});

/// The Russian list (`content/syllables-ru.json`), split as Russian primary school does.
pub static RU: LazyLock<Vec<Word>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../content/syllables-ru.json"))
        .expect("the built-in Russian syllable words are valid")
});

/// The words a child of `lang` plays: Russian in Russian, Uzbek otherwise (English too).
pub fn list(lang: &str) -> &'static [Word] {
    match lang {
        "ru" => &RU,
        _ => &UZ,
    }
}

/// The language the words of `lang`'s list are spoken in.
pub fn speech_lang(lang: &str) -> &'static str {
    match lang {
        "ru" => "ru-RU",
        _ => "uz-UZ",
    }
}

/// Whether a Russian word's syllables make it, each with one vowel, split as primary school
/// teaches syllables (ма-ма, ку-кла, я-бло-ко): consonants between vowels open the next
/// syllable, except that a sonorant (й, л, м, н, р) before another consonant closes the one
/// before (лам-па, ёл-ка, яй-цо); ь and ъ stay with the consonant before them.
pub fn follows_the_russian_rule(w: &Word) -> Result<(), String> {
    if w.syllables.concat() != w.word {
        return Err("the syllables do not make the word".into());
    }
    let vowel = |c: char| "аеёиоуыэюя".contains(c);
    // Consonant units: a letter with the signs after it.
    let consonants = |s: &str| -> Vec<char> {
        s.chars()
            .filter(|c| !vowel(*c) && !"ьъ".contains(*c))
            .collect()
    };
    for s in &w.syllables {
        if s.chars().filter(|c| vowel(*c)).count() != 1 {
            return Err(format!("“{s}” has not exactly one vowel"));
        }
        if s.starts_with(['ь', 'ъ']) {
            return Err(format!("“{s}” starts with a sign"));
        }
    }
    for k in 1..w.syllables.len() {
        let (a, b) = (&w.syllables[k - 1], &w.syllables[k]);
        let coda = consonants(a.rsplit(vowel).next().unwrap_or(""));
        let onset = consonants(b.split(vowel).next().unwrap_or(""));
        let all: Vec<char> = coda.iter().chain(&onset).copied().collect();
        let closes = all.len() >= 2 && "йлмнр".contains(all[0]);
        let want = if closes { 1 } else { 0 };
        if coda.len() != want {
            return Err(format!(
                "“{a}-{b}” should keep {want} consonant(s) before the break"
            ));
        }
    }
    Ok(())
}

/// A sound unit of Uzbek Latin: a vowel or a consonant, one letter or a digraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub text: String,
    pub vowel: bool,
}

const VOWELS: [&str; 6] = ["oʻ", "a", "e", "i", "o", "u"];

/// Splits Uzbek Latin text into sound units (lower case expected).
pub fn units(text: &str) -> Vec<Unit> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        // ng is n + g before a vowel and in n + gʻ (yon-gʻoq).
        let ng_splits = chars.get(i + 2).is_some_and(|c| "aeiouʻ".contains(*c));
        let digraph =
            matches!(two.as_str(), "oʻ" | "gʻ" | "sh" | "ch") || (two == "ng" && !ng_splits);
        let text = if digraph { two } else { chars[i].to_string() };
        i += text.chars().count();
        let vowel = VOWELS.contains(&text.as_str());
        out.push(Unit { text, vowel });
    }
    out
}

/// Whether `w`'s syllables make the word, each with one vowel, split by the rule.
pub fn follows_the_rule(w: &Word) -> Result<(), String> {
    if w.syllables.concat() != w.word {
        return Err("the syllables do not make the word".into());
    }
    let whole: Vec<String> = units(&w.word).into_iter().map(|u| u.text).collect();
    let parts: Vec<Vec<Unit>> = w.syllables.iter().map(|s| units(s)).collect();
    let joined: Vec<String> = parts.iter().flatten().map(|u| u.text.clone()).collect();
    if joined != whole {
        return Err("a digraph is split".into());
    }
    for (s, p) in w.syllables.iter().zip(&parts) {
        if p.iter().filter(|u| u.vowel).count() != 1 {
            return Err(format!("“{s}” has not exactly one vowel"));
        }
    }
    for k in 1..parts.len() {
        let coda = parts[k - 1].iter().rev().take_while(|u| !u.vowel).count();
        let onset = parts[k].iter().take_while(|u| !u.vowel).count();
        let n = coda + onset;
        let want = match n {
            0 => (0, 0),
            1 => (0, 1),
            _ => (n - 1, 1),
        };
        if (coda, onset) != want {
            let (a, b) = (&w.syllables[k - 1], &w.syllables[k]);
            return Err(format!(
                "“{a}-{b}” should keep {} consonant(s) before the break",
                want.0
            ));
        }
    }
    Ok(())
}
