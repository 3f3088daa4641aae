//! A round from start to finish: the server replays the page's moves and keeps its own score,
//! once, in time, for the child who started it.

use axum::http::StatusCode;
use games::g2048::Play;
use serde_json::{json, Value};
use testkit::TestApp;

/// Moves a page could send for this seed, and the score they make.
pub(crate) fn moves_for(seed: u32, n: usize) -> (String, i64) {
    let mut play = Play::new(seed);
    let mut moves = String::new();
    for i in 0..n {
        let d = ['L', 'D', 'R', 'U'][i % 4];
        play.step(d);
        moves.push(d);
    }
    (moves, play.score)
}

pub(crate) async fn start(
    app: &TestApp,
    access: &str,
    game: &str,
    body: Value,
) -> testkit::TestResponse {
    app.post(&format!("/api/v1/games/{game}/rounds"), Some(access), body)
        .await
}

#[tokio::test]
async fn the_server_keeps_the_score_of_its_own_replay_once() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Bekzod").await;
    let res = start(&app, &child.access, "2048", json!({})).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let (id, seed) = (
        round["round_id"].as_i64().unwrap(),
        round["seed"].as_u64().unwrap(),
    );
    assert_eq!(
        (round["level"].clone(), round["config"]["goal"].clone()),
        (json!(1), json!(2048))
    );

    let (moves, score) = moves_for(seed as u32, 120);
    assert!(score > 0);
    let finish = format!("/api/v1/games/rounds/{id}/finish");
    let body = json!({"log": {"moves": moves}, "claimed_score": score + 5000});
    let other = app.post(&finish, Some(&parent.access), body.clone()).await;
    assert_eq!(
        other.status,
        StatusCode::NOT_FOUND,
        "someone else's round does not exist for them"
    );
    let done = app.post(&finish, Some(&child.access), body.clone()).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(r["score"], score, "the replay's score, not the claimed one");
    assert_eq!(r["mismatch"], true);
    assert_eq!(r["coins"], (score / 400).min(20));
    let again = app.post(&finish, Some(&child.access), body).await;
    assert_eq!(
        (again.status, again.json()["error"]["code"].clone()),
        (StatusCode::CONFLICT, json!("games_round_finished"))
    );
    let progress = app
        .get("/api/v1/games/me/progress", Some(&child.access))
        .await
        .json();
    let level = &progress["levels"][0];
    assert_eq!(
        (
            level["game"].clone(),
            level["best_score"].clone(),
            level["plays"].clone()
        ),
        (json!("2048"), json!(score), json!(1))
    );
    assert_eq!(app.count("game_rounds").await, 1);
}

#[tokio::test]
async fn a_log_that_does_not_replay_or_comes_too_late_changes_nothing() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let round = start(&app, &child.access, "2048", json!({})).await.json();
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    for log in [json!({"moves": "LRX"}), json!({"moves": 7}), json!({})] {
        let res = app
            .post(&finish, Some(&child.access), json!({"log": log}))
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{log}: {}",
            res.text
        );
        assert!(!res.json()["error"]["message"].as_str().unwrap().is_empty());
    }
    app.advance_ms(7 * 3600 * 1000);
    let child = app.login(&child.id, testkit::PASSWORD).await;
    let late = app
        .post(&finish, Some(&child.access), json!({"log": {"moves": "L"}}))
        .await;
    assert_eq!(late.json()["error"]["code"], "games_round_expired");
    let progress = app
        .get("/api/v1/games/me/progress", Some(&child.access))
        .await
        .json();
    assert_eq!(progress["levels"], json!([]));

    let unknown = start(&app, &child.access, "chess", json!({})).await;
    assert_eq!(unknown.json()["error"]["code"], "games_not_found");
    let level = start(&app, &child.access, "2048", json!({"level": 2})).await;
    assert_eq!(level.status, StatusCode::UNPROCESSABLE_ENTITY);
    let anonymous = app.post("/api/v1/games/2048/rounds", None, json!({})).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}
