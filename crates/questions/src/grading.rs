//! Automatic grading: the share of a question's points an answer earns, 0.0–1.0.

use crate::model::answer::Answer;
use crate::model::question::Body;

/// Credit for an answer; a wrongly shaped answer earns nothing.
pub fn credit(body: &Body, answer: &Answer) -> f64 {
    match (body, answer) {
        (Body::Single { correct, .. }, Answer::Single { choice }) => full(choice == correct),
        (Body::Multiple { options, correct }, Answer::Multiple { choices }) => {
            multiple(options.len(), correct, choices)
        }
        (Body::TrueFalse { answer }, Answer::TrueFalse { value }) => full(answer == value),
        (Body::Short { accepted }, Answer::Short { text }) => full(matches_any(accepted, text)),
        (Body::Numeric { answer, tolerance }, Answer::Numeric { value }) => {
            full(value.is_finite() && (value - answer).abs() <= tolerance.abs() + 1e-9)
        }
        (Body::Ordering { items }, Answer::Ordering { order }) => {
            if order.len() != items.len() {
                return 0.0;
            }
            share(
                order
                    .iter()
                    .enumerate()
                    .filter(|(pos, item)| pos == *item)
                    .count(),
                items.len(),
            )
        }
        (Body::Matching { pairs }, Answer::Matching { choices }) => {
            if choices.len() != pairs.len() {
                return 0.0;
            }
            share(
                choices
                    .iter()
                    .enumerate()
                    .filter(|(left, right)| left == *right)
                    .count(),
                pairs.len(),
            )
        }
        (Body::FillBlanks { blanks, .. }, Answer::FillBlanks { values }) => {
            let right = blanks
                .iter()
                .zip(values)
                .filter(|(accepted, value)| matches_any(accepted, value))
                .count();
            share(right, blanks.len())
        }
        _ => 0.0,
    }
}

fn full(right: bool) -> f64 {
    if right {
        1.0
    } else {
        0.0
    }
}

fn share(right: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        right as f64 / of as f64
    }
}

/// Multiple choice: each right option chosen adds a share, each wrong option chosen takes one
/// away, never below zero; choosing everything earns nothing.
fn multiple(option_count: usize, correct: &[usize], choices: &[usize]) -> f64 {
    let mut chosen: Vec<usize> = choices
        .iter()
        .copied()
        .filter(|c| *c < option_count)
        .collect();
    chosen.sort_unstable();
    chosen.dedup();
    let right = chosen.iter().filter(|c| correct.contains(c)).count() as f64;
    let wrong = chosen.len() as f64 - right;
    let wrong_options = (option_count - correct.len()).max(1) as f64;
    let score = right / correct.len().max(1) as f64 - wrong / wrong_options;
    score.clamp(0.0, 1.0)
}

/// Typed answers compare without case, surrounding or repeated spaces, a final full stop,
/// or differences between apostrophe forms (o'/oʻ/o‘/o`).
pub fn normalize_text(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{02BB}' | '\u{02BC}' => '\'',
            'ё' => 'е',
            'Ё' => 'Е',
            c => c,
        })
        .collect();
    let words: Vec<String> = folded.split_whitespace().map(str::to_lowercase).collect();
    words.join(" ").trim_end_matches(['.', '!']).to_string()
}

