//! What a teacher sends to write or edit a story, read into a [`Draft`]: every field checked
//! at once, so a form shows all its problems together, and nothing stored when one fails.

use kernel::error::{FieldError, Problems};
use kernel::i18n::Tr;
use kernel::AppResult;
use questions::formats::Format;
use serde::Deserialize;

use crate::authoring_questions::{self, refused_key};
use crate::authoring_text::{self, PARAGRAPHS_MAX, TEXT_MAX};
use crate::body::StoryBody;
use crate::model::{Age, Lang};
use crate::safety;

/// The longest title, in characters.
pub const TITLE_MAX: usize = 80;

/// The longest emoji "picture" (a few code points: skin tones, joiners, flags).
const EMOJI_MAX: usize = 16;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AuthorInput {
    pub language: Option<String>,
    /// "4-6" or "7-10".
    pub age: Option<String>,
    pub title: Option<String>,
    pub emoji: Option<String>,
    /// The story in Markdown.
    pub text: Option<String>,
    /// The questions in one of the question engine's text formats.
    pub questions: Option<String>,
    /// `gift`, `aiken`, `csv`, `uz-numbered` or `uz-blocks`; guessed when absent.
    pub questions_format: Option<String>,
}

/// A story ready to store.
#[derive(Clone, Debug)]
pub struct Draft {
    pub lang: Lang,
    pub age: Age,
    pub title: String,
    pub emoji: String,
    pub markdown: String,
    pub questions_text: String,
    pub body: StoryBody,
}

fn required(field: &str, value: &Option<String>) -> Result<String, FieldError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Err(FieldError::new(field, "field-required")),
        Some(v) => Ok(v.to_string()),
    }
}

fn parse_age(value: &Option<String>) -> Result<Age, FieldError> {
    match value.as_deref().map(str::trim) {
        Some("4-6") => Ok(Age::Young),
        Some("7-10") => Ok(Age::Older),
        None | Some("") => Err(FieldError::new("age", "field-required")),
        Some(_) => Err(FieldError::new("age", "smartkids-author-age-invalid")),
    }
}

fn title(value: &Option<String>) -> Result<String, FieldError> {
    let t = required("title", value)?;
    if t.chars().count() > TITLE_MAX {
        return Err(FieldError::new("title", "field-too-long").arg("max", TITLE_MAX));
    }
    safety::check_text(&t, TITLE_MAX).map_err(|r| FieldError::new("title", refused_key(r)))?;
    Ok(t)
}

fn emoji(value: &Option<String>) -> Result<String, FieldError> {
    let e = required("emoji", value)?;
    let picture = e.chars().count() <= EMOJI_MAX
        && !e
            .chars()
            .any(|c| c.is_alphanumeric() || c.is_whitespace() || c.is_ascii())
        && safety::check_text(&e, EMOJI_MAX).is_ok();
    if !picture {
        return Err(FieldError::new("emoji", "smartkids-author-emoji-invalid"));
    }
    Ok(e)
}

/// The story's paragraphs from its Markdown.
fn text(value: &Option<String>) -> Result<(String, Vec<String>), FieldError> {
    let markdown = value.as_deref().unwrap_or("").trim().to_string();
    if markdown.chars().count() > TEXT_MAX {
        return Err(FieldError::new("text", "field-too-long").arg("max", TEXT_MAX));
    }
    let paragraphs = authoring_text::paragraphs(&markdown);
    if paragraphs.is_empty() {
        return Err(FieldError::new("text", "field-required"));
    }
    if paragraphs.len() > PARAGRAPHS_MAX {
        return Err(
            FieldError::new("text", "smartkids-author-too-many-paragraphs")
                .arg("max", PARAGRAPHS_MAX),
        );
    }
    safety::check_text(&paragraphs.join("\n\n"), TEXT_MAX)
        .map_err(|r| FieldError::new("text", refused_key(r)))?;
    Ok((markdown, paragraphs))
}

/// Every field checked; 422 with all problems, or the draft.
pub fn parse(input: &AuthorInput, tr: &Tr) -> AppResult<Draft> {
    let mut p = Problems::default();
    let lang = p.take(match input.language.as_deref().map(str::trim) {
        None | Some("") => Err(FieldError::new("language", "field-required")),
        Some(l) => Lang::parse(l)
            .ok_or_else(|| FieldError::new("language", "smartkids-author-language-invalid")),
    });
    let age = p.take(parse_age(&input.age));
    let title = p.take(title(&input.title));
    let emoji = p.take(emoji(&input.emoji));
    let text = p.take(text(&input.text));
    let format = p.take(match input.questions_format.as_deref().map(str::trim) {
        None | Some("" | "auto") => Ok(None),
        Some(f) => Format::parse(f)
            .map(Some)
            .ok_or_else(|| FieldError::new("questions_format", "smartkids-author-format-invalid")),
    });
    let questions_text = input.questions.as_deref().unwrap_or("").trim().to_string();
    let questions = format.and_then(|f| p.take(authoring_questions::read(&questions_text, f, tr)));
    p.finish()?;
    let (markdown, paragraphs) = text.expect("checked");
    Ok(Draft {
        lang: lang.expect("checked"),
        age: age.expect("checked"),
        title: title.expect("checked"),
        emoji: emoji.expect("checked"),
        markdown,
        questions_text,
        body: StoryBody {
            paragraphs,
            pictures: Vec::new(),
            questions: questions.expect("checked"),
            talk: Vec::new(),
            moral: String::new(),
        },
    })
}
