//! Tetris (`docs/games.md`): the guideline game on a 10 × 40 field (20 rows seen), the seven
//! pieces from a 7-bag, SRS rotation with wall kicks, hold, soft and hard drop, lock delay,
//! 100/300/500/800 × level for 1–4 lines and a level every 10 lines.
//!
//! Play runs in fixed ticks, 60 a second, and nothing else moves it: the log is the inputs
//! with the tick each happened on, `{"inputs": [[tick, "L"], …], "ticks": N}`, and the replay
//! runs ticks `0..N`. The page's twin is `web/js/games/tetris.js`; both follow
//! `vectors/tetris.json`.

pub mod pieces;
mod replay;
#[cfg(test)]
mod tests;

use crate::rng::Rng;
use pieces::{cells, gravity, kicks, NAMES, ROW};

pub const WIDTH: i32 = 10;
pub const HEIGHT: i32 = 40;
pub const VISIBLE: i32 = 20;
/// Ticks a grounded piece waits before it locks (0.5 s).
pub const LOCK_TICKS: u32 = 30;
/// Moves and turns that restart the lock delay, per piece.
pub const MAX_RESETS: u32 = 15;
/// Soft drop falls 20 times as fast as gravity.
const SOFT_FACTOR: u32 = 20;
/// Where a piece's box starts: its left column and its top row (rows count up from 0).
const SPAWN_X: i32 = 3;
const SPAWN_Y: i32 = 21;
const LINE_POINTS: [i64; 5] = [0, 100, 300, 500, 800];

/// An input, as the log names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Left,
    Right,
    Cw,
    Ccw,
    /// The soft drop key goes down…
    SoftOn,
    /// …and up.
    SoftOff,
    HardDrop,
    Hold,
}

impl Input {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "L" => Self::Left,
            "R" => Self::Right,
            "CW" => Self::Cw,
            "CCW" => Self::Ccw,
            "SD" => Self::SoftOn,
            "SU" => Self::SoftOff,
            "HD" => Self::HardDrop,
            "HOLD" => Self::Hold,
            _ => return None,
        })
    }
}

/// The falling piece: its kind (index in [`NAMES`]), rotation state and box position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub kind: usize,
    pub rot: u8,
    pub x: i32,
    pub y: i32,
}

impl Piece {
    fn spawn(kind: usize) -> Self {
        Self {
            kind,
            rot: 0,
            x: SPAWN_X,
            y: SPAWN_Y,
        }
    }

    /// The field cells (column, row up from the bottom) it covers.
    pub fn blocks(&self) -> [(i32, i32); 4] {
        cells(self.kind, self.rot).map(|(bx, by)| (self.x + bx, self.y - by))
    }
}

/// A game as it goes.
#[derive(Clone, Debug)]
pub struct Play {
    /// Rows bottom to top, each cell 0 (empty) or 1 + the kind of piece that left it.
    pub field: Vec<[u8; WIDTH as usize]>,
    pub piece: Piece,
    pub hold: Option<usize>,
    pub queue: Vec<usize>,
    pub score: i64,
    pub lines: u32,
    pub level: u32,
    pub over: bool,
    pub tick: u64,
    hold_used: bool,
    soft: bool,
    fall: u32,
    lock: u32,
    resets: u32,
    lowest: i32,
    back_to_back: bool,
    rng: Rng,
}

impl Play {
    pub fn new(seed: u32) -> Self {
        let mut play = Self {
            field: vec![[0; WIDTH as usize]; HEIGHT as usize],
            piece: Piece::spawn(0),
            hold: None,
            queue: Vec::new(),
            score: 0,
            lines: 0,
            level: 1,
            over: false,
            tick: 0,
            hold_used: false,
            soft: false,
            fall: 0,
            lock: 0,
            resets: 0,
            lowest: SPAWN_Y,
            back_to_back: false,
            rng: Rng::new(seed),
        };
        play.next_piece();
        play
    }

    /// The pieces dealt so far and still to come, bag by bag.
    fn refill(&mut self) {
        while self.queue.len() < 7 {
            let mut bag: Vec<usize> = (0..7).collect();
            self.rng.shuffle(&mut bag);
            self.queue.extend(bag);
        }
    }

    fn take(&mut self) -> usize {
        self.refill();
        let kind = self.queue.remove(0);
        self.refill();
        kind
    }

    fn enter(&mut self, kind: usize) {
        self.piece = Piece::spawn(kind);
        self.fall = 0;
        self.lock = 0;
        self.resets = 0;
        self.lowest = self.piece.y;
        if !self.fits(&self.piece) {
            self.over = true;
        }
    }

    fn next_piece(&mut self) {
        let kind = self.take();
        self.enter(kind);
    }

    pub fn fits(&self, p: &Piece) -> bool {
        p.blocks().iter().all(|&(x, y)| {
            (0..WIDTH).contains(&x)
                && (0..HEIGHT).contains(&y)
                && self.field[y as usize][x as usize] == 0
        })
    }

