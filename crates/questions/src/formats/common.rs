//! What every importer shares: size limits, lines, the question collector that runs the
//! checks, letters of options, numbers and yes/no words.

use super::ImportError;
use crate::check::{self, Problem};
use crate::grading::normalize_text;
use crate::model::question::Question;

/// The largest file accepted, in bytes (1 MB).
pub const MAX_BYTES: usize = 1024 * 1024;
/// The most questions one file may hold.
pub const MAX_QUESTIONS: usize = 500;

/// Refuses files that are too large, empty or binary; drops a byte-order mark.
pub(crate) fn prepare(text: &str) -> Result<&str, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::new(1, "too_large").arg("max", "1 MB"));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // PostgreSQL cannot store NUL in text, and a NUL means the file is not text anyway.
    if let Some(at) = text.find('\0') {
        return Err(ImportError::new(line_at(text, at), "binary"));
    }
    if text.trim().is_empty() {
        return Err(ImportError::new(1, "empty_file"));
    }
    Ok(text)
}

/// The 1-based line of a byte offset.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The lines of a text with their numbers, line endings (LF or CRLF) removed.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
}

/// Collects questions in file order, checking each and the count. When skipping, a question
/// that cannot be used is left out and listed instead of failing the file.
#[derive(Default)]
pub(crate) struct Collector {
    questions: Vec<Question>,
    skipped: Option<Vec<ImportError>>,
}

/// Problems of the file as a whole: never skipped.
const FILE_PROBLEMS: [&str; 5] = [
    "too_large",
    "empty_file",
    "no_questions",
    "too_many_questions",
    "binary",
];

impl Collector {
    /// A collector that leaves out the questions it cannot use.
    pub fn skipping() -> Self {
        Self {
            questions: Vec::new(),
            skipped: Some(Vec::new()),
        }
    }

    /// Adds the question that starts at `line`, or says why it cannot be used.
    pub fn push(&mut self, line: usize, question: Question) -> Result<(), ImportError> {
        if self.questions.len() >= MAX_QUESTIONS {
            return Err(ImportError::new(line, "too_many_questions").arg("max", MAX_QUESTIONS));
        }
        if let Err(problem) = check::check(&question) {
            let error = ImportError::new(line, problem_code(problem));
            return self.reject(match problem {
                Problem::PromptTooLong => error.arg("max", check::PROMPT_MAX),
                Problem::OptionTooLong => error.arg("max", check::OPTION_MAX),
                Problem::TooManyOptions => error.arg("max", check::OPTIONS_MAX),
                _ => error,
            });
        }
        self.questions.push(question);
        Ok(())
    }

    /// A question that cannot be used: listed when skipping (as long as the list stays within
    /// [`MAX_QUESTIONS`]), the file's error otherwise.
    pub fn reject(&mut self, error: ImportError) -> Result<(), ImportError> {
        match &mut self.skipped {
            Some(list) if !FILE_PROBLEMS.contains(&error.code) && list.len() < MAX_QUESTIONS => {
                list.push(error);
                Ok(())
            }
            _ => Err(error),
        }
    }

    pub fn finish(self) -> Result<Vec<Question>, ImportError> {
        Ok(self.finish_skipping()?.questions)
    }

    /// The questions and what was left out. A file where nothing could be used fails with its
    /// first problem.
    pub fn finish_skipping(self) -> Result<super::Imported, ImportError> {
        let skipped = self.skipped.unwrap_or_default();
        if self.questions.is_empty() {
            return Err(skipped
                .into_iter()
                .next()
                .unwrap_or(ImportError::new(1, "no_questions")));
        }
        Ok(super::Imported {
            questions: self.questions,
            skipped,
        })
    }
}

/// The import code for a question that fails its check (`question_<problem>`).
pub fn problem_code(problem: Problem) -> &'static str {
    match problem {
        Problem::EmptyPrompt => "question_empty_prompt",
        Problem::PromptTooLong => "question_prompt_too_long",
        Problem::TooFewOptions => "question_too_few_options",
        Problem::TooManyOptions => "question_too_many_options",
        Problem::EmptyOption => "question_empty_option",
        Problem::OptionTooLong => "question_option_too_long",
        Problem::DuplicateOptions => "question_duplicate_options",
        Problem::KeyOutOfRange => "question_key_out_of_range",
        Problem::NoKey => "question_no_key",
        Problem::AllKeys => "question_all_keys",
        Problem::NoAcceptedAnswer => "question_no_accepted_answer",
        Problem::BadNumber => "question_bad_number",
        Problem::TooFewItems => "question_too_few_items",
        Problem::BlanksMismatch => "question_blanks_mismatch",
    }
}

