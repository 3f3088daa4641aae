//! The pieces of the test page: the settings form as typed, a question with its key marked,
//! a bank question on offer, the bank filter, the assign form, and which form failed.

use kernel::page::PageCtx;

use super::pages_common::{kind_key, letter, show_decimal, Fields};
use crate::service::exam_tests::{TestInput, TestView};
use questions::model::question::{Body, Question};
use questions::model::settings::Settings;

/// The settings form as shown (typed values come back as typed).
#[derive(Clone, Debug)]
pub struct SettingsForm {
    pub title: String,
    pub subject: String,
    pub grade: String,
    pub language: String,
    pub time_limit: String,
    pub max_attempts: String,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    pub pass_percent: String,
    pub show_score: String,
    pub show_answers: String,
}

impl SettingsForm {
    pub fn new(lang: &str) -> Self {
        Self::of(&Settings::default(), "", "math", 1, lang)
    }

    pub fn from_test(t: &TestView) -> Self {
        Self::of(&t.settings, &t.title, &t.subject, t.grade, &t.language)
    }

    fn of(s: &Settings, title: &str, subject: &str, grade: i64, lang: &str) -> Self {
        Self {
            title: title.into(),
            subject: subject.into(),
            grade: grade.to_string(),
            language: lang.into(),
            time_limit: s.time_limit_min.map(|m| m.to_string()).unwrap_or_default(),
            max_attempts: s.max_attempts.to_string(),
            shuffle_questions: s.shuffle_questions,
            shuffle_options: s.shuffle_options,
            pass_percent: s.pass_percent.to_string(),
            show_score: s.show_score.as_str().into(),
            show_answers: s.show_answers.as_str().into(),
        }
    }

    pub fn from_fields(f: &Fields) -> Self {
        Self {
            title: f.text("title"),
            subject: f.text("subject"),
            grade: f.text("grade"),
            language: f.text("language"),
            time_limit: f.text("time_limit_min"),
            max_attempts: f.text("max_attempts"),
            shuffle_questions: f.flag("shuffle_questions"),
            shuffle_options: f.flag("shuffle_options"),
            pass_percent: f.text("pass_percent"),
            show_score: f.text("show_score"),
            show_answers: f.text("show_answers"),
        }
    }

    /// The service's input for these fields.
    pub fn input(f: &Fields) -> TestInput {
        TestInput {
            title: f.opt("title"),
            subject: f.opt("subject"),
            grade: f.int("grade"),
            language: f.opt("language"),
            // An empty box is an untimed test, not "keep the limit".
            time_limit_min: Some(f.int("time_limit_min").unwrap_or(0)),
            max_attempts: f.int("max_attempts"),
            shuffle_questions: Some(f.flag("shuffle_questions")),
            shuffle_options: Some(f.flag("shuffle_options")),
            pass_percent: f.int("pass_percent"),
            show_score: f.opt("show_score"),
            show_answers: f.opt("show_answers"),
        }
    }
}

/// One question of the test as its author sees it: the key marked.
pub struct QLine {
    pub id: i64,
    pub points: i64,
    pub kind: String,
    pub prompt: String,
    /// Parts of the answer, each marked right or not.
    pub parts: Vec<(String, bool)>,
}

pub fn line(ctx: &PageCtx, id: i64, points: i64, q: &Question) -> QLine {
    let right = |v: &[String]| v.iter().map(|s| (s.clone(), true)).collect::<Vec<_>>();
    let parts = match &q.body {
        Body::Single { options, correct } => options
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("{}) {o}", letter(i)), i == *correct))
            .collect(),
        Body::Multiple { options, correct } => options
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("{}) {o}", letter(i)), correct.contains(&i)))
            .collect(),
        Body::TrueFalse { answer } => vec![(
            ctx.t(if *answer {
                "exams-ui-true"
            } else {
                "exams-ui-false"
            }),
            true,
        )],
        Body::Short { accepted } => right(accepted),
        Body::Numeric { answer, tolerance } => {
            let mut s = show_decimal(*answer, ctx.lang());
            if *tolerance > 0.0 {
                s = format!("{s} ± {}", show_decimal(*tolerance, ctx.lang()));
            }
            vec![(s, true)]
        }
        Body::Ordering { items } => right(
            &items
                .iter()
                .enumerate()
                .map(|(i, t)| format!("{}. {t}", i + 1))
                .collect::<Vec<_>>(),
        ),
        Body::Matching { pairs } => right(
            &pairs
                .iter()
                .map(|(l, r)| format!("{l} → {r}"))
                .collect::<Vec<_>>(),
        ),
        Body::FillBlanks { blanks, .. } => {
            right(&blanks.iter().map(|b| b.join(" / ")).collect::<Vec<_>>())
        }
    };
    let prompt = match &q.body {
        Body::FillBlanks { text, .. } if q.prompt.trim().is_empty() => text.clone(),
        Body::FillBlanks { text, .. } => format!("{} {text}", q.prompt),
        _ => q.prompt.clone(),
    };
    QLine {
        id,
        points,
        kind: kind_key(q.body.kind()),
        prompt,
        parts,
    }
}

/// A bank question offered for adding.
pub struct BankLine {
    pub id: i64,
    pub kind: String,
    pub prompt: String,
    pub subject: String,
    pub grade: i64,
}

/// The bank filter as typed in the page's address.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct TestQuery {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub subject: Option<String>,
    pub grade: Option<String>,
}

/// What the assign form shows.
#[derive(Clone, Debug, Default)]
pub struct AssignForm {
    pub class_id: String,
    pub opens_at: String,
    pub due_at: String,
}

/// Which form on the page has the problems in `errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failed {
    None,
    Settings,
    Question,
    Bank,
    Share,
    Assign,
}
