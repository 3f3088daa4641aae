//! First sounds: on a `start` card every picture word must begin with the card's sound as a
//! child hears it, not only as it is spelt. "First sound" plays the word and marks the child's
//! answer by the card, so a word whose first letter says something else teaches a wrong ear.
//!
//! - Uzbek spelling is phonemic: the word's first letter (the longest of the alphabet's letters
//!   it starts with, so Sh, Ch, Ng, Oʻ, Gʻ win over S, C, N, O, G) must be the card's letter.
//! - Russian О Е Ё Э Ю Я change their sound when unstressed (Обезьяна is said «абизьяна»), so a
//!   word on their `start` card carries its stress (`stress`: `О́блако`) on the first letter.
//! - English spelling is not phonemic (Owl, Ice, Unicorn, Xylophone, Giraffe, Knife), so every
//!   English word carries its British pronunciation (`ipa`), which must begin with (or, on an
//!   `inside` card, contain) the letter's usual sound from [`ENGLISH_SOUNDS`].

use crate::content::{Alphabet, Card, Content, Position, Word};

/// The acute accent Russian dictionaries put after a stressed vowel.
pub const STRESS_MARK: char = '\u{301}';

const RUSSIAN_VOWELS: &str = "аеёиоуыэюя";

/// Russian vowels a word on their `start` card must begin stressed: unstressed, о is said [ɐ],
/// е and я [jɪ], э [ɪ]. Ё is always stressed. Ю keeps its [u] colour unstressed, but is held to
/// the same rule so that no card rests on a reduced vowel.
pub const RUSSIAN_STRESSED_START: &str = "оеёэюя";

/// The sound each English letter's card teaches (British, in IPA phonemes): the short vowels,
/// hard C and G, /kw/ for Q and /ks/ for X.
pub const ENGLISH_SOUNDS: [(&str, &[&str]); 26] = [
    ("a", &["æ"]),
    ("b", &["b"]),
    ("c", &["k"]),
    ("d", &["d"]),
    ("e", &["e"]),
    ("f", &["f"]),
    ("g", &["ɡ"]),
    ("h", &["h"]),
    ("i", &["ɪ"]),
    ("j", &["dʒ"]),
    ("k", &["k"]),
    ("l", &["l"]),
    ("m", &["m"]),
    ("n", &["n"]),
    ("o", &["ɒ"]),
    ("p", &["p"]),
    ("q", &["k", "w"]),
    ("r", &["r"]),
    ("s", &["s"]),
    ("t", &["t"]),
    ("u", &["ʌ"]),
    ("v", &["v"]),
    ("w", &["w"]),
    ("x", &["k", "s"]),
    ("y", &["j"]),
    ("z", &["z"]),
];

/// Phonemes written with more than one symbol; the longest match is taken first.
const LONG_PHONEMES: [&str; 15] = [
    "eɪ", "aɪ", "ɔɪ", "əʊ", "aʊ", "ɪə", "eə", "ʊə", "tʃ", "dʒ", "iː", "ɑː", "ɔː", "uː", "ɜː",
];

/// Every first-sound problem of the content, as readable lines.
pub fn problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    for a in &content.alphabets {
        for card in &a.cards {
            for w in &card.words {
                let problem = match a.alphabet.as_str() {
                    "uz" => uzbek(a, card, w),
                    "ru" => russian(card, w),
                    "en" => english(card, w),
                    _ => None,
                };
                out.extend(problem.map(|p| format!("{}: {} {p}", card.id, w.text)));
                if a.alphabet != "ru" && w.stress.is_some() {
                    out.push(format!("{}: {} has a Russian stress mark", card.id, w.text));
                }
                if a.alphabet != "en" && w.ipa.is_some() {
                    out.push(format!("{}: {} has an English ipa", card.id, w.text));
                }
            }
        }
    }
    out
}

/// The alphabet's letter a word starts with: the longest one, so `Sher` starts with Sh.
pub fn uzbek_first_letter<'a>(alphabet: &'a Alphabet, word: &str) -> Option<&'a str> {
    let word = word.to_lowercase();
    alphabet
        .cards
        .iter()
        .map(|c| c.lower.as_str())
        .filter(|l| word.starts_with(&l.to_lowercase()))
        .max_by_key(|l| l.chars().count())
}

