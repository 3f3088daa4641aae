//! Matchstick math (`docs/games.md`): an equation of matchsticks that is false as shown; the
//! child moves one stick (two on the last levels) to make it true. 100 levels in five tiers,
//! made by a search ([`generate`]) and kept in `content/matchstick.json`.
//!
//! The log is `{"moves": [[ms, from, to], …]}`: every stick the child moved, in order, with
//! its time in milliseconds since the puzzle appeared; an undo is the stick moved back. The
//! round is solved when the sticks at the end make a true equation no more than the level's
//! moves away from the puzzle. The page's twin is `web/js/games/matchstick.js`; both follow
//! `vectors/matchstick.json`.

pub mod generate;
pub mod sticks;

use serde_json::{json, Value};

use crate::rules::{Outcome, ReplayError, Rules};
use generate::Puzzle;
use sticks::Sticks;

/// The most moves a round may hold.
pub const MAX_MOVES: usize = 500;
/// The longest a round's moves may run, in milliseconds.
pub const MAX_MS: i64 = 30 * 60 * 1000;

/// The hundred levels of the content file.
pub fn puzzles() -> Vec<Puzzle> {
    serde_json::from_str(include_str!("../../content/matchstick.json"))
        .expect("content/matchstick.json is a list of puzzles")
}

/// A level's puzzle, if the level exists.
pub fn puzzle(level: u32) -> Option<Puzzle> {
    puzzles().into_iter().find(|p| p.level == level)
}

/// What the page gets of a puzzle: the equation and the sticks to move, not the answers.
pub fn config_of(p: &Puzzle) -> Value {
    json!({"equation": p.equation, "moves": p.moves, "tier": generate::tier(p.level)})
}

/// What a round's moves came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// Sticks moved, undos included.
    pub moves: i64,
    /// The sticks at the end make a true equation within the level's moves.
    pub solved: bool,
    /// The last move's time.
    pub ms: i64,
}

/// Plays `moves` on the puzzle, checking each one takes a stick and puts it in an empty place.
pub fn play(
    puzzle: &Sticks,
    allowed: u32,
    moves: &[(i64, usize, usize)],
) -> Result<Tally, ReplayError> {
    if moves.len() > MAX_MOVES {
        return Err(ReplayError::TooLong);
    }
    let mut now = puzzle.clone();
    let mut last = 0;
    for (i, &(ms, from, to)) in moves.iter().enumerate() {
        if ms < last || ms > MAX_MS {
            return Err(ReplayError::Illegal(format!(
                "move {i}: time goes back or runs past the round"
            )));
        }
        if !now.shift(from, to) {
            return Err(ReplayError::Illegal(format!(
                "move {i}: no stick in {from} or {to} is taken"
            )));
        }
        last = ms;
    }
    Ok(Tally {
        moves: moves.len() as i64,
        solved: now.is_true() && now.moved_from(puzzle) <= allowed,
        ms: last,
    })
}

/// Stars of a solved round: 3 with no move to spare, 2 with at most 4 more (two tries taken
/// back), else 1.
pub fn stars(allowed: i64, moves: i64) -> u8 {
    match moves - allowed {
        i64::MIN..=0 => 3,
        1..=4 => 2,
        _ => 1,
    }
}

/// The score of a solved round: 100, 25 for each spare move under 4 more than needed, 1 for
/// each second under a minute.
pub fn score(allowed: i64, moves: i64, ms: i64) -> i64 {
    100 + 25 * (4 - (moves - allowed)).clamp(0, 4) + (60 - ms / 1000).max(0)
}

fn parse_moves(log: &Value) -> Result<Vec<(i64, usize, usize)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let moves = log
        .get("moves")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no moves"))?;
    if moves.len() > MAX_MOVES {
        return Err(ReplayError::TooLong);
    }
    let slot = |v: &Value| usize::try_from(v.as_u64()?).ok();
    moves
        .iter()
        .map(|m| match m.as_array().map(Vec::as_slice) {
            Some([ms, from, to]) => Some((ms.as_i64()?, slot(from)?, slot(to)?)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("a move is not [ms, from, to]"))
}

pub struct Matchstick;

impl Rules for Matchstick {
    fn id(&self) -> &'static str {
        "matchstick"
    }

    fn emoji(&self) -> &'static str {
        "🔥"
    }

    fn levels(&self) -> u32 {
        100
    }

    fn config(&self, level: u32, _lang: &str) -> Value {
        config_of(&puzzle(level.clamp(1, 100)).expect("every level has a puzzle"))
    }

    fn round_ms(&self) -> i64 {
        3600 * 1000
    }

    fn replay(
        &self,
        _seed: u32,
        level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        // The puzzle comes from the level, not from the stored config.
        let p = puzzle(level).ok_or_else(|| ReplayError::Malformed("no such level".into()))?;
        let start = Sticks::parse(&p.equation)
            .ok_or_else(|| ReplayError::Malformed("the puzzle".into()))?;
        let tally = play(&start, p.moves, &parse_moves(log)?)?;
        if !tally.solved {
            return Ok(Outcome {
                score: 0,
                stars: 0,
                passed: false,
            });
        }
        let allowed = i64::from(p.moves);
        Ok(Outcome {
            score: score(allowed, tally.moves, tally.ms),
            stars: stars(allowed, tally.moves),
            passed: true,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        match outcome.passed {
            true => i64::from(outcome.stars) + 1,
            false => 0,
        }
    }
}

#[cfg(test)]
mod tests;
