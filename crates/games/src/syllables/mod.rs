//! Syllable puzzle (`docs/games.md`): a picture and its spoken word; the child builds the word
//! from syllable tiles, in order. 30 levels: 3 to 6 words a round, longer words and more
//! distractor tiles as levels grow, a timer for each word from level 11 (30 s down to 10 s),
//! 3 lives (a wrong tile or a word whose time runs out costs one).
//!
//! The config carries the level's numbers and the pool of words that fit it; the seed picks
//! the words, each word's distractors and the order of its tiles. The log is
//! `{"taps": [[ms, tile], …]}` in milliseconds since the round began, `tile` −1 when a word's
//! time ran out. The page's twin is `web/js/games/syllables.js`; both follow
//! `vectors/syllables.json`.

pub mod words;

use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};
use words::Word;

/// How many levels there are.
pub const LEVELS: u32 = 30;
/// Lives a round starts with.
pub const LIVES: u32 = 3;
/// The most taps a round may hold.
pub const MAX_TAPS: usize = 600;
/// The longest a round's taps may run, in milliseconds.
pub const MAX_MS: i64 = 30 * 60 * 1000;
/// The tile of a word whose time ran out.
pub const TIMEOUT: i64 = -1;

/// A level's numbers: words a round, distractor tiles a word, the shortest and longest word
/// (in syllables) and each word's time (0: no timer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Params {
    pub words: usize,
    pub distractors: usize,
    pub min: usize,
    pub max: usize,
    pub limit_ms: i64,
}

pub fn params(level: u32) -> Params {
    let level = level.clamp(1, LEVELS);
    let (min, max) = match level {
        1..=5 => (2, 2),
        6..=15 => (1, 3),
        _ => (1, 4),
    };
    let limit_ms = match level {
        1..=10 => 0,
        _ => (30 - i64::from(level - 11) * 20 / 19) * 1000,
    };
    Params {
        words: (3 + (level as usize - 1) / 8).min(6),
        distractors: ((level as usize - 1) / 4).min(4),
        min,
        max,
        limit_ms,
    }
}

/// One word of a round: its place in the pool and its tiles, in the order shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Puzzle {
    pub word: usize,
    pub tiles: Vec<String>,
}

/// Deals a round: a shuffle of the pool picks the words; for each, a shuffle of the pool's
/// other syllables (distinct, in order of first appearance) gives its distractors, and a
/// shuffle of its tiles (syllables, then distractors) their order.
pub fn deal(seed: u32, pool: &[Word], p: &Params) -> Vec<Puzzle> {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..pool.len()).collect();
    rng.shuffle(&mut order);
    order.truncate(p.words);
    let mut all: Vec<&str> = Vec::new();
    for s in pool.iter().flat_map(|w| &w.syllables) {
        if !all.contains(&s.as_str()) {
            all.push(s);
        }
    }
    order
        .into_iter()
        .map(|word| {
            let own = &pool[word].syllables;
            let mut others: Vec<&str> = all
                .iter()
                .copied()
                .filter(|s| !own.iter().any(|o| o == s))
                .collect();
            rng.shuffle(&mut others);
            let mut tiles: Vec<String> = own.clone();
            tiles.extend(others.into_iter().take(p.distractors).map(String::from));
            let mut at: Vec<usize> = (0..tiles.len()).collect();
            rng.shuffle(&mut at);
            Puzzle {
                word,
                tiles: at.into_iter().map(|i| tiles[i].clone()).collect(),
            }
        })
        .collect()
}

/// A round as the taps leave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub solved: usize,
    pub mistakes: u32,
    pub lives: u32,
    /// Every word is done (solved or out of time) with a life left.
    pub finished: bool,
    /// Points of the solved words, before the mistakes' penalty.
    pub points: i64,
}

/// Points of a solved word: 10 a syllable, 2 a level, 1 for each second under ten.
pub fn word_points(syllables: usize, level: u32, ms: i64) -> i64 {
    10 * syllables as i64 + 2 * i64::from(level) + (10 - ms / 1000).max(0)
}

