use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::generate::{self, path};
use super::*;

const CONTENT: &str = "content/matchstick.json";
const VECTORS: &str = "vectors/matchstick.json";

/// `MATCHSTICK_WRITE=1 cargo test -p games matchstick` writes the content file and the vectors
/// instead of checking them.
fn writing() -> bool {
    std::env::var_os("MATCHSTICK_WRITE").is_some()
}

fn file(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

#[test]
fn the_content_file_is_what_the_generator_makes() {
    let made = generate::all();
    if writing() {
        std::fs::write(
            file(CONTENT),
            serde_json::to_string_pretty(&made).unwrap() + "\n",
        )
        .unwrap();
    }
    assert_eq!(
        puzzles(),
        made,
        "run with MATCHSTICK_WRITE=1 to write {CONTENT}"
    );
}

#[test]
fn every_level_is_false_as_shown_and_solvable_with_exactly_its_moves() {
    let all = puzzles();
    assert_eq!(all.len(), 100);
    let mut seen = BTreeSet::new();
    for (i, p) in all.iter().enumerate() {
        let level = i as u32 + 1;
        assert_eq!(p.level, level);
        assert!(
            seen.insert(p.equation.clone()),
            "level {level} repeats {}",
            p.equation
        );
        assert_eq!(p.moves, if level > 90 { 2 } else { 1 }, "level {level}");
        let start = Sticks::parse(&p.equation).unwrap();
        assert!(
            start.value().is_some() && !start.is_true(),
            "level {level} reads and is false"
        );
        assert!(generate::fair(&start, p.moves));
        let found = generate::solve(&start, p.moves);
        assert!(!found.is_empty(), "level {level} has a solution");
        assert!(
            found.iter().all(|(d, _)| *d == p.moves),
            "level {level}: no shorter way"
        );
        let listed: Vec<String> = found.iter().map(|(_, s)| s.clone()).collect();
        assert_eq!(listed, p.solutions, "level {level} lists every solution");
        // Each listed solution replays to a passed round.
        for s in &p.solutions {
            let moves: Vec<_> = path(&start, &Sticks::parse(s).unwrap())
                .into_iter()
                .enumerate()
                .map(|(k, (f, t))| (1000 * k as i64, f, t))
                .collect();
            assert!(
                play(&start, p.moves, &moves).unwrap().solved,
                "level {level}: {s}"
            );
        }
    }
}

#[test]
fn the_tiers_have_their_shapes() {
    let all = puzzles();
    let len = |l: usize| all[l - 1].equation.len();
    assert!((1..=60).all(|l| len(l) == 5), "one-digit a±b=c");
    assert!((61..=80).all(|l| all[l - 1]
        .equation
        .split(['+', '-', '='])
        .any(|n| n.len() == 2)));
    assert!((81..=100).all(|l| len(l) == 7), "three numbers on the left");
    // Tier 3 moves a stick between the sign and a digit: every solution has the other sign.
    for p in &all[40..60] {
        let sign = |s: &str| s.chars().nth(1).unwrap();
        assert!(
            p.solutions.iter().all(|s| sign(s) != sign(&p.equation)),
            "{}",
            p.equation
        );
    }
}

#[test]
fn sticks_read_digits_signs_and_sums() {
    let e = Sticks::parse("12+35=47").unwrap();
    assert!(e.is_true());
    assert_eq!(e.text(), "12+35=47");
    assert!(!Sticks::parse("9-3=5").unwrap().is_true());
    assert!(Sticks::parse("9-3-1=5").unwrap().is_true());
    assert!(
        !Sticks::parse("05+1=6").unwrap().is_true(),
        "no leading zero"
    );
    // 6+4=4: the upright of + is slot 7×1+1; moved to the 6's upper right (slot 1) it reads 8-4=4.
    let mut m = Sticks::parse("6+4=4").unwrap();
    assert!(m.shift(8, 1));
    assert_eq!(m.text(), "8-4=4");
    assert!(m.is_true());
    assert!(!m.shift(8, 1), "no stick is left in 8");
    assert!(!m.shift(0, 21), "the = holds no slots");
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct EquationVector {
    text: String,
    sticks: Vec<usize>,
    value: Option<(i64, i64)>,
    r#true: bool,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct GameVector {
    level: u32,
    moves: Vec<(i64, usize, usize)>,
    shows: String,
    score: i64,
    stars: u8,
    passed: bool,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct IllegalVector {
    why: String,
    level: u32,
    moves: Vec<(i64, usize, usize)>,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Vectors {
    equations: Vec<EquationVector>,
    games: Vec<GameVector>,
    illegal: Vec<IllegalVector>,
}

fn log(moves: &[(i64, usize, usize)]) -> Value {
    json!({"moves": moves.iter().map(|(ms, f, t)| json!([ms, f, t])).collect::<Vec<_>>()})
}

fn game(level: u32, moves: Vec<(i64, usize, usize)>) -> GameVector {
    let p = puzzle(level).unwrap();
    let mut now = Sticks::parse(&p.equation).unwrap();
    for &(_, f, t) in &moves {
        now.shift(f, t);
    }
    let o = Matchstick
        .replay(1, level, &Value::Null, &log(&moves))
        .unwrap();
    GameVector {
        level,
        moves,
        shows: now.text(),
        score: o.score,
        stars: o.stars,
        passed: o.passed,
    }
}

fn make_vectors() -> Vectors {
    let equations = [
        "6+4=4", "8-4=4", "12+35=47", "9-3-1=5", "05+1=6", "7+1=9", "1-7=0",
    ]
    .iter()
    .map(|t| {
        let s = Sticks::parse(t).unwrap();
        EquationVector {
            text: t.to_string(),
            sticks: s.slots().filter(|&x| s.at(x) == Some(true)).collect(),
            value: s.value(),
            r#true: s.is_true(),
        }
    })
    .collect();
    let mut games = Vec::new();
    let mut illegal = Vec::new();
    for level in [1, 7, 25, 45, 63, 85, 95, 100] {
        let p = puzzle(level).unwrap();
        let start = Sticks::parse(&p.equation).unwrap();
        let way = path(&start, &Sticks::parse(&p.solutions[0]).unwrap());
        let timed = |pairs: &[(usize, usize)], step: i64| -> Vec<(i64, usize, usize)> {
            pairs
                .iter()
                .enumerate()
                .map(|(k, &(f, t))| (step * (k as i64 + 1), f, t))
                .collect()
        };
        // Straight to the answer, quickly and slowly.
        games.push(game(level, timed(&way, 2_000)));
        games.push(game(level, timed(&way, 40_000)));
        // A wrong try taken back first: the answer's first stick placed elsewhere, then back.
        let (f, t) = way[0];
        let wrong = start
            .slots()
            .find(|&s| start.at(s) == Some(false) && s != t)
            .unwrap();
        let mut tries = vec![(f, wrong), (wrong, f)];
        tries.extend(&way);
        games.push(game(level, timed(&tries, 3_000)));
        // Stopped before the end: not solved.
        games.push(game(level, timed(&tries[..1], 3_000)));
        illegal.push(IllegalVector {
            why: "takes from an empty place".into(),
            level,
            moves: vec![(100, t, f)],
        });
        illegal.push(IllegalVector {
            why: "time goes back".into(),
            level,
            moves: vec![(500, f, wrong), (400, wrong, f)],
        });
        let eq = p.equation.find('=').unwrap() * 7;
        illegal.push(IllegalVector {
            why: "the = cannot be touched".into(),
            level,
            moves: vec![(100, f, eq)],
        });
    }
    Vectors {
        equations,
        games,
        illegal,
    }
}

#[test]
fn the_vectors_are_what_the_rules_say() {
    let made = make_vectors();
    if writing() {
        std::fs::write(
            file(VECTORS),
            serde_json::to_string_pretty(&made).unwrap() + "\n",
        )
        .unwrap();
    }
    let kept: Vectors =
        serde_json::from_str(include_str!("../../vectors/matchstick.json")).unwrap();
    assert_eq!(kept, made, "run with MATCHSTICK_WRITE=1 to write {VECTORS}");
    assert!(made.games.iter().any(|g| g.passed && g.stars == 3));
    assert!(made.games.iter().any(|g| g.passed && g.stars == 2));
    assert!(made.games.iter().any(|g| !g.passed));
}

#[test]
fn an_illegal_move_is_refused() {
    for v in make_vectors().illegal {
        let r = Matchstick.replay(1, v.level, &Value::Null, &log(&v.moves));
        assert!(
            matches!(r, Err(ReplayError::Illegal(_))),
            "{}: {r:?}",
            v.why
        );
    }
    let junk = Matchstick.replay(1, 1, &Value::Null, &json!({"moves": [[1, 2]]}));
    assert!(matches!(junk, Err(ReplayError::Malformed(_))));
}

#[test]
fn coins_follow_the_stars_of_a_passed_round() {
    let o = |stars, passed| Outcome {
        score: 1,
        stars,
        passed,
    };
    assert_eq!(Matchstick.coins(&o(3, true)), 4);
    assert_eq!(Matchstick.coins(&o(1, true)), 2);
    assert_eq!(Matchstick.coins(&o(0, false)), 0);
}
