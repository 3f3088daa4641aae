//! Math Monster's questions, drawn from a round's seed with the shared generator so the
//! server's replay draws the same ten again. Checked against `vectors/math-monster.json`.
//!
//! Levels 1–10 of a range are `a ± b`, later levels `a ± b ± c`; every operand lies in the
//! range, and no intermediate or final result is negative or above the range's top. The
//! three wrong options lie within ±10 of the answer, never negative, all different; the four
//! options are shuffled.

use serde::Serialize;

use crate::rng::Rng;

/// Questions in a level.
pub const QUESTIONS: usize = 10;

/// A number range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    Easy,
    Medium,
    Hard,
}

impl Range {
    pub const ALL: [Range; 3] = [Range::Easy, Range::Medium, Range::Hard];

    pub fn id(self) -> &'static str {
        match self {
            Range::Easy => "easy",
            Range::Medium => "medium",
            Range::Hard => "hard",
        }
    }

    /// The smallest and largest numbers of the range.
    pub fn bounds(self) -> (i64, i64) {
        match self {
            Range::Easy => (0, 10),
            Range::Medium => (10, 100),
            Range::Hard => (100, 1000),
        }
    }
}

/// One question: signed terms (`[7, -3, 2]` is `7 − 3 + 2`), four options, the right one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    pub terms: Vec<i64>,
    pub options: [i64; 4],
    pub answer: usize,
}

/// A whole number in `lo..=hi`.
fn between(rng: &mut Rng, lo: i64, hi: i64) -> i64 {
    lo + i64::from(rng.below((hi - lo + 1) as u32))
}

/// The next term after a running total of `sum`: plus when it fits under the top and the coin
/// says so, else minus.
fn next_term(rng: &mut Rng, sum: i64, (lo, hi): (i64, i64)) -> i64 {
    let plus = rng.below(2) == 0;
    if plus && sum + lo <= hi {
        between(rng, lo, hi - sum)
    } else if sum >= lo {
        -between(rng, lo, sum)
    } else {
        between(rng, lo, hi - sum)
    }
}

/// One question of level `n` (1–50) of `range`.
pub fn question(rng: &mut Rng, range: Range, n: u32) -> Question {
    let bounds = range.bounds();
    let count = if n <= 10 { 2 } else { 3 };
    let mut terms = vec![between(rng, bounds.0, bounds.1)];
    let mut sum = terms[0];
    while terms.len() < count {
        let t = next_term(rng, sum, bounds);
        sum += t;
        terms.push(t);
    }
    let mut options = [sum; 4];
    let mut filled = 1;
    while filled < 4 {
        let d = between(rng, 1, 10);
        let wrong = if rng.below(2) == 0 && sum - d >= 0 {
            sum - d
        } else {
            sum + d
        };
        if !options[..filled].contains(&wrong) {
            options[filled] = wrong;
            filled += 1;
        }
    }
    rng.shuffle(&mut options);
    let answer = options.iter().position(|o| *o == sum).unwrap_or(0);
    Question {
        terms,
        options,
        answer,
    }
}

/// The ten questions of a round.
pub fn draw(seed: u32, range: Range, n: u32) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    (0..QUESTIONS)
        .map(|_| question(&mut rng, range, n))
        .collect()
}
