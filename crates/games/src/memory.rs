//! Letter Memory (`docs/games.md`): pairs of a letter card and its picture-word card, face
//! down; a turn flips two cards, a pair stays face up. Levels are difficulties: 6, 8 and 15
//! pairs.
//!
//! The config is the pool of candidate pairs in the child's language (the Harf letters whose
//! words start with them, with their first word and its emoji); the seed picks the pairs and
//! shuffles the deck. The log is `{"flips": [[ms, card], …]}`, each flip with its time in
//! milliseconds since the start. The page's twin is `web/js/games/memory.js`; both follow
//! `vectors/memory.json`.

use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};

/// Pairs per level (1 easy, 2 medium, 3 hard).
pub const PAIRS: [usize; 3] = [6, 8, 15];
/// The most flips a round may hold.
pub const MAX_FLIPS: usize = 2_000;
/// The longest a round's flips may run, in milliseconds.
pub const MAX_MS: i64 = 30 * 60 * 1000;

/// The deck of a round: card `i` shows pair `deck[i] / 2`, its letter when `deck[i]` is even,
/// its picture word when odd. `picks` are the chosen pool entries, pair by pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    pub picks: Vec<usize>,
    pub deck: Vec<usize>,
}

/// Lays out the cards: a shuffle of the pool's indices picks `pairs` of them, then a shuffle
/// of the `2 × pairs` cards orders the deck.
pub fn deal(seed: u32, pool: usize, pairs: usize) -> Deck {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..pool).collect();
    rng.shuffle(&mut order);
    order.truncate(pairs);
    let mut deck: Vec<usize> = (0..2 * order.len()).collect();
    rng.shuffle(&mut deck);
    Deck { picks: order, deck }
}

/// A round replayed: moves are completed turns; `ms` the time of the last flip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub moves: i64,
    pub matched: usize,
    pub ms: i64,
}

/// Plays the flips on a deck of `pairs` pairs, checking each is legal.
pub fn play(deck: &[usize], flips: &[(i64, usize)]) -> Result<Tally, ReplayError> {
    if flips.len() > MAX_FLIPS {
        return Err(ReplayError::TooLong);
    }
    let mut up = vec![false; deck.len()];
    let mut open: Option<usize> = None;
    let (mut moves, mut matched, mut last) = (0, 0, 0);
    for (i, &(ms, card)) in flips.iter().enumerate() {
        let illegal = |why: &str| Err(ReplayError::Illegal(format!("flip {i}: {why}")));
        if ms < last || ms > MAX_MS {
            return illegal("time goes back or runs past the round");
        }
        if card >= deck.len() || up[card] || open == Some(card) {
            return illegal("not a face-down card");
        }
        last = ms;
        match open.take() {
            None => open = Some(card),
            Some(first) => {
                moves += 1;
                if deck[first] / 2 == deck[card] / 2 {
                    up[first] = true;
                    up[card] = true;
                    matched += 1;
                }
            }
        }
    }
    Ok(Tally {
        moves,
        matched,
        ms: last,
    })
}

/// The score of a finished round: 100 a pair, 50 for each move under twice the pairs, 5 for
/// each second under six seconds a pair.
pub fn score(pairs: i64, moves: i64, ms: i64) -> i64 {
    let secs = ms / 1000;
    100 * pairs + 50 * (2 * pairs - moves).max(0) + 5 * (6 * pairs - secs).max(0)
}

/// Stars of a finished round: 3 for at most 1.5 moves a pair, 2 for at most 2, else 1.
pub fn stars(pairs: i64, moves: i64) -> u8 {
    if 2 * moves <= 3 * pairs {
        3
    } else if moves <= 2 * pairs {
        2
    } else {
        1
    }
}

/// The candidate pairs of an alphabet: its letters whose words start with them.
fn pool(lang: &str) -> Vec<Value> {
    let Some(alphabet) = alphabets::CONTENT.alphabet(lang) else {
        return Vec::new();
    };
    alphabet
        .cards
        .iter()
        .filter(|c| c.position == alphabets::Position::Start)
        .filter_map(|c| {
            let w = c.words.first()?;
            Some(json!({"id": c.id, "upper": c.upper, "lower": c.lower, "word": w.text, "emoji": w.emoji}))
        })
        .collect()
}

fn parse_flips(log: &Value) -> Result<Vec<(i64, usize)>, ReplayError> {
    let malformed = |why: &str| ReplayError::Malformed(why.into());
    let flips = log
        .get("flips")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no flips"))?;
    if flips.len() > MAX_FLIPS {
        return Err(ReplayError::TooLong);
    }
    flips
        .iter()
        .map(|f| match f.as_array().map(Vec::as_slice) {
            Some([ms, card]) => Some((ms.as_i64()?, usize::try_from(card.as_u64()?).ok()?)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| malformed("a flip is not [ms, card]"))
}

pub struct Memory;

impl Rules for Memory {
    fn id(&self) -> &'static str {
        "memory"
    }

    fn emoji(&self) -> &'static str {
        "🧠"
    }

    fn levels(&self) -> u32 {
        PAIRS.len() as u32
    }

    fn config(&self, level: u32, lang: &str) -> Value {
        let pairs = PAIRS[(level.clamp(1, 3) - 1) as usize];
        json!({"pairs": pairs, "lang": lang, "pool": pool(lang)})
    }

    fn round_ms(&self) -> i64 {
        3600 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        _level: u32,
        config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let bad = || ReplayError::Malformed("the round's config".into());
        let pairs = config["pairs"].as_u64().ok_or_else(bad)? as usize;
        let pool = config["pool"].as_array().ok_or_else(bad)?.len();
        let flips = parse_flips(log)?;
        let deck = deal(seed, pool, pairs);
        let tally = play(&deck.deck, &flips)?;
        let pairs = deck.picks.len();
        if pairs == 0 || tally.matched < pairs {
            return Ok(Outcome {
                score: 0,
                stars: 0,
                passed: false,
            });
        }
        let pairs = pairs as i64;
        Ok(Outcome {
            score: score(pairs, tally.moves, tally.ms),
            stars: stars(pairs, tally.moves),
            passed: true,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        match outcome.passed {
            true => (outcome.score / 200).min(8),
            false => 0,
        }
    }
}

#[cfg(test)]
#[path = "memory_tests.rs"]
mod tests;
