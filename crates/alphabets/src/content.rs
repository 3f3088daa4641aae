//! The built-in alphabets: data files in `content/`, embedded in the binary and parsed once.

use std::collections::HashMap;
use std::sync::LazyLock;

use kernel::i18n::Lang;
use serde::{Deserialize, Serialize};

/// One alphabet and its cards, in learning order.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Alphabet {
    /// `uz`, `ru` or `en`.
    pub alphabet: String,
    pub title: HashMap<String, String>,
    /// BCP-47 tag for speech: `uz-UZ`, `ru-RU`, `en-US` (the speech module's English tag; the
    /// English words and names are British).
    pub speech_lang: String,
    pub cards: Vec<Card>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
    pub upper: String,
    pub lower: String,
    /// The letter's name, as a teacher says it.
    pub name: String,
    /// Text a speech engine reads to make the letter's sound.
    pub sound: String,
    pub emoji: String,
    /// `start`: the words start with the letter; `inside`: they contain it.
    pub position: Position,
    pub words: Vec<Word>,
    /// Cards of other alphabets with the same sound.
    pub siblings: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Start,
    Inside,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Word {
    pub text: String,
    pub emoji: String,
    /// The word's meaning in the other two interface languages.
    pub meaning: HashMap<String, String>,
    /// Russian: the word with an acute accent (U+0301) after its stressed vowel, `О́блако`.
    /// Required where the card's vowel changes its sound when unstressed (see `sounds`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress: Option<String>,
    /// English: the word's British pronunciation in IPA, `ˈæpl`. Required on every English
    /// word, because English spelling does not tell the first sound (see `sounds`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipa: Option<String>,
}

impl Alphabet {
    pub fn title_in(&self, lang: &Lang) -> &str {
        self.title
            .get(lang.code())
            .map(String::as_str)
            .unwrap_or(&self.alphabet)
    }

    pub fn card(&self, id: &str) -> Option<(usize, &Card)> {
        self.cards.iter().enumerate().find(|(_, c)| c.id == id)
    }
}

impl Word {
    /// The meaning in `lang`, or nothing when the word is in that language already.
    pub fn meaning_in(&self, lang: &Lang) -> Option<&str> {
        self.meaning.get(lang.code()).map(String::as_str)
    }
}

/// All alphabets, in the order children meet them: Uzbek, Russian, English.
pub struct Content {
    pub alphabets: Vec<Alphabet>,
}

const FILES: [&str; 3] = [
    include_str!("../content/uz.json"),
    include_str!("../content/ru.json"),
    include_str!("../content/en.json"),
];

impl Content {
    /// Parses the embedded files (a unit test proves they parse and are complete).
    pub fn parse() -> Result<Self, String> {
        let alphabets = FILES
            .iter()
            .map(|f| serde_json::from_str::<Alphabet>(f).map_err(|e| e.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { alphabets })
    }

    pub fn alphabet(&self, code: &str) -> Option<&Alphabet> {
        self.alphabets.iter().find(|a| a.alphabet == code)
    }

    /// The card with this id, and its alphabet.
    pub fn card(&self, id: &str) -> Option<(&Alphabet, usize, &Card)> {
        let code = id.split('-').next()?;
        let alphabet = self.alphabet(code)?;
        let (i, card) = alphabet.card(id)?;
        Some((alphabet, i, card))
    }
}

/// The content, parsed at first use.
pub static CONTENT: LazyLock<Content> =
    LazyLock::new(|| Content::parse().expect("built-in Harf content is valid"));
