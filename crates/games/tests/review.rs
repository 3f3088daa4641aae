//! Moderators see the rounds whose page claimed another score than the server's replay.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::rounds::{moves_for, start};

#[tokio::test]
async fn a_moderator_sees_a_round_whose_claim_differed_and_a_child_cannot() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod Aliyev").await;
    for claimed_extra in [0, 5000] {
        let round = start(&app, &child.access, "2048", json!({})).await.json();
        let (moves, score) = moves_for(round["seed"].as_u64().unwrap() as u32, 80);
        let path = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
        let body = json!({"log": {"moves": moves}, "claimed_score": score + claimed_extra});
        assert_eq!(
            app.post(&path, Some(&child.access), body).await.status,
            StatusCode::OK
        );
    }
    let denied = app
        .get("/api/v1/games/mismatches", Some(&child.access))
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);

    let moderator = app.moderator("mod@alif24.uz").await;
    let res = app
        .get("/api/v1/games/mismatches", Some(&moderator.access))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let review = res.json();
    let rounds = review["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 1, "only the round whose claim differed");
    let r = &rounds[0];
    assert_eq!(
        r["claimed"].as_i64().unwrap() - r["kept"].as_i64().unwrap(),
        5000
    );
    assert_eq!(r["player"], "Bekzod Aliyev");
    assert_eq!(r["player_id"], child.user["id"]);
    assert_eq!(
        review["week"],
        json!([{"game": "2048", "rounds": 2, "mismatches": 1}])
    );

    let mut b = app.browser();
    b.get("/login").await;
    b.post_form(
        "/login",
        &[("login", "mod@alif24.uz"), ("password", testkit::PASSWORD)],
    )
    .await;
    let page = b.get("/games/review").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Bekzod Aliyev") && page.text.contains("data-round="));
    let menu = b.get("/dashboard").await;
    assert!(
        menu.text.contains("href=\"/games/review\""),
        "the moderator's menu leads there"
    );
}
