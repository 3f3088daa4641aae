//! Folding a name for comparison: one case, no accents, look-alike letters and digits written
//! in one script, so that a disguised word compares equal to the word it hides.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Cyrillic and Greek letters that look like a Latin letter (lower case, as after folding case;
/// `в`/`н` look like `B`/`H` in capitals).
const TO_LATIN: &[(char, char)] = &[
    ('а', 'a'),
    ('в', 'b'),
    ('е', 'e'),
    ('к', 'k'),
    ('м', 'm'),
    ('н', 'h'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('т', 't'),
    ('у', 'y'),
    ('х', 'x'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('ԁ', 'd'),
    ('ԛ', 'q'),
    ('ԝ', 'w'),
    ('ү', 'y'),
    ('һ', 'h'),
    ('ӏ', 'i'),
    ('α', 'a'),
    ('β', 'b'),
    ('ε', 'e'),
    ('η', 'n'),
    ('ι', 'i'),
    ('κ', 'k'),
    ('μ', 'u'),
    ('ν', 'v'),
    ('ο', 'o'),
    ('ρ', 'p'),
    ('τ', 't'),
    ('υ', 'u'),
    ('χ', 'x'),
    ('ω', 'w'),
];

/// Digits and signs written for Latin letters ("leetspeak"); `l` and `i` are one letter here
/// because `I`, `l` and `1` look alike in most phone fonts.
const LEET_LATIN: &[(char, char)] = &[
    ('0', 'o'),
    ('1', 'i'),
    ('3', 'e'),
    ('4', 'a'),
    ('5', 's'),
    ('7', 't'),
    ('8', 'b'),
    ('9', 'g'),
    ('@', 'a'),
    ('$', 's'),
    ('!', 'i'),
    ('|', 'i'),
    ('l', 'i'),
];

/// Latin letters that look like a Cyrillic letter.
const TO_CYRILLIC: &[(char, char)] = &[
    ('a', 'а'),
    ('b', 'в'),
    ('c', 'с'),
    ('e', 'е'),
    ('h', 'н'),
    ('k', 'к'),
    ('m', 'м'),
    ('o', 'о'),
    ('p', 'р'),
    ('t', 'т'),
    ('x', 'х'),
    ('y', 'у'),
];

/// Latin letters that stand for a Cyrillic one only next to Cyrillic letters (handwriting
/// shapes: `хuй`, `nизда`, `пiзда`), never in an all-Latin word, where they are just Latin.
const TO_CYRILLIC_MIXED: &[(char, char)] =
    &[('u', 'и'), ('n', 'п'), ('r', 'г'), ('i', 'и'), ('d', 'д')];

/// Digits and signs written for Cyrillic letters, and Uzbek and Ukrainian letters folded to
/// the Russian letter children write for them.
const LEET_CYRILLIC: &[(char, char)] = &[
    ('0', 'о'),
    ('3', 'з'),
    ('4', 'ч'),
    ('6', 'б'),
    ('9', 'я'),
    ('@', 'а'),
    ('$', 'с'),
    ('қ', 'к'),
    ('ғ', 'г'),
    ('ҳ', 'х'),
    ('ъ', 'ь'),
    ('і', 'и'),
    ('є', 'е'),
];

/// The apostrophes a name may hold once cleaned, and the ones children type for them.
pub(crate) const APOSTROPHES: [char; 7] = [
    '\'', '\u{2018}', '\u{2019}', '`', '\u{00B4}', '\u{02BB}', '\u{02BC}',
];

/// Characters that split a name into words.
pub(crate) fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '_' | '.')
}

fn lookup(table: &[(char, char)], c: char) -> Option<char> {
    table.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Lower case without accents: `É` → `e`, `й` → `и`, `ё` → `е`, `ў` → `у`.
fn plain(name: &str) -> impl Iterator<Item = char> + '_ {
    name.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
}

/// The key two names of one game must not share: case, accents, apostrophe forms, separators
/// and look-alike letters folded (`Ali`, `ALI`, `A li`, `Аli` with a Cyrillic `А`, `AIi`).
pub(crate) fn key(name: &str) -> String {
    plain(name)
        .filter(|c| !is_separator(*c))
        .map(|c| {
            if APOSTROPHES.contains(&c) {
                '\u{02BC}'
            } else if c == 'l' {
                'i'
            } else {
                lookup(TO_LATIN, c).unwrap_or(c)
            }
        })
        .collect()
}

/// One word of a name written twice for matching: in Latin letters and in Cyrillic ones.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Forms {
    pub latin: String,
    pub cyrillic: String,
    /// Digits alone: a number, which on its own is never read as leetspeak ("Ali 455").
    pub number: bool,
}

/// The words of a name (split at spaces, dots, dashes and underscores; apostrophes dropped), each
/// in both forms.
pub(crate) fn words(name: &str) -> Vec<Forms> {
    let plain: String = plain(name).filter(|c| !APOSTROPHES.contains(c)).collect();
    plain
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .map(|w| Forms {
            latin: latin_form(w),
            cyrillic: cyrillic_form(w),
            number: w.chars().all(|c| c.is_ascii_digit()),
        })
        .collect()
}

/// The word in Latin letters. Look-alike letters of other scripts are folded only in a word that
/// already mixes in a Latin letter or is made of look-alikes alone, so an all-Cyrillic word is
/// never half-folded into something it does not resemble.
pub(crate) fn latin_form(word: &str) -> String {
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    let mixed = letters().any(|c| c.is_ascii_alphabetic());
    let all = letters().all(|c| c.is_ascii_alphabetic() || lookup(TO_LATIN, c).is_some());
    word.chars()
        .map(|c| match lookup(LEET_LATIN, c) {
            Some(l) => l,
            None if mixed || all => lookup(TO_LATIN, c).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// The word in Cyrillic letters, by the same rule the other way.
pub(crate) fn cyrillic_form(word: &str) -> String {
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    let mixed = letters().any(is_cyrillic);
    let all = letters().all(|c| is_cyrillic(c) || lookup(TO_CYRILLIC, c).is_some());
    word.chars()
        .map(|c| {
            if let Some(l) = lookup(LEET_CYRILLIC, c) {
                return l;
            }
            let look_alike = if mixed || all {
                lookup(TO_CYRILLIC, c)
            } else {
                None
            };
            let handwritten = if mixed {
                lookup(TO_CYRILLIC_MIXED, c)
            } else {
                None
            };
            look_alike.or(handwritten).unwrap_or(c)
        })
        .collect()
}

/// Whether a word is written in Cyrillic (has a Cyrillic letter).
pub(crate) fn has_cyrillic(word: &str) -> bool {
    word.chars().any(is_cyrillic)
}

/// A word as runs of one letter (`fuuuck` → f1 u3 c1 k1), so repeated letters match.
pub(crate) type Runs = Vec<(char, u16)>;

/// The runs of `word`.
pub(crate) fn runs(word: &str) -> Runs {
    let mut out: Runs = Vec::new();
    for c in word.chars() {
        match out.last_mut() {
            Some((last, n)) if *last == c => *n = n.saturating_add(1),
            _ => out.push((c, 1)),
        }
    }
    out
}
