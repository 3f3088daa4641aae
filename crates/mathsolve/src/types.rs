//! The public types: languages, kinds of problem, steps, solutions and the refusal.

use serde::{Deserialize, Serialize};

/// The language of the words a child reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Uzbek in Latin script.
    Uz,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Uz, Lang::Ru, Lang::En];

    /// The code of the language: "uz", "ru" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Uz => "uz",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language of a code: "uz", "ru" or "en".
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "uz" => Some(Lang::Uz),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// What kind of problem was solved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Column addition of two whole numbers.
    Addition,
    /// Column subtraction of two whole numbers.
    Subtraction,
    /// Column multiplication of two whole numbers.
    Multiplication,
    /// Long division of two whole numbers.
    Division,
    /// Several operations: order of operations and brackets.
    Expression,
    /// Which sign goes between two numbers.
    Comparison,
    /// Operations on fractions and mixed numbers, and simplifying.
    Fraction,
    /// Operations on decimals.
    Decimal,
    /// A percentage of a number.
    Percent,
    /// Converting, adding and subtracting quantities with units.
    Units,
    /// A linear equation in one unknown.
    Equation,
}

impl Kind {
    /// The name as serialised: "addition", "expression", …
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Addition => "addition",
            Kind::Subtraction => "subtraction",
            Kind::Multiplication => "multiplication",
            Kind::Division => "division",
            Kind::Expression => "expression",
            Kind::Comparison => "comparison",
            Kind::Fraction => "fraction",
            Kind::Decimal => "decimal",
            Kind::Percent => "percent",
            Kind::Units => "units",
            Kind::Equation => "equation",
        }
    }
}

/// One step a child can follow.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    /// The change type, snake_case ("add_column", "borrow", …; listed in `docs/mathsolve.md`).
    pub change: String,
    /// The expression or partial work before this step, in plain text.
    pub before: String,
    /// The expression or partial work after this step.
    pub after: String,
    /// Words for the child in the requested language.
    pub text: String,
    /// What the child is asked to give at this step in hint mode; it appears in `after` or `text`.
    pub expect: Option<String>,
    /// The question put to the child in hint mode; present exactly when `expect` is.
    pub ask: Option<String>,
}

/// A solved problem.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Solution {
    /// What kind of problem it was.
    pub kind: Kind,
    /// The problem in normalised form, e.g. "47 + 24".
    pub problem: String,
    /// The exact answer, e.g. "71", "12 r 3", "2 1/3", "0.75", "<", "4 m 10 cm", "x = 4".
    pub answer: String,
    /// The steps, in order; the last one holds the answer (see `docs/mathsolve.md`).
    pub steps: Vec<Step>,
}

/// The refusal: the problem is not understood completely, so nothing is guessed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("this problem is not supported")]
pub struct Unsupported {
    /// Problems the engine can solve, one per kind family, in the requested language.
    pub examples: Vec<String>,
}