/// The position of an option letter: Latin A–J, or Cyrillic А Б В Г Д Е Ж З И К as Russian
/// tests letter them (В is the third). Cyrillic С, which looks like Latin C, counts as C.
pub(crate) fn letter_index(c: char) -> Option<usize> {
    let upper = c.to_uppercase().next().unwrap_or(c);
    if upper.is_ascii_uppercase() {
        let i = (upper as u8 - b'A') as usize;
        return (i < 10).then_some(i);
    }
    "АБВГДЕЖЗИК"
        .chars()
        .position(|l| l == upper)
        .or((upper == 'С').then_some(2))
}

/// The Latin letter of an option position, for exports.
pub(crate) fn letter(index: usize) -> char {
    if index < 26 {
        (b'A' + index as u8) as char
    } else {
        '?'
    }
}

/// A number as teachers type it: `3.5`, `3,5`, `−2`, `1e3`; finite only.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim().replace('\u{2212}', "-");
    let s = if s.contains('.') {
        s
    } else {
        s.replacen(',', ".", 1)
    };
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// An answer and tolerance: `3.5`, `3.5±0.1`, `3.5+-0.1`, `3.5:0.1`, or a range `1..5`
/// (the midpoint, give or take half the width).
pub(crate) fn parse_tolerance(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    if let Some((lo, hi)) = s.split_once("..") {
        let (lo, hi) = (parse_number(lo)?, parse_number(hi)?);
        let (mid, half) = ((lo + hi) / 2.0, (hi - lo).abs() / 2.0);
        return (mid.is_finite() && half.is_finite()).then_some((mid, half));
    }
    for sep in ["±", "+-", "+/-", ":"] {
        if let Some((a, t)) = s.split_once(sep) {
            return Some((parse_number(a)?, parse_number(t)?));
        }
    }
    Some((parse_number(s)?, 0.0))
}

/// Yes/no words in the three languages (`true`, `ha`, `to'g'ri`, `да`, `верно`…).
pub(crate) fn parse_bool(s: &str) -> Option<bool> {
    match normalize_text(s).as_str() {
        "true" | "t" | "yes" | "ha" | "to'g'ri" | "togri" | "да" | "верно" | "правда"
        | "истина" => Some(true),
        "false" | "f" | "no" | "yo'q" | "yoq" | "noto'g'ri" | "notogri" | "нет" | "неверно"
        | "ложь" => Some(false),
        _ => None,
    }
}

/// Texts as typed, except trimmed; `None` when empty.
pub(crate) fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_in_latin_and_cyrillic() {
        assert_eq!(letter_index('a'), Some(0));
        assert_eq!(letter_index('D'), Some(3));
        assert_eq!(letter_index('Б'), Some(1));
        assert_eq!(letter_index('в'), Some(2));
        assert_eq!(letter_index('Д'), Some(4));
        assert_eq!(letter_index('Z'), None);
        assert_eq!(letter_index('7'), None);
    }

    #[test]
    fn numbers_and_tolerances() {
        assert_eq!(parse_number("3,5"), Some(3.5));
        assert_eq!(parse_number("−2"), Some(-2.0));
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_tolerance("3.5±0.1"), Some((3.5, 0.1)));
        assert_eq!(parse_tolerance("3,5 +- 0,1"), Some((3.5, 0.1)));
        assert_eq!(parse_tolerance("1..5"), Some((3.0, 2.0)));
        assert_eq!(parse_tolerance("-4"), Some((-4.0, 0.0)));
        assert_eq!(parse_tolerance("x"), None);
    }

    #[test]
    fn yes_and_no_in_three_languages() {
        for yes in ["TRUE", "ha", "Toʻgʻri", "Да"] {
            assert_eq!(parse_bool(yes), Some(true), "{yes}");
        }
        for no in ["false", "yoʻq", "Yo'q", "нет"] {
            assert_eq!(parse_bool(no), Some(false), "{no}");
        }
        assert_eq!(parse_bool("maybe"), None);
    }
}
