//! Completeness checks of the built-in content, run by the test suite: a card with a missing
//! field, a word that does not fit its letter or its sound (`sounds`), a wrong Uzbek apostrophe
//! or a one-way sibling link fails the build's tests, not a child's lesson.

use std::collections::HashSet;

use crate::content::{Alphabet, Content, Position};

/// How many cards each alphabet must have.
const EXPECTED: [(&str, usize); 3] = [("uz", 30), ("ru", 33), ("en", 26)];

/// Every problem found, as readable lines; empty when the content is sound.
pub fn problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    for (code, count) in EXPECTED {
        match content.alphabet(code) {
            None => out.push(format!("alphabet {code} is missing")),
            Some(a) if a.cards.len() != count => {
                out.push(format!("{code}: {} cards, expected {count}", a.cards.len()))
            }
            Some(_) => {}
        }
    }
    for a in &content.alphabets {
        for lang in ["uz", "ru", "en"] {
            if a.title.get(lang).is_none_or(|t| t.trim().is_empty()) {
                out.push(format!("{}: no title in {lang}", a.alphabet));
            }
        }
        let others: Vec<&str> = ["uz", "ru", "en"]
            .into_iter()
            .filter(|l| *l != a.alphabet)
            .collect();
        let mut words = HashSet::new();
        let mut pictures = HashSet::new();
        for card in &a.cards {
            if !ids.insert(card.id.clone()) {
                out.push(format!("{}: duplicate id", card.id));
            }
            if !card.id.starts_with(&format!("{}-", a.alphabet)) {
                out.push(format!("{}: id must start with {}-", card.id, a.alphabet));
            }
            for (field, value) in [
                ("upper", &card.upper),
                ("lower", &card.lower),
                ("name", &card.name),
                ("sound", &card.sound),
                ("emoji", &card.emoji),
            ] {
                if value.trim().is_empty() {
                    out.push(format!("{}: empty {field}", card.id));
                }
            }
            if card.words.len() < 3 {
                out.push(format!(
                    "{}: {} words, at least 3 needed",
                    card.id,
                    card.words.len()
                ));
            }
            for w in &card.words {
                let text = w.text.to_lowercase();
                if !words.insert(text.clone()) {
                    out.push(format!(
                        "{}: word {} repeats in {}",
                        card.id, w.text, a.alphabet
                    ));
                }
                if w.emoji.trim().is_empty() {
                    out.push(format!("{}: {} has no picture", card.id, w.text));
                } else if !pictures.insert(w.emoji.as_str()) {
                    // Picture rounds tell words apart by their pictures.
                    out.push(format!(
                        "{}: {} has a picture another word of {} has",
                        card.id, w.text, a.alphabet
                    ));
                }
                for lang in &others {
                    if w.meaning.get(*lang).is_none_or(|m| m.trim().is_empty()) {
                        out.push(format!("{}: {} has no meaning in {lang}", card.id, w.text));
                    }
                }
                if !fits(a, card.position, &card.lower, &text) {
                    out.push(format!(
                        "{}: {} does not {} the letter",
                        card.id,
                        w.text,
                        match card.position {
                            Position::Start => "start with",
                            Position::Inside => "contain",
                        }
                    ));
                }
            }
            for s in &card.siblings {
                match content.card(s) {
                    None => out.push(format!("{}: sibling {s} does not exist", card.id)),
                    Some((_, _, other)) if !other.siblings.contains(&card.id) => {
                        out.push(format!("{}: sibling {s} does not link back", card.id))
                    }
                    _ => {}
                }
            }
        }
    }
    out.extend(apostrophe_problems(content));
    out.extend(crate::sounds::problems(content));
    out
}

/// Whether a (lower-cased) word fits its letter: it starts with the letter and not with a
/// longer letter of the same alphabet that begins the same way (S but not Sh), or, for
/// letters that never start a word, contains it.
fn fits(alphabet: &Alphabet, position: Position, letter: &str, word: &str) -> bool {
    let letter = letter.to_lowercase();
    match position {
        Position::Inside => word.contains(&letter),
        Position::Start => {
            word.starts_with(&letter)
                && !alphabet.cards.iter().any(|c| {
                    let longer = c.lower.to_lowercase();
                    longer.len() > letter.len()
                        && longer.starts_with(&letter)
                        && word.starts_with(&longer)
                })
        }
    }
}

/// Uzbek text must use ʻ (U+02BB) and ʼ (U+02BC), never the typed stand-ins.
fn apostrophe_problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    for a in &content.alphabets {
        for card in &a.cards {
            let mut uzbek: Vec<&str> = Vec::new();
            if a.alphabet == "uz" {
                uzbek.extend([card.upper.as_str(), card.lower.as_str(), card.name.as_str()]);
                uzbek.extend(card.words.iter().map(|w| w.text.as_str()));
            }
            uzbek.extend(
                card.words
                    .iter()
                    .filter_map(|w| w.meaning.get("uz").map(String::as_str)),
            );
            for text in uzbek {
                if text.contains(['\'', '‘', '’', '`']) {
                    out.push(format!(
                        "{}: {text:?} uses a typed apostrophe; use ʻ or ʼ",
                        card.id
                    ));
                }
                if kernel::text::normalize_uzbek(text) != text {
                    out.push(format!(
                        "{}: {text:?} has ʻ and ʼ in the wrong places",
                        card.id
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_content_is_complete_and_correct() {
        let content = Content::parse().expect("content files parse");
        let problems = problems(&content);
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    #[test]
    fn the_checks_catch_broken_cards() {
        let mut content = Content::parse().expect("content files parse");
        let uz = &mut content.alphabets[0];
        uz.cards[0].words[0].text = "Baliq".into();
        uz.cards[0].words[1].meaning.clear();
        let s = uz
            .cards
            .iter()
            .position(|c| c.lower == "s")
            .expect("S card");
        uz.cards[s].words[0].text = "Shaftoli".into();
        uz.cards[1].words[0]
            .meaning
            .insert("uz".into(), "o'rdak".into());
        let found = problems(&content).join("\n");
        assert!(found.contains("does not start with"), "{found}");
        assert!(found.contains("no meaning"), "{found}");
        assert!(found.contains("Shaftoli does not start with"), "{found}");
    }
}
