//! Vocabulary questions from the built-in alphabets' picture words: a word in one language,
//! its meaning to choose in another. Distractors are other words' meanings.

use alphabets::{Word, CONTENT};
use kernel::i18n::Lang;
use rand::seq::SliceRandom;
use rand::Rng;

use super::template::fill_pairs;
use super::{choice, subject_of, unique_batch, Draft, Request};
use crate::grading::normalize_text;
use crate::model::question::Question;

/// `<word language>-<meaning language>`.
pub const TOPICS: [&str; 6] = ["uz-ru", "uz-en", "ru-uz", "ru-en", "en-uz", "en-ru"];

pub fn generate(req: &Request, topic: Option<&'static str>, rng: &mut impl Rng) -> Vec<Draft> {
    let phrases = &super::content::of(req.language).phrases.vocabulary;
    let interface = req.language.code();
    unique_batch(req.count, || {
        let code = topic.or_else(|| TOPICS.choose(rng).copied())?;
        let (from, to) = code.split_once('-')?;
        let to_lang = Lang::parse(to)?;
        let words: Vec<&Word> = CONTENT
            .alphabet(from)?
            .cards
            .iter()
            .flat_map(|c| &c.words)
            .collect();
        let word = *words.choose(rng)?;
        let key = word.meaning_in(&to_lang)?.to_string();
        // "Yo-yo" is "yo-yo" in Uzbek too: nothing to ask.
        if normalize_text(&key) == normalize_text(&word.text) {
            return None;
        }
        let others = words
            .choose_multiple(rng, 12)
            .filter_map(|w| w.meaning_in(&to_lang))
            .map(str::to_string);
        let body = choice::single(key.clone(), others, 4, rng)?;
        let target = phrases.languages.get(to)?;
        let prompt = fill_pairs(&phrases.prompt, &[("word", &word.text), ("target", target)]);
        let explanation = fill_pairs(
            &phrases.explanation,
            &[
                ("emoji", &word.emoji),
                ("word", &word.text),
                ("meaning", &key),
            ],
        );
        // The language being learnt is the one that is not the child's interface language.
        let (subject, difficulty) = if to == interface {
            (from, 1)
        } else if from == interface {
            (to, 2)
        } else {
            (from, 3)
        };
        let question = Question {
            prompt,
            body,
            explanation: Some(explanation),
        };
        Some(Draft {
            question,
            subject: subject_of(subject).into(),
            topic: code.into(),
            difficulty,
        })
    })
}
