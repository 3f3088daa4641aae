//! Math Monster (`docs/games.md`): levels of ten questions with four options each, in three
//! number ranges (easy 0–10, medium 10–100, hard 100–1000) of 50 levels. The platform's level
//! number is `range × 50 + n` (1–150): easy 1–50, medium 51–100, hard 101–150.
//!
//! The server draws the questions from the round's seed ([`questions`]) and sends them without
//! their answers; the log is the option chosen for each question with its time,
//! `{"answers": [[ms, option], …]}`; the replay draws the questions again and counts the right
//! answers. Stars: 10 right → 3, ≥ 7 → 2, ≥ 5 → 1; five right pass the level.

pub mod questions;

use serde_json::{json, Value};

use crate::rules::{LevelDone, Outcome, ReplayError, Rules};
use questions::{Question, Range, QUESTIONS};

/// Levels in each range.
pub const PER_RANGE: u32 = 50;
/// Right answers that pass a level.
const PASS: i64 = 5;
/// Three-star levels of a range that open the next range before its level 10 is passed.
const STARS_TO_MOVE_UP: usize = 5;

pub struct MathMonster;

/// The range and the level within it (1–50) of a platform level (1–150).
pub fn split(level: u32) -> (Range, u32) {
    let r = (level.max(1) - 1) / PER_RANGE;
    (
        Range::ALL[r.min(2) as usize],
        (level.max(1) - 1) % PER_RANGE + 1,
    )
}

/// Stars for a number of right answers out of ten.
pub fn stars(right: i64) -> u8 {
    match right {
        10.. => 3,
        7..=9 => 2,
        5..=6 => 1,
        _ => 0,
    }
}

/// Counts the right answers of `log` for the questions of (`seed`, `level`).
pub fn right_answers(seed: u32, level: u32, log: &Value) -> Result<i64, ReplayError> {
    let answers = log
        .get("answers")
        .and_then(Value::as_array)
        .ok_or_else(|| ReplayError::Malformed("no answers".into()))?;
    if answers.len() > QUESTIONS {
        return Err(ReplayError::TooLong);
    }
    let (range, n) = split(level);
    let qs: Vec<Question> = questions::draw(seed, range, n);
    let mut right = 0;
    for (q, a) in qs.iter().zip(answers) {
        let pair = a.as_array().filter(|p| p.len() == 2);
        let (ms, option) = match pair {
            Some(p) => (p[0].as_u64(), p[1].as_u64()),
            None => return Err(ReplayError::Malformed(a.to_string())),
        };
        match (ms, option) {
            (Some(_), Some(o)) if o < 4 => right += i64::from(o as usize == q.answer),
            (Some(_), Some(_)) => return Err(ReplayError::Illegal(a.to_string())),
            _ => return Err(ReplayError::Malformed(a.to_string())),
        }
    }
    Ok(right)
}

impl Rules for MathMonster {
    fn emoji(&self) -> &'static str {
        "👾"
    }

    fn id(&self) -> &'static str {
        "math-monster"
    }

    fn levels(&self) -> u32 {
        3 * PER_RANGE
    }

    fn config(&self, level: u32, _lang: &str) -> Value {
        let (range, n) = split(level);
        json!({"range": range.id(), "n": n, "questions": []})
    }

    /// The round's ten questions, drawn from its seed, without their answers.
    fn round_config(&self, seed: u32, level: u32, _lang: &str) -> Value {
        let (range, n) = split(level);
        let qs: Vec<Value> = questions::draw(seed, range, n)
            .iter()
            .map(|q| json!({"terms": q.terms, "options": q.options}))
            .collect();
        json!({"range": range.id(), "n": n, "questions": qs})
    }

    fn round_ms(&self) -> i64 {
        30 * 60 * 1000
    }

    /// A level after the first of its range opens when the one before it is passed; the first
    /// level of medium and hard opens when level 10 of the range below is passed, or when any
    /// five levels of the range below have three stars.
    fn opens(&self, level: u32, done: &[LevelDone]) -> bool {
        let (_, n) = split(level);
        if level == 1 || n > 1 {
            return level == 1 || done.iter().any(|d| d.level == level - 1 && d.passed);
        }
        let below = (level - PER_RANGE)..level;
        done.iter()
            .any(|d| d.level == level - PER_RANGE + 9 && d.passed)
            || done
                .iter()
                .filter(|d| below.contains(&d.level) && d.stars >= 3)
                .count()
                >= STARS_TO_MOVE_UP
    }

    fn replay(
        &self,
        seed: u32,
        level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let right = right_answers(seed, level, log)?;
        Ok(Outcome {
            score: right * 10,
            stars: stars(right),
            passed: right >= PASS,
        })
    }

    /// Two coins a right answer on a passed level.
    fn coins(&self, outcome: &Outcome) -> i64 {
        match outcome.passed {
            true => outcome.score / 10 * 2,
            false => 0,
        }
    }
}

#[cfg(test)]
mod tests;
