//! A teacher's questions about their story, typed in one of the question engine's text
//! formats (GIFT, Aiken, the numbered "1. … A) … Javob: B" layout, blocks; the format is
//! guessed when not named): 1–8 questions of the types a story's quiz shows — single choice,
//! true/false and short answers (a whole-number answer counts as a short one) — each passing
//! the engine's checks and the kid-safety filter.

use kernel::error::FieldError;
use kernel::i18n::Tr;
use questions::formats::{self, Format};
use questions::model::question::{Body, Question};

use crate::safety;

/// The most questions a story may have.
pub const QUESTIONS_MAX: usize = 8;

/// The longest questions text, in characters.
pub const QUESTIONS_TEXT_MAX: usize = 8000;

/// The field every problem here is reported on.
const FIELD: &str = "questions";

/// The questions in `text`, read in `format` or in the first format that reads it.
pub fn read(text: &str, format: Option<Format>, tr: &Tr) -> Result<Vec<Question>, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::new(FIELD, "smartkids-author-questions-none"));
    }
    if text.chars().count() > QUESTIONS_TEXT_MAX {
        return Err(FieldError::new(FIELD, "field-too-long").arg("max", QUESTIONS_TEXT_MAX));
    }
    let tried = format.map_or_else(|| guess(text), |f| vec![f]);
    let mut first_error = None;
    let mut found = None;
    for f in tried {
        match formats::import(f, text) {
            Ok(qs) => {
                found = Some(qs);
                break;
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    let Some(found) = found else {
        let e = first_error.expect("at least one format was tried");
        if matches!(e.code, "no_questions" | "empty_file") {
            return Err(FieldError::new(FIELD, "smartkids-author-questions-none"));
        }
        return Err(FieldError::new(FIELD, "smartkids-author-questions-line")
            .arg("line", e.line)
            .arg("reason", tr.ta(e.message_key(), &e.args)));
    };
    if found.len() > QUESTIONS_MAX {
        return Err(
            FieldError::new(FIELD, "smartkids-author-questions-too-many").arg("max", QUESTIONS_MAX),
        );
    }
    found
        .into_iter()
        .enumerate()
        .map(|(i, q)| fit(q, i + 1, tr))
        .collect()
}

/// The formats to try, the likeliest first.
fn guess(text: &str) -> Vec<Format> {
    let mut lines = text.lines().map(str::trim);
    if text.contains('{') && text.contains('}') {
        vec![Format::Gift, Format::UzNumbered, Format::Aiken]
    } else if lines
        .clone()
        .any(|l| l.starts_with("====") || l.starts_with("++++"))
    {
        vec![Format::UzBlocks, Format::UzNumbered]
    } else if lines.any(|l| l.to_uppercase().starts_with("ANSWER:")) {
        vec![Format::Aiken, Format::UzNumbered]
    } else {
        vec![Format::UzNumbered, Format::Aiken]
    }
}

/// One question as a story's quiz asks it, or why it cannot be.
fn fit(mut q: Question, number: usize, tr: &Tr) -> Result<Question, FieldError> {
    if let Body::Numeric { answer, tolerance } = q.body {
        if answer.fract() == 0.0 && answer.abs() < 1e12 && tolerance < 1.0 {
            q.body = Body::Short {
                accepted: vec![(answer as i64).to_string()],
            };
        }
    }
    if !matches!(
        q.body,
        Body::Single { .. } | Body::TrueFalse { .. } | Body::Short { .. }
    ) {
        return Err(FieldError::new(FIELD, "smartkids-author-question-type").arg("number", number));
    }
    if let Err(problem) = questions::check::check(&q) {
        return Err(FieldError::new(FIELD, "smartkids-author-question-bad")
            .arg("number", number)
            .arg("reason", tr.t(&problem.message_key())));
    }
    let mut texts = vec![q.prompt.clone()];
    match &q.body {
        Body::Single { options, .. } => texts.extend(options.iter().cloned()),
        Body::Short { accepted } => texts.extend(accepted.iter().cloned()),
        _ => {}
    }
    texts.extend(q.explanation.iter().cloned());
    if let Err(reason) = safety::check_text(&texts.join("\n"), QUESTIONS_TEXT_MAX) {
        return Err(FieldError::new(FIELD, "smartkids-author-question-bad")
            .arg("number", number)
            .arg("reason", tr.t(&refused_key(reason))));
    }
    Ok(q)
}

/// The grown-up's message for a text the kid-safety filter refused.
pub fn refused_key(reason: safety::Reason) -> String {
    format!(
        "smartkids-author-refused-{}",
        reason.code().replace('_', "-")
    )
}
