//! A Tetris round through the API: the server replays the page's ticks and inputs and keeps
//! its own score.

use axum::http::StatusCode;
use games::tetris::{self, Input, Play};
use serde_json::{json, Value};
use testkit::TestApp;

/// A log that slides each piece to a side in turn and hard-drops it until the stack tops
/// out, and the score the server's rules give it.
fn log_for(seed: u32) -> (Value, i64, bool) {
    let mut play = Play::new(seed);
    let mut inputs = Vec::new();
    let mut n = 0;
    while !play.over && play.tick < 20_000 {
        let t = play.tick;
        let moves = [("L", Input::Left), ("R", Input::Right)][n % 2];
        for _ in 0..(n % 5) {
            inputs.push(json!([t, moves.0]));
            play.input(moves.1);
        }
        inputs.push(json!([t, "SD"]));
        play.input(Input::SoftOn);
        for _ in 0..8 {
            play.step();
        }
        if play.over {
            break;
        }
        inputs.push(json!([play.tick, "HD"]));
        play.input(Input::HardDrop);
        play.step();
        n += 1;
    }
    let log = json!({"inputs": inputs, "ticks": play.tick});
    let (ticks, parsed) = tetris::parse_log(&log).unwrap();
    let replayed = tetris::run(seed, ticks, &parsed);
    assert_eq!(replayed.score, play.score);
    (log, play.score, play.over)
}

#[tokio::test]
async fn a_tetris_round_is_scored_by_the_servers_replay_of_ticks_and_inputs() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let res = app
        .post(
            "/api/v1/games/tetris/rounds",
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    assert_eq!(round["config"]["tps"], 60);
    let seed = round["seed"].as_u64().unwrap() as u32;
    let (log, score, over) = log_for(seed);
    assert!(over && score > 0, "the stack topped out with points");

    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": log, "claimed_score": score}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (
            r["score"].clone(),
            r["mismatch"].clone(),
            r["coins"].clone()
        ),
        (json!(score), json!(false), json!((score / 500).min(20)))
    );
}

#[tokio::test]
async fn a_tetris_log_with_inputs_out_of_order_is_refused_and_the_round_stays_open() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let round = app
        .post(
            "/api/v1/games/tetris/rounds",
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let bad = json!({"log": {"inputs": [[9, "HD"], [2, "HD"]], "ticks": 10}});
    let res = app.post(&finish, Some(&child.access), bad).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    let good = json!({"log": {"inputs": [[0, "HD"]], "ticks": 1}});
    let res = app.post(&finish, Some(&child.access), good).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(
        res.json()["score"],
        40,
        "a hard drop from just above the field: 20 rows × 2"
    );
}