    fn grounded(&self) -> bool {
        let down = Piece {
            y: self.piece.y - 1,
            ..self.piece
        };
        !self.fits(&down)
    }

    /// A move or turn went through: it restarts a started lock delay, 15 times a piece.
    fn moved(&mut self) {
        if self.lock > 0 && self.resets < MAX_RESETS {
            self.lock = 0;
            self.resets += 1;
        }
    }

    fn shift(&mut self, dx: i32) {
        let p = Piece {
            x: self.piece.x + dx,
            ..self.piece
        };
        if self.fits(&p) {
            self.piece = p;
            self.moved();
        }
    }

    /// Turns the piece, trying the SRS offsets in order; true if it turned.
    pub fn rotate(&mut self, cw: bool) -> bool {
        let from = self.piece.rot;
        let to = if cw { (from + 1) % 4 } else { (from + 3) % 4 };
        for &(dx, dy) in kicks(self.piece.kind, from, cw) {
            let p = Piece {
                rot: to,
                x: self.piece.x + dx,
                y: self.piece.y + dy,
                ..self.piece
            };
            if self.fits(&p) {
                self.piece = p;
                self.moved();
                return true;
            }
        }
        false
    }

    /// One row down if it fits; a new lowest row gives the lock delay back in full.
    fn down(&mut self) -> bool {
        let p = Piece {
            y: self.piece.y - 1,
            ..self.piece
        };
        if !self.fits(&p) {
            return false;
        }
        self.piece = p;
        if p.y < self.lowest {
            self.lowest = p.y;
            self.lock = 0;
            self.resets = 0;
        }
        true
    }

    /// Applies one input (nothing once the game is over).
    pub fn input(&mut self, input: Input) {
        if self.over {
            return;
        }
        match input {
            Input::Left => self.shift(-1),
            Input::Right => self.shift(1),
            Input::Cw => {
                self.rotate(true);
            }
            Input::Ccw => {
                self.rotate(false);
            }
            Input::SoftOn => self.soft = true,
            Input::SoftOff => self.soft = false,
            Input::HardDrop => {
                while self.down() {
                    self.score += 2;
                }
                self.lock_piece();
            }
            Input::Hold => {
                if !self.hold_used {
                    self.hold_used = true;
                    let now = self.piece.kind;
                    match self.hold.replace(now) {
                        Some(held) => self.enter(held),
                        None => self.next_piece(),
                    }
                }
            }
        }
    }

    /// One tick after its inputs: gravity (soft drop 20 times faster, +1 a row), then the lock
    /// delay of a grounded piece.
    pub fn step(&mut self) {
        self.tick += 1;
        if self.over {
            return;
        }
        let g = gravity(self.level);
        let rate = if self.soft {
            (g * SOFT_FACTOR).min(20 * ROW)
        } else {
            g
        };
        self.fall += rate;
        while self.fall >= ROW {
            self.fall -= ROW;
            if !self.down() {
                self.fall = 0;
                break;
            }
            if self.soft {
                self.score += 1;
            }
        }
        if self.grounded() {
            self.lock += 1;
            if self.lock >= LOCK_TICKS {
                self.lock_piece();
            }
        }
    }

    fn lock_piece(&mut self) {
        let blocks = self.piece.blocks();
        for &(x, y) in &blocks {
            self.field[y as usize][x as usize] = self.piece.kind as u8 + 1;
        }
        if blocks.iter().all(|&(_, y)| y >= VISIBLE) {
            self.over = true;
            return;
        }
        let before = self.field.len();
        self.field.retain(|row| row.contains(&0));
        let cleared = before - self.field.len();
        self.field.resize(HEIGHT as usize, [0; WIDTH as usize]);
        if cleared > 0 {
            let mut points = LINE_POINTS[cleared] * i64::from(self.level);
            if cleared == 4 {
                if self.back_to_back {
                    points = points * 3 / 2;
                }
                self.back_to_back = true;
            } else {
                self.back_to_back = false;
            }
            self.score += points;
            self.lines += cleared as u32;
            self.level = 1 + self.lines / 10;
        }
        self.hold_used = false;
        self.next_piece();
    }

    /// The next pieces, `n` of them (at most 7), by name.
    pub fn next(&mut self, n: usize) -> String {
        self.refill();
        self.queue.iter().take(n).map(|&k| NAMES[k]).collect()
    }

    /// The field as text, top visible row first: `.` empty, else the piece's letter (`X` for
    /// a cell no piece left, as tests set up).
    pub fn picture(&self) -> Vec<String> {
        (0..VISIBLE as usize)
            .rev()
            .map(|y| {
                self.field[y]
                    .iter()
                    .map(|&c| match c {
                        0 => '.',
                        c => NAMES.get(c as usize - 1).copied().unwrap_or('X'),
                    })
                    .collect()
            })
            .collect()
    }
}

pub use replay::{parse_log, run, Tetris, MAX_INPUTS, MAX_TICKS};
