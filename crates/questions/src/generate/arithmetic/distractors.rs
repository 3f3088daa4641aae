//! Plausible wrong answers to a number: off by one or ten, the wrong operation, swapped
//! digits; never the key, never negative unless the topic has negative numbers.

use rand::seq::SliceRandom;
use rand::Rng;

use super::expr::{swapped_digits, Fact, Op};

/// The typical mistakes on `fact`, most plausible first after shuffling; then near numbers
/// as a fallback, so there are always enough.
pub fn numbers(key: i64, mistakes: &[i64], negatives: bool, rng: &mut impl Rng) -> Vec<i64> {
    let mut likely: Vec<i64> = vec![key + 1, key - 1];
    likely.extend_from_slice(mistakes);
    likely.extend(swapped_digits(key));
    if key.abs() >= 20 {
        likely.extend([key + 10, key - 10]);
    }
    likely.shuffle(rng);
    let mut out: Vec<i64> = Vec::new();
    let fallback = (2..40).flat_map(|d| [key + d, key - d]);
    for n in likely.into_iter().chain(fallback) {
        if n != key && (negatives || n >= 0) && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The classic mistakes on a fact: the other operation, a neighbouring table row.
pub fn mistakes(fact: &Fact) -> Vec<i64> {
    let Fact { a, b, op } = *fact;
    match op {
        Op::Add => vec![a - b, b - a],
        Op::Sub => vec![a + b, b - a],
        Op::Mul => vec![a + b, a * (b + 1), a * (b - 1), (a - 1) * b],
        Op::Div => vec![a - b, fact.value() + 2, b],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn distractors_are_distinct_non_negative_and_never_the_key() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for key in 0..30 {
            let fact = Fact::new(key, Op::Sub, 0);
            let got = numbers(key, &mistakes(&fact), false, &mut rng);
            assert!(got.len() >= 3);
            assert!(got.iter().all(|n| *n >= 0 && *n != key));
            let mut d = got.clone();
            d.sort();
            d.dedup();
            assert_eq!(d.len(), got.len());
        }
    }
}
