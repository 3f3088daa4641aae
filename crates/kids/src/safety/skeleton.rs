//! The matching form of a text, built so that disguises fold back onto the listed word:
//! NFKC, lower case, ё → е, Latin accents dropped, every apostrophe mark made `'`, Cyrillic
//! letters that look like Latin ones made Latin (а/a, с/c, у/y, н/h…), and the text cut into
//! words. Leetspeak, stretched letters and spaced-out letters are undone in [`words`].

use super::clean::is_apostrophe;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The one apostrophe of the matching form.
pub(super) const APOS: char = '\'';

/// Cyrillic letters and the Latin letter they look like (after lower-casing).
const HOMOGLYPHS: &[(char, char)] = &[
    ('а', 'a'),
    ('е', 'e'),
    ('ё', 'e'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('х', 'x'),
    ('у', 'y'),
    ('к', 'k'),
    ('м', 'm'),
    ('т', 't'),
    ('в', 'b'),
    ('н', 'h'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('һ', 'h'),
    ('ԁ', 'd'),
    ('ӏ', 'l'),
    ('ԛ', 'q'),
    ('ԝ', 'w'),
];

/// Digits and signs read as letters. The first table is for Latin words, the second for
/// words with Cyrillic letters in them (3 as з, 6 as б, 4 as ч).
const LEET: &[(char, char)] = &[
    ('0', 'o'),
    ('1', 'i'),
    ('3', 'e'),
    ('4', 'a'),
    ('5', 's'),
    ('7', 't'),
    ('@', 'a'),
    ('$', 's'),
    ('!', 'i'),
];
const LEET_CYRILLIC: &[(char, char)] = &[('0', 'o'), ('3', 'з'), ('4', 'ч'), ('6', 'б')];

/// The folded form of `text`: NFKC, lower case, accents and combining marks dropped, Uzbek
/// ŏ/ğ written o'/g', apostrophe marks made [`APOS`], Cyrillic homoglyphs made Latin.
pub(super) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkc().flat_map(char::to_lowercase) {
        match c {
            'ŏ' => out.push_str("o'"),
            'ğ' => out.push_str("g'"),
            c if is_apostrophe(c) => out.push(APOS),
            c if is_combining_mark(c) => {}
            '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => {
                let base = c.nfd().next().unwrap_or(c);
                out.push(if base.is_ascii() { base } else { c });
            }
            c => out.push(
                HOMOGLYPHS
                    .iter()
                    .find(|(k, _)| *k == c)
                    .map_or(c, |(_, v)| *v),
            ),
        }
    }
    out
}

/// Characters that may stand inside a word besides letters and digits: the apostrophe, the
/// leet signs and `*`, which hides a letter ("f*ck").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, APOS | '@' | '$' | '!' | '*')
}

/// The raw pieces of a folded text, with apostrophes, `!` and `*` trimmed from their ends.
fn pieces(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !is_word_char(c))
        .map(|p| p.trim_matches(|c| matches!(c, APOS | '!' | '*')))
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words of a folded text. Runs of two or more one-character pieces are joined into one
/// word when at least two of them are letters ("f.u.c.k", "с у к а", "s 3 x"); pieces without
/// a letter (numbers) are dropped.
pub(super) fn words(folded: &str) -> Vec<String> {
    let pieces = pieces(folded);
    let mut out = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let run = pieces[i..]
            .iter()
            .take_while(|p| p.chars().count() == 1)
            .count();
        let letters = pieces[i..i + run]
            .iter()
            .filter(|p| p.chars().all(char::is_alphabetic));
        if run >= 2 && letters.count() >= 2 {
            out.push(pieces[i..i + run].concat());
            i += run;
            continue;
        }
        let piece = &pieces[i];
        if piece.chars().any(char::is_alphabetic) {
            out.push(piece.clone());
        }
        i += 1;
    }
    out
}

/// The readings of one word to look up: as written, with leet undone (1 read as i and as l),
/// and with letters stretched over three or more times cut back to one or two.
pub(super) fn variants(word: &str) -> Vec<String> {
    let mut leet = vec![word.to_owned()];
    if word.chars().any(|c| LEET.iter().any(|(k, _)| *k == c)) {
        let latin = |one: char| -> String {
            let map = |c: char| if c == '1' { one } else { lookup(LEET, c) };
            word.chars().map(map).collect()
        };
        leet.push(latin('i'));
        leet.push(latin('l'));
        if word.chars().any(|c| ('\u{400}'..='\u{52F}').contains(&c)) {
            leet.push(word.chars().map(|c| lookup(LEET_CYRILLIC, c)).collect());
        }
    }
    let mut out = Vec::new();
    for w in leet {
        for v in destretch(&w) {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

fn lookup(table: &[(char, char)], c: char) -> char {
    table.iter().find(|(k, _)| *k == c).map_or(c, |(_, v)| *v)
}

/// `word` with every run of three or more equal letters cut to one or to two, in every
/// combination (up to the first four runs; later runs are cut to one).
fn destretch(word: &str) -> Vec<String> {
    let mut runs: Vec<(char, usize)> = Vec::new();
    for c in word.chars() {
        match runs.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => runs.push((c, 1)),
        }
    }
    let mut out = vec![String::new()];
    let mut long_runs = 0;
    for (c, n) in runs {
        if n < 3 {
            out.iter_mut()
                .for_each(|s| s.extend(std::iter::repeat_n(c, n)));
            continue;
        }
        long_runs += 1;
        let mut twos = Vec::new();
        for s in &mut out {
            if long_runs <= 4 {
                twos.push(format!("{s}{c}{c}"));
            }
            s.push(c);
        }
        out.extend(twos);
    }
    out
}
