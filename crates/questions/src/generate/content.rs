//! The generators' fixed phrases and word-problem templates: data files in `content/`, one per
//! language, embedded in the binary and parsed once.

use std::collections::HashMap;
use std::sync::LazyLock;

use kernel::i18n::Lang;
use serde::Deserialize;

/// Everything the generators write in one interface language.
#[derive(Debug)]
pub struct LangContent {
    pub phrases: Phrases,
    pub words: WordProblems,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrases {
    pub math: MathPhrases,
    pub letters: LetterPhrases,
    pub vocabulary: VocabularyPhrases,
}

/// Operator signs as this language's schools write them, and the arithmetic prompts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MathPhrases {
    pub plus: String,
    pub minus: String,
    pub times: String,
    pub divide: String,
    /// `{expr}`: "7 + 5".
    pub compute: String,
    /// `{expr}`, `{value}`.
    pub true_false: String,
    /// `{equation}` with a □ in place of the missing number.
    pub missing: String,
    /// `{a}`, `{b}`; the options are `<`, `>`, `=`.
    pub compare: String,
    /// `{q}`, `{r}`: a quotient with its remainder.
    pub remainder: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterPhrases {
    pub starts: String,
    pub starts_explanation: String,
    pub lower: String,
    pub upper: String,
    pub pair_explanation: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyPhrases {
    /// `{word}`, `{target}` (a name from `languages`).
    pub prompt: String,
    pub explanation: String,
    /// Language names as the prompt uses them, by code.
    pub languages: HashMap<String, String>,
}

/// Names, objects and story templates for word problems.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordProblems {
    pub names: Vec<Name>,
    pub objects: Vec<Object>,
    pub problems: Vec<Story>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Gender {
    #[serde(rename = "m")]
    Male,
    #[serde(rename = "f")]
    Female,
}

/// A child's name with the case forms the templates use (`nom`, and e.g. `gen`, `dat`, `da`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub gender: Gender,
    pub forms: HashMap<String, String>,
}

/// A countable thing with its forms: `one` (and `few`, `many`, `one_acc` in Russian,
/// `other` in English).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Object {
    /// Food can be eaten in a story; other things cannot.
    pub food: bool,
    pub forms: HashMap<String, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoryOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// A word-problem template: `{a}` `{b}` are its numbers in the order the story needs them
/// (for `sub` a > b, for `div` a is a multiple of b).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub op: StoryOp,
    /// Only food fits the story (it is eaten).
    #[serde(default)]
    pub food: bool,
    pub text: String,
}

const FILES: [(Lang, &str, &str); 3] = [
    (
        Lang::Uz,
        include_str!("../../content/phrases.uz.json"),
        include_str!("../../content/word-problems.uz.json"),
    ),
    (
        Lang::Ru,
        include_str!("../../content/phrases.ru.json"),
        include_str!("../../content/word-problems.ru.json"),
    ),
    (
        Lang::En,
        include_str!("../../content/phrases.en.json"),
        include_str!("../../content/word-problems.en.json"),
    ),
];

/// Parses the embedded files (unit tests prove they parse and render).
pub fn parse() -> Result<Vec<(Lang, LangContent)>, String> {
    FILES
        .iter()
        .map(|(lang, phrases, words)| {
            let phrases =
                serde_json::from_str(phrases).map_err(|e| format!("{lang:?} phrases: {e}"))?;
            let words =
                serde_json::from_str(words).map_err(|e| format!("{lang:?} word problems: {e}"))?;
            Ok((*lang, LangContent { phrases, words }))
        })
        .collect()
}

static CONTENT: LazyLock<Vec<(Lang, LangContent)>> =
    LazyLock::new(|| parse().expect("built-in generator content is valid"));

/// The content of one interface language.
pub fn of(lang: Lang) -> &'static LangContent {
    let found = CONTENT.iter().find(|(l, _)| *l == lang);
    &found.unwrap_or(&CONTENT[0]).1
}
