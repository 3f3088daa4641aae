//! Letter questions from the built-in alphabets: which letter a pictured word starts with,
//! and capital/small pairs. Prompts are in the interface language; letters and words stay in
//! their own alphabet.

use alphabets::{Alphabet, Card, Position, CONTENT};
use rand::seq::SliceRandom;
use rand::Rng;

use super::content::LetterPhrases;
use super::template::fill_pairs;
use super::{choice, subject_of, unique_batch, Draft, Request};
use crate::model::question::Question;

/// Topics are the alphabets.
pub const TOPICS: [&str; 3] = ["uz", "ru", "en"];

pub fn generate(req: &Request, topic: Option<&'static str>, rng: &mut impl Rng) -> Vec<Draft> {
    let phrases = &super::content::of(req.language).phrases.letters;
    unique_batch(req.count, || {
        let code = topic.or_else(|| TOPICS.choose(rng).copied())?;
        let alphabet = CONTENT.alphabet(code)?;
        let (question, difficulty) = match rng.gen_range(0..4) {
            0 | 1 => starts_with(alphabet, phrases, rng)?,
            2 => case_pair(alphabet, phrases, true, rng)?,
            _ => case_pair(alphabet, phrases, false, rng)?,
        };
        Some(Draft {
            question,
            subject: subject_of(code).into(),
            topic: code.into(),
            difficulty,
        })
    })
}

/// Letters written with more than one character (Sh, Ch, Oʻ, Gʻ, Ng) are harder.
fn letter_difficulty(card: &Card, base: i64) -> i64 {
    (base + i64::from(card.upper.chars().count() > 1)).min(3)
}

/// "🐻 Ayiq — which letter does this word start with?" Only letters that start words are
/// asked, and no option is a shorter letter the word also starts with (S for Sher).
fn starts_with(
    alphabet: &Alphabet,
    p: &LetterPhrases,
    rng: &mut impl Rng,
) -> Option<(Question, i64)> {
    let starters: Vec<&Card> = alphabet
        .cards
        .iter()
        .filter(|c| c.position == Position::Start)
        .collect();
    let card = *starters.choose(rng)?;
    let word = card.words.choose(rng)?;
    let text = word.text.to_lowercase();
    let mut others: Vec<&Card> = starters
        .iter()
        .copied()
        .filter(|c| c.id != card.id && !text.starts_with(&c.lower.to_lowercase()))
        .collect();
    others.shuffle(rng);
    let body = choice::single(
        card.upper.clone(),
        others.iter().map(|c| c.upper.clone()),
        4,
        rng,
    )?;
    let prompt = fill_pairs(&p.starts, &[("emoji", &word.emoji), ("word", &word.text)]);
    let explanation = fill_pairs(
        &p.starts_explanation,
        &[("word", &word.text), ("letter", &card.upper)],
    );
    Some((
        Question {
            prompt,
            body,
            explanation: Some(explanation),
        },
        letter_difficulty(card, 1),
    ))
}

/// "Find the small letter that goes with the capital Gʻ" (or the other way round). Letters
/// with one form only (ʼ) are skipped.
fn case_pair(
    alphabet: &Alphabet,
    p: &LetterPhrases,
    to_lower: bool,
    rng: &mut impl Rng,
) -> Option<(Question, i64)> {
    let paired: Vec<&Card> = alphabet
        .cards
        .iter()
        .filter(|c| c.upper != c.lower)
        .collect();
    let card = *paired.choose(rng)?;
    let form = |c: &Card| {
        if to_lower {
            c.lower.clone()
        } else {
            c.upper.clone()
        }
    };
    let mut others: Vec<&Card> = paired.iter().copied().filter(|c| c.id != card.id).collect();
    others.shuffle(rng);
    let body = choice::single(form(card), others.iter().map(|c| form(c)), 4, rng)?;
    let prompt = if to_lower {
        fill_pairs(&p.lower, &[("upper", &card.upper)])
    } else {
        fill_pairs(&p.upper, &[("lower", &card.lower)])
    };
    let explanation = fill_pairs(
        &p.pair_explanation,
        &[("upper", &card.upper), ("lower", &card.lower)],
    );
    Some((
        Question {
            prompt,
            body,
            explanation: Some(explanation),
        },
        letter_difficulty(card, 2),
    ))
}
