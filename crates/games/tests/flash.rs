//! Flash memory through the API: a round dealt by the server's seed, the pictures picked by
//! the Rust rules, replayed to the same score and stars; the next level opens.

use axum::http::StatusCode;
use games::flash::{deal, EMOJIS};
use serde_json::{json, Value};
use testkit::TestApp;

/// The tiles that show a flashed picture, a second apart (`right` of them right, then wrong).
fn picks(seed: u32, config: &Value, right: usize) -> Vec<Value> {
    let n = |k: &str| config[k].as_u64().unwrap() as usize;
    let d = deal(seed, EMOJIS.len(), n("shown"), n("options"));
    let good = (0..d.tiles.len()).filter(|&i| d.shown.contains(&d.tiles[i]));
    let bad = (0..d.tiles.len()).filter(|&i| !d.shown.contains(&d.tiles[i]));
    good.take(right)
        .chain(bad.take(d.shown.len() - right))
        .enumerate()
        .map(|(k, tile)| json!([1000 * (k + 1), tile]))
        .collect()
}

#[tokio::test]
async fn a_child_picks_every_picture_seen_and_the_server_keeps_its_replayed_stars() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let rounds = "/api/v1/games/flash/rounds";
    let locked = app
        .post(rounds, Some(&child.access), json!({"level": 2}))
        .await;
    assert_eq!(locked.json()["error"]["code"], "games_level_locked");

    let res = app
        .post(rounds, Some(&child.access), json!({"level": 1}))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let config = &round["config"];
    assert_eq!(
        (
            config["shown"].clone(),
            config["options"].clone(),
            config["show_ms"].clone()
        ),
        (json!(2), json!(6), json!(5000))
    );
    let seed = round["seed"].as_u64().unwrap() as u32;
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let good = picks(seed, config, 2);

    let twice = json!({"log": {"picks": [good[0].clone(), good[0].clone()]}});
    let refused = app.post(&finish, Some(&child.access), twice).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the same tile twice"
    );

    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"picks": good}, "claimed_score": 20}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (r["score"].clone(), r["stars"].clone(), r["passed"].clone()),
        (json!(20), json!(3), json!(true))
    );
    assert_eq!(
        (r["coins"].clone(), r["mismatch"].clone()),
        (json!(3), json!(false))
    );

    let next = app
        .post(rounds, Some(&child.access), json!({"level": 2}))
        .await;
    assert_eq!(
        next.status,
        StatusCode::CREATED,
        "level 2 opens once level 1 is passed"
    );
}

#[tokio::test]
async fn wrong_picks_score_less_and_open_nothing() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let round = app
        .post("/api/v1/games/flash/rounds", Some(&child.access), json!({}))
        .await
        .json();
    let seed = round["seed"].as_u64().unwrap() as u32;
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let log = json!({"log": {"picks": picks(seed, &round["config"], 0)}, "claimed_score": 20});
    let r = app.post(&finish, Some(&child.access), log).await.json();
    assert_eq!(
        (
            r["score"].clone(),
            r["stars"].clone(),
            r["coins"].clone(),
            r["mismatch"].clone()
        ),
        (json!(0), json!(0), json!(0), json!(true))
    );
    let locked = app
        .post(
            "/api/v1/games/flash/rounds",
            Some(&child.access),
            json!({"level": 2}),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_page_shows_a_visitor_a_hundred_levels_and_says_nothing_is_kept() {
    let app = TestApp::spawn().await;
    let page = app.get("/games/flash", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Tez xotira"));
    assert!(page.text.contains("natijang saqlanmaydi"));
    assert!(page.text.contains("data-level=\"100\""));
}
