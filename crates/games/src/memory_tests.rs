use serde::Deserialize;

use super::*;

#[derive(Deserialize)]
struct DeckVector {
    lang: String,
    level: u32,
    seed: u32,
    pool: usize,
    pairs: usize,
    picks: Vec<usize>,
    deck: Vec<usize>,
}

#[derive(Deserialize)]
struct Game {
    seed: u32,
    pool: usize,
    pairs: usize,
    flips: Vec<(i64, usize)>,
    moves: i64,
    score: i64,
    stars: u8,
    passed: bool,
}

#[derive(Deserialize)]
struct Illegal {
    why: String,
    seed: u32,
    pool: usize,
    pairs: usize,
    flips: Vec<(i64, usize)>,
}

#[derive(Deserialize)]
struct Vectors {
    decks: Vec<DeckVector>,
    games: Vec<Game>,
    illegal: Vec<Illegal>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../vectors/memory.json")).unwrap()
}

/// A config with a pool of `pool` entries (only its length matters to the replay).
fn config(pool: usize, pairs: usize) -> Value {
    json!({"pairs": pairs, "pool": vec![Value::Null; pool]})
}

fn log(flips: &[(i64, usize)]) -> Value {
    json!({"flips": flips.iter().map(|(ms, c)| json!([ms, c])).collect::<Vec<_>>()})
}

#[test]
fn the_seed_lays_out_the_same_cards_as_the_page() {
    for v in vectors().decks {
        let config = Memory.config(v.level, &v.lang);
        assert_eq!(config["pairs"], v.pairs);
        assert_eq!(
            config["pool"].as_array().unwrap().len(),
            v.pool,
            "{}",
            v.lang
        );
        let deck = deal(v.seed, v.pool, v.pairs);
        assert_eq!(
            (deck.picks, deck.deck),
            (v.picks, v.deck),
            "{} seed {}",
            v.lang,
            v.seed
        );
    }
}

#[test]
fn whole_games_replay_to_the_pages_moves_score_and_stars() {
    for g in vectors().games {
        let deck = deal(g.seed, g.pool, g.pairs);
        assert_eq!(play(&deck.deck, &g.flips).unwrap().moves, g.moves);
        let outcome = Memory
            .replay(g.seed, 1, &config(g.pool, g.pairs), &log(&g.flips))
            .unwrap();
        assert_eq!(
            outcome,
            Outcome {
                score: g.score,
                stars: g.stars,
                passed: g.passed
            },
            "seed {}",
            g.seed
        );
    }
}

#[test]
fn flips_the_rules_do_not_allow_are_refused() {
    for v in vectors().illegal {
        let replayed = Memory.replay(v.seed, 1, &config(v.pool, v.pairs), &log(&v.flips));
        assert!(
            matches!(replayed, Err(ReplayError::Illegal(_))),
            "{}: {replayed:?}",
            v.why
        );
    }
}

#[test]
fn a_log_that_is_not_flips_is_malformed_and_a_huge_one_too_long() {
    let c = config(25, 6);
    for bad in [
        json!({}),
        json!({"flips": 3}),
        json!({"flips": [[0]]}),
        json!({"flips": [[-1, "a"]]}),
    ] {
        assert!(
            matches!(
                Memory.replay(1, 1, &c, &bad),
                Err(ReplayError::Malformed(_))
            ),
            "{bad}"
        );
    }
    let huge: Vec<(i64, usize)> = (0..=MAX_FLIPS).map(|i| (i as i64, i % 2)).collect();
    assert_eq!(
        Memory.replay(1, 1, &c, &log(&huge)),
        Err(ReplayError::TooLong)
    );
}

#[test]
fn every_language_has_enough_pairs_for_the_hardest_level() {
    for lang in ["uz", "ru", "en"] {
        let config = Memory.config(3, lang);
        let pool = config["pool"].as_array().unwrap();
        assert!(pool.len() >= 15, "{lang}: {}", pool.len());
        assert!(pool
            .iter()
            .all(|p| !p["word"].as_str().unwrap().is_empty()
                && !p["emoji"].as_str().unwrap().is_empty()));
    }
}

#[test]
fn fewer_moves_and_less_time_score_more_and_stars_follow_moves() {
    assert!(score(6, 6, 10_000) > score(6, 9, 10_000));
    assert!(score(6, 9, 10_000) > score(6, 9, 30_000));
    assert_eq!(score(6, 20, 100_000), 600, "never below 100 a pair");
    assert_eq!(
        (stars(6, 9), stars(6, 10), stars(6, 12), stars(6, 13)),
        (3, 2, 2, 1)
    );
    let won = Outcome {
        score: 1990,
        stars: 3,
        passed: true,
    };
    assert_eq!(Memory.coins(&won), 8);
    assert_eq!(
        Memory.coins(&Outcome {
            passed: false,
            ..won
        }),
        0
    );
}
