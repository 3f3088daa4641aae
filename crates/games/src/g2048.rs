//! 2048 (`docs/games.md`): a 4×4 board, two tiles at the start, a new tile after every move
//! that changed the board (2 with probability 0.9, else 4, on a random empty cell), merges
//! resolved from the side the tiles move towards, a merged tile not merging again in the same
//! move, the score the sum of the merged tiles. Reaching 2048 wins; play may go on.
//!
//! The log is `{"moves": "LURD…"}`, one letter per swipe or arrow key. The page's twin is
//! `web/js/games/g2048.js`; both follow `vectors/2048.json`.

use serde_json::{json, Value};

use crate::rng::Rng;
use crate::rules::{Outcome, ReplayError, Rules};

/// A board: rows top to bottom, 0 for an empty cell.
pub type Board = [[u32; 4]; 4];

/// The most moves a round may hold.
const MAX_MOVES: usize = 50_000;

/// The board and score as play goes.
#[derive(Clone, Debug)]
pub struct Play {
    pub board: Board,
    pub score: i64,
    rng: Rng,
}

impl Play {
    /// A new game: two tiles on an empty board.
    pub fn new(seed: u32) -> Self {
        let mut play = Self {
            board: [[0; 4]; 4],
            score: 0,
            rng: Rng::new(seed),
        };
        play.spawn();
        play.spawn();
        play
    }

    /// One move (`L`, `R`, `U`, `D`); a move that changes nothing adds no tile. False for a
    /// letter that is not a move.
    pub fn step(&mut self, dir: char) -> bool {
        let Some(turns) = turns_for(dir) else {
            return false;
        };
        let mut board = rotate(self.board, turns);
        let mut gained = 0;
        for row in &mut board {
            gained += slide_left(row);
        }
        let board = rotate(board, (4 - turns) % 4);
        if board != self.board {
            self.board = board;
            self.score += gained;
            self.spawn();
        }
        true
    }

    /// The largest tile on the board.
    pub fn best_tile(&self) -> u32 {
        self.board.iter().flatten().copied().max().unwrap_or(0)
    }

    fn spawn(&mut self) {
        let empty: Vec<(usize, usize)> = (0..16)
            .map(|i| (i / 4, i % 4))
            .filter(|&(r, c)| self.board[r][c] == 0)
            .collect();
        if empty.is_empty() {
            return;
        }
        let (r, c) = empty[self.rng.below(empty.len() as u32) as usize];
        self.board[r][c] = if self.rng.next_f64() < 0.9 { 2 } else { 4 };
    }
}

/// Quarter turns clockwise that bring a move in `dir` to a move left.
fn turns_for(dir: char) -> Option<u32> {
    match dir {
        'L' => Some(0),
        'D' => Some(1),
        'R' => Some(2),
        'U' => Some(3),
        _ => None,
    }
}

/// The board turned a quarter clockwise `turns` times.
fn rotate(mut b: Board, turns: u32) -> Board {
    for _ in 0..turns {
        let mut t = [[0; 4]; 4];
        for (r, row) in b.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                t[c][3 - r] = v;
            }
        }
        b = t;
    }
    b
}

/// Slides one row left and merges; returns the points the merges made.
pub fn slide_left(row: &mut [u32; 4]) -> i64 {
    let tiles: Vec<u32> = row.iter().copied().filter(|&v| v != 0).collect();
    let mut out = Vec::with_capacity(4);
    let mut gained = 0;
    let mut i = 0;
    while i < tiles.len() {
        if i + 1 < tiles.len() && tiles[i] == tiles[i + 1] {
            out.push(tiles[i] * 2);
            gained += i64::from(tiles[i] * 2);
            i += 2;
        } else {
            out.push(tiles[i]);
            i += 1;
        }
    }
    out.resize(4, 0);
    row.copy_from_slice(&out);
    gained
}

pub struct Game2048;

impl Rules for Game2048 {
    fn id(&self) -> &'static str {
        "2048"
    }

    fn emoji(&self) -> &'static str {
        "🔢"
    }

    fn levels(&self) -> u32 {
        1
    }

    fn config(&self, _level: u32, _lang: &str) -> Value {
        json!({"size": 4, "goal": 2048})
    }

    fn round_ms(&self) -> i64 {
        6 * 3600 * 1000
    }

    fn replay(
        &self,
        seed: u32,
        _level: u32,
        _config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError> {
        let moves = log
            .get("moves")
            .and_then(Value::as_str)
            .ok_or_else(|| ReplayError::Malformed("no moves".into()))?;
        if moves.len() > MAX_MOVES {
            return Err(ReplayError::TooLong);
        }
        let mut play = Play::new(seed);
        for (i, dir) in moves.chars().enumerate() {
            if !play.step(dir) {
                return Err(ReplayError::Illegal(format!("move {i} is {dir:?}")));
            }
        }
        Ok(Outcome {
            score: play.score,
            stars: 0,
            passed: play.best_tile() >= 2048,
        })
    }

    fn coins(&self, outcome: &Outcome) -> i64 {
        (outcome.score / 400).min(20)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Deserialize)]
    struct Slide {
        row: [u32; 4],
        left: [u32; 4],
        points: i64,
    }

    #[derive(Deserialize)]
    struct Round {
        seed: u32,
        moves: String,
        board: Board,
        score: i64,
    }

    #[derive(Deserialize)]
    struct Vectors {
        slides: Vec<Slide>,
        rounds: Vec<Round>,
    }

    fn vectors() -> Vectors {
        serde_json::from_str(include_str!("../vectors/2048.json")).unwrap()
    }

    #[test]
    fn rows_slide_and_merge_as_the_page_does() {
        for s in vectors().slides {
            let mut row = s.row;
            assert_eq!(
                (slide_left(&mut row), row),
                (s.points, s.left),
                "{:?}",
                s.row
            );
        }
    }

    #[test]
    fn rounds_replay_to_the_pages_board_and_score() {
        for r in vectors().rounds {
            let mut play = Play::new(r.seed);
            for d in r.moves.chars() {
                assert!(play.step(d));
            }
            assert_eq!(
                (play.board, play.score),
                (r.board, r.score),
                "seed {}",
                r.seed
            );
            let log = json!({"moves": r.moves});
            let outcome = Game2048.replay(r.seed, 1, &Value::Null, &log).unwrap();
            assert_eq!(outcome.score, r.score);
        }
    }

    #[test]
    fn a_log_with_a_letter_that_is_no_move_is_refused() {
        let log = json!({"moves": "LLX"});
        assert!(matches!(
            Game2048.replay(1, 1, &Value::Null, &log),
            Err(ReplayError::Illegal(_))
        ));
        assert!(matches!(
            Game2048.replay(1, 1, &Value::Null, &json!({"moves": 3})),
            Err(ReplayError::Malformed(_))
        ));
    }
}
