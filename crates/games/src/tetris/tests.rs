//! Tetris's rules against the vectors the page's twin is checked with.

use serde::Deserialize;
use serde_json::{json, Value};

use super::pieces::NAMES;
use super::*;
use crate::rules::{ReplayError, Rules};

#[derive(Deserialize)]
struct Sequence {
    seed: u32,
    pieces: String,
}

#[derive(Deserialize)]
struct Kick {
    piece: String,
    rot: u8,
    cw: bool,
    x: i32,
    y: i32,
    filled: Vec<(i32, i32)>,
    to: Option<(u8, i32, i32)>,
}

#[derive(Deserialize)]
struct Lock {
    rows: Vec<String>,
    piece: String,
    rot: u8,
    x: i32,
    level: u32,
    lines: u32,
    back_to_back: bool,
    score: i64,
    lines_after: u32,
    level_after: u32,
    back_to_back_after: bool,
    picture: Vec<String>,
}

#[derive(Deserialize)]
struct Game {
    seed: u32,
    log: Value,
    score: i64,
    lines: u32,
    level: u32,
    over: bool,
    tick: u64,
    hold: Option<String>,
    next: String,
    picture: Vec<String>,
}

#[derive(Deserialize)]
struct Vectors {
    sequences: Vec<Sequence>,
    kicks: Vec<Kick>,
    locks: Vec<Lock>,
    games: Vec<Game>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../../vectors/tetris.json")).unwrap()
}

fn kind(name: &str) -> usize {
    NAMES.iter().position(|n| n.to_string() == name).unwrap()
}

fn blank() -> Play {
    let mut play = Play::new(1);
    play.field = vec![[0; WIDTH as usize]; HEIGHT as usize];
    play
}

#[test]
fn pieces_come_in_the_pages_order_seven_to_a_bag() {
    for s in vectors().sequences {
        let mut play = Play::new(s.seed);
        let mut dealt = NAMES[play.piece.kind].to_string();
        while dealt.len() < s.pieces.len() {
            let k = play.take();
            dealt.push(NAMES[k]);
        }
        assert_eq!(dealt, s.pieces, "seed {}", s.seed);
        for bag in dealt.as_bytes().chunks(7) {
            let mut b = bag.to_vec();
            b.sort_unstable();
            assert_eq!(b, b"IJLOSTZ", "a bag holds each piece once");
        }
    }
}

#[test]
fn every_wall_kick_takes_the_first_offset_that_fits_as_the_page_does() {
    let kicks = vectors().kicks;
    assert!(kicks.len() > 200, "every piece, turn and test has a case");
    for k in kicks {
        let mut play = blank();
        for &(x, y) in &k.filled {
            play.field[y as usize][x as usize] = 8;
        }
        play.piece = Piece {
            kind: kind(&k.piece),
            rot: k.rot,
            x: k.x,
            y: k.y,
        };
        let turned = play.rotate(k.cw);
        let got = turned.then_some((play.piece.rot, play.piece.x, play.piece.y));
        assert_eq!(
            got, k.to,
            "{} from {} cw {} {:?}",
            k.piece, k.rot, k.cw, k.filled
        );
    }
}

#[test]
fn lines_score_by_count_and_level_with_back_to_back_tetrises() {
    for l in vectors().locks {
        let mut play = blank();
        for (y, row) in l.rows.iter().enumerate() {
            for (x, c) in row.chars().enumerate() {
                play.field[y][x] = u8::from(c != '.') * 8;
            }
        }
        play.level = l.level;
        play.lines = l.lines;
        play.back_to_back = l.back_to_back;
        play.piece = Piece {
            kind: kind(&l.piece),
            rot: l.rot,
            x: l.x,
            y: 21,
        };
        play.input(Input::HardDrop);
        let picture = play.picture()[16..].to_vec();
        assert_eq!(
            (
                play.score,
                play.lines,
                play.level,
                play.back_to_back,
                picture
            ),
            (
                l.score,
                l.lines_after,
                l.level_after,
                l.back_to_back_after,
                l.picture
            ),
            "{:?} {}",
            l.rows,
            l.piece
        );
    }
}

