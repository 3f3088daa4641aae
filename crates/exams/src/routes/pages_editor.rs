//! The question editor shared by the test page's "add question" form and the generator's
//! drafts: one set of fields per question type, read back into a checked [`Question`].
//!
//! Field names carry a prefix (`d3_` for the fourth draft) so many questions fit one form:
//! `prompt`, `explanation`, `opt0..` with `key` (choices), `tf`, `accepted` (one per line),
//! `number` and `tolerance`, `items` (one per line, right order), `l0..`/`r0..` (pairs),
//! `text` with `___` and `blanks` (one line per blank, alternatives split by `;`).

use kernel::error::FieldError;

use super::pages_common::{parse_decimal, show_decimal, Fields};
use crate::service::bank::problem_key;
use questions::check::{check, OPTIONS_MAX};
use questions::model::question::{Body, Question, KINDS};

/// One option of a choice question as the form shows it.
#[derive(Clone, Debug, Default)]
pub struct Slot {
    pub text: String,
    pub right: bool,
}

/// One pair of a matching question as the form shows it.
#[derive(Clone, Debug, Default)]
pub struct PairSlot {
    pub left: String,
    pub right: String,
}

/// A question's fields as typed (or as loaded), ready to show again.
#[derive(Clone, Debug, Default)]
pub struct QEdit {
    pub prefix: String,
    pub kind: String,
    /// Every type's fields are on the page (the type can change); otherwise only `kind`'s.
    pub switchable: bool,
    pub prompt: String,
    pub explanation: String,
    pub options: Vec<Slot>,
    pub tf: bool,
    pub accepted: String,
    pub number: String,
    pub tolerance: String,
    pub items: String,
    pub pairs: Vec<PairSlot>,
    pub text: String,
    pub blanks: String,
}

fn pad<T: Default + Clone>(mut v: Vec<T>, min: usize) -> Vec<T> {
    let want = (v.len() + 1).max(min).min(OPTIONS_MAX);
    v.resize(want.max(v.len()), T::default());
    v
}

impl QEdit {
    /// Empty fields for a new question of `kind`.
    pub fn blank(prefix: &str, kind: &str) -> Self {
        let kind = if KINDS.contains(&kind) {
            kind
        } else {
            "single"
        };
        Self {
            prefix: prefix.into(),
            kind: kind.into(),
            switchable: true,
            tf: true,
            options: pad(Vec::new(), 4),
            pairs: pad(Vec::new(), 4),
            ..Self::default()
        }
    }

