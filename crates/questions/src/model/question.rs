//! Questions of every type. A question is stored as its prompt plus a JSON `body` whose
//! `type` tag names the kind.

use serde::{Deserialize, Serialize};

/// A question as a teacher writes it and the grader reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub prompt: String,
    #[serde(flatten)]
    pub body: Body,
    /// Shown with the correct answer, when the test's settings allow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// What the question asks for, and its key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Body {
    /// One right option.
    Single {
        options: Vec<String>,
        correct: usize,
    },
    /// Several right options; partial credit.
    Multiple {
        options: Vec<String>,
        correct: Vec<usize>,
    },
    TrueFalse {
        answer: bool,
    },
    /// Typed answer matched against accepted answers, ignoring case, spacing and the form of
    /// apostrophes.
    Short {
        accepted: Vec<String>,
    },
    /// A number, right within `tolerance` (absolute).
    Numeric {
        answer: f64,
        tolerance: f64,
    },
    /// Items to put in order; `items` is the right order. Partial credit per position.
    Ordering {
        items: Vec<String>,
    },
    /// Left items each matched with one right item; `pairs` holds the right pairs.
    Matching {
        pairs: Vec<(String, String)>,
    },
    /// `text` with blanks written `___`; `blanks[i]` lists the accepted answers of blank i.
    FillBlanks {
        text: String,
        blanks: Vec<Vec<String>>,
    },
}

/// The question types by name, as the API and forms use them.
pub const KINDS: [&str; 8] = [
    "single",
    "multiple",
    "true_false",
    "short",
    "numeric",
    "ordering",
    "matching",
    "fill_blanks",
];

/// How a blank is written in fill-in-the-blanks text.
pub const BLANK: &str = "___";

impl Body {
    pub fn kind(&self) -> &'static str {
        match self {
            Body::Single { .. } => "single",
            Body::Multiple { .. } => "multiple",
            Body::TrueFalse { .. } => "true_false",
            Body::Short { .. } => "short",
            Body::Numeric { .. } => "numeric",
            Body::Ordering { .. } => "ordering",
            Body::Matching { .. } => "matching",
            Body::FillBlanks { .. } => "fill_blanks",
        }
    }

    /// Options shown as choices, for the types that have them.
    pub fn options(&self) -> Option<&[String]> {
        match self {
            Body::Single { options, .. } | Body::Multiple { options, .. } => Some(options),
            _ => None,
        }
    }
}
