//! Tetris's log and its replay: `{"inputs": [[tick, "L"], …], "ticks": N}` read, checked and
//! played tick by tick, and the game's place among the rules.

use serde_json::{json, Value};

use super::{Input, Play, HEIGHT, LOCK_TICKS, MAX_RESETS, VISIBLE, WIDTH};
use crate::rules::{Outcome, ReplayError, Rules};

/// Two hours of ticks.
pub const MAX_TICKS: u64 = 2 * 3600 * 60;
/// More inputs than two hours of play could hold.
pub const MAX_INPUTS: usize = 200_000;

/// A log read into ticks and inputs, or why it cannot be.
pub fn parse_log(log: &Value) -> Result<(u64, Vec<(u64, Input)>), ReplayError> {
    let ticks = log
        .get("ticks")
        .and_then(Value::as_u64)
        .ok_or_else(|| ReplayError::Malformed("no ticks".into()))?;
    let list = log
        .get("inputs")
        .and_then(Value::as_array)
        .ok_or_else(|| ReplayError::Malformed("no inputs".into()))?;
    if ticks > MAX_TICKS || list.len() > MAX_INPUTS {
        return Err(ReplayError::TooLong);
    }
    let mut inputs = Vec::with_capacity(list.len());
    let mut last = 0;
    for (i, item) in list.iter().enumerate() {
        let pair = item.as_array().filter(|a| a.len() == 2);
        let tick = pair.and_then(|a| a[0].as_u64());
        let input = pair.and_then(|a| a[1].as_str()).and_then(Input::parse);
        let (Some(tick), Some(input)) = (tick, input) else {
            return Err(ReplayError::Illegal(format!("input {i} is {item}")));
        };
        if tick < last || tick >= ticks {
            return Err(ReplayError::Illegal(format!("input {i} is out of order")));
        }
        last = tick;
        inputs.push((tick, input));
    }
    Ok((ticks, inputs))
}

/// Plays `inputs` for `ticks` ticks (or to the top-out).
pub fn run(seed: u32, ticks: u64, inputs: &[(u64, Input)]) -> Play {
    let mut play = Play::new(seed);
    let mut next = 0;
    for t in 0..ticks {
        while next < inputs.len() && inputs[next].0 == t {
            play.input(inputs[next].1);
            next += 1;
        }
        play.step();
        if play.over {
            break;
        }
    }
    play
}

pub struct Tetris;

impl Rules for Tetris {
    fn id(&self) -> &'static str {
        "tetris"
    }

    fn emoji(&self) -> &'static str {
        "🧱"
    }

    fn levels(&self) -> u32 {
        1
    }

    fn config(&self, _level: u32, _lang: &str) -> Value {
        json!({
            "width": WIDTH, "height": HEIGHT, "visible": VISIBLE, "tps": 60,
            "lock_ticks": LOCK_TICKS, "max_resets": MAX_RESETS, "max_ticks": MAX_TICKS,
            "max_inputs": MAX_INPUTS,
        })
    }

    fn round_ms(&self) -> i64 {
        3 * 3600 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        _level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let (ticks, inputs) = parse_log(log)?;
        let play = run(seed, ticks, &inputs);
        Ok(Outcome {
            score: play.score,
            stars: 0,
            passed: play.lines >= 10,
        })
    }

    /// A coin for every 500 points (about five lines at level 1), at most 20 a round.
    fn coins(&self, outcome: &Outcome) -> i64 {
        (outcome.score / 500).min(20)
    }
}
