//! New stories on request: the child (or a parent, for their child) picks a hero, a place, a
//! theme and a length. An LLM writes the story when one is configured and its text passes the
//! checks; otherwise the offline writer does. A hero name the filter refuses gives a safe
//! offline story with a friendly notice (`replaced: true`), never an error.

use std::sync::Arc;

use ai::llm::LlmClient;
use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::ratelimit::Limit;
use kernel::relations::LetterProgress;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::body::{PublicQuestion, StoryBody, Talk};
use crate::compose::{self, ComposeError};
use crate::llm_story::{self, Ask};
use crate::model::{Age, Lang, Length};
use crate::{library, safety, store};

/// Stories one person may have written in an hour.
const STORIES_PER_HOUR: Limit = Limit {
    max: 30,
    window_s: 3600,
};

/// The longest hero name a child may type.
pub const NAME_MAX: usize = 30;

#[derive(Debug, Deserialize)]
pub struct CreateInput {
    pub language: Option<String>,
    /// Years (4–11) or a band, "4-6" or "7-10".
    pub age: Option<Value>,
    /// One of the writer's heroes (an id), or a name the child typed.
    pub hero: Option<String>,
    /// A name for the hero, typed by the child.
    pub name: Option<String>,
    pub place: Option<String>,
    pub theme: Option<String>,
    pub length: Option<String>,
    #[serde(default)]
    pub decodable: bool,
    /// A parent's child, by Alif24 ID.
    pub child: Option<String>,
}

/// What the writer hands back (201).
#[derive(Debug, Serialize)]
pub struct Created {
    pub id: i64,
    pub title: String,
    pub emoji: String,
    pub paragraphs: Vec<String>,
    pub pictures: Vec<String>,
    pub questions: Vec<PublicQuestion>,
    pub talk: Vec<String>,
    pub moral: String,
    /// "offline" or "llm".
    pub source: &'static str,
    /// "private", or "awaiting_parent" when a parent approves LLM stories first.
    pub status: &'static str,
    /// The hero name was refused and a safe story written instead.
    pub replaced: bool,
    /// Why (the filter's reason), when `replaced`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// The same in the caller's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

/// The writer's outside help.
pub struct Helpers<'a> {
    pub llm: Option<&'a LlmClient>,
    pub letters: &'a Arc<dyn LetterProgress>,
}

fn age_of(v: Option<&Value>) -> Result<Age, FieldError> {
    let bad = || FieldError::new("age", "smartkids-age-invalid");
    match v {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(y @ 3..=12) => Ok(Age::of_years(y as u32)),
            _ => Err(bad()),
        },
        Some(Value::String(s)) => match s.as_str() {
            "4-6" => Ok(Age::Young),
            "7-10" => Ok(Age::Older),
            s => s
                .parse::<u32>()
                .ok()
                .filter(|y| (3..=12).contains(y))
                .map(Age::of_years)
                .ok_or_else(bad),
        },
        _ => Err(FieldError::new("age", "field-required")),
    }
}

struct Parsed {
    lang: Lang,
    age: Age,
    length: Length,
}

fn parse(input: &CreateInput) -> AppResult<Parsed> {
    let mut problems = kernel::error::Problems::default();
    let lang = problems.take(
        input
            .language
            .as_deref()
            .and_then(Lang::parse)
            .ok_or_else(|| FieldError::new("language", "smartkids-language-invalid")),
    );
    let age = problems.take(age_of(input.age.as_ref()));
    let length = problems.take(match input.length.as_deref() {
        None | Some("short") => Ok(Length::Short),
        Some("medium") => Ok(Length::Medium),
        Some(_) => Err(FieldError::new("length", "smartkids-length-invalid")),
    });
    if input.decodable && lang.is_some_and(|l| l != Lang::Uz) {
        problems.push(FieldError::new("decodable", "smartkids-decodable-uz-only"));
    }
    problems.finish()?;
    Ok(Parsed {
        lang: lang.expect("checked"),
        age: age.expect("checked"),
        length: length.expect("checked"),
    })
}

/// The child the story is for: the caller if a student, else a parent's named child.
async fn child_of(app: &AppState, who: &Principal, child: Option<&str>) -> AppResult<i64> {
    match who.role {
        Role::Student => Ok(who.id),
        Role::Parent => {
            let c = child
                .filter(|c| !c.trim().is_empty())
                .ok_or_else(|| AppError::field("child", "field-required"))?;
            Ok(kernel::relations::caller_or_child(app, who, Some(c))
                .await?
                .id)
        }
        _ => Err(AppError::forbidden()),
    }
}

