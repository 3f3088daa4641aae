//! Fruit math (`docs/games.md`): 100 levels of picture equations in which each fruit stands for
//! a number; the child works the numbers out and answers the question from four options. Tiers
//! of 25 levels: sums of equal fruits, differences, products, brackets.
//!
//! A level is three puzzles drawn from the round's seed ([`puzzles`]); the server sends them in
//! the config without their values or answers and the replay draws them again from the seed.
//! The log is `{"answers": [[ms, option], …]}`: every option the child tapped, in order; a
//! wrong one stays wrong (it cannot be tapped again) and the puzzle waits for the right one.

pub mod puzzles;

use serde_json::{json, Value};

use crate::rules::{Outcome, ReplayError, Rules};

/// Points of a puzzle solved at the first, second, third or fourth try.
pub const POINTS: [i64; 4] = [10, 5, 2, 0];
/// The longest a round's taps may run.
pub const MAX_MS: i64 = 30 * 60 * 1000;

/// Stars of a level's score (of 30): 30 → 3, 20 or more → 2, 10 or more → 1.
pub fn stars(score: i64) -> u8 {
    match score {
        30.. => 3,
        20..=29 => 2,
        10..=19 => 1,
        _ => 0,
    }
}

/// Plays the taps on the puzzles' right options: `(score, solved)`.
pub fn play(rights: &[usize], taps: &[(i64, usize)]) -> Result<(i64, usize), ReplayError> {
    let (mut solved, mut tried, mut score, mut last) = (0, Vec::new(), 0, 0);
    for (i, &(ms, option)) in taps.iter().enumerate() {
        let illegal = |why: &str| Err(ReplayError::Illegal(format!("answer {i}: {why}")));
        if solved == rights.len() {
            return illegal("every puzzle is solved");
        }
        if option > 3 || tried.contains(&option) {
            return illegal("not an option left to tap");
        }
        if ms < last || ms > MAX_MS {
            return illegal("time goes back or runs past the round");
        }
        last = ms;
        if option == rights[solved] {
            score += POINTS[tried.len()];
            solved += 1;
            tried.clear();
        } else {
            tried.push(option);
        }
    }
    Ok((score, solved))
}

fn parse(log: &Value) -> Result<Vec<(i64, usize)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let list = log
        .get("answers")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no answers"))?;
    if list.len() > 4 * puzzles::PER_LEVEL {
        return Err(ReplayError::TooLong);
    }
    list.iter()
        .map(|a| match a.as_array().map(Vec::as_slice) {
            Some([ms, o]) => Some((ms.as_i64()?, usize::try_from(o.as_u64()?).ok()?)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("an answer is not [ms, option]"))
}

pub struct FruitMath;

impl Rules for FruitMath {
    fn id(&self) -> &'static str {
        "fruit-math"
    }

    fn emoji(&self) -> &'static str {
        "🍎"
    }

    fn levels(&self) -> u32 {
        4 * puzzles::PER_TIER
    }

    fn config(&self, level: u32, _lang: &str) -> Value {
        json!({"level": level, "tier": (level.max(1) - 1) / puzzles::PER_TIER + 1})
    }

    fn round_config(&self, seed: u32, level: u32, lang: &str) -> Value {
        let mut c = self.config(level, lang);
        c["puzzles"] = puzzles::level(seed, level)
            .iter()
            .map(puzzles::to_json)
            .collect();
        c
    }

    fn round_ms(&self) -> i64 {
        MAX_MS + 10 * 60 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let rights: Vec<usize> = puzzles::level(seed, level)
            .iter()
            .map(|p| p.right)
            .collect();
        let (score, solved) = play(&rights, &parse(log)?)?;
        let done = solved == rights.len();
        let stars = if done { stars(score) } else { 0 };
        Ok(Outcome {
            score,
            stars,
            passed: stars > 0,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        2 * i64::from(outcome.stars)
    }
}

#[cfg(test)]
mod tests;
