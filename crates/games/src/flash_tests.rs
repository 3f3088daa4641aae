use serde::Deserialize;

use super::*;

#[derive(Deserialize)]
struct LevelVector {
    level: u32,
    shown: usize,
    options: usize,
    show_ms: i64,
}

#[derive(Deserialize)]
struct DealVector {
    seed: u32,
    level: u32,
    shown: Vec<usize>,
    tiles: Vec<usize>,
}

#[derive(Deserialize)]
struct Game {
    seed: u32,
    level: u32,
    picks: Vec<(i64, usize)>,
    right: i64,
    wrong: i64,
    score: i64,
    stars: u8,
    passed: bool,
}

#[derive(Deserialize)]
struct Illegal {
    why: String,
    seed: u32,
    level: u32,
    picks: Vec<(i64, usize)>,
}

#[derive(Deserialize)]
struct Vectors {
    levels: Vec<LevelVector>,
    deals: Vec<DealVector>,
    games: Vec<Game>,
    illegal: Vec<Illegal>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../vectors/flash.json")).unwrap()
}

fn log(picks: &[(i64, usize)]) -> Value {
    json!({"picks": picks.iter().map(|(ms, t)| json!([ms, t])).collect::<Vec<_>>()})
}

#[test]
fn each_level_shows_the_pages_counts_for_the_pages_time() {
    for v in vectors().levels {
        let c = Flash.config(v.level, "uz");
        assert_eq!(
            (
                c["shown"].clone(),
                c["options"].clone(),
                c["show_ms"].clone()
            ),
            (json!(v.shown), json!(v.options), json!(v.show_ms)),
            "level {}",
            v.level
        );
    }
    assert_eq!((shown(1), options(1), show_ms(1)), (2, 6, 5000));
    assert_eq!((shown(100), options(100), show_ms(100)), (12, 18, 800));
}

#[test]
fn the_seed_flashes_and_lays_out_the_same_pictures_as_the_page() {
    for v in vectors().deals {
        let d = deal(v.seed, EMOJIS.len(), shown(v.level), options(v.level));
        assert_eq!(
            (d.shown, d.tiles),
            (v.shown, v.tiles),
            "seed {} level {}",
            v.seed,
            v.level
        );
    }
}

#[test]
fn whole_rounds_replay_to_the_pages_score_and_stars() {
    for g in vectors().games {
        let d = deal(g.seed, EMOJIS.len(), shown(g.level), options(g.level));
        assert_eq!(
            tally(&d, &g.picks),
            Ok(Tally {
                right: g.right,
                wrong: g.wrong
            })
        );
        let out = Flash.replay(g.seed, g.level, &Value::Null, &log(&g.picks));
        assert_eq!(
            out,
            Ok(Outcome {
                score: g.score,
                stars: g.stars,
                passed: g.passed
            }),
            "seed {} level {}",
            g.seed,
            g.level
        );
    }
}

#[test]
fn picks_the_rules_do_not_allow_are_refused() {
    for bad in vectors().illegal {
        let out = Flash.replay(bad.seed, bad.level, &Value::Null, &log(&bad.picks));
        assert!(out.is_err(), "{}", bad.why);
    }
    let malformed = Flash.replay(1, 1, &Value::Null, &json!({"picks": [[1]]}));
    assert!(matches!(malformed, Err(ReplayError::Malformed(_))));
}

#[test]
fn every_picture_is_one_emoji_and_no_two_are_alike() {
    let mut seen = std::collections::HashSet::new();
    for e in EMOJIS {
        assert_eq!(e.chars().count(), 1, "{e} is one code point");
        assert!(seen.insert(e), "{e} twice");
    }
    assert!(EMOJIS.len() >= options(LEVELS));
}

#[test]
fn coins_are_the_stars() {
    let o = |stars| Outcome {
        score: 0,
        stars,
        passed: stars > 0,
    };
    assert_eq!((Flash.coins(&o(0)), Flash.coins(&o(3))), (0, 3));
}
