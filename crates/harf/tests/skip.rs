//! Skipping a listening activity on a device with no voice: marked skipped, not failed.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

fn url(card: &str, activity: &str) -> String {
    format!("/api/v1/harf/cards/{card}/activities/{activity}")
}

#[tokio::test]
async fn a_child_without_a_voice_skips_the_listening_activities_and_still_learns_the_card() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Jasur", "jasur@mail.uz").await;
    let tok = Some(kid.access.as_str());
    for (activity, result) in [
        ("trace", json!({"coverage": 0.9, "outside": 0.1})),
        ("find", json!({"correct": 5, "total": 5})),
        ("first_sound", json!({"correct": 4, "total": 4})),
    ] {
        assert_eq!(
            app.post(&url("uz-a", activity), tok, result).await.status,
            200
        );
    }
    let first = app
        .post(&(url("uz-a", "listen") + "/skip"), tok, json!({}))
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    let first = first.json();
    assert_eq!(
        (first["skipped"].as_bool(), first["stars"].as_i64()),
        (Some(true), Some(0))
    );
    assert_eq!(first["learned"], false);
    let last = app
        .post(&(url("uz-a", "listen_choose") + "/skip"), tok, json!({}))
        .await
        .json();
    assert_eq!(last["newly_learned"], true);
    assert_eq!(last["coins"], 5);
    assert_eq!(last["next_card"], "uz-b");
    let cards = app.get("/api/v1/harf/alphabets/uz/cards", tok).await.json();
    let state = &cards["cards"][0]["state"];
    assert_eq!(state["skipped"], json!(["listen", "listen_choose"]));
    assert_eq!(state["total"], 9, "skipping earns no stars");
    assert_eq!(cards["cards"][1]["state"]["unlocked"], true);
}

#[tokio::test]
async fn skipping_keeps_the_stars_already_earned() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Nodira", "nodira@mail.uz").await;
    let tok = Some(kid.access.as_str());
    app.post(&url("ru-a", "listen"), tok, json!({"completed": true}))
        .await;
    let skipped = app
        .post(&(url("ru-a", "listen") + "/skip"), tok, json!({}))
        .await
        .json();
    assert_eq!(skipped["best_stars"], 3);
    let cards = app.get("/api/v1/harf/alphabets/ru/cards", tok).await.json();
    assert_eq!(cards["cards"][0]["state"]["stars"]["listen"], 3);
}

#[tokio::test]
async fn only_listening_activities_of_open_cards_can_be_skipped() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Bek", "bek@mail.uz").await;
    let tok = Some(kid.access.as_str());
    for activity in ["trace", "find", "first_sound", "say"] {
        let res = app
            .post(&(url("uz-a", activity) + "/skip"), tok, json!({}))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{activity}");
        assert_eq!(res.error_code(), "harf_not_skippable");
    }
    assert_eq!(app.count("harf_progress").await, 0, "nothing written");
    let locked = app
        .post(&(url("uz-b", "listen") + "/skip"), tok, json!({}))
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    assert_eq!(locked.error_code(), "harf_card_locked");
    let unknown = app
        .post(&(url("uz-a", "dance") + "/skip"), tok, json!({}))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let anon = app
        .post(&(url("uz-a", "listen") + "/skip"), None, json!({}))
        .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("harf_progress").await, 0);
}
