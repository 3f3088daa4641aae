//! The story writer's content: heroes, places, themes with their plots, and the words of the
//! questions, one file per language under `crates/kids/content/`, parsed once.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::Talk;
use crate::model::Lang;

/// One way to tell a beat: sentences joined with spaces. A sentence that starts with `y:` is
/// told only to young children, one that starts with `o:` only to older ones.
pub(crate) type Variant = Vec<String>;

/// Everything the writer knows in one language.
#[derive(Debug, Deserialize)]
pub(crate) struct Content {
    /// How a hero with a typed name is introduced: `{name}` and `{nom}` (the species) are filled.
    pub named: String,
    pub heroes: Vec<HeroDef>,
    pub places: Vec<PlaceDef>,
    pub themes: Vec<ThemeDef>,
    /// Beats every plot shares (`open`, `scene`, `home`), by name.
    pub beats: BTreeMap<String, Vec<Variant>>,
    pub quiz: QuizText,
}

/// Grammatical gender: Russian agreement, English pronouns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Gender {
    #[default]
    M,
    F,
    N,
}

/// A hero (also the helper of another hero's story).
#[derive(Debug, Deserialize)]
pub(crate) struct HeroDef {
    pub id: String,
    pub emoji: String,
    /// The name shown on the choice card.
    pub name: String,
    #[serde(default)]
    pub gender: Gender,
    /// Stored forms: Uzbek `nom` (the rest by rule), Russian the six cases, English `nom`, `a`.
    pub forms: BTreeMap<String, String>,
    /// More typed answers accepted for "who helped?" (e.g. the plain species word).
    #[serde(default)]
    pub accepted: Vec<String>,
}

/// A place, with the phrases "to", "in" and "from" and the things found there.
#[derive(Debug, Deserialize)]
pub(crate) struct PlaceDef {
    pub id: String,
    pub emoji: String,
    pub name: String,
    pub forms: BTreeMap<String, String>,
    pub thing: BTreeMap<String, String>,
    pub thing_emoji: String,
}

/// A theme: its plots, titles, morals and the talk prompts for older children.
#[derive(Debug, Deserialize)]
pub(crate) struct ThemeDef {
    pub id: String,
    pub emoji: String,
    pub name: String,
    pub titles: Vec<String>,
    pub morals: Vec<String>,
    pub talk: Vec<Talk>,
    pub plots: Vec<Plot>,
}

/// One plot of a theme: its own beats (`problem`, `try`, `help`, `act`, `end`) and facts.
#[derive(Debug, Deserialize)]
pub(crate) struct Plot {
    /// The problem in a few words, as an answer option ("😢 …").
    pub problem: String,
    pub problem_emoji: String,
    pub act_emoji: String,
    pub facts: Vec<Fact>,
    pub beats: BTreeMap<String, Vec<Variant>>,
}

/// A statement about the plot for a true/false question.
#[derive(Debug, Deserialize)]
pub(crate) struct Fact {
    pub text: String,
    pub answer: bool,
}

/// The prompts of the comprehension questions.
#[derive(Debug, Deserialize)]
pub(crate) struct QuizText {
    pub who: String,
    pub place: String,
    pub helper: String,
    pub helper_short: String,
    pub problem: String,
    /// The true/false prompt; `{fact}` is the statement.
    pub fact: String,
}

fn parse(lang: &str, text: &str) -> Content {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("compose-{lang}.json: {e}"))
}

static UZ: LazyLock<Content> =
    LazyLock::new(|| parse("uz", include_str!("../../content/compose-uz.json")));
static RU: LazyLock<Content> =
    LazyLock::new(|| parse("ru", include_str!("../../content/compose-ru.json")));
static EN: LazyLock<Content> =
    LazyLock::new(|| parse("en", include_str!("../../content/compose-en.json")));

/// The content of a language.
pub(crate) fn content(lang: Lang) -> &'static Content {
    match lang {
        Lang::Uz => &UZ,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
