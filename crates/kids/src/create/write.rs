//! Writing the story itself: the decodable writer, or the offline writer with the LLM asked
//! first when one is configured and the hero's name was not refused.

use ai::llm::LlmClient;
use kernel::{AppError, AppResult};

use super::input::{Hero, Parsed};
use crate::body::{StoryBody, Talk};
use crate::compose::{self, ComposeError};
use crate::llm_story::{self, Ask};
use crate::model::Age;

/// A written story before it is stored.
pub struct Written {
    pub title: String,
    pub body: StoryBody,
    pub emoji: String,
    /// "offline" or "llm".
    pub source: &'static str,
}

/// What the child asked for.
pub struct Wish<'a> {
    pub parsed: &'a Parsed,
    pub hero: &'a Hero,
    pub place: Option<&'a str>,
    pub theme: Option<&'a str>,
    pub seed: u64,
}

/// A decodable story from the letters the child has learned.
pub fn decodable(letters: &[String], age: Age, seed: u64) -> AppResult<Written> {
    let story = compose::decodable(letters, age, seed).map_err(|e| match e {
        ComposeError::NotEnoughLetters => {
            AppError::field("decodable", "smartkids-not-enough-letters")
        }
        ComposeError::Unknown(_) => AppError::internal(anyhow::anyhow!("decodable: {e}")),
    })?;
    let emoji = story
        .pictures
        .first()
        .cloned()
        .unwrap_or_else(|| "📖".into());
    let (title, body) = from_compose(story);
    Ok(Written {
        title,
        body,
        emoji,
        source: "offline",
    })
}

/// The offline writer's story, or the LLM's when it writes one that passes the checks.
pub async fn story(
    llm: Option<&LlmClient>,
    choices: &compose::Choices,
    w: &Wish<'_>,
) -> AppResult<Written> {
    let p = w.parsed;
    let req = compose::Request {
        lang: p.lang,
        age: p.age,
        length: p.length,
        hero: w.hero.hero.as_deref(),
        name: w.hero.name.as_deref(),
        place: w.place,
        theme: w.theme,
        seed: w.seed,
    };
    let story =
        compose::compose(&req).map_err(|e| AppError::internal(anyhow::anyhow!("compose: {e}")))?;
    let emoji = choices
        .heroes
        .iter()
        .find(|c| c.id == story.hero)
        .map_or_else(|| "📖".to_string(), |c| c.emoji.clone());
    if let (Some(client), None) = (llm, w.hero.refused) {
        let named = |list: &[compose::Choice], id: &str| {
            list.iter()
                .find(|c| c.id == id)
                .map_or_else(|| id.to_string(), |c| c.name.clone())
        };
        let hero_name = w
            .hero
            .name
            .clone()
            .unwrap_or_else(|| named(&choices.heroes, &story.hero));
        let ask = Ask {
            lang: p.lang,
            age: p.age,
            length: p.length,
            hero: &hero_name,
            place: &named(&choices.places, &story.place),
            theme: &named(&choices.themes, &story.theme),
            emoji: &emoji,
        };
        if let Some((title, body)) = llm_story::write(client, &ask).await {
            return Ok(Written {
                title,
                body,
                emoji,
                source: "llm",
            });
        }
    }
    let (title, body) = from_compose(story);
    Ok(Written {
        title,
        body,
        emoji,
        source: "offline",
    })
}

fn from_compose(s: compose::Story) -> (String, StoryBody) {
    (
        s.title,
        StoryBody {
            paragraphs: s.paragraphs,
            pictures: s.pictures,
            questions: s.questions,
            talk: s
                .talk
                .into_iter()
                .map(|t| Talk {
                    prompt: t.prompt,
                    keywords: t.keywords,
                })
                .collect(),
            moral: s.moral,
        },
    )
}
