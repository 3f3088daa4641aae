//! Simon (`docs/games.md`): four coloured pads, each with its own shape and tone, play a
//! sequence that grows by one step a turn; the child taps it back. The round ends at the first
//! mistake; the score is the longest sequence repeated. One endless level.
//!
//! The sequence comes from the seed: step `i` is the `i`-th `below(4)` of the round's
//! generator. Time runs from the round's start in milliseconds: turn 1's playback starts at
//! [`LEAD_MS`], each later one [`GAP_MS`] after the last tap of the turn before; a turn of `k`
//! steps plays one step every [`step_ms`]`(k)` and the pads take taps once it has played. The
//! log is `{"taps": [[ms, pad], …]}`. The page's twin is `web/js/games/simon.js`; both follow
//! `vectors/simon.json`.

use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};

/// Pads: 0 green circle, 1 red square, 2 yellow triangle, 3 blue star.
pub const PADS: u32 = 4;
/// The longest sequence: repeating it ends the round as won.
pub const MAX_LEN: usize = 50;
/// From the round's start to turn 1's playback.
pub const LEAD_MS: i64 = 1000;
/// From a turn's last tap to the next turn's playback.
pub const GAP_MS: i64 = 1000;
/// The longest a round's taps may run.
pub const MAX_MS: i64 = 60 * 60 * 1000;
/// A round repeating this many steps is passed.
pub const PASS_LEN: i64 = 5;

/// One step's time in a turn of `k` steps: 800 ms, 50 ms faster each turn, at least 300 ms.
pub fn step_ms(k: usize) -> i64 {
    (800 - 50 * (k as i64 - 1)).max(300)
}

/// The round's whole sequence (its first `k` steps are turn `k`'s).
pub fn sequence(seed: u32) -> Vec<u32> {
    let mut rng = Rng::new(seed);
    (0..MAX_LEN).map(|_| rng.below(PADS)).collect()
}

/// A round replayed: `score` turns repeated; `mistake` when it ended on a wrong pad.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub score: i64,
    pub mistake: bool,
}

/// Plays the taps against the sequence, checking each is legal: in time order, after its
/// turn's playback, on a pad, and not after the round ended (a mistake or the whole sequence).
pub fn play(seq: &[u32], taps: &[(i64, u32)]) -> Result<Tally, ReplayError> {
    let (mut turn, mut at, mut start, mut last) = (1usize, 0usize, LEAD_MS, 0i64);
    let mut tally = Tally {
        score: 0,
        mistake: false,
    };
    for (i, &(ms, pad)) in taps.iter().enumerate() {
        let illegal = |why: &str| Err(ReplayError::Illegal(format!("tap {i}: {why}")));
        if tally.mistake || turn > seq.len() {
            return illegal("the round is over");
        }
        if pad >= PADS {
            return illegal("not a pad");
        }
        if ms < last || ms > MAX_MS {
            return illegal("time goes back or runs past the round");
        }
        if ms < start + turn as i64 * step_ms(turn) {
            return illegal("before the sequence finished playing");
        }
        last = ms;
        if seq[at] != pad {
            tally.mistake = true;
            continue;
        }
        at += 1;
        if at == turn {
            tally.score = turn as i64;
            turn += 1;
            at = 0;
            start = ms + GAP_MS;
        }
    }
    Ok(tally)
}

fn parse_taps(log: &Value) -> Result<Vec<(i64, u32)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let taps = log
        .get("taps")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no taps"))?;
    if taps.len() > MAX_LEN * (MAX_LEN + 1) / 2 + 1 {
        return Err(ReplayError::TooLong);
    }
    taps.iter()
        .map(|t| match t.as_array().map(Vec::as_slice) {
            Some([ms, pad]) => Some((ms.as_i64()?, u32::try_from(pad.as_u64()?).ok()?)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("a tap is not [ms, pad]"))
}

pub struct Simon;

impl Rules for Simon {
    fn id(&self) -> &'static str {
        "simon"
    }

    fn emoji(&self) -> &'static str {
        "🚦"
    }

    fn levels(&self) -> u32 {
        1
    }

    fn config(&self, _level: u32, _lang: &str) -> Value {
        json!({"pads": PADS, "max": MAX_LEN})
    }

    fn round_ms(&self) -> i64 {
        MAX_MS + 10 * 60 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        _level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let tally = play(&sequence(seed), &parse_taps(log)?)?;
        Ok(Outcome {
            score: tally.score,
            stars: 0,
            passed: tally.score >= PASS_LEN,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        (outcome.score / 3).min(10)
    }
}

#[cfg(test)]
#[path = "simon_tests.rs"]
mod tests;