    /// The fields of an existing question (a generated draft).
    pub fn from_question(prefix: &str, q: &Question, lang: &str) -> Self {
        let mut e = Self::blank(prefix, q.body.kind());
        e.switchable = false;
        e.prompt = q.prompt.clone();
        e.explanation = q.explanation.clone().unwrap_or_default();
        match &q.body {
            Body::Single { options, correct } => e.options = slots(options, |i| i == *correct),
            Body::Multiple { options, correct } => {
                e.options = slots(options, |i| correct.contains(&i))
            }
            Body::TrueFalse { answer } => e.tf = *answer,
            Body::Short { accepted } => e.accepted = accepted.join("\n"),
            Body::Numeric { answer, tolerance } => {
                e.number = show_decimal(*answer, lang);
                e.tolerance = show_decimal(*tolerance, lang);
            }
            Body::Ordering { items } => e.items = items.join("\n"),
            Body::Matching { pairs } => {
                let v = pairs
                    .iter()
                    .map(|(l, r)| PairSlot {
                        left: l.clone(),
                        right: r.clone(),
                    })
                    .collect();
                e.pairs = pad(v, 4);
            }
            Body::FillBlanks { text, blanks } => {
                e.text = text.clone();
                e.blanks = blanks
                    .iter()
                    .map(|b| b.join("; "))
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
        e
    }

    /// The fields as sent, to show again or to read.
    pub fn from_fields(prefix: &str, kind: &str, f: &Fields, switchable: bool) -> Self {
        let p = |name: &str| f.text(&format!("{prefix}{name}"));
        let keys = f.all(&format!("{prefix}key"));
        let options = (0..OPTIONS_MAX)
            .map(|i| Slot {
                text: p(&format!("opt{i}")),
                right: keys.contains(&i.to_string().as_str()),
            })
            .collect::<Vec<_>>();
        let pairs = (0..OPTIONS_MAX)
            .map(|i| PairSlot {
                left: p(&format!("l{i}")),
                right: p(&format!("r{i}")),
            })
            .collect::<Vec<_>>();
        let mut e = Self::blank(prefix, kind);
        e.switchable = switchable;
        e.prompt = p("prompt");
        e.explanation = p("explanation");
        e.options = pad(trim_tail(options, |s| s.text.trim().is_empty()), 4);
        e.pairs = pad(
            trim_tail(pairs, |s| {
                s.left.trim().is_empty() && s.right.trim().is_empty()
            }),
            4,
        );
        e.tf = p("tf") != "false";
        e.accepted = p("accepted");
        e.number = p("number");
        e.tolerance = p("tolerance");
        e.items = p("items");
        e.text = p("text");
        e.blanks = p("blanks");
        e
    }

    /// The question, checked; the problem is reported on the field `<prefix>question`.
    pub fn to_question(&self) -> Result<Question, FieldError> {
        let field = format!("{}question", self.prefix);
        let problem = |key: &'static str| FieldError::new(field.clone(), key);
        let body = self.body().map_err(problem)?;
        let explanation = kernel::text::clean_line(&self.explanation);
        let q = Question {
            prompt: self.prompt.trim().to_string(),
            body,
            explanation: (!explanation.is_empty()).then_some(explanation),
        };
        check(&q).map_err(|p| problem(problem_key(p)))?;
        Ok(q)
    }

    fn body(&self) -> Result<Body, &'static str> {
        Ok(match self.kind.as_str() {
            "single" | "multiple" => {
                let kept: Vec<&Slot> = self
                    .options
                    .iter()
                    .filter(|s| !s.text.trim().is_empty())
                    .collect();
                let options: Vec<String> = kept.iter().map(|s| s.text.trim().into()).collect();
                let keys: Vec<usize> = (0..kept.len()).filter(|i| kept[*i].right).collect();
                if keys.is_empty() && options.len() >= 2 {
                    return Err("exams-problem-no-key");
                }
                if self.kind == "single" {
                    Body::Single {
                        options,
                        correct: keys.first().copied().unwrap_or(0),
                    }
                } else {
                    Body::Multiple {
                        options,
                        correct: keys,
                    }
                }
            }
            "true_false" => Body::TrueFalse { answer: self.tf },
            "short" => Body::Short {
                accepted: lines(&self.accepted),
            },
            "numeric" => {
                let answer = parse_decimal(&self.number).ok_or("exams-problem-bad-number")?;
                let tolerance = if self.tolerance.trim().is_empty() {
                    0.0
                } else {
                    parse_decimal(&self.tolerance).ok_or("exams-problem-bad-number")?
                };
                Body::Numeric { answer, tolerance }
            }
            "ordering" => Body::Ordering {
                items: lines(&self.items),
            },
            "matching" => {
                let mut pairs = Vec::new();
                for s in &self.pairs {
                    match (s.left.trim(), s.right.trim()) {
                        ("", "") => {}
                        ("", _) | (_, "") => return Err("exams-problem-empty-option"),
                        (l, r) => pairs.push((l.to_string(), r.to_string())),
                    }
                }
                Body::Matching { pairs }
            }
            "fill_blanks" => Body::FillBlanks {
                text: self.text.trim().to_string(),
                blanks: lines(&self.blanks)
                    .iter()
                    .map(|l| {
                        l.split(';')
                            .map(str::trim)
                            .filter(|a| !a.is_empty())
                            .map(String::from)
                            .collect()
                    })
                    .collect(),
            },
            _ => return Err("field-invalid"),
        })
    }

    /// Whether a type's fields are on the page.
    pub fn renders(&self, kind: &str) -> bool {
        self.switchable || self.kind == kind
    }

    /// Whether a type's fields are the ones in use (others are hidden and not sent).
    pub fn is(&self, kind: &str) -> bool {
        self.kind == kind
    }

    pub fn name(&self, field: &str) -> String {
        format!("{}{field}", self.prefix)
    }

    /// The name of a numbered field (`opt2`, `l0`).
    pub fn slot(&self, field: &str, i: &usize) -> String {
        format!("{}{field}{i}", self.prefix)
    }
}

fn slots(options: &[String], right: impl Fn(usize) -> bool) -> Vec<Slot> {
    let v = options
        .iter()
        .enumerate()
        .map(|(i, t)| Slot {
            text: t.clone(),
            right: right(i),
        })
        .collect();
    pad(v, 4)
}

fn trim_tail<T>(mut v: Vec<T>, empty: impl Fn(&T) -> bool) -> Vec<T> {
    while v.last().is_some_and(&empty) {
        v.pop();
    }
    v
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}
