//! Fruit math through the API: a level's puzzles drawn by the server's seed, answered with the
//! options the Rust rules know are right, replayed to three stars; the next level opens.

use axum::http::StatusCode;
use games::fruit_math::puzzles::level;
use serde_json::{json, Value};
use testkit::TestApp;

#[tokio::test]
async fn a_child_answers_level_one_right_at_once_and_the_next_level_opens() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let start = |lvl: u32| {
        app.post(
            "/api/v1/games/fruit-math/rounds",
            Some(&child.access),
            json!({"level": lvl}),
        )
    };
    assert_eq!(start(2).await.status, StatusCode::CONFLICT, "level 2 waits");
    let res = start(1).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let seed = round["seed"].as_u64().unwrap() as u32;
    let puzzles = level(seed, 1);
    let sent = round["config"]["puzzles"].as_array().unwrap();
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0]["options"], json!(puzzles[0].options));
    assert!(sent[0].get("answer").is_none() && sent[0].get("values").is_none());
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let wrong = (puzzles[0].right + 1) % 4;
    let twice = json!({"log": {"answers": [[1000, wrong], [2000, wrong]]}});
    let refused = app.post(&finish, Some(&child.access), twice).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a wrong option twice"
    );

    let answers: Vec<Value> = puzzles
        .iter()
        .enumerate()
        .map(|(i, p)| json!([3000 * (i + 1), p.right]))
        .collect();
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"answers": answers}, "claimed_score": 30}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        [
            &r["score"],
            &r["stars"],
            &r["passed"],
            &r["coins"],
            &r["mismatch"]
        ],
        [
            &json!(30),
            &json!(3),
            &json!(true),
            &json!(6),
            &json!(false)
        ]
    );
    assert_eq!(start(2).await.status, StatusCode::CREATED, "level 2 opens");
}

#[tokio::test]
async fn a_visitor_sees_a_hundred_levels_and_plays_a_level_drawn_into_the_page() {
    let app = TestApp::spawn().await;
    let map = app.get("/games/fruit-math", None).await;
    assert_eq!(map.status, StatusCode::OK, "{}", map.text);
    assert!(map.text.contains("Qiziqarli sonlar"));
    assert!(map.text.contains("natijang saqlanmaydi"));
    assert!(map.text.contains("href=\"/games/fruit-math/100\""));
    let page = app.get("/games/fruit-math/80", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("\"puzzles\":[{"));
    assert!(page.text.contains("qavs"), "tier 4 says how brackets work");
    let missing = app.get("/games/fruit-math/101", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}
