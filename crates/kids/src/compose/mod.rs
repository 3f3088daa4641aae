//! The offline story writer: a hero, a place, a theme and a length in, a warm story with its
//! pictures, comprehension questions and talk prompts out, in Uzbek, Russian or English, the
//! same for the same seed. Content lives in `crates/kids/content/compose-*.json`; the decodable
//! mode for beginning Uzbek readers in `decodable-uz.json`. Design in `docs/kids-compose.md`.

mod bank;
mod content;
mod decodable;
mod grammar;
mod letters;
mod quiz;
mod render;
mod rng;
mod story;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_decodable;
#[cfg(test)]
mod tests_lint;

use serde::{Deserialize, Serialize};

use crate::model::{Age, Lang, Length};

pub use decodable::decodable;
pub use grammar::{uz_apostrophes, uz_cases, uz_dative};
pub use letters::split_letters;
pub use story::compose;

/// What the child (or parent) asked for.
#[derive(Clone, Copy, Debug)]
pub struct Request<'a> {
    pub lang: Lang,
    pub age: Age,
    pub length: Length,
    /// A hero id from [`choices`], or `None` for a seeded pick.
    pub hero: Option<&'a str>,
    /// A name the child typed for the hero (already checked by the safety filter).
    pub name: Option<&'a str>,
    /// A place id from [`choices`], or `None`.
    pub place: Option<&'a str>,
    /// A theme id from [`choices`], or `None`.
    pub theme: Option<&'a str>,
    pub seed: u64,
}

/// A written story with its questions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Story {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// One emoji per paragraph.
    pub pictures: Vec<String>,
    /// Three to five questions about this story.
    pub questions: Vec<questions::model::question::Question>,
    /// Open questions to talk about (older children only).
    pub talk: Vec<Talk>,
    pub moral: String,
    /// The ids used.
    pub hero: String,
    pub place: String,
    pub theme: String,
}

/// An open question, with words a good answer is likely to contain (stems included).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Talk {
    pub prompt: String,
    pub keywords: Vec<String>,
}

/// One card to choose from.
#[derive(Clone, Debug, Serialize)]
pub struct Choice {
    pub id: String,
    pub name: String,
    pub emoji: String,
}

/// The heroes, places and themes of a language.
#[derive(Clone, Debug, Serialize)]
pub struct Choices {
    pub heroes: Vec<Choice>,
    pub places: Vec<Choice>,
    pub themes: Vec<Choice>,
}

/// Why no story could be written.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum ComposeError {
    /// "hero", "place" or "theme": the id is not in the content.
    #[error("unknown {0}")]
    Unknown(&'static str),
    /// The learned letters do not make three sentences yet.
    #[error("not enough letters")]
    NotEnoughLetters,
}

/// The heroes, places and themes a child can pick from, in `lang`.
pub fn choices(lang: Lang) -> Choices {
    let c = content::content(lang);
    let card = |id: &str, name: &str, emoji: &str| Choice {
        id: id.to_string(),
        name: name.to_string(),
        emoji: emoji.to_string(),
    };
    Choices {
        heroes: c
            .heroes
            .iter()
            .map(|h| card(&h.id, &h.name, &h.emoji))
            .collect(),
        places: c
            .places
            .iter()
            .map(|p| card(&p.id, &p.name, &p.emoji))
            .collect(),
        themes: c
            .themes
            .iter()
            .map(|t| card(&t.id, &t.name, &t.emoji))
            .collect(),
    }
}

/// Paragraphs of a story of `length`.
pub(crate) fn beats(length: Length) -> &'static [&'static str] {
    match length {
        Length::Short => &["open", "problem", "help", "act", "end"],
        Length::Medium => &[
            "open", "scene", "problem", "try", "help", "act", "end", "home",
        ],
    }
}
