use serde::Deserialize;
use serde_json::{json, Value};

use super::puzzles::{self, eval, level, Puzzle, Tok, PER_LEVEL, TOP};
use super::*;

/// Every assignment of 1..=`top` to the puzzle's fruits that makes every line true.
fn solutions(p: &Puzzle, top: i64) -> Vec<Vec<i64>> {
    let n = p.fruits.len() as u32;
    (0..top.pow(n))
        .map(|k| (0..n).map(|i| k / top.pow(i) % top + 1).collect::<Vec<_>>())
        .filter(|v| p.lines.iter().all(|(l, r)| eval(l, v) == Some(*r)))
        .collect()
}

#[test]
fn every_level_of_all_100_has_one_solution_in_positive_whole_numbers_and_its_answer_once() {
    for lvl in 1..=FruitMath.levels() {
        for seed in [1, 7, 42, 1000, 99_999, 3_000_000_000] {
            let ps = level(seed, lvl);
            assert_eq!(ps.len(), PER_LEVEL);
            for p in ps {
                let at = format!("level {lvl} seed {seed}: {p:?}");
                assert_eq!(solutions(&p, 40), vec![p.values.clone()], "{at}");
                assert!(p.values.iter().all(|v| *v >= 1), "{at}");
                assert!(p.lines.iter().all(|(_, r)| (1..=TOP).contains(r)), "{at}");
                assert!((1..=TOP).contains(&p.answer), "{at}");
                assert_eq!(eval(&p.question, &p.values), Some(p.answer), "{at}");
                assert_eq!(
                    p.options.iter().filter(|o| **o == p.answer).count(),
                    1,
                    "{at}"
                );
                assert_eq!(p.options[p.right], p.answer, "{at}");
                let mut o = p.options.to_vec();
                o.sort();
                o.dedup();
                assert!(o.len() == 4 && o[0] >= 1, "{at}");
            }
        }
    }
}

#[test]
fn products_come_only_in_the_top_tiers_and_brackets_only_in_the_last() {
    for lvl in 1..=100 {
        for p in level(lvl * 31, lvl) {
            let all: Vec<Tok> = p
                .lines
                .iter()
                .flat_map(|(l, _)| l.clone())
                .chain(p.question.clone())
                .collect();
            let has = |c| all.contains(&Tok::Op(c));
            assert!(lvl > 50 || !has('×'), "a product at level {lvl}");
            assert!(lvl > 25 || !has('−'), "a difference at level {lvl}");
            assert!(lvl > 75 || !has('('), "a bracket at level {lvl}");
        }
    }
}

#[test]
fn signs_come_before_sums_and_brackets_first() {
    let t = puzzles::tokens;
    assert_eq!(eval(&t("A+B*C"), &[1, 2, 3]), Some(7));
    assert_eq!(eval(&t("(A+B)*C"), &[1, 2, 3]), Some(9));
    assert_eq!(eval(&t("A-B"), &[2, 2]), None, "no zero or less");
}

#[test]
fn a_level_scores_by_tries_and_a_wrong_option_is_not_tapped_twice() {
    let rights = [2, 0, 3];
    assert_eq!(play(&rights, &[(1, 2), (2, 0), (3, 3)]).unwrap(), (30, 3));
    assert_eq!(
        play(&rights, &[(1, 1), (2, 2), (3, 1), (4, 3), (5, 0), (6, 3)]).unwrap(),
        (17, 3)
    );
    assert_eq!(play(&rights, &[(1, 2)]).unwrap(), (10, 1));
    for bad in [
        vec![(1, 1), (2, 1)],
        vec![(1, 4)],
        vec![(5, 1), (4, 2)],
        vec![(1, 2), (2, 0), (3, 3), (4, 0)],
    ] {
        assert!(
            matches!(play(&rights, &bad), Err(ReplayError::Illegal(_))),
            "{bad:?}"
        );
    }
    assert_eq!([30, 29, 20, 19, 10, 9].map(stars), [3, 2, 2, 1, 1, 0]);
}

#[derive(Deserialize)]
struct PuzzleVector {
    seed: u32,
    level: u32,
    puzzles: Value,
    answers: Vec<i64>,
}

#[derive(Deserialize)]
struct Round {
    seed: u32,
    level: u32,
    answers: Vec<(i64, usize)>,
    score: i64,
    stars: u8,
    passed: bool,
    coins: i64,
}

#[derive(Deserialize)]
struct Vectors {
    puzzles: Vec<PuzzleVector>,
    rounds: Vec<Round>,
}

fn log(answers: &[(i64, usize)]) -> Value {
    json!({"answers": answers.iter().map(|(ms, o)| json!([ms, o])).collect::<Vec<_>>()})
}

fn vector_cases() -> (Vec<Value>, Vec<Value>) {
    let mut ps = Vec::new();
    let mut rounds = Vec::new();
    for (i, lvl) in [1, 2, 9, 20, 26, 40, 51, 60, 76, 90, 100]
        .into_iter()
        .enumerate()
    {
        let seed = 12_345 + i as u32 * 7_919;
        let drawn = level(seed, lvl);
        ps.push(json!({
            "seed": seed, "level": lvl,
            "puzzles": FruitMath.round_config(seed, lvl, "uz")["puzzles"],
            "answers": drawn.iter().map(|p| p.answer).collect::<Vec<_>>(),
        }));
        // Wrong first `i % 4` times on the first puzzle, then right; right at once after.
        let mut answers = Vec::new();
        let mut ms = 0;
        for (k, p) in drawn.iter().enumerate() {
            let wrongs = if k == 0 { i % 4 } else { (i + k) % 2 };
            for o in (0..4).filter(|o| *o != p.right).take(wrongs) {
                ms += 1500;
                answers.push((ms, o));
            }
            ms += 2500;
            answers.push((ms, p.right));
        }
        if i == 3 {
            answers.truncate(2); // left before the end
        }
        let out = FruitMath
            .replay(seed, lvl, &Value::Null, &log(&answers))
            .unwrap();
        rounds.push(
            json!({"seed": seed, "level": lvl, "answers": answers, "score": out.score,
            "stars": out.stars, "passed": out.passed, "coins": FruitMath.coins(&out)}),
        );
    }
    (ps, rounds)
}

#[test]
fn the_vectors_hold_what_the_rules_draw_and_score() {
    let v: Vectors = serde_json::from_str(include_str!("../../vectors/fruit-math.json")).unwrap();
    let (ps, rounds) = vector_cases();
    assert_eq!(v.puzzles.len(), ps.len());
    for (want, got) in v.puzzles.iter().zip(&ps) {
        assert_eq!(
            &want.puzzles, &got["puzzles"],
            "seed {} level {}",
            want.seed, want.level
        );
        assert_eq!(json!(want.answers), got["answers"]);
    }
    for r in v.rounds {
        let out = FruitMath
            .replay(r.seed, r.level, &Value::Null, &log(&r.answers))
            .unwrap();
        assert_eq!(
            (out.score, out.stars, out.passed, FruitMath.coins(&out)),
            (r.score, r.stars, r.passed, r.coins)
        );
    }
    assert_eq!(rounds.len(), 11);
}

/// `FRUIT_MATH_VECTORS=1 cargo test -p games fruit_math` writes the vectors again.
#[test]
fn write_vectors_when_asked() {
    if std::env::var("FRUIT_MATH_VECTORS").is_err() {
        return;
    }
    let (puzzles, rounds) = vector_cases();
    let text = serde_json::to_string(&json!({"puzzles": puzzles, "rounds": rounds})).unwrap();
    std::fs::write("vectors/fruit-math.json", text + "\n").unwrap();
}
