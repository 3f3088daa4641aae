//! How the answers to a question spread over its options, for the big screen's bar chart.

use std::collections::HashMap;

use questions::model::question::Body;
use serde_json::{json, Value};

use crate::game::{Given, Item};

/// Choice questions: players per shown shape. Numeric and ordering: right and wrong.
pub fn count(item: &Item, given: &HashMap<u64, Given>) -> Value {
    match &item.body {
        Body::Single { .. } | Body::Multiple { .. } | Body::TrueFalse { .. } => {
            let mut bars = vec![0u64; crate::answers::shapes(&item.body)];
            for g in given.values() {
                let picked: Vec<u64> = match &g.choice {
                    Value::Array(list) => list.iter().filter_map(Value::as_u64).collect(),
                    v => v.as_u64().into_iter().collect(),
                };
                for i in picked {
                    if let Some(bar) = bars.get_mut(i as usize) {
                        *bar += 1;
                    }
                }
            }
            json!({"bars": bars, "right": right_shapes(&item.body)})
        }
        _ => {
            let right = given.values().filter(|g| g.credit >= 1.0).count();
            json!({"right_count": right, "wrong_count": given.len() - right})
        }
    }
}

/// The shapes that are right.
fn right_shapes(body: &Body) -> Vec<usize> {
    match body {
        Body::Single { correct, .. } => vec![*correct],
        Body::Multiple { correct, .. } => correct.clone(),
        Body::TrueFalse { answer } => vec![if *answer { 0 } else { 1 }],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(choice: Value, credit: f64) -> Given {
        Given {
            choice,
            credit,
            response_ms: 100,
        }
    }

    #[test]
    fn choice_answers_are_counted_per_shape_and_the_right_ones_marked() {
        let item = Item {
            prompt: "?".into(),
            body: Body::Multiple {
                options: vec!["a".into(), "b".into(), "c".into()],
                correct: vec![0, 2],
            },
            limit_ms: 20_000,
            shown: Vec::new(),
            image_url: None,
        };
        let answers = HashMap::from([
            (1, given(json!([0, 2]), 1.0)),
            (2, given(json!([0]), 0.5)),
            (3, given(json!([1]), 0.0)),
        ]);
        assert_eq!(
            count(&item, &answers),
            json!({"bars": [2, 1, 1], "right": [0, 2]})
        );
    }

    #[test]
    fn numeric_answers_are_counted_right_and_wrong() {
        let item = Item {
            prompt: "?".into(),
            body: Body::Numeric {
                answer: 4.0,
                tolerance: 0.0,
            },
            limit_ms: 20_000,
            shown: Vec::new(),
            image_url: None,
        };
        let answers = HashMap::from([(1, given(json!(4), 1.0)), (2, given(json!(5), 0.0))]);
        assert_eq!(
            count(&item, &answers),
            json!({"right_count": 1, "wrong_count": 1})
        );
    }
}