fn uzbek(a: &Alphabet, card: &Card, w: &Word) -> Option<String> {
    if card.position != Position::Start {
        return None;
    }
    match uzbek_first_letter(a, &w.text) {
        Some(l) if l == card.lower => None,
        Some(l) => Some(format!("starts with the sound of {l}, not {}", card.lower)),
        None => Some("starts with no letter of the alphabet".into()),
    }
}

/// The index (in letters, counting from 0) of the stressed vowel, or why the mark is unusable.
pub fn russian_stress(text: &str, stressed: &str) -> Result<usize, String> {
    if stressed.replace(STRESS_MARK, "") != text {
        return Err(format!("stress {stressed:?} is not the word with one mark"));
    }
    let chars: Vec<char> = stressed.chars().collect();
    let marks: Vec<usize> = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == STRESS_MARK)
        .map(|(i, _)| i)
        .collect();
    let [at] = marks[..] else {
        return Err(format!("stress {stressed:?} needs exactly one mark"));
    };
    let vowel = at
        .checked_sub(1)
        .and_then(|i| chars.get(i))
        .filter(|c| RUSSIAN_VOWELS.contains(c.to_lowercase().next().unwrap_or(**c)));
    match vowel {
        Some(_) => Ok(at - 1),
        None => Err(format!("stress {stressed:?} does not follow a vowel")),
    }
}

fn russian(card: &Card, w: &Word) -> Option<String> {
    let stressed_at = match w.stress.as_deref().map(|s| russian_stress(&w.text, s)) {
        Some(Err(e)) => return Some(e),
        Some(Ok(i)) => Some(i),
        None => None,
    };
    let letter = card.lower.to_lowercase();
    let strict = card.position == Position::Start
        && letter.chars().count() == 1
        && RUSSIAN_STRESSED_START.contains(letter.as_str());
    if let (Some(i), Some(yo)) = (stressed_at, w.text.to_lowercase().find('ё')) {
        if w.text.to_lowercase()[..yo].chars().count() != i {
            return Some("has ё, which is always stressed, but is marked elsewhere".into());
        }
    }
    if !strict {
        return None;
    }
    match stressed_at {
        Some(0) => None,
        Some(_) => Some(format!(
            "starts with an unstressed {}, which does not sound like the card",
            card.lower
        )),
        None if letter == "ё" => None,
        None => Some(format!(
            "needs its stress (`stress`) to show that the first {} is stressed",
            card.lower
        )),
    }
}

/// IPA split into phonemes (stress marks, syllable dots and spaces dropped).
pub fn phonemes(ipa: &str) -> Vec<String> {
    let clean: String = ipa
        .chars()
        .filter(|c| !matches!(c, 'ˈ' | 'ˌ' | '.' | ' ' | '/'))
        .map(|c| if c == 'g' { 'ɡ' } else { c })
        .collect();
    let mut out = Vec::new();
    let mut rest = clean.as_str();
    while let Some(first) = rest.chars().next() {
        let len = LONG_PHONEMES
            .iter()
            .find(|p| rest.starts_with(*p))
            .map_or(first.len_utf8(), |p| p.len());
        out.push(rest[..len].to_string());
        rest = &rest[len..];
    }
    out
}

fn english(card: &Card, w: &Word) -> Option<String> {
    let Some(ipa) = w.ipa.as_deref().filter(|i| !i.trim().is_empty()) else {
        return Some("has no pronunciation (`ipa`)".into());
    };
    let letter = card.lower.to_lowercase();
    let Some((_, sound)) = ENGLISH_SOUNDS.iter().find(|(l, _)| *l == letter) else {
        return Some(format!("is on a card whose sound is unknown ({letter})"));
    };
    let said = phonemes(ipa);
    let same =
        |at: &[String]| at.len() == sound.len() && at.iter().zip(*sound).all(|(a, b)| a == b);
    let ok = match card.position {
        Position::Start => said.len() >= sound.len() && same(&said[..sound.len()]),
        Position::Inside => said.windows(sound.len()).any(same),
    };
    (!ok).then(|| {
        format!(
            "is said /{ipa}/: it does not {} the sound /{}/",
            match card.position {
                Position::Start => "start with",
                Position::Inside => "contain",
            },
            sound.concat()
        )
    })
}
