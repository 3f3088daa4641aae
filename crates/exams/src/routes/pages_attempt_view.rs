//! The attempt page's questions as the form shows them (saved answers filled in), and the
//! answers read back from the form when it is posted without JavaScript.
//!
//! Field names: `q<id>` (single, true/false, multiple, short, numeric), `q<id>_pos<index>`
//! (ordering; the hidden `q<id>_order` that scripts fill wins when sent), `q<id>_m<left>`
//! (matching), `q<id>_b<blank>` (fill in the blanks).

use super::pages_common::{parse_decimal, show_decimal, Fields};
use questions::layout::{Choice, Shown};
use questions::model::answer::Answer;

/// A choice with whether the saved answer picked it.
pub struct Pick {
    pub index: usize,
    pub text: String,
    pub on: bool,
}

/// A left item of a matching question and the right item chosen for it.
pub struct MatchRow {
    pub left: String,
    pub chosen: Option<usize>,
}

/// A question of the attempt, ready for the template.
pub struct AQ {
    pub id: i64,
    pub number: usize,
    pub points: i64,
    pub kind: &'static str,
    pub prompt: String,
    pub image_url: Option<String>,
    pub picks: Vec<Pick>,
    pub tf: Option<bool>,
    pub value: String,
    /// Ordering: the items in the order the student has them.
    pub order: Vec<Choice>,
    pub rows: Vec<MatchRow>,
    pub right: Vec<Choice>,
    /// Fill in the blanks: text before each blank and the value typed in it; then the end.
    pub blanks: Vec<(String, String)>,
    pub tail: String,
    pub answered: bool,
    /// A problem with what was typed (an unreadable number).
    pub problem: Option<&'static str>,
}

impl AQ {
    /// The prompt and the choices, as a JSON list of phrases to read aloud one after another.
    pub fn say_parts(&self) -> String {
        let clip = |t: &str| t.chars().take(280).collect::<String>();
        let mut parts: Vec<String> = Vec::new();
        if !self.prompt.trim().is_empty() {
            parts.push(clip(&self.prompt));
        }
        parts.extend(self.picks.iter().map(|p| clip(&p.text)));
        parts.extend(
            self.blanks
                .iter()
                .map(|(before, _)| clip(before))
                .filter(|t| !t.trim().is_empty()),
        );
        serde_json::to_string(&parts).unwrap_or_else(|_| "[]".into())
    }

    pub fn from_shown(s: Shown, lang: &str) -> Self {
        let a = s.answer.as_ref();
        let picked = |i: usize| match a {
            Some(Answer::Single { choice }) => *choice == i,
            Some(Answer::Multiple { choices }) => choices.contains(&i),
            _ => false,
        };
        let picks = if matches!(s.kind, "single" | "multiple") {
            s.choices
                .iter()
                .map(|c| Pick {
                    index: c.index,
                    text: c.text.clone(),
                    on: picked(c.index),
                })
                .collect()
        } else {
            Vec::new()
        };
        let order = match (s.kind, a) {
            ("ordering", Some(Answer::Ordering { order })) if same_set(order, &s.choices) => order
                .iter()
                .filter_map(|i| s.choices.iter().find(|c| c.index == *i).cloned())
                .collect(),
            ("ordering", _) => s.choices.clone(),
            _ => Vec::new(),
        };
        let rows = s
            .left
            .iter()
            .enumerate()
            .map(|(i, l)| MatchRow {
                left: l.clone(),
                chosen: match a {
                    Some(Answer::Matching { choices }) => choices.get(i).copied(),
                    _ => None,
                },
            })
            .collect();
        let typed = match a {
            Some(Answer::FillBlanks { values }) => values.clone(),
            _ => Vec::new(),
        };
        let n = s.parts.len().saturating_sub(1);
        let blanks = (0..n)
            .map(|i| {
                (
                    s.parts[i].clone(),
                    typed.get(i).cloned().unwrap_or_default(),
                )
            })
            .collect();
        let value = match a {
            Some(Answer::Short { text }) => text.clone(),
            Some(Answer::Numeric { value }) => show_decimal(*value, lang),
            _ => String::new(),
        };
        Self {
            id: s.id,
            number: s.number,
            points: s.points,
            kind: s.kind,
            tf: match a {
                Some(Answer::TrueFalse { value }) => Some(*value),
                _ => None,
            },
            right: if s.kind == "matching" {
                s.choices.clone()
            } else {
                Vec::new()
            },
            tail: if n > 0 {
                s.parts[n].clone()
            } else {
                String::new()
            },
            answered: a.is_some(),
            prompt: s.prompt,
            image_url: s.image_url,
            picks,
            value,
            order,
            rows,
            blanks,
            problem: None,
        }
    }

