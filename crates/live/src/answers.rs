//! What a phone's tap means. Phones show coloured shapes, one per option, and send back
//! positions (`choice`): one index, a list of indices, a number or an order of indices,
//! by the question's type. This module turns them into the question engine's answers.
//!
//! A live game plays the types a phone can answer with shapes or a number: single and
//! multiple choice, true/false (shape 0 is "true", 1 is "false"), numeric, and ordering.
//! Ordering items are shown shuffled (the right order would give the answer away): the same
//! shuffle for every player, `shown[p]` being the stored item at position `p`.

use questions::model::answer::Answer;
use questions::model::question::Body;
use serde_json::Value;

/// Whether a question of this type can be played live.
pub fn playable(body: &Body) -> bool {
    matches!(
        body,
        Body::Single { .. }
            | Body::Multiple { .. }
            | Body::TrueFalse { .. }
            | Body::Numeric { .. }
            | Body::Ordering { .. }
    )
}

/// How many shapes a phone shows for the question (0: a number is typed).
pub fn shapes(body: &Body) -> usize {
    match body {
        Body::Single { options, .. } | Body::Multiple { options, .. } => options.len(),
        Body::TrueFalse { .. } => 2,
        Body::Ordering { items } => items.len(),
        _ => 0,
    }
}

/// The engine's answer for `choice`, or `None` when it does not fit the question (wrong
/// shape, an index out of range, a repeated index, not a permutation, not a finite number).
pub fn read(body: &Body, shown: &[usize], choice: &Value) -> Option<Answer> {
    match body {
        Body::Single { options, .. } => {
            let choice = index(choice, options.len())?;
            Some(Answer::Single { choice })
        }
        Body::Multiple { options, .. } => {
            let choices = distinct(choice, options.len())?;
            Some(Answer::Multiple { choices })
        }
        Body::TrueFalse { .. } => match index(choice, 2)? {
            0 => Some(Answer::TrueFalse { value: true }),
            _ => Some(Answer::TrueFalse { value: false }),
        },
        Body::Numeric { .. } => {
            let value = choice.as_f64().filter(|v| v.is_finite())?;
            Some(Answer::Numeric { value })
        }
        Body::Ordering { items } => {
            let positions = distinct(choice, items.len())?;
            if positions.len() != items.len() || shown.len() != items.len() {
                return None;
            }
            let order = positions.iter().map(|&p| shown[p]).collect();
            Some(Answer::Ordering { order })
        }
        _ => None,
    }
}

fn index(v: &Value, below: usize) -> Option<usize> {
    let i = usize::try_from(v.as_u64()?).ok()?;
    (i < below).then_some(i)
}

fn distinct(v: &Value, below: usize) -> Option<Vec<usize>> {
    let list = v.as_array()?;
    if list.len() > below {
        return None;
    }
    let mut seen = vec![false; below];
    let mut out = Vec::with_capacity(list.len());
    for item in list {
        let i = index(item, below)?;
        if std::mem::replace(&mut seen[i], true) {
            return None;
        }
        out.push(i);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use questions::grading::credit;
    use serde_json::json;

    use super::*;

    fn single() -> Body {
        Body::Single {
            options: vec!["3".into(), "4".into(), "5".into()],
            correct: 1,
        }
    }

    #[test]
    fn one_tap_on_a_choice_question_is_that_option() {
        assert_eq!(
            read(&single(), &[], &json!(1)),
            Some(Answer::Single { choice: 1 })
        );
        for bad in [
            json!(3),
            json!(-1),
            json!(1.5),
            json!("1"),
            json!([1]),
            json!(null),
        ] {
            assert_eq!(read(&single(), &[], &bad), None, "{bad}");
        }
    }

    #[test]
    fn multiple_choice_takes_distinct_options_and_earns_partial_credit() {
        let body = Body::Multiple {
            options: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            correct: vec![0, 2],
        };
        let answer = read(&body, &[], &json!([2, 0])).unwrap();
        assert_eq!(credit(&body, &answer), 1.0);
        let half = read(&body, &[], &json!([0])).unwrap();
        assert!(credit(&body, &half) > 0.0 && credit(&body, &half) < 1.0);
        assert_eq!(read(&body, &[], &json!([0, 0])), None);
        assert_eq!(read(&body, &[], &json!([4])), None);
        assert_eq!(read(&body, &[], &json!(0)), None);
    }

    #[test]
    fn true_false_is_shape_0_for_true_and_1_for_false() {
        let body = Body::TrueFalse { answer: false };
        let tapped = read(&body, &[], &json!(1)).unwrap();
        assert_eq!(tapped, Answer::TrueFalse { value: false });
        assert_eq!(credit(&body, &tapped), 1.0);
        assert_eq!(read(&body, &[], &json!(2)), None);
        assert_eq!(shapes(&body), 2);
    }

    #[test]
    fn a_numeric_answer_is_a_finite_number() {
        let body = Body::Numeric {
            answer: 12.0,
            tolerance: 0.0,
        };
        let answer = read(&body, &[], &json!(12)).unwrap();
        assert_eq!(credit(&body, &answer), 1.0);
        assert_eq!(read(&body, &[], &json!("12")), None);
        assert_eq!(shapes(&body), 0);
    }

    #[test]
    fn an_ordering_maps_the_shown_positions_back_to_the_stored_items() {
        let body = Body::Ordering {
            items: vec!["bir".into(), "ikki".into(), "uch".into()],
        };
        // Shown as: uch, bir, ikki.
        let shown = [2, 0, 1];
        let right = read(&body, &shown, &json!([1, 2, 0])).unwrap();
        assert_eq!(
            right,
            Answer::Ordering {
                order: vec![0, 1, 2]
            }
        );
        assert_eq!(credit(&body, &right), 1.0);
        let as_shown = read(&body, &shown, &json!([0, 1, 2])).unwrap();
        assert!(credit(&body, &as_shown) < 1.0);
        assert_eq!(read(&body, &shown, &json!([1, 2])), None, "every item");
        assert_eq!(read(&body, &shown, &json!([1, 1, 0])), None, "each once");
    }

    #[test]
    fn typed_and_matching_types_are_not_played_live() {
        let short = Body::Short {
            accepted: vec!["olma".into()],
        };
        assert!(!playable(&short));
        assert_eq!(read(&short, &[], &json!(0)), None);
        assert!(playable(&single()));
        assert_eq!(shapes(&single()), 3);
    }
}
