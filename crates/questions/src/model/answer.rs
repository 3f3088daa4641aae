//! A student's answer to one question, in the shape of its type.

use serde::{Deserialize, Serialize};

/// Option indices refer to the options as stored (the page maps shuffled positions back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Answer {
    Single {
        choice: usize,
    },
    Multiple {
        choices: Vec<usize>,
    },
    TrueFalse {
        value: bool,
    },
    Short {
        text: String,
    },
    Numeric {
        value: f64,
    },
    /// The stored item indices in the order the student put them.
    Ordering {
        order: Vec<usize>,
    },
    /// For each left item (stored order), the index of the right item chosen.
    Matching {
        choices: Vec<usize>,
    },
    FillBlanks {
        values: Vec<String>,
    },
}
