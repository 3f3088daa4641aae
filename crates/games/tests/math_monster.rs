//! Math Monster through the API: the questions come without answers, the server counts the
//! right ones itself, and the next range opens after three-star levels.

use axum::http::StatusCode;
use games::math_monster::{questions, split};
use serde_json::{json, Value};
use testkit::TestApp;

/// The answers a page would send for a round, `right` of them right.
fn answers(seed: u32, level: u32, right: usize) -> Value {
    let (range, n) = split(level);
    let picked: Vec<Value> = questions::draw(seed, range, n)
        .iter()
        .enumerate()
        .map(|(i, q)| match i < right {
            true => json!([900 + i * 100, q.answer]),
            false => json!([900, (q.answer + 1) % 4]),
        })
        .collect();
    json!({ "answers": picked })
}

async fn play(app: &TestApp, access: &str, level: u32, right: usize) -> Value {
    let path = "/api/v1/games/math-monster/rounds";
    let started = app.post(path, Some(access), json!({"level": level})).await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.text);
    let round = started.json();
    let seed = round["seed"].as_u64().unwrap() as u32;
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let body = json!({"log": answers(seed, level, right), "claimed_score": 100});
    let done = app.post(&finish, Some(access), body).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    done.json()
}

#[tokio::test]
async fn a_round_sends_questions_without_answers_and_the_server_counts_the_right_ones() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let path = "/api/v1/games/math-monster/rounds";
    let round = app.post(path, Some(&child.access), json!({})).await.json();
    let qs = round["config"]["questions"].as_array().unwrap();
    assert_eq!(qs.len(), 10);
    assert!(qs.iter().all(|q| q.get("answer").is_none()));
    assert_eq!(qs[0]["options"].as_array().unwrap().len(), 4);

    let r = play(&app, &child.access, 1, 7).await;
    assert_eq!(
        (r["score"].clone(), r["stars"].clone(), r["passed"].clone()),
        (json!(70), json!(2), json!(true))
    );
    assert_eq!(r["coins"], 14, "two coins a right answer");
    assert_eq!(r["mismatch"], true, "the page claimed 100");
    let r = play(&app, &child.access, 2, 4).await;
    assert_eq!(
        (r["passed"].clone(), r["coins"].clone()),
        (json!(false), json!(0))
    );
    let locked = app
        .post(path, Some(&child.access), json!({"level": 3}))
        .await;
    assert_eq!(locked.json()["error"]["code"], "games_level_locked");
}

#[tokio::test]
async fn five_three_star_levels_of_easy_open_medium() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let path = "/api/v1/games/math-monster/rounds";
    let medium = json!({"level": 51});
    for level in 1..=4 {
        play(&app, &child.access, level, 10).await;
    }
    let locked = app.post(path, Some(&child.access), medium.clone()).await;
    assert_eq!(locked.json()["error"]["code"], "games_level_locked");
    play(&app, &child.access, 5, 10).await;
    let open = app.post(path, Some(&child.access), medium).await;
    assert_eq!(open.status, StatusCode::CREATED, "{}", open.text);
    assert_eq!(open.json()["config"]["range"], "medium");
}
