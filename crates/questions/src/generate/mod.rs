//! Generated questions: the offline generators and the request, draft and error types every
//! generator shares (the LLM generator lives with its HTTP client in `exams`). Every item
//! passes `check`.
//!
//! The offline generators (arithmetic, letters, vocabulary) need no network; their fixed
//! phrases and word-problem templates live in `content/`. A generator returns drafts: the
//! teacher reviews them before anything is saved.

mod arithmetic;
mod choice;
mod content;
mod letters;
pub mod template;
mod vocabulary;

use kernel::i18n::Lang;
use serde::Serialize;

use crate::model::question::Question;

/// The most items one request may ask for.
pub const COUNT_MAX: usize = 50;
/// School grades the generators accept: every grade.
pub const GRADES: std::ops::RangeInclusive<i64> = crate::subjects::GRADES;

/// Which generator makes the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Generator {
    Arithmetic,
    Letters,
    Vocabulary,
    Llm,
}

impl Generator {
    pub const ALL: [Generator; 4] = [
        Generator::Arithmetic,
        Generator::Letters,
        Generator::Vocabulary,
        Generator::Llm,
    ];

    pub fn parse(s: &str) -> Option<Generator> {
        Generator::ALL.into_iter().find(|g| g.as_str() == s.trim())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Generator::Arithmetic => "arithmetic",
            Generator::Letters => "letters",
            Generator::Vocabulary => "vocabulary",
            Generator::Llm => "llm",
        }
    }

    /// Works without any external service.
    pub fn is_offline(self) -> bool {
        self != Generator::Llm
    }
}

/// What the teacher asked for.
#[derive(Clone, Debug)]
pub struct Request {
    pub generator: Generator,
    /// 1..=11.
    pub grade: i64,
    /// One of [`topics`]; none mixes all the grade's topics.
    pub topic: Option<String>,
    /// 1..=[`COUNT_MAX`].
    pub count: usize,
    /// The language the questions are written in.
    pub language: Lang,
    /// LLM only: text the questions are about.
    pub source_text: Option<String>,
}

/// A generated question with the tags a question bank keeps.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Draft {
    pub question: Question,
    /// `math`, `uzbek`, `russian` or `english`.
    pub subject: String,
    pub topic: String,
    /// 1 (easy) ..= 3 (hard).
    pub difficulty: i64,
}

/// Why nothing was generated. Keys are Fluent messages in `exams-generate.ftl`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GenerateError {
    #[error("invalid {field}: {key}")]
    Invalid {
        field: &'static str,
        key: &'static str,
    },
    /// No LLM endpoint is configured; message `exams-generate-llm-unavailable`.
    #[error("the LLM generator is not configured")]
    Unavailable,
    /// The LLM endpoint failed or answered something unusable.
    #[error("the LLM generator failed: {key}")]
    Failed { key: &'static str },
}

/// The topics a teacher can pick for a generator and grade (codes; labels are the Fluent
/// messages `exams-generate-topic-<code>`). The LLM generator's topics are the subjects.
pub fn topics(generator: Generator, grade: i64) -> Vec<&'static str> {
    if !GRADES.contains(&grade) {
        return Vec::new();
    }
    match generator {
        Generator::Arithmetic => arithmetic::topics(grade),
        Generator::Letters => letters::TOPICS.to_vec(),
        Generator::Vocabulary => vocabulary::TOPICS.to_vec(),
        Generator::Llm => SUBJECTS.to_vec(),
    }
}

/// Subjects a draft can belong to.
pub const SUBJECTS: [&str; 4] = ["math", "uzbek", "russian", "english"];

/// Checks grade, count and topic; returns the topic, if one was chosen.
pub fn validate(req: &Request) -> Result<Option<&'static str>, GenerateError> {
    if !GRADES.contains(&req.grade) {
        return Err(GenerateError::Invalid {
            field: "grade",
            key: "field-exams-generate-grade",
        });
    }
    if req.count == 0 || req.count > COUNT_MAX {
        return Err(GenerateError::Invalid {
            field: "count",
            key: "field-exams-generate-count",
        });
    }
    match req
        .topic
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        None => Ok(None),
        Some(t) => topics(req.generator, req.grade)
            .into_iter()
            .find(|known| *known == t)
            .map(Some)
            .ok_or(GenerateError::Invalid {
                field: "topic",
                key: "field-exams-generate-topic",
            }),
    }
}

/// Generates `req.count` drafts with an offline generator.
pub fn generate_offline(
    req: &Request,
    rng: &mut impl rand::Rng,
) -> Result<Vec<Draft>, GenerateError> {
    let topic = validate(req)?;
    let drafts = match req.generator {
        Generator::Arithmetic => arithmetic::generate(req, topic, rng),
        Generator::Letters => letters::generate(req, topic, rng),
        Generator::Vocabulary => vocabulary::generate(req, topic, rng),
        Generator::Llm => {
            return Err(GenerateError::Invalid {
                field: "generator",
                key: "field-exams-generate-generator",
            });
        }
    };
    debug_assert!(drafts
        .iter()
        .all(|d| crate::check::check(&d.question).is_ok()));
    Ok(drafts)
}

/// The subject of an alphabet or language code.
fn subject_of(code: &str) -> &'static str {
    match code {
        "uz" => "uzbek",
        "ru" => "russian",
        _ => "english",
    }
}

/// Runs `make` until it yields a question whose prompt is new in this batch; after a few
/// tries a repeat is accepted (a small topic may have fewer distinct questions than asked).
fn unique_batch(count: usize, mut make: impl FnMut() -> Option<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::with_capacity(count);
    let mut seen = std::collections::HashSet::new();
    while out.len() < count {
        let mut chosen = None;
        for _ in 0..30 {
            let Some(d) = make() else { continue };
            let fresh = !seen.contains(&d.question.prompt);
            chosen = Some(d);
            if fresh {
                break;
            }
        }
        match chosen {
            Some(d) => {
                seen.insert(d.question.prompt.clone());
                out.push(d);
            }
            // A generator that cannot make anything would loop forever; tests catch the
            // short batch instead.
            None => break,
        }
    }
    out
}
