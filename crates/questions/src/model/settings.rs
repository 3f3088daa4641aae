//! A test's settings: timing, attempts, shuffling, pass mark, when results are shown.

use serde::{Deserialize, Serialize};

/// When students see their score, or the right answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reveal {
    Never,
    #[default]
    AfterSubmit,
    /// Once the assignment's due time has passed.
    AfterDue,
}

impl Reveal {
    pub fn as_str(self) -> &'static str {
        match self {
            Reveal::Never => "never",
            Reveal::AfterSubmit => "after_submit",
            Reveal::AfterDue => "after_due",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "never" => Some(Self::Never),
            "after_submit" => Some(Self::AfterSubmit),
            "after_due" => Some(Self::AfterDue),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Minutes from the start of an attempt; none for untimed tests.
    pub time_limit_min: Option<i64>,
    /// Attempts a student may make per assignment (1–10).
    pub max_attempts: i64,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    /// Percent needed to pass (0–100).
    pub pass_percent: i64,
    pub show_score: Reveal,
    pub show_answers: Reveal,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            time_limit_min: None,
            max_attempts: 1,
            shuffle_questions: false,
            // Imported files and generators often put the right answer first; mixed options
            // keep it from always being "A" (Moodle shuffles by default too).
            shuffle_options: true,
            pass_percent: 50,
            show_score: Reveal::AfterSubmit,
            show_answers: Reveal::AfterDue,
        }
    }
}