#[test]
fn scripted_games_end_on_the_pages_field_score_and_lines() {
    for g in vectors().games {
        let (ticks, inputs) = parse_log(&g.log).unwrap();
        let mut play = run(g.seed, ticks, &inputs);
        let hold = play.hold.map(|k| NAMES[k].to_string());
        assert_eq!(
            (play.score, play.lines, play.level, play.over, play.tick, hold),
            (g.score, g.lines, g.level, g.over, g.tick, g.hold),
            "seed {}",
            g.seed
        );
        assert_eq!(play.next(5), g.next, "seed {}", g.seed);
        assert_eq!(play.picture(), g.picture, "seed {}", g.seed);
        let outcome = Tetris.replay(g.seed, 1, &Value::Null, &g.log).unwrap();
        assert_eq!(outcome.score, g.score);
    }
}

#[test]
fn gravity_follows_the_guideline_formula_to_within_a_step() {
    for level in 1..=18u32 {
        let n = f64::from(level);
        let seconds = (0.8 - (n - 1.0) * 0.007).powf(n - 1.0);
        let exact = 65536.0 / (seconds * 60.0);
        let table = f64::from(pieces::gravity(level));
        assert!(
            (table - exact).abs() <= 1.0,
            "level {level}: {table} vs {exact}"
        );
    }
    assert_eq!(pieces::gravity(40), pieces::gravity(20));
}

#[test]
fn a_piece_left_alone_locks_half_a_second_after_it_lands() {
    let mut play = Play::new(3);
    let first = play.piece.kind;
    let mut landed = None;
    for t in 0..2000u64 {
        play.step();
        if landed.is_none() && play.grounded() {
            landed = Some(t);
        }
        if play.piece.kind != first || play.piece.y == SPAWN_Y && landed.is_some() {
            let locked_at = t;
            assert_eq!(
                locked_at - landed.unwrap() + 1,
                u64::from(LOCK_TICKS),
                "the landing tick is the first of the delay"
            );
            return;
        }
    }
    panic!("the piece never locked");
}

#[test]
fn hold_swaps_once_per_piece() {
    let mut play = Play::new(9);
    let first = play.piece.kind;
    play.input(Input::Hold);
    let second = play.piece.kind;
    assert_eq!(play.hold, Some(first));
    play.input(Input::Hold);
    assert_eq!(
        (play.piece.kind, play.hold),
        (second, Some(first)),
        "a second hold does nothing"
    );
    play.input(Input::HardDrop);
    play.input(Input::Hold);
    assert_eq!(
        play.piece.kind, first,
        "after a lock the held piece comes back"
    );
}

#[test]
fn logs_out_of_order_unknown_or_too_long_are_refused() {
    let cases = [
        json!({"inputs": [[5, "L"], [3, "R"]], "ticks": 10}),
        json!({"inputs": [[1, "JUMP"]], "ticks": 10}),
        json!({"inputs": [[10, "L"]], "ticks": 10}),
        json!({"inputs": [["1", "L"]], "ticks": 10}),
    ];
    for log in cases {
        assert!(
            matches!(
                Tetris.replay(1, 1, &Value::Null, &log),
                Err(ReplayError::Illegal(_))
            ),
            "{log}"
        );
    }
    assert!(matches!(
        Tetris.replay(1, 1, &Value::Null, &json!({"inputs": []})),
        Err(ReplayError::Malformed(_))
    ));
    assert_eq!(
        Tetris.replay(
            1,
            1,
            &Value::Null,
            &json!({"inputs": [], "ticks": MAX_TICKS + 1})
        ),
        Err(ReplayError::TooLong)
    );
}
