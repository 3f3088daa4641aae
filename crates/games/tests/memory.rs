//! Letter Memory through the API: a round dealt by the server's seed, played with flips the
//! Rust rules choose, replayed to the same moves, score and stars; the next level opens.

use axum::http::StatusCode;
use games::memory::{deal, score, stars};
use serde_json::{json, Value};
use testkit::TestApp;

/// A perfect player's flips: each pair's two cards in turn, a second apart.
fn perfect_flips(seed: u32, config: &Value) -> (Vec<Value>, i64) {
    let pairs = config["pairs"].as_u64().unwrap() as usize;
    let pool = config["pool"].as_array().unwrap().len();
    let deck = deal(seed, pool, pairs).deck;
    let mut flips = Vec::new();
    let mut ms = 0;
    for pair in 0..pairs {
        for kind in 0..2 {
            ms += 1000;
            let card = deck.iter().position(|&c| c == 2 * pair + kind).unwrap();
            flips.push(json!([ms, card]));
        }
    }
    (flips, ms)
}

#[tokio::test]
async fn a_child_finds_every_pair_and_the_server_keeps_its_replayed_score() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let locked = app
        .post(
            "/api/v1/games/memory/rounds",
            Some(&child.access),
            json!({"level": 2}),
        )
        .await;
    assert_eq!(locked.json()["error"]["code"], "games_level_locked");

    let res = app
        .post(
            "/api/v1/games/memory/rounds",
            Some(&child.access),
            json!({"level": 1}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let config = &round["config"];
    assert_eq!(config["pairs"], 6);
    assert!(config["pool"].as_array().unwrap().len() >= 15);
    let seed = round["seed"].as_u64().unwrap() as u32;
    let (flips, ms) = perfect_flips(seed, config);
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let half = json!({"log": {"flips": flips[..6].to_vec()}});
    let cheat = json!({"log": {"flips": [flips[0].clone(), flips[0].clone()]}});
    let refused = app.post(&finish, Some(&child.access), cheat).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the same card twice"
    );

    let expected = score(6, 6, ms);
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"flips": flips}, "claimed_score": expected}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (r["score"].clone(), r["stars"].clone(), r["passed"].clone()),
        (json!(expected), json!(stars(6, 6)), json!(true))
    );
    assert_eq!(
        (r["mismatch"].clone(), r["coins"].clone()),
        (json!(false), json!(expected / 200))
    );

    let again = app.post(&finish, Some(&child.access), half).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let next = app
        .post(
            "/api/v1/games/memory/rounds",
            Some(&child.access),
            json!({"level": 2}),
        )
        .await;
    assert_eq!(
        next.status,
        StatusCode::CREATED,
        "level 2 opens once level 1 is done"
    );
    assert_eq!(next.json()["config"]["pairs"], 8);
}

#[tokio::test]
async fn a_round_left_unfinished_scores_nothing_and_opens_nothing() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let round = app
        .post(
            "/api/v1/games/memory/rounds",
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    let seed = round["seed"].as_u64().unwrap() as u32;
    let (flips, _) = perfect_flips(seed, &round["config"]);
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let r = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"flips": flips[..11].to_vec()}}),
        )
        .await
        .json();
    assert_eq!(
        (r["score"].clone(), r["passed"].clone(), r["coins"].clone()),
        (json!(0), json!(false), json!(0))
    );
    let locked = app
        .post(
            "/api/v1/games/memory/rounds",
            Some(&child.access),
            json!({"level": 2}),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_page_greets_a_visitor_in_their_language_and_says_nothing_is_kept() {
    let app = TestApp::spawn().await;
    let page = app.get("/games/memory", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Harflar xotirasi"));
    assert!(page.text.contains("natijang saqlanmaydi"));
    assert!(page.text.contains("data-level=\"3\""));
}
