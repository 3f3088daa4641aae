use serde::Deserialize;
use serde_json::{json, Value};

use super::questions::{draw, Range};
use super::{split, stars, MathMonster};
use crate::rules::{LevelDone, Rules};

#[derive(Deserialize)]
struct Vectors {
    questions: Vec<Drawn>,
    rounds: Vec<Round>,
}

#[derive(Deserialize)]
struct Drawn {
    seed: u32,
    level: u32,
    questions: Vec<Value>,
}

#[derive(Deserialize)]
struct Round {
    seed: u32,
    level: u32,
    answers: Value,
    right: i64,
    score: i64,
    stars: u8,
    passed: bool,
    coins: i64,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../../vectors/math-monster.json")).unwrap()
}

#[test]
fn the_questions_of_a_seed_are_the_vectors_questions() {
    for v in vectors().questions {
        let (range, n) = split(v.level);
        let drawn: Vec<Value> = draw(v.seed, range, n)
            .iter()
            .map(|q| serde_json::to_value(q).unwrap())
            .collect();
        assert_eq!(drawn, v.questions, "seed {} level {}", v.seed, v.level);
    }
}

#[test]
fn rounds_replay_to_the_vectors_right_answers_stars_and_coins() {
    for r in vectors().rounds {
        let out = MathMonster
            .replay(r.seed, r.level, &json!({}), &json!({"answers": r.answers}))
            .unwrap();
        assert_eq!(out.score, r.right * 10);
        assert_eq!(
            (out.score, out.stars, out.passed, MathMonster.coins(&out)),
            (r.score, r.stars, r.passed, r.coins),
            "seed {} level {}",
            r.seed,
            r.level
        );
    }
}

#[test]
fn every_question_stays_in_its_range_with_four_different_options_near_the_answer() {
    for level in 1..=150 {
        let (range, n) = split(level);
        let (lo, hi) = range.bounds();
        for seed in 0..40 {
            for q in draw(seed * 7919 + level, range, n) {
                assert_eq!(q.terms.len(), if n <= 10 { 2 } else { 3 });
                let mut sum = 0;
                for t in &q.terms {
                    assert!((lo..=hi).contains(&t.abs()), "{:?} in {range:?}", q.terms);
                    sum += t;
                    assert!((0..=hi).contains(&sum), "{:?} stays in 0..={hi}", q.terms);
                }
                assert_eq!(q.options[q.answer], sum);
                for (i, o) in q.options.iter().enumerate() {
                    assert!(*o >= 0 && (o - sum).abs() <= 10, "{:?}", q.options);
                    assert!(!q.options[..i].contains(o), "{:?}", q.options);
                }
            }
        }
    }
}

#[test]
fn stars_come_at_five_seven_and_ten_right() {
    let got: Vec<u8> = (0..=10).map(stars).collect();
    assert_eq!(got, [0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 3]);
}

#[test]
fn the_platform_level_maps_onto_three_ranges_of_fifty() {
    assert_eq!(split(1), (Range::Easy, 1));
    assert_eq!(split(50), (Range::Easy, 50));
    assert_eq!(split(51), (Range::Medium, 1));
    assert_eq!(split(150), (Range::Hard, 50));
}

fn done(level: u32, stars: u8) -> LevelDone {
    LevelDone {
        level,
        stars,
        passed: stars > 0,
    }
}

#[test]
fn a_range_opens_after_level_ten_below_or_five_three_star_levels() {
    let m = MathMonster;
    assert!(m.opens(1, &[]));
    assert!(!m.opens(2, &[]));
    assert!(m.opens(2, &[done(1, 1)]));
    assert!(!m.opens(51, &[done(1, 3), done(2, 3), done(3, 2), done(4, 3)]));
    assert!(m.opens(51, &[done(10, 1)]));
    let stars: Vec<LevelDone> = [1, 2, 3, 4, 5].map(|l| done(l, 3)).to_vec();
    assert!(m.opens(51, &stars));
    assert!(!m.opens(101, &stars), "easy's stars do not open hard");
    assert!(m.opens(101, &[done(60, 1)]));
    assert!(
        !m.opens(52, &stars),
        "medium's level 2 needs medium's level 1"
    );
}

#[test]
fn logs_that_are_not_answers_do_not_replay() {
    for log in [
        json!({}),
        json!({"answers": 3}),
        json!({"answers": [[100, 4]]}),
        json!({"answers": [[-1, 0]]}),
        json!({"answers": [[100]]}),
        json!({"answers": vec![[1, 0]; 11]}),
    ] {
        assert!(MathMonster.replay(1, 1, &json!({}), &log).is_err(), "{log}");
    }
}

/// Writes the vectors from these rules: `MM_WRITE_VECTORS=1 cargo test -p games write_`.
#[test]
fn write_vectors_when_asked() {
    if std::env::var("MM_WRITE_VECTORS").is_err() {
        return;
    }
    let mut questions = Vec::new();
    let mut rounds = Vec::new();
    for (i, level) in [1u32, 7, 11, 50, 51, 63, 101, 150].iter().enumerate() {
        let seed = 12_345 + i as u32 * 1_000_003;
        let (range, n) = split(*level);
        let qs = draw(seed, range, n);
        questions.push(json!({"seed": seed, "level": level, "questions": qs}));
        for right in [10usize, 7, 5, 4] {
            let answers: Vec<Value> = qs
                .iter()
                .enumerate()
                .map(|(k, q)| {
                    let o = if k < right {
                        q.answer
                    } else {
                        (q.answer + 1) % 4
                    };
                    json!([1200 + k * 300, o])
                })
                .collect();
            let out = MathMonster
                .replay(seed, *level, &json!({}), &json!({"answers": answers}))
                .unwrap();
            let config = MathMonster.round_config(seed, *level, "uz");
            rounds.push(json!({"seed": seed, "level": level, "config": config,
                "answers": answers, "right": right, "score": out.score, "stars": out.stars,
                "passed": out.passed, "coins": MathMonster.coins(&out)}));
        }
    }
    let text = serde_json::to_string(&json!({"questions": questions, "rounds": rounds}));
    std::fs::write("vectors/math-monster.json", text.unwrap() + "\n").unwrap();
}
