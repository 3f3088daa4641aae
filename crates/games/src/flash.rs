//! Flash memory (`docs/games.md`): pictures flash for a moment, then the child picks the ones
//! they saw out of a bigger set of tiles. 100 levels; the cards shown grow from 2 to 12, the
//! tiles to choose from to 18, and the time they are shown drops from 5 s to 0.8 s.
//!
//! The seed picks the shown pictures and the tiles from [`EMOJIS`]; the config carries the
//! level's counts, its show time and the pictures. The log is `{"picks": [[ms, tile], …]}`,
//! each tile tapped with its time in milliseconds since the tiles appeared. The page's twin is
//! `web/js/games/flash.js`; both follow `vectors/flash.json`.

use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};

/// Levels of the game.
pub const LEVELS: u32 = 100;
/// The longest a round's picks may run, in milliseconds.
pub const MAX_MS: i64 = 10 * 60 * 1000;

/// Clear pictures a child names at once, each one code point that phones from 2016 draw
/// (Unicode 9 or older, no variation selector).
pub const EMOJIS: [&str; 48] = [
    "🍎", "🍌", "🍇", "🍓", "🍉", "🍒", "🍋", "🥕", "🌽", "🍄", "🐶", "🐱", "🐭", "🐰", "🦊", "🐻",
    "🐼", "🐸", "🐵", "🐔", "🐧", "🐢", "🐟", "🐬", "🐘", "🦁", "🐯", "🐮", "🐷", "🐝", "🦋", "🐞",
    "🌞", "🌙", "⭐", "🌈", "⛄", "🔥", "🌳", "🌸", "🚗", "🚌", "🚀", "⚽", "🎈", "🎁", "🔑", "🏠",
];

/// Tiles to choose from for a number of shown cards (2–12), filling rows of three.
const OPTIONS: [usize; 13] = [0, 0, 6, 6, 9, 9, 12, 12, 12, 15, 15, 18, 18];

/// Pictures shown at `level`: 2 on levels 1–9, one more every nine levels, 12 from level 91.
pub fn shown(level: u32) -> usize {
    (2 + (level.clamp(1, LEVELS) as usize - 1) / 9).min(12)
}

/// Tiles to choose from at `level`.
pub fn options(level: u32) -> usize {
    OPTIONS[shown(level)]
}

/// How long the pictures show at `level`: 5000 ms on level 1 down to 800 ms on level 100.
pub fn show_ms(level: u32) -> i64 {
    5000 - (i64::from(level.clamp(1, LEVELS)) - 1) * 4200 / 99
}

/// A round's pictures: `shown` are the pictures flashed (indices into [`EMOJIS`]), in the
/// order they show; `tiles` the pictures to choose from, in the order they are laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deal {
    pub shown: Vec<usize>,
    pub tiles: Vec<usize>,
}

/// A shuffle of the pictures' indices takes the first `options`; the first `shown` of them
/// flash; a second shuffle of those `options` lays out the tiles.
pub fn deal(seed: u32, pool: usize, shown: usize, options: usize) -> Deal {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..pool).collect();
    rng.shuffle(&mut order);
    order.truncate(options);
    let mut tiles = order.clone();
    rng.shuffle(&mut tiles);
    order.truncate(shown);
    Deal {
        shown: order,
        tiles,
    }
}

/// The picks of a round: right ones were shown, wrong ones were not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub right: i64,
    pub wrong: i64,
}

/// Counts the picks, checking each: a tile on the board, not picked before, time not going
/// back or past [`MAX_MS`], and no more picks than pictures shown (the round ends there).
pub fn tally(deal: &Deal, picks: &[(i64, usize)]) -> Result<Tally, ReplayError> {
    if picks.len() > deal.shown.len() {
        return Err(ReplayError::TooLong);
    }
    let mut picked = vec![false; deal.tiles.len()];
    let (mut t, mut last) = (Tally { right: 0, wrong: 0 }, 0);
    for (i, &(ms, tile)) in picks.iter().enumerate() {
        if ms < last || ms > MAX_MS {
            return Err(ReplayError::Illegal(format!("pick {i}: time")));
        }
        if tile >= picked.len() || picked[tile] {
            return Err(ReplayError::Illegal(format!("pick {i}: not a free tile")));
        }
        picked[tile] = true;
        last = ms;
        match deal.shown.contains(&deal.tiles[tile]) {
            true => t.right += 1,
            false => t.wrong += 1,
        }
    }
    Ok(t)
}

/// 10 a right pick, less 5 a wrong one, never below 0.
pub fn score(t: Tally) -> i64 {
    (10 * t.right - 5 * t.wrong).max(0)
}

/// Stars by right picks of `shown` (a wrong pick takes a right one's place, as the round
/// ends at `shown` picks): all → 3, ¾ → 2, half → 1.
pub fn stars(t: Tally, shown: usize) -> u8 {
    let (right, shown) = (t.right, shown as i64);
    if right >= shown {
        3
    } else if 4 * right >= 3 * shown {
        2
    } else if 2 * right >= shown {
        1
    } else {
        0
    }
}

fn parse_picks(log: &Value) -> Result<Vec<(i64, usize)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let picks = log
        .get("picks")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no picks"))?;
    if picks.len() > 12 {
        return Err(ReplayError::TooLong);
    }
    picks
        .iter()
        .map(|f| match f.as_array().map(Vec::as_slice) {
            Some([ms, tile]) => Some((ms.as_i64()?, usize::try_from(tile.as_u64()?).ok()?)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("a pick is not [ms, tile]"))
}

pub struct Flash;

impl Rules for Flash {
    fn id(&self) -> &'static str {
        "flash"
    }

    fn emoji(&self) -> &'static str {
        "👀"
    }

    fn levels(&self) -> u32 {
        LEVELS
    }

    fn config(&self, level: u32, _lang: &str) -> Value {
        json!({
            "shown": shown(level),
            "options": options(level),
            "show_ms": show_ms(level),
            "emojis": EMOJIS.to_vec(),
        })
    }

    fn round_ms(&self) -> i64 {
        30 * 60 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let picks = parse_picks(log)?;
        let deal = deal(seed, EMOJIS.len(), shown(level), options(level));
        let t = tally(&deal, &picks)?;
        let stars = stars(t, deal.shown.len());
        Ok(Outcome {
            score: score(t),
            stars,
            passed: stars > 0,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        i64::from(outcome.stars)
    }
}

#[cfg(test)]
#[path = "flash_tests.rs"]
mod tests;
