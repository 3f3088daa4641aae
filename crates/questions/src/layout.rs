//! An attempt's layout: the order questions appear in and the order of each question's
//! choices, fixed when the attempt starts so a reload shows the same page. Students see
//! questions through [`shown`], which never carries a key.

use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::model::answer::Answer;
use crate::model::question::{Body, Question, BLANK};
use crate::model::settings::Settings;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Layout {
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Item {
    pub question_id: i64,
    pub points: i64,
    /// Display order of the options (choice questions), of the items (ordering) or of the
    /// right-hand column (matching), as stored indices.
    pub order: Vec<usize>,
}

/// Lays out an attempt. Ordering items and matching columns are always mixed (otherwise the
/// page would show the answer); questions and options follow the test's settings.
pub fn build(
    questions: &[(i64, i64, Question)],
    settings: &Settings,
    rng: &mut impl Rng,
) -> Layout {
    let mut items: Vec<Item> = questions
        .iter()
        .map(|(id, points, q)| {
            let n = match &q.body {
                Body::Single { options, .. } | Body::Multiple { options, .. } => options.len(),
                Body::Ordering { items } => items.len(),
                Body::Matching { pairs } => pairs.len(),
                _ => 0,
            };
            let mut order: Vec<usize> = (0..n).collect();
            let always = matches!(q.body, Body::Ordering { .. } | Body::Matching { .. });
            if always || (settings.shuffle_options && q.body.options().is_some()) {
                shuffle_away_from_identity(&mut order, rng, always);
            }
            Item {
                question_id: *id,
                points: *points,
                order,
            }
        })
        .collect();
    if settings.shuffle_questions {
        items.shuffle(rng);
    }
    Layout { items }
}

fn shuffle_away_from_identity(order: &mut [usize], rng: &mut impl Rng, must_move: bool) {
    order.shuffle(rng);
    if must_move && order.len() > 1 && order.iter().enumerate().all(|(i, v)| i == *v) {
        order.rotate_left(1);
    }
}

/// A choice as shown: its stored index (what the page sends back) and its text.
#[derive(Clone, Debug, Serialize)]
pub struct Choice {
    pub index: usize,
    pub text: String,
}

/// A question as a student sees it during an attempt: no keys, choices in layout order.
#[derive(Clone, Debug, Serialize)]
pub struct Shown {
    pub id: i64,
    pub number: usize,
    pub points: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub prompt: String,
    pub image_url: Option<String>,
    /// Single, multiple: options; ordering: the items to arrange.
    pub choices: Vec<Choice>,
    /// Matching: the left column in stored order; `choices` is the right column.
    pub left: Vec<String>,
    /// Fill in the blanks: the text around the blanks (one more part than blanks).
    pub parts: Vec<String>,
    /// What the student saved so far.
    pub answer: Option<Answer>,
}

pub fn shown(
    number: usize,
    item: &Item,
    q: &Question,
    image_url: Option<String>,
    answer: Option<Answer>,
) -> Shown {
    // Choice questions keep their stored indices (the key is not their order). Ordering items
    // and matching columns are numbered by display position instead: their stored index *is*
    // the right answer, so it must never reach the page.
    let by_position = matches!(q.body, Body::Ordering { .. } | Body::Matching { .. });
    let pick = |texts: &[String]| -> Vec<Choice> {
        item.order
            .iter()
            .enumerate()
            .filter_map(|(position, i)| {
                texts.get(*i).map(|t| Choice {
                    index: if by_position { position } else { *i },
                    text: t.clone(),
                })
            })
            .collect()
    };
    let (choices, left, parts) = match &q.body {
        Body::Single { options, .. } | Body::Multiple { options, .. } => {
            (pick(options), vec![], vec![])
        }
        Body::Ordering { items } => (pick(items), vec![], vec![]),
        Body::Matching { pairs } => {
            let right: Vec<String> = pairs.iter().map(|p| p.1.clone()).collect();
            (
                pick(&right),
                pairs.iter().map(|p| p.0.clone()).collect(),
                vec![],
            )
        }
        Body::FillBlanks { text, .. } => (
            vec![],
            vec![],
            text.split(BLANK).map(String::from).collect(),
        ),
        _ => (vec![], vec![], vec![]),
    };
    let answer = answer.map(|a| to_display(item, a));
    Shown {
        id: item.question_id,
        number,
        points: item.points,
        kind: q.body.kind(),
        prompt: q.prompt.clone(),
        image_url,
        choices,
        left,
        parts,
        answer,
    }
}

/// An answer as stored (stored indices) in the positions the page shows, for ordering and
/// matching; other answers are unchanged.
pub fn to_display(item: &Item, answer: Answer) -> Answer {
    let position = |stored: usize| {
        item.order
            .iter()
            .position(|s| *s == stored)
            .unwrap_or(usize::MAX)
    };
    match answer {
        Answer::Ordering { order } => Answer::Ordering {
            order: order.into_iter().map(position).collect(),
        },
        Answer::Matching { choices } => Answer::Matching {
            choices: choices.into_iter().map(position).collect(),
        },
        other => other,
    }
}

/// An answer as the page sends it (display positions for ordering and matching) in stored
/// indices; `None` when a position does not exist.
pub fn to_stored(item: &Item, answer: Answer) -> Option<Answer> {
    let stored = |p: usize| item.order.get(p).copied();
    Some(match answer {
        Answer::Ordering { order } => Answer::Ordering {
            order: order.into_iter().map(stored).collect::<Option<_>>()?,
        },
        Answer::Matching { choices } => Answer::Matching {
            choices: choices.into_iter().map(stored).collect::<Option<_>>()?,
        },
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn ordering_and_matching_are_numbered_by_display_position_and_mapped_back() {
        let q = Question {
            prompt: "Order".into(),
            body: Body::Ordering {
                items: vec!["1".into(), "2".into(), "3".into()],
            },
            explanation: None,
        };
        let item = Item {
            question_id: 1,
            points: 1,
            order: vec![2, 0, 1],
        };
        let s = shown(
            1,
            &item,
            &q,
            None,
            Some(Answer::Ordering {
                order: vec![0, 1, 2],
            }),
        );
        let indices: Vec<usize> = s.choices.iter().map(|c| c.index).collect();
        assert_eq!(indices, vec![0, 1, 2], "positions, not stored indices");
        assert_eq!(s.choices[0].text, "3");
        assert_eq!(
            s.answer,
            Some(Answer::Ordering {
                order: vec![1, 2, 0]
            })
        );
        let back = to_stored(
            &item,
            Answer::Ordering {
                order: vec![1, 2, 0],
            },
        )
        .unwrap();
        assert_eq!(
            back,
            Answer::Ordering {
                order: vec![0, 1, 2]
            }
        );
        assert_eq!(
            to_stored(
                &item,
                Answer::Ordering {
                    order: vec![3, 0, 1]
                }
            ),
            None
        );
    }

    #[test]
    fn ordering_never_shows_the_answer_and_keys_never_leave() {
        let q = Question {
            prompt: "Order".into(),
            body: Body::Ordering {
                items: vec!["1".into(), "2".into()],
            },
            explanation: None,
        };
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for _ in 0..20 {
            let l = build(&[(1, 1, q.clone())], &Settings::default(), &mut rng);
            assert_eq!(l.items[0].order, vec![1, 0]);
        }
        let single = Question {
            prompt: "?".into(),
            body: Body::Single {
                options: vec!["a".into(), "b".into()],
                correct: 1,
            },
            explanation: Some("because".into()),
        };
        let l = build(&[(2, 1, single.clone())], &Settings::default(), &mut rng);
        let s = serde_json::to_string(&shown(1, &l.items[0], &single, None, None)).unwrap();
        assert!(!s.contains("correct") && !s.contains("because"), "{s}");
    }
}