    pub fn field(&self) -> String {
        format!("q{}", self.id)
    }

    pub fn sub(&self, part: &str, i: &usize) -> String {
        format!("q{}_{part}{i}", self.id)
    }

    pub fn order_name(&self) -> String {
        format!("q{}_order", self.id)
    }

    /// The current order as the hidden field carries it: `2,0,1`.
    pub fn order_value(&self) -> String {
        let v: Vec<String> = self.order.iter().map(|c| c.index.to_string()).collect();
        v.join(",")
    }

    pub fn chosen_is(&self, row: &MatchRow, index: &usize) -> bool {
        row.chosen == Some(*index)
    }
}

fn same_set(order: &[usize], choices: &[Choice]) -> bool {
    order.len() == choices.len() && choices.iter().all(|c| order.contains(&c.index))
}

/// What the form holds for one question.
#[derive(Debug, PartialEq)]
pub enum Read {
    Empty,
    Answer(Answer),
    /// A number that cannot be read.
    BadNumber,
}

/// Reads one question's answer from a posted form.
pub fn read(q: &Shown, f: &Fields) -> Read {
    let name = format!("q{}", q.id);
    let valid = |i: usize| q.choices.iter().any(|c| c.index == i);
    let one = f.get(&name).map(str::trim).unwrap_or("");
    match q.kind {
        "single" => match one.parse::<usize>() {
            Ok(i) if valid(i) => Read::Answer(Answer::Single { choice: i }),
            _ => Read::Empty,
        },
        "true_false" => match one {
            "true" => Read::Answer(Answer::TrueFalse { value: true }),
            "false" => Read::Answer(Answer::TrueFalse { value: false }),
            _ => Read::Empty,
        },
        "multiple" => {
            let mut choices: Vec<usize> = f
                .all(&name)
                .iter()
                .filter_map(|v| v.trim().parse().ok())
                .filter(|i| valid(*i))
                .collect();
            choices.sort_unstable();
            choices.dedup();
            if choices.is_empty() {
                Read::Empty
            } else {
                Read::Answer(Answer::Multiple { choices })
            }
        }
        "short" if one.is_empty() => Read::Empty,
        "short" => Read::Answer(Answer::Short {
            text: one.to_string(),
        }),
        "numeric" if one.is_empty() => Read::Empty,
        "numeric" => match parse_decimal(one) {
            Some(value) => Read::Answer(Answer::Numeric { value }),
            None => Read::BadNumber,
        },
        "ordering" => read_order(q, f),
        "matching" => {
            let n = q.left.len();
            let choices: Vec<Option<usize>> = (0..n)
                .map(|i| {
                    f.get(&format!("{name}_m{i}"))
                        .and_then(|v| v.trim().parse().ok())
                        .filter(|i| valid(*i))
                })
                .collect();
            if choices.iter().all(Option::is_none) {
                Read::Empty
            } else {
                // An unmatched item gets an index no pair has, so it counts as wrong.
                let choices = choices.into_iter().map(|c| c.unwrap_or(n)).collect();
                Read::Answer(Answer::Matching { choices })
            }
        }
        "fill_blanks" => {
            let n = q.parts.len().saturating_sub(1);
            let values: Vec<String> = (0..n)
                .map(|i| f.text(&format!("{name}_b{i}")).trim().to_string())
                .collect();
            if values.iter().all(String::is_empty) {
                Read::Empty
            } else {
                Read::Answer(Answer::FillBlanks { values })
            }
        }
        _ => Read::Empty,
    }
}

/// Ordering: the scripted hidden order when it is a full permutation, else the position
/// selects (ties keep the order shown).
fn read_order(q: &Shown, f: &Fields) -> Read {
    let name = format!("q{}", q.id);
    if let Some(raw) = f.get(&format!("{name}_order")) {
        let order: Vec<usize> = raw
            .split(',')
            .filter_map(|v| v.trim().parse().ok())
            .collect();
        if same_set(&order, &q.choices) {
            return Read::Answer(Answer::Ordering { order });
        }
    }
    let mut placed: Vec<(i64, usize, usize)> = q
        .choices
        .iter()
        .enumerate()
        .map(|(shown, c)| {
            let pos = f
                .int(&format!("{name}_pos{}", c.index))
                .unwrap_or(shown as i64 + 1);
            (pos, shown, c.index)
        })
        .collect();
    if placed.is_empty() {
        return Read::Empty;
    }
    placed.sort();
    Read::Answer(Answer::Ordering {
        order: placed.into_iter().map(|(_, _, i)| i).collect(),
    })
}
