//! Import and export of questions in the formats teachers already use: Moodle GIFT, Aiken,
//! CSV (ours, Kahoot's, Quizizz's and plain tables), numbered plain-text tests (`uz-numbered`)
//! and `++++`/`====` blocks (`uz-blocks`).
//!
//! A file imports wholly or not at all ([`import`]): the first bad line is reported with a
//! Fluent key (`exams-import-<code>`); or, on request, without the questions that cannot be
//! used, each listed with its line ([`import_skipping`]). Every question produced passes
//! [`crate::check::check`].
//! The exact formats are described in `docs/exams-formats.md`.

mod aiken;
mod common;
mod csv;
pub mod csv_cell;
mod csv_export;
mod csv_layouts;
mod csv_read;
mod gift;
mod gift_block;
mod gift_export;
mod gift_text;
mod options;
mod uz_blocks;
mod uz_key;
mod uz_numbered;

use crate::model::question::Question;
use common::Collector;

pub use common::{problem_code, MAX_BYTES, MAX_QUESTIONS};
pub use csv_export::export_csv;
pub use gift_export::export_gift;

/// A file format questions can be imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Gift,
    Aiken,
    Csv,
    UzNumbered,
    UzBlocks,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Gift,
        Format::Aiken,
        Format::Csv,
        Format::UzNumbered,
        Format::UzBlocks,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Gift => "gift",
            Format::Aiken => "aiken",
            Format::Csv => "csv",
            Format::UzNumbered => "uz-numbered",
            Format::UzBlocks => "uz-blocks",
        }
    }
}

/// A malformed file: the first bad line (1-based) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    /// Snake-case reason; its message is [`ImportError::message_key`].
    pub code: &'static str,
    /// Values for the message's placeables.
    pub args: Vec<(&'static str, String)>,
}

impl ImportError {
    pub fn new(line: usize, code: &'static str) -> Self {
        Self {
            line,
            code,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The Fluent key of the reason, `exams-import-<code with ->`; teachers see it after
    /// `exams-import-line` ("Line 12: …").
    pub fn message_key(&self) -> &'static str {
        CODES
            .iter()
            .find(|(code, _)| *code == self.code)
            .map_or("exams-import-invalid", |(_, key)| key)
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.code)
    }
}

impl std::error::Error for ImportError {}

/// Every code an import can fail with, and its Fluent key (`exams-import-<code with ->`).
pub const CODES: &[(&str, &str)] = &[
    ("too_large", "exams-import-too-large"),
    ("empty_file", "exams-import-empty-file"),
    ("no_questions", "exams-import-no-questions"),
    ("too_many_questions", "exams-import-too-many-questions"),
    ("binary", "exams-import-binary"),
    ("unexpected_line", "exams-import-unexpected-line"),
    ("option_order", "exams-import-option-order"),
    ("no_options", "exams-import-no-options"),
    ("no_key", "exams-import-no-key"),
    ("bad_key", "exams-import-bad-key"),
    ("key_count", "exams-import-key-count"),
    ("key_conflict", "exams-import-key-conflict"),
    ("key_duplicate", "exams-import-key-duplicate"),
    ("key_unknown_question", "exams-import-key-unknown-question"),
    ("duplicate_number", "exams-import-duplicate-number"),
    ("bad_number", "exams-import-bad-number"),
    ("bad_bool", "exams-import-bad-bool"),
    ("gift_essay", "exams-import-gift-essay"),
    ("gift_no_answer", "exams-import-gift-no-answer"),
    ("gift_unclosed", "exams-import-gift-unclosed"),
    ("gift_stray_close", "exams-import-gift-stray-close"),
    ("gift_nested", "exams-import-gift-nested"),
    ("gift_title", "exams-import-gift-title"),
    ("gift_many_blocks", "exams-import-gift-many-blocks"),
    ("gift_bad_item", "exams-import-gift-bad-item"),
    ("gift_bad_weight", "exams-import-gift-bad-weight"),
    ("gift_bad_match", "exams-import-gift-bad-match"),
    ("gift_no_right", "exams-import-gift-no-right"),
    ("csv_header", "exams-import-csv-layouts"),
    ("csv_missing_column", "exams-import-csv-missing-column"),
    ("csv_unknown_column", "exams-import-csv-unknown-column"),
    ("csv_duplicate_column", "exams-import-csv-duplicate-column"),
    ("csv_unclosed_quote", "exams-import-csv-unclosed-quote"),
    ("csv_extra_fields", "exams-import-csv-extra-fields"),
    ("csv_bad_type", "exams-import-csv-bad-type"),
    ("csv_unused_options", "exams-import-csv-unused-options"),
    ("csv_unused_answer", "exams-import-csv-unused-answer"),
    ("csv_bad_pair", "exams-import-csv-bad-pair"),
    ("csv_bad_answer", "exams-import-csv-bad-answer"),
    ("csv_unsupported_type", "exams-import-csv-unsupported-type"),
    (
        "question_empty_prompt",
        "exams-import-question-empty-prompt",
    ),
    (
        "question_prompt_too_long",
        "exams-import-question-prompt-too-long",
    ),
    (
        "question_too_few_options",
        "exams-import-question-too-few-options",
    ),
    (
        "question_too_many_options",
        "exams-import-question-too-many-options",
    ),
    (
        "question_empty_option",
        "exams-import-question-empty-option",
    ),
    (
        "question_option_too_long",
        "exams-import-question-option-too-long",
    ),
    (
        "question_duplicate_options",
        "exams-import-question-duplicate-options",
    ),
    (
        "question_key_out_of_range",
        "exams-import-question-key-out-of-range",
    ),
    ("question_no_key", "exams-import-question-no-key"),
    ("question_all_keys", "exams-import-question-all-keys"),
    (
        "question_no_accepted_answer",
        "exams-import-question-no-accepted-answer",
    ),
    ("question_bad_number", "exams-import-question-bad-number"),
    (
        "question_too_few_items",
        "exams-import-question-too-few-items",
    ),
    (
        "question_blanks_mismatch",
        "exams-import-question-blanks-mismatch",
    ),
];

/// Questions read from a file and, when skipping, the ones left out with their line and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub questions: Vec<Question>,
    pub skipped: Vec<ImportError>,
}

/// Reads questions from `text` in `format`: all of them, or the first problem.
pub fn import(format: Format, text: &str) -> Result<Vec<Question>, ImportError> {
    read(format, text, Collector::default()).map(|i| i.questions)
}

/// Reads the questions that can be used and lists the ones that cannot (an essay, a question
/// with a mistake), each with its first line and why. GIFT and CSV skip question by question;
/// the other formats are read whole or not at all. Problems of the file itself (too large,
/// empty, binary, no usable question, a CSV header that is not understood) still fail it.
pub fn import_skipping(format: Format, text: &str) -> Result<Imported, ImportError> {
    read(format, text, Collector::skipping())
}

fn read(format: Format, text: &str, out: Collector) -> Result<Imported, ImportError> {
    let text = common::prepare(text)?;
    let whole = |questions| Imported {
        questions,
        skipped: Vec::new(),
    };
    match format {
        Format::Gift => gift::import(text, out),
        Format::Csv => csv::import(text, out),
        Format::Aiken => aiken::import(text).map(whole),
        Format::UzNumbered => uz_numbered::import(text).map(whole),
        Format::UzBlocks => uz_blocks::import(text).map(whole),
    }
}