/// A choice that must be one of the writer's ids.
fn known(
    field: &'static str,
    v: Option<&str>,
    ids: &[compose::Choice],
) -> AppResult<Option<String>> {
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(id) if ids.iter().any(|c| c.id == id) => Ok(Some(id.to_string())),
        Some(_) => Err(AppError::field(field, "smartkids-choice-unknown")),
    }
}

/// Writes a story for a child and stores it.
pub async fn create(
    app: &AppState,
    help: &Helpers<'_>,
    who: &Principal,
    tr: &kernel::i18n::Tr,
    input: CreateInput,
) -> AppResult<Created> {
    let p = parse(&input)?;
    let child = child_of(app, who, input.child.as_deref()).await?;
    let choices = compose::choices(p.lang);
    let place = known("place", input.place.as_deref(), &choices.places)?;
    let theme = known("theme", input.theme.as_deref(), &choices.themes)?;
    // The hero: one of the writer's, or a name the child typed.
    let (mut hero, mut name, mut refused) = (None, None, None);
    let typed = |text: &str, name: &mut Option<String>, refused: &mut Option<safety::Reason>| {
        match safety::check_input(text, NAME_MAX) {
            Ok(clean) => *name = Some(clean),
            Err(reason) => *refused = Some(reason),
        }
    };
    match input
        .hero
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty())
    {
        None => {}
        Some(h) if choices.heroes.iter().any(|c| c.id == h) => hero = Some(h.to_string()),
        Some(h) => typed(h, &mut name, &mut refused),
    }
    if let Some(n) = input
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        typed(n, &mut name, &mut refused);
    }
    let now = app.now_ms();
    app.limiter
        .hit(&format!("kids.stories:{}", who.id), STORIES_PER_HOUR, now)
        .await?;
    let seed = rand::random::<u64>();
    let (title, body, emoji, source) = if input.decodable {
        let letters = help.letters.learned(app, child, "uz").await?;
        let story = compose::decodable(&letters, p.age, seed).map_err(|e| match e {
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
        (title, body, emoji, "offline")
    } else {
        if refused.is_some() {
            hero = None;
            name = None;
        }
        let req = compose::Request {
            lang: p.lang,
            age: p.age,
            length: p.length,
            hero: hero.as_deref(),
            name: name.as_deref(),
            place: place.as_deref(),
            theme: theme.as_deref(),
            seed,
        };
        let story = compose::compose(&req)
            .map_err(|e| AppError::internal(anyhow::anyhow!("compose: {e}")))?;
        let emoji = choices
            .heroes
            .iter()
            .find(|c| c.id == story.hero)
            .map_or_else(|| "📖".to_string(), |c| c.emoji.clone());
        let by_llm = match (help.llm, refused) {
            (Some(client), None) => {
                let named = |list: &[compose::Choice], id: &str| {
                    list.iter()
                        .find(|c| c.id == id)
                        .map_or_else(|| id.to_string(), |c| c.name.clone())
                };
                let hero_name = name
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
                llm_story::write(client, &ask).await
            }
            _ => None,
        };
        match by_llm {
            Some((title, body)) => (title, body, emoji, "llm"),
            None => {
                let (title, body) = from_compose(story);
                (title, body, emoji, "offline")
            }
        }
    };
    let (approve_llm, _) = store::settings(app.db.pool(), child).await?;
    let status = if source == "llm" && approve_llm {
        "awaiting_parent"
    } else {
        "private"
    };
    let body_json = serde_json::to_string(&body).map_err(AppError::internal)?;
    let id = store::insert_story(
        app.db.pool(),
        &store::NewStory {
            language: p.lang.code(),
            age: p.age.code(),
            title: &title,
            emoji: &emoji,
            body: &body_json,
            words: body.words() as i64,
            source,
            status,
            author_id: None,
            child_id: Some(child),
            hash: &library::hash(&title, &emoji, &body_json),
            now,
        },
    )
    .await?;
    Ok(Created {
        id,
        title,
        emoji,
        paragraphs: body.paragraphs.clone(),
        pictures: body.pictures.clone(),
        questions: body.public_questions(),
        talk: body.talk.iter().map(|t| t.prompt.clone()).collect(),
        moral: body.moral,
        source,
        status,
        replaced: refused.is_some(),
        reason: refused.map(|r| r.code()),
        notice: refused.map(|r| tr.t(r.key())),
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
