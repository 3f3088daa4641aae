//! Points for one answer, by the game's mode.
//!
//! **Classic** (speed counts, like Kahoot): a right answer earns
//! `round(1000 × (1 − (t / T) / 2))` — 1000 at once, 500 at the last moment — where `t` is the
//! response time and `T` the time limit, both measured by the server from when the question
//! was sent to this player. Partial credit (multiple choice, ordering) multiplies the same
//! figure. From the second right answer in a row a streak bonus adds 100 per answer in the
//! streak, at most 500. A wrong answer, no answer, or an answer with only partial credit ends
//! the streak (partial credit still earns its points, without a bonus).
//!
//! **Kids** (accuracy only): 100 × credit, no speed factor, no streak.

use serde::{Deserialize, Serialize};

/// How a game counts points, chosen by the host before the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Classic,
    Kids,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Classic => "classic",
            Mode::Kids => "kids",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "classic" => Some(Mode::Classic),
            "kids" => Some(Mode::Kids),
            _ => None,
        }
    }
}

/// The most a classic answer earns before its streak bonus.
pub const CLASSIC_MAX: u32 = 1000;
/// Bonus per answer in a streak (from the second), and its cap.
pub const STREAK_STEP: u32 = 100;
pub const STREAK_CAP: u32 = 500;
/// What a right answer earns in kids mode.
pub const KIDS_POINTS: u32 = 100;

/// One answer as the server measured it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timed {
    /// Share of the question earned, 0.0–1.0 (`questions::grading::credit`).
    pub credit: f64,
    /// From the question being sent to this player to the answer arriving, in ms.
    pub response_ms: u64,
    /// The question's time limit, in ms (> 0).
    pub limit_ms: u64,
}

/// What one question did to a player's total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scored {
    pub points: u32,
    /// Right answers in a row after this question.
    pub streak: u32,
    /// Full credit.
    pub correct: bool,
}

/// Scores an answer (`None`: the player did not answer in time), given the player's streak
/// before this question.
pub fn score(mode: Mode, answer: Option<Timed>, streak_before: u32) -> Scored {
    let Some(a) = answer else {
        return Scored {
            points: 0,
            streak: 0,
            correct: false,
        };
    };
    let credit = if a.credit.is_finite() {
        a.credit.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let correct = credit >= 1.0;
    match mode {
        Mode::Kids => Scored {
            points: (f64::from(KIDS_POINTS) * credit).round() as u32,
            streak: 0,
            correct,
        },
        Mode::Classic => {
            let speed = speed_points(a.response_ms, a.limit_ms);
            let base = (f64::from(speed) * credit).round() as u32;
            let streak = if correct { streak_before + 1 } else { 0 };
            Scored {
                points: base + streak_bonus(streak),
                streak,
                correct,
            }
        }
    }
}

/// `round(1000 × (1 − (t / T) / 2))`, with `t` held within `0..=T`.
pub fn speed_points(response_ms: u64, limit_ms: u64) -> u32 {
    let limit = limit_ms.max(1) as f64;
    let t = (response_ms as f64).min(limit);
    (f64::from(CLASSIC_MAX) * (1.0 - (t / limit) / 2.0)).round() as u32
}

/// The bonus of the `streak`-th right answer in a row: none for the first, then 100 each
/// step, at most 500.
pub fn streak_bonus(streak: u32) -> u32 {
    (streak.saturating_sub(1) * STREAK_STEP).min(STREAK_CAP)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timed(credit: f64, response_ms: u64) -> Option<Timed> {
        Some(Timed {
            credit,
            response_ms,
            limit_ms: 20_000,
        })
    }

    #[test]
    fn a_right_answer_earns_from_1000_at_once_to_500_at_the_last_moment() {
        assert_eq!(speed_points(0, 20_000), 1000);
        assert_eq!(speed_points(10_000, 20_000), 750);
        assert_eq!(speed_points(20_000, 20_000), 500);
        assert_eq!(speed_points(3_000, 20_000), 925);
        // Rounded, not truncated: 1000 × (1 − 0.0333…/2) = 983.33…
        assert_eq!(speed_points(1_333, 40_000), 983);
        // The server refuses late answers; a late time still never earns below 500.
        assert_eq!(speed_points(25_000, 20_000), 500);
    }

    #[test]
    fn the_streak_adds_100_from_the_second_right_answer_up_to_500() {
        let bonuses: Vec<u32> = (1..=8).map(streak_bonus).collect();
        assert_eq!(bonuses, vec![0, 100, 200, 300, 400, 500, 500, 500]);
        let first = score(Mode::Classic, timed(1.0, 0), 0);
        assert_eq!((first.points, first.streak, first.correct), (1000, 1, true));
        let third = score(Mode::Classic, timed(1.0, 10_000), 2);
        assert_eq!((third.points, third.streak), (750 + 200, 3));
        let tenth = score(Mode::Classic, timed(1.0, 20_000), 9);
        assert_eq!((tenth.points, tenth.streak), (500 + 500, 10));
    }

    #[test]
    fn a_wrong_answer_or_none_earns_nothing_and_ends_the_streak() {
        assert_eq!(
            score(Mode::Classic, timed(0.0, 1_000), 4),
            Scored {
                points: 0,
                streak: 0,
                correct: false
            }
        );
        assert_eq!(score(Mode::Classic, None, 4).streak, 0);
        assert_eq!(score(Mode::Kids, None, 0).points, 0);
    }

    #[test]
    fn partial_credit_scales_the_speed_points_without_a_bonus_and_ends_the_streak() {
        let half = score(Mode::Classic, timed(0.5, 10_000), 3);
        assert_eq!((half.points, half.streak, half.correct), (375, 0, false));
    }

    #[test]
    fn kids_mode_counts_accuracy_only() {
        let fast = score(Mode::Kids, timed(1.0, 100), 5);
        let slow = score(Mode::Kids, timed(1.0, 19_900), 5);
        assert_eq!((fast.points, fast.streak), (100, 0));
        assert_eq!(fast.points, slow.points);
        assert_eq!(score(Mode::Kids, timed(2.0 / 3.0, 100), 0).points, 67);
    }

    #[test]
    fn credit_outside_0_to_1_is_held_inside_it() {
        assert_eq!(score(Mode::Kids, timed(f64::NAN, 0), 0).points, 0);
        assert_eq!(score(Mode::Kids, timed(7.0, 0), 0).points, 100);
        assert_eq!(score(Mode::Classic, timed(-1.0, 0), 0).points, 0);
    }

    #[test]
    fn modes_read_and_write_their_names() {
        for m in [Mode::Classic, Mode::Kids] {
            assert_eq!(Mode::parse(m.as_str()), Some(m));
        }
        assert_eq!(Mode::parse("fast"), None);
    }
}
