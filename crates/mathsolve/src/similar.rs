//! A fresh problem of the same shape: the same words and signs, new digits, and a solution with
//! the same steps and the same kind of answer.

use crate::{solve, Lang, Solution};

/// Candidates tried for the exact shape, then for the looser one.
const TRIES: usize = 400;

/// SplitMix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A digit from `lo` to 9.
    fn digit(&mut self, lo: u8) -> char {
        char::from(b'0' + lo + (self.next() % u64::from(10 - lo)) as u8)
    }
}

/// The answer with every run of digits written as one '9': "12 r 3" → "9 r 9".
fn answer_class(answer: &str) -> String {
    let mut out = String::new();
    for c in answer.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('9') {
                out.push('9');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The kind, the kind of answer and whether a negative number or a zero shows up on the way;
/// with `exact`, also the sequence of step changes.
fn shape(s: &Solution, exact: bool) -> (String, String, [bool; 2], Vec<String>) {
    let changes = if exact {
        s.steps.iter().map(|st| st.change.clone()).collect()
    } else {
        Vec::new()
    };
    let negative = s.steps.iter().any(|st| st.after.contains('-'));
    let zero = s
        .steps
        .iter()
        .any(|st| st.after.split([' ', '(', ')']).any(|t| t == "0"));
    (
        s.kind.as_str().to_string(),
        answer_class(&s.answer),
        [negative, zero],
        changes,
    )
}

/// New digits for every number: a 0 stays 0 and any other digit gets a new non-zero digit (so
/// sizes, round numbers and inner zeros stay); a lone digit other than 1 does not become 1.
fn mutate(problem: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = problem.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut out = String::with_capacity(problem.len());
    for (i, &c) in chars.iter().enumerate() {
        let lone = !digit(i.wrapping_sub(1))
            && !digit(i + 1)
            && !matches!(chars.get(i.wrapping_sub(1)), Some('.' | ','));
        out.push(match c {
            '0' => '0',
            '1'..='9' if lone && c != '1' => rng.digit(2),
            '1'..='9' => rng.digit(1),
            _ => c,
        });
    }
    out
}

/// Whether every "a/b" keeps its order (a < b stays a < b).
fn fractions_keep_order(old: &str, new: &str) -> bool {
    let pairs = |s: &str| -> Vec<bool> {
        let t: Vec<&str> = s.split(|c: char| !c.is_ascii_digit() && c != '/').collect();
        t.iter()
            .filter_map(|w| w.split_once('/'))
            .map(|(a, b)| a.parse::<u64>().ok() < b.parse::<u64>().ok())
            .collect()
    };
    pairs(old) == pairs(new)
}

/// A fresh problem of the same shape as `problem` (same kind, number sizes, operations and kind of
/// answer), deterministic for a seed; `None` when `problem` is not supported.
pub fn similar(problem: &str, seed: u64) -> Option<String> {
    let original = solve(problem, Lang::En).ok()?;
    let mut rng = Rng(seed);
    for exact in [true, false] {
        let want = shape(&original, exact);
        for _ in 0..TRIES {
            let candidate = mutate(problem, &mut rng);
            if candidate == problem || !fractions_keep_order(problem, &candidate) {
                continue;
            }
            if solve(&candidate, Lang::En).is_ok_and(|s| shape(&s, exact) == want) {
                return Some(candidate);
            }
        }
    }
    Some(problem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_sizes_and_is_deterministic() {
        let a = similar("87 : 4", 7).unwrap();
        assert_eq!(a, similar("87 : 4", 7).unwrap());
        assert_eq!(a.len(), "87 : 4".len());
        assert!(solve(&a, Lang::En).unwrap().answer.contains(" r "));
        assert_eq!(answer_class("2 1/3"), "9 9/9");
        assert_eq!(similar("hello", 1), None);
    }
}
