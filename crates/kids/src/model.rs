//! The words SmartKids' parts share: a story's language, the age it is written for, its length.

use serde::{Deserialize, Serialize};

/// A language stories are written and read in: the same three as MathKids' steps, so one type
/// serves both.
pub use mathsolve::Lang;

/// The age band a story is written for: 4–6 (short sentences, pictures, choice questions) or
/// 7–10 (longer text, typed answers too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Age {
    #[serde(rename = "4-6")]
    Young,
    #[serde(rename = "7-10")]
    Older,
}

impl Age {
    /// The band of a child's age in years (under 7 is young).
    pub fn of_years(years: u32) -> Age {
        if years < 7 {
            Age::Young
        } else {
            Age::Older
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Age::Young => "4-6",
            Age::Older => "7-10",
        }
    }
}

/// How long a story written on request is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    Short,
    Medium,
}
