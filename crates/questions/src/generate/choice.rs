//! Builds single-choice questions: the key plus distractors that differ from it and from each
//! other after the grader's normalisation, in random order.

use rand::seq::SliceRandom;
use rand::Rng;

use crate::grading::normalize_text;
use crate::model::question::Body;

/// A single-choice body with `size` options, or none when there are too few distinct
/// distractors. Distractors are taken in the given order.
pub fn single(
    key: String,
    distractors: impl IntoIterator<Item = String>,
    size: usize,
    rng: &mut impl Rng,
) -> Option<Body> {
    let mut seen = vec![normalize_text(&key)];
    let mut options = vec![key];
    for d in distractors {
        if options.len() == size {
            break;
        }
        let n = normalize_text(&d);
        if n.is_empty() || seen.contains(&n) {
            continue;
        }
        seen.push(n);
        options.push(d);
    }
    if options.len() < size {
        return None;
    }
    let key = options[0].clone();
    options.shuffle(rng);
    let correct = options.iter().position(|o| *o == key)?;
    Some(Body::Single { options, correct })
}

/// Picks up to `n` distinct items at random.
pub fn sample<T: Clone>(items: &[T], n: usize, rng: &mut impl Rng) -> Vec<T> {
    items.choose_multiple(rng, n).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn the_key_stays_right_and_duplicates_are_skipped() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let body = single(
            "Ё".into(),
            ["Е".into(), "А".into(), "ё".into(), "Б".into(), "В".into()],
            4,
            &mut rng,
        )
        .unwrap();
        let Body::Single { options, correct } = body else {
            panic!()
        };
        assert_eq!(options[correct], "Ё");
        assert_eq!(options.len(), 4);
        assert!(!options.contains(&"Е".to_string()));
        assert!(single("1".into(), ["1".into(), "2".into()], 3, &mut rng).is_none());
    }
}
