//! The puzzles: a small search over matchstick equations, seeded per level, that writes
//! `content/matchstick.json`. A test makes the file again and checks it matches, and checks
//! every level with [`solve`].
//!
//! Tiers (each level's `moves` is 1, and 2 on levels 91–100):
//! 1–20 the wrong stick is inside one operand digit; 21–40 inside the result; 41–60 it moves
//! between the sign and a digit; 61–80 two-digit numbers, any one stick; 81–100 three numbers
//! on the left.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::sticks::Sticks;
use crate::rng::Rng;

/// One level as the content file keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Puzzle {
    pub level: u32,
    /// What the child sees, false.
    pub equation: String,
    /// How many sticks must move.
    pub moves: u32,
    /// Every true equation reachable with `moves` sticks (all are accepted).
    pub solutions: Vec<String>,
}

/// Every true equation `moves` or fewer sticks away from `start`, with its distance.
pub fn solve(start: &Sticks, moves: u32) -> BTreeSet<(u32, String)> {
    let mut found = BTreeSet::new();
    if start.is_true() {
        found.insert((0, start.text()));
    }
    for next in neighbours(start, moves) {
        if next.is_true() {
            found.insert((next.moved_from(start), next.text()));
        }
    }
    found
}

/// Every equation one or `moves` (at most 2) stick moves from `start`.
fn neighbours(start: &Sticks, moves: u32) -> Vec<Sticks> {
    let full: Vec<usize> = start
        .slots()
        .filter(|&s| start.at(s) == Some(true))
        .collect();
    let empty: Vec<usize> = start
        .slots()
        .filter(|&s| start.at(s) == Some(false))
        .collect();
    let mut out = Vec::new();
    for &f in &full {
        for &t in &empty {
            let mut one = start.clone();
            one.shift(f, t);
            out.push(one);
        }
    }
    if moves >= 2 {
        for (i, &f1) in full.iter().enumerate() {
            for &f2 in &full[i + 1..] {
                for (j, &t1) in empty.iter().enumerate() {
                    for &t2 in &empty[j + 1..] {
                        let mut two = start.clone();
                        two.shift(f1, t1);
                        two.shift(f2, t2);
                        out.push(two);
                    }
                }
            }
        }
    }
    out
}

/// Whether `puzzle` is a fair level of `moves`: numbers and signs that read (no leading zero),
/// false as shown, no true equation nearer, and
/// at least one exactly `moves` away.
pub fn fair(puzzle: &Sticks, moves: u32) -> bool {
    let found = solve(puzzle, moves);
    puzzle.value().is_some() && !found.is_empty() && found.iter().all(|(d, _)| *d == moves)
}

/// The tier of a level, 1–5.
pub fn tier(level: u32) -> u32 {
    (level.clamp(1, 100) - 1) / 20 + 1
}

/// Sticks to move on a level.
pub fn moves_of(level: u32) -> u32 {
    if level > 90 {
        2
    } else {
        1
    }
}

/// A true equation of the tier's shape, drawn from `rng`.
fn true_equation(rng: &mut Rng, tier: u32) -> String {
    loop {
        let plus = rng.below(2) == 0;
        let sign = if plus { '+' } else { '-' };
        let text = match tier {
            1..=3 => {
                let (a, b) = (rng.below(10) as i64, rng.below(10) as i64);
                let c = if plus { a + b } else { a - b };
                if !(0..=9).contains(&c) {
                    continue;
                }
                format!("{a}{sign}{b}={c}")
            }
            4 => {
                let a = 10 + rng.below(90) as i64;
                let b = 1 + rng.below(99) as i64;
                let c = if plus { a + b } else { a - b };
                if !(10..=99).contains(&c) {
                    continue;
                }
                format!("{a}{sign}{b}={c}")
            }
            _ => {
                let plus2 = rng.below(2) == 0;
                let sign2 = if plus2 { '+' } else { '-' };
                let (a, b, c) = (
                    rng.below(10) as i64,
                    rng.below(10) as i64,
                    rng.below(10) as i64,
                );
                let ab = if plus { a + b } else { a - b };
                let d = if plus2 { ab + c } else { ab - c };
                if !(0..=9).contains(&ab) || !(0..=9).contains(&d) {
                    continue;
                }
                format!("{a}{sign}{b}{sign2}{c}={d}")
            }
        };
        return text;
    }
}

/// Whether a puzzle made from `solution` has the tier's kind of change: the places that differ.
fn tier_shape(tier: u32, solution: &Sticks, puzzle: &Sticks) -> bool {
    let changed: Vec<usize> = (0..solution.0.len())
        .filter(|&p| solution.0[p] != puzzle.0[p])
        .collect();
    let result = solution.0.len() - 1;
    let sign = solution.0.iter().position(|g| g.slots() == 2);
    match tier {
        1 => changed.len() == 1 && changed[0] != result,
        2 => changed == [result],
        3 => changed.len() == 2 && sign.is_some_and(|s| changed.contains(&s)),
        _ => true,
    }
}

/// The level's puzzle: tries true equations from the level's seed until a move away from one
/// gives a fair puzzle not used by an earlier level (one with a single answer first).
pub fn puzzle(level: u32, used: &BTreeSet<String>) -> Puzzle {
    let mut rng = Rng::new(0x4D41_5443 ^ level.wrapping_mul(2_654_435_761));
    let (tier, moves) = (tier(level), moves_of(level));
    for attempt in 0.. {
        let solution = Sticks::parse(&true_equation(&mut rng, tier)).expect("digits and signs");
        let mut options: Vec<Sticks> = neighbours(&solution, moves)
            .into_iter()
            .filter(|p| p.moved_from(&solution) == moves && p.value().is_some() && !p.is_true())
            .filter(|p| tier_shape(tier, &solution, p) && !used.contains(&p.text()))
            .collect();
        options.sort_by_key(Sticks::text);
        options.dedup();
        rng.shuffle(&mut options);
        // A few of each equation's puzzles are enough to find a good one; many are slow.
        for p in options.into_iter().take(12) {
            let found = solve(&p, moves);
            let single = found.len() == 1;
            if fair(&p, moves) && (single || moves > 1 || attempt > 20) {
                return Puzzle {
                    level,
                    equation: p.text(),
                    moves,
                    solutions: found.into_iter().map(|(_, s)| s).collect(),
                };
            }
        }
    }
    unreachable!("the loop returns")
}

/// All hundred levels, in order.
pub fn all() -> Vec<Puzzle> {
    let mut used = BTreeSet::new();
    (1..=100)
        .map(|level| {
            let p = puzzle(level, &used);
            used.insert(p.equation.clone());
            p
        })
        .collect()
}

/// Sticks to move to turn `from` into `to` (same shape): pairs of (taken, placed) slots.
pub fn path(from: &Sticks, to: &Sticks) -> Vec<(usize, usize)> {
    let taken = from
        .slots()
        .filter(|&s| from.at(s) == Some(true) && to.at(s) == Some(false));
    let placed = from
        .slots()
        .filter(|&s| from.at(s) == Some(false) && to.at(s) == Some(true));
    taken.zip(placed).collect()
}