fn matches_any(accepted: &[String], given: &str) -> bool {
    let given = normalize_text(given);
    !given.is_empty() && accepted.iter().any(|a| normalize_text(a) == given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("o{i}")).collect()
    }

    #[test]
    fn single_and_true_false_are_all_or_nothing() {
        let q = Body::Single {
            options: opts(4),
            correct: 2,
        };
        assert_eq!(credit(&q, &Answer::Single { choice: 2 }), 1.0);
        assert_eq!(credit(&q, &Answer::Single { choice: 1 }), 0.0);
        assert_eq!(
            credit(
                &Body::TrueFalse { answer: false },
                &Answer::TrueFalse { value: false }
            ),
            1.0
        );
        assert_eq!(
            credit(&q, &Answer::TrueFalse { value: true }),
            0.0,
            "wrong shape earns nothing"
        );
    }

    #[test]
    fn multiple_choice_gives_partial_credit_and_punishes_guessing_everything() {
        let q = Body::Multiple {
            options: opts(5),
            correct: vec![0, 2],
        };
        assert_eq!(
            credit(
                &q,
                &Answer::Multiple {
                    choices: vec![0, 2]
                }
            ),
            1.0
        );
        assert_eq!(credit(&q, &Answer::Multiple { choices: vec![2] }), 0.5);
        assert!(
            (credit(
                &q,
                &Answer::Multiple {
                    choices: vec![0, 2, 3]
                }
            ) - (1.0 - 1.0 / 3.0))
                .abs()
                < 1e-9
        );
        assert_eq!(
            credit(
                &q,
                &Answer::Multiple {
                    choices: vec![0, 1, 2, 3, 4]
                }
            ),
            0.0
        );
        assert_eq!(
            credit(
                &q,
                &Answer::Multiple {
                    choices: vec![0, 0, 0, 9]
                }
            ),
            0.5,
            "repeats and out-of-range are ignored"
        );
    }

    #[test]
    fn short_answers_ignore_case_spacing_and_apostrophe_forms() {
        let q = Body::Short {
            accepted: vec!["Oʻzbekiston".into(), "Uzbekistan".into()],
        };
        for given in [
            "o'zbekiston",
            "  O‘ZBEKISTON. ",
            "uzbekistan",
            "Oʼzbekiston",
        ] {
            assert_eq!(
                credit(&q, &Answer::Short { text: given.into() }),
                1.0,
                "{given}"
            );
        }
        assert_eq!(credit(&q, &Answer::Short { text: "".into() }), 0.0);
        assert_eq!(
            credit(
                &q,
                &Answer::Short {
                    text: "Toshkent".into()
                }
            ),
            0.0
        );
        let ru = Body::Short {
            accepted: vec!["ёж".into()],
        };
        assert_eq!(
            credit(
                &ru,
                &Answer::Short {
                    text: "Еж".into()
                }
            ),
            1.0
        );
    }

    #[test]
    fn numeric_answers_count_within_the_tolerance() {
        let q = Body::Numeric {
            answer: 3.5,
            tolerance: 0.1,
        };
        assert_eq!(credit(&q, &Answer::Numeric { value: 3.6 }), 1.0);
        assert_eq!(credit(&q, &Answer::Numeric { value: 3.61 }), 0.0);
        assert_eq!(credit(&q, &Answer::Numeric { value: f64::NAN }), 0.0);
        let exact = Body::Numeric {
            answer: 12.0,
            tolerance: 0.0,
        };
        assert_eq!(credit(&exact, &Answer::Numeric { value: 12.0 }), 1.0);
    }

    #[test]
    fn ordering_matching_and_blanks_give_credit_per_part() {
        let o = Body::Ordering { items: opts(4) };
        assert_eq!(
            credit(
                &o,
                &Answer::Ordering {
                    order: vec![0, 1, 2, 3]
                }
            ),
            1.0
        );
        assert_eq!(
            credit(
                &o,
                &Answer::Ordering {
                    order: vec![0, 1, 3, 2]
                }
            ),
            0.5
        );
        assert_eq!(credit(&o, &Answer::Ordering { order: vec![0, 1] }), 0.0);
        let m = Body::Matching {
            pairs: vec![
                ("a".into(), "1".into()),
                ("b".into(), "2".into()),
                ("c".into(), "3".into()),
            ],
        };
        assert!(
            (credit(
                &m,
                &Answer::Matching {
                    choices: vec![0, 2, 1]
                }
            ) - 1.0 / 3.0)
                .abs()
                < 1e-9
        );
        let f = Body::FillBlanks {
            text: "2 + 2 = ___, 3 + 3 = ___".into(),
            blanks: vec![vec!["4".into(), "four".into()], vec!["6".into()]],
        };
        assert_eq!(
            credit(
                &f,
                &Answer::FillBlanks {
                    values: vec!["Four".into(), "6".into()]
                }
            ),
            1.0
        );
        assert_eq!(
            credit(
                &f,
                &Answer::FillBlanks {
                    values: vec!["4".into()]
                }
            ),
            0.5
        );
    }
}
