//! Splitting Uzbek words into the letters of the Harf alphabet (digraphs oʻ gʻ sh ch ng and
//! the tutuq belgisi ʼ included), to tell whether a beginner who knows some letters can read them.

use super::grammar::uz_apostrophes;

/// A letter as the Harf alphabet writes it in lower case, normalised ("o'" → "oʻ").
pub(crate) fn normalize_letter(letter: &str) -> String {
    uz_apostrophes(&letter.trim().to_lowercase())
}

/// The words of a sentence in lower case, without punctuation.
pub(crate) fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !(c.is_alphabetic() || c == 'ʻ' || c == 'ʼ'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// `word` as a sequence of `letters`, if it splits into them in at least one way. "ng" may be
/// read as n + g ("singil"), but "sh" is always the one letter sh: Uzbek writes s + h apart
/// with a tutuq ("Isʼhoq"), so a child who knows s and h cannot yet read "shox".
pub fn split_letters(word: &str, letters: &[String]) -> Option<Vec<String>> {
    let word = uz_apostrophes(&word.to_lowercase());
    let known: Vec<String> = letters
        .iter()
        .map(|l| normalize_letter(l))
        .filter(|l| !l.is_empty())
        .collect();
    let mut dead = vec![false; word.len() + 1];
    let mut out = Vec::new();
    if walk(&word, 0, &known, &mut dead, &mut out) {
        Some(out)
    } else {
        None
    }
}

fn walk(word: &str, at: usize, known: &[String], dead: &mut [bool], out: &mut Vec<String>) -> bool {
    if at == word.len() {
        return true;
    }
    if dead[at] {
        return false;
    }
    for letter in known {
        if letter == "s" && word[at..].starts_with("sh") {
            continue;
        }
        if word[at..].starts_with(letter.as_str()) {
            out.push(letter.clone());
            if walk(word, at + letter.len(), known, dead, out) {
                return true;
            }
            out.pop();
        }
    }
    dead[at] = true;
    false
}

/// Whether every word of `sentence` splits into `letters`.
pub(crate) fn readable(sentence: &str, letters: &[String]) -> bool {
    words(sentence)
        .iter()
        .all(|w| split_letters(w, letters).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(letters: &str) -> Vec<String> {
        letters.split(' ').map(String::from).collect()
    }

    #[test]
    fn digraphs_and_single_letters() {
        assert_eq!(
            split_letters("oʻrik", &set("oʻ r i k")).unwrap(),
            ["oʻ", "r", "i", "k"]
        );
        assert!(split_letters("oʻrik", &set("o r i k")).is_none());
        assert_eq!(
            split_letters("shox", &set("sh o x")).unwrap(),
            ["sh", "o", "x"]
        );
        assert!(split_letters("shox", &set("s h o x")).is_none());
        assert_eq!(
            split_letters("isʼhoq", &set("i s ' h o q")).unwrap(),
            ["i", "s", "ʼ", "h", "o", "q"]
        );
        assert_eq!(
            split_letters("singil", &set("s i l n g")).unwrap(),
            ["s", "i", "n", "g", "i", "l"]
        );
        assert_eq!(
            split_letters("tong", &set("t o ng")).unwrap(),
            ["t", "o", "ng"]
        );
        assert!(split_letters("tong", &set("t o n")).is_none());
        assert_eq!(
            split_letters("Maʼno", &set("m a ' n o")).unwrap(),
            ["m", "a", "ʼ", "n", "o"]
        );
        assert_eq!(
            split_letters("o'g'il", &set("o' g' i l")).unwrap(),
            ["oʻ", "gʻ", "i", "l"]
        );
    }

    #[test]
    fn sentences() {
        assert_eq!(
            words("«Ona, mana non!» — dedi."),
            ["ona", "mana", "non", "dedi"]
        );
        assert!(readable("Ona non oldi.", &set("o n a l d i")));
        assert!(!readable("Ona non yedi.", &set("o n a l d i")));
    }
}
