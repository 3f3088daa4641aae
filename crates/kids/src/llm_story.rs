//! Stories from an LLM, when one is configured: the model is asked for a story in a strict
//! JSON shape, and what comes back is checked like anything typed by a stranger — its shape,
//! its lengths, every text through the safety filter. Anything that fails gives `None`, and
//! the caller writes an offline story instead.

use ai::llm::{LlmClient, Message};
use questions::model::question::{Body, Question};
use serde::Deserialize;

use crate::body::{StoryBody, Talk};
use crate::model::{Age, Lang, Length};
use crate::safety;

/// What is asked for: the story's parts as the child chose them, already named in the language.
pub struct Ask<'a> {
    pub lang: Lang,
    pub age: Age,
    pub length: Length,
    pub hero: &'a str,
    pub place: &'a str,
    pub theme: &'a str,
    pub emoji: &'a str,
}

#[derive(Deserialize)]
struct Reply {
    title: String,
    paragraphs: Vec<String>,
    #[serde(default)]
    pictures: Vec<String>,
    questions: Vec<ReplyQuestion>,
    #[serde(default)]
    talk: Vec<Talk>,
    #[serde(default)]
    moral: String,
}

#[derive(Deserialize)]
struct ReplyQuestion {
    prompt: String,
    options: Vec<String>,
    correct: usize,
}

const SHAPE: &str = r#"{"title":"…","paragraphs":["…"],"pictures":["one emoji per paragraph"],"questions":[{"prompt":"…","options":["…","…","…"],"correct":0}],"talk":[{"prompt":"…","keywords":["…"]}],"moral":"…"}"#;

fn messages(a: &Ask) -> Vec<Message> {
    let language = match a.lang {
        Lang::Uz => {
            "Uzbek in Latin script (use ʻ U+02BB in oʻ and gʻ, ʼ U+02BC for the tutuq belgisi)"
        }
        Lang::Ru => "Russian (with ё where it belongs)",
        Lang::En => "simple English",
    };
    let (ages, paragraphs) = match (a.age, a.length) {
        (Age::Young, Length::Short) => (
            "4 to 6",
            "4 short paragraphs, sentences of at most 10 words",
        ),
        (Age::Young, Length::Medium) => (
            "4 to 6",
            "6 short paragraphs, sentences of at most 10 words",
        ),
        (Age::Older, Length::Short) => ("7 to 10", "4 or 5 paragraphs"),
        (Age::Older, Length::Medium) => ("7 to 10", "6 to 8 paragraphs"),
    };
    vec![
        Message::system(format!(
            "You write gentle, warm stories for children aged {ages}, in {language}. No death, \
             violence, weapons, fear, romance, brands or rude words; small problems that end well. \
             Reply with JSON only, exactly this shape: {SHAPE}. Write {paragraphs}; 3 to 5 \
             comprehension questions with 3 options each, answerable from the story; 1 or 2 open \
             questions in `talk` with key words a good answer holds; one moral sentence."
        )),
        Message::user(format!(
            "Hero: {}. Place: {}. Theme: {}.",
            a.hero, a.place, a.theme
        )),
    ]
}

/// The longest title and paragraph accepted.
const TITLE_MAX: usize = 80;
const PARAGRAPH_MAX: usize = 700;

/// Checks a reply into a story, or None.
fn accept(r: Reply, a: &Ask) -> Option<(String, StoryBody)> {
    let n = r.paragraphs.len();
    let ok_shape = (3..=8).contains(&n)
        && (3..=5).contains(&r.questions.len())
        && r.talk.len() <= 2
        && r.title.chars().count() <= TITLE_MAX
        && r.paragraphs
            .iter()
            .all(|p| !p.trim().is_empty() && p.chars().count() <= PARAGRAPH_MAX);
    if !ok_shape {
        return None;
    }
    let mut texts: Vec<&str> = vec![&r.title, &r.moral];
    texts.extend(r.paragraphs.iter().map(String::as_str));
    for q in &r.questions {
        let distinct: std::collections::HashSet<_> = q.options.iter().collect();
        if !(3..=4).contains(&q.options.len())
            || distinct.len() != q.options.len()
            || q.correct >= q.options.len()
        {
            return None;
        }
        texts.push(&q.prompt);
        texts.extend(q.options.iter().map(String::as_str));
    }
    for t in &r.talk {
        texts.push(&t.prompt);
        texts.extend(t.keywords.iter().map(String::as_str));
    }
    if texts
        .iter()
        .any(|t| safety::check_text(t, PARAGRAPH_MAX).is_err())
    {
        return None;
    }
    let pictures = if r.pictures.len() == n && r.pictures.iter().all(|p| p.chars().count() <= 4) {
        r.pictures
    } else {
        vec![a.emoji.to_string(); n]
    };
    let questions = r
        .questions
        .into_iter()
        .map(|q| Question {
            prompt: q.prompt,
            body: Body::Single {
                options: q.options,
                correct: q.correct,
            },
            explanation: None,
        })
        .collect();
    Some((
        r.title,
        StoryBody {
            paragraphs: r.paragraphs,
            pictures,
            questions,
            talk: r.talk,
            moral: r.moral,
        },
    ))
}

/// A story from the LLM that passed every check, or None (logged).
pub async fn write(client: &LlmClient, a: &Ask<'_>) -> Option<(String, StoryBody)> {
    let value = match client.chat_json(&messages(a)).await {
        Ok(v) => v,
        Err(e) => {
            tracing::warn!(error = %e, "smartkids: the LLM wrote no story");
            return None;
        }
    };
    let reply: Reply = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, "smartkids: the LLM's story had the wrong shape");
            return None;
        }
    };
    let story = accept(reply, a);
    if story.is_none() {
        tracing::warn!("smartkids: the LLM's story failed the checks; an offline story is used");
    }
    story
}