/// Plays the taps, checking each is allowed.
pub fn play(
    pool: &[Word],
    puzzles: &[Puzzle],
    level: u32,
    limit_ms: i64,
    taps: &[(i64, i64)],
) -> Result<Tally, ReplayError> {
    if taps.len() > MAX_TAPS {
        return Err(ReplayError::TooLong);
    }
    let mut t = Tally {
        solved: 0,
        mistakes: 0,
        lives: LIVES,
        finished: puzzles.is_empty(),
        points: 0,
    };
    let (mut word, mut placed, mut start, mut last) = (0, 0, 0, 0);
    let mut used = vec![false; puzzles.first().map_or(0, |p| p.tiles.len())];
    for (i, &(ms, tile)) in taps.iter().enumerate() {
        let illegal = |why: &str| Err(ReplayError::Illegal(format!("tap {i}: {why}")));
        if t.lives == 0 || word >= puzzles.len() {
            return illegal("the round is over");
        }
        if ms < last || ms > MAX_MS {
            return illegal("time goes back or runs past the round");
        }
        last = ms;
        let puzzle = &puzzles[word];
        let syllables = &pool[puzzle.word].syllables;
        let word_done = if tile == TIMEOUT {
            if limit_ms == 0 || ms < start + limit_ms {
                return illegal("the word's time has not run out");
            }
            t.mistakes += 1;
            t.lives -= 1;
            true
        } else {
            if limit_ms > 0 && ms > start + limit_ms {
                return illegal("a tap after the word's time ran out");
            }
            let Some(k) = usize::try_from(tile)
                .ok()
                .filter(|&k| k < used.len() && !used[k])
            else {
                return illegal("not a tile still free");
            };
            if puzzle.tiles[k] == syllables[placed] {
                used[k] = true;
                placed += 1;
            } else {
                t.mistakes += 1;
                t.lives -= 1;
            }
            if placed == syllables.len() {
                t.solved += 1;
                t.points += word_points(syllables.len(), level, ms - start);
                true
            } else {
                false
            }
        };
        if word_done {
            word += 1;
            placed = 0;
            start = ms;
            used = vec![false; puzzles.get(word).map_or(0, |p| p.tiles.len())];
            t.finished = word == puzzles.len() && t.lives > 0;
        }
    }
    Ok(t)
}

/// The score: the solved words' points less 5 a mistake, never below 0.
pub fn score(t: &Tally) -> i64 {
    (t.points - 5 * i64::from(t.mistakes)).max(0)
}

fn parse_taps(log: &Value) -> Result<Vec<(i64, i64)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let taps = log
        .get("taps")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no taps"))?;
    if taps.len() > MAX_TAPS {
        return Err(ReplayError::TooLong);
    }
    taps.iter()
        .map(|f| match f.as_array().map(Vec::as_slice) {
            Some([ms, tile]) => Some((ms.as_i64()?, tile.as_i64()?)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("a tap is not [ms, tile]"))
}

/// The words of `lang`'s list that fit a level.
pub fn pool(lang: &str, p: &Params) -> Vec<Word> {
    words::list(lang)
        .iter()
        .filter(|w| (p.min..=p.max).contains(&w.syllables.len()))
        .cloned()
        .collect()
}

pub struct Syllables;

impl Rules for Syllables {
    fn id(&self) -> &'static str {
        "syllables"
    }

    fn emoji(&self) -> &'static str {
        "🧩"
    }

    fn levels(&self) -> u32 {
        LEVELS
    }

    fn config(&self, level: u32, lang: &str) -> Value {
        let p = params(level);
        json!({
            "level": level.clamp(1, LEVELS),
            "words": p.words,
            "distractors": p.distractors,
            "limit_ms": p.limit_ms,
            "lives": LIVES,
            "pool": pool(lang, &p),
        })
    }

    fn round_ms(&self) -> i64 {
        3600 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        level: u32,
        config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let bad = || ReplayError::Malformed("the round's config".into());
        let pool: Vec<Word> = serde_json::from_value(config["pool"].clone()).map_err(|_| bad())?;
        let p = params(level);
        let taps = parse_taps(log)?;
        let puzzles = deal(seed, &pool, &p);
        let t = play(&pool, &puzzles, level, p.limit_ms, &taps)?;
        Ok(Outcome {
            score: score(&t),
            stars: if t.finished { t.lives as u8 } else { 0 },
            passed: t.finished,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        match outcome.passed {
            true => 2 * i64::from(outcome.stars),
            false => 0,
        }
    }
}

#[cfg(test)]
mod tests;
