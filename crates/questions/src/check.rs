//! Checks a question before it is saved or shown to a teacher as a generated draft: options
//! distinct and non-empty, keys in range and of the right number, blanks matching the text.

use crate::model::question::{Body, Question, BLANK};

pub const PROMPT_MAX: usize = 2000;
pub const OPTION_MAX: usize = 500;
pub const OPTIONS_MAX: usize = 10;

/// A reason a question cannot be used; each has a Fluent message `exams-problem-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    EmptyPrompt,
    PromptTooLong,
    TooFewOptions,
    TooManyOptions,
    EmptyOption,
    OptionTooLong,
    DuplicateOptions,
    KeyOutOfRange,
    NoKey,
    AllKeys,
    NoAcceptedAnswer,
    BadNumber,
    TooFewItems,
    BlanksMismatch,
}

impl Problem {
    pub fn code(self) -> &'static str {
        match self {
            Problem::EmptyPrompt => "empty_prompt",
            Problem::PromptTooLong => "prompt_too_long",
            Problem::TooFewOptions => "too_few_options",
            Problem::TooManyOptions => "too_many_options",
            Problem::EmptyOption => "empty_option",
            Problem::OptionTooLong => "option_too_long",
            Problem::DuplicateOptions => "duplicate_options",
            Problem::KeyOutOfRange => "key_out_of_range",
            Problem::NoKey => "no_key",
            Problem::AllKeys => "all_keys",
            Problem::NoAcceptedAnswer => "no_accepted_answer",
            Problem::BadNumber => "bad_number",
            Problem::TooFewItems => "too_few_items",
            Problem::BlanksMismatch => "blanks_mismatch",
        }
    }

    /// The Fluent key of the problem's message.
    pub fn message_key(self) -> String {
        format!("exams-problem-{}", self.code().replace('_', "-"))
    }
}

/// The first problem of a question, if any.
pub fn check(q: &Question) -> Result<(), Problem> {
    let prompt = q.prompt.trim();
    if prompt.is_empty() && !matches!(q.body, Body::FillBlanks { .. }) {
        return Err(Problem::EmptyPrompt);
    }
    if q.prompt.chars().count() > PROMPT_MAX {
        return Err(Problem::PromptTooLong);
    }
    match &q.body {
        Body::Single { options, correct } => {
            check_options(options)?;
            if *correct >= options.len() {
                return Err(Problem::KeyOutOfRange);
            }
        }
        Body::Multiple { options, correct } => {
            check_options(options)?;
            if correct.is_empty() {
                return Err(Problem::NoKey);
            }
            if correct.iter().any(|c| *c >= options.len()) {
                return Err(Problem::KeyOutOfRange);
            }
            let mut keys = correct.clone();
            keys.sort_unstable();
            keys.dedup();
            if keys.len() != correct.len() {
                return Err(Problem::DuplicateOptions);
            }
            if keys.len() == options.len() {
                return Err(Problem::AllKeys);
            }
        }
        Body::TrueFalse { .. } => {}
        Body::Short { accepted } => {
            if accepted.iter().all(|a| a.trim().is_empty()) {
                return Err(Problem::NoAcceptedAnswer);
            }
        }
        Body::Numeric { answer, tolerance } => {
            if !answer.is_finite() || !tolerance.is_finite() || *tolerance < 0.0 {
                return Err(Problem::BadNumber);
            }
        }
        Body::Ordering { items } => {
            if items.len() < 2 {
                return Err(Problem::TooFewItems);
            }
            check_texts(items)?;
        }
        Body::Matching { pairs } => {
            if pairs.len() < 2 {
                return Err(Problem::TooFewItems);
            }
            check_texts(&pairs.iter().map(|p| p.0.clone()).collect::<Vec<_>>())?;
            check_texts(&pairs.iter().map(|p| p.1.clone()).collect::<Vec<_>>())?;
        }
        Body::FillBlanks { text, blanks } => {
            if blanks.is_empty() || text.matches(BLANK).count() != blanks.len() {
                return Err(Problem::BlanksMismatch);
            }
            if blanks.iter().any(|b| b.iter().all(|a| a.trim().is_empty())) {
                return Err(Problem::NoAcceptedAnswer);
            }
        }
    }
    Ok(())
}

fn check_options(options: &[String]) -> Result<(), Problem> {
    if options.len() < 2 {
        return Err(Problem::TooFewOptions);
    }
    if options.len() > OPTIONS_MAX {
        return Err(Problem::TooManyOptions);
    }
    check_texts(options)
}

fn check_texts(texts: &[String]) -> Result<(), Problem> {
    if texts.iter().any(|o| o.trim().is_empty()) {
        return Err(Problem::EmptyOption);
    }
    if texts.iter().any(|o| o.chars().count() > OPTION_MAX) {
        return Err(Problem::OptionTooLong);
    }
    let mut seen: Vec<String> = texts
        .iter()
        .map(|o| crate::grading::normalize_text(o))
        .collect();
    seen.sort();
    seen.dedup();
    if seen.len() != texts.len() {
        return Err(Problem::DuplicateOptions);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn single(options: &[&str], correct: usize) -> Question {
        Question {
            prompt: "2 + 2 = ?".into(),
            body: Body::Single {
                options: options.iter().map(|s| s.to_string()).collect(),
                correct,
            },
            explanation: None,
        }
    }

    #[test]
    fn catches_broken_choice_questions() {
        assert_eq!(check(&single(&["3", "4", "5"], 1)), Ok(()));
        assert_eq!(
            check(&single(&["4", " 4 "], 0)),
            Err(Problem::DuplicateOptions)
        );
        assert_eq!(check(&single(&["4", ""], 0)), Err(Problem::EmptyOption));
        assert_eq!(check(&single(&["4", "5"], 2)), Err(Problem::KeyOutOfRange));
        assert_eq!(check(&single(&["4"], 0)), Err(Problem::TooFewOptions));
        let all = Question {
            prompt: "x".into(),
            body: Body::Multiple {
                options: vec!["a".into(), "b".into()],
                correct: vec![0, 1],
            },
            explanation: None,
        };
        assert_eq!(check(&all), Err(Problem::AllKeys));
    }

    #[test]
    fn blanks_must_match_the_text() {
        let q = Question {
            prompt: String::new(),
            body: Body::FillBlanks {
                text: "a ___ b ___".into(),
                blanks: vec![vec!["x".into()]],
            },
            explanation: None,
        };
        assert_eq!(check(&q), Err(Problem::BlanksMismatch));
    }
}
