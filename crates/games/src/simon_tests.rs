use serde::Deserialize;

use super::*;

#[derive(Deserialize)]
struct Seq {
    seed: u32,
    seq: Vec<u32>,
}

#[derive(Deserialize)]
struct Game {
    seed: u32,
    taps: Vec<(i64, u32)>,
    score: i64,
    passed: bool,
    mistake: bool,
}

#[derive(Deserialize)]
struct Illegal {
    why: String,
    seed: u32,
    taps: Vec<(i64, u32)>,
}

#[derive(Deserialize)]
struct Vectors {
    sequences: Vec<Seq>,
    steps: Vec<(usize, i64)>,
    games: Vec<Game>,
    illegal: Vec<Illegal>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../vectors/simon.json")).unwrap()
}

fn log(taps: &[(i64, u32)]) -> Value {
    json!({"taps": taps.iter().map(|(ms, p)| json!([ms, p])).collect::<Vec<_>>()})
}

#[test]
fn the_seed_plays_the_same_sequence_as_the_page() {
    for v in vectors().sequences {
        assert_eq!(sequence(v.seed), v.seq, "seed {}", v.seed);
    }
}

#[test]
fn playback_speeds_up_from_800_ms_to_300_ms_as_the_page_plays_it() {
    for (k, ms) in vectors().steps {
        assert_eq!(step_ms(k), ms, "a turn of {k}");
    }
    assert_eq!((step_ms(1), step_ms(11), step_ms(50)), (800, 300, 300));
}

#[test]
fn whole_games_come_to_the_pages_score_and_end_where_it_ends() {
    for g in vectors().games {
        let tally = play(&sequence(g.seed), &g.taps).unwrap();
        assert_eq!(
            (tally.score, tally.mistake),
            (g.score, g.mistake),
            "seed {}",
            g.seed
        );
        let out = Simon
            .replay(g.seed, 1, &Simon.config(1, "uz"), &log(&g.taps))
            .unwrap();
        assert_eq!((out.score, out.stars, out.passed), (g.score, 0, g.passed));
    }
}

#[test]
fn the_replay_refuses_the_taps_the_rules_do_not_allow() {
    for bad in vectors().illegal {
        let got = Simon.replay(bad.seed, 1, &Value::Null, &log(&bad.taps));
        assert!(
            matches!(got, Err(ReplayError::Illegal(_))),
            "{}: {got:?}",
            bad.why
        );
    }
}

#[test]
fn a_log_that_is_not_taps_is_malformed_and_coins_stop_at_ten() {
    for bad in [
        json!({}),
        json!({"taps": [[1]]}),
        json!({"taps": [["a", 1]]}),
    ] {
        let got = Simon.replay(1, 1, &Value::Null, &bad);
        assert!(matches!(got, Err(ReplayError::Malformed(_))), "{bad}");
    }
    let out = |score| Outcome {
        score,
        stars: 0,
        passed: true,
    };
    assert_eq!(
        (
            Simon.coins(&out(2)),
            Simon.coins(&out(9)),
            Simon.coins(&out(50))
        ),
        (0, 3, 10)
    );
}
