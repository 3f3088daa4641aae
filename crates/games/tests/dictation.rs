//! Dictation through the API: the server sends five items drawn from its seed, the answers
//! typed (with apostrophes as a phone types them) are replayed to the same score and stars; a
//! log the rules refuse is 422; the next level opens.

use axum::http::StatusCode;
use games::dictation::draw;
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn a_child_types_what_was_dictated_and_the_server_keeps_its_replayed_stars() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let rounds = "/api/v1/games/dictation/rounds";
    let locked = app
        .post(rounds, Some(&child.access), json!({"level": 2}))
        .await;
    assert_eq!(locked.json()["error"]["code"], "games_level_locked");

    let res = app
        .post(rounds, Some(&child.access), json!({"level": 1}))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let seed = round["seed"].as_u64().unwrap() as u32;
    let items = draw(seed, 1, "uz");
    assert_eq!(round["config"]["items"], json!(items));
    assert_eq!(round["config"]["kind"], "words");
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let back = json!({"log": {"answers": [[900, "a"], [100, "b"]]}});
    let refused = app.post(&finish, Some(&child.access), back).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "time going back"
    );

    // As a phone types them: capitals, a plain apostrophe, a full stop and spaces around.
    let typed: Vec<_> = items
        .iter()
        .enumerate()
        .map(|(i, w)| {
            json!([
                2000 * (i + 1),
                format!(" {}. ", w.to_uppercase().replace('ʻ', "'"))
            ])
        })
        .collect();
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"answers": typed}, "claimed_score": 50}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (r["score"].clone(), r["stars"].clone(), r["passed"].clone()),
        (json!(50), json!(3), json!(true))
    );
    assert_eq!(
        (r["coins"].clone(), r["mismatch"].clone()),
        (json!(6), json!(false))
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
async fn two_right_answers_of_five_pass_nothing() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let round = app
        .post(
            "/api/v1/games/dictation/rounds",
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    let items = draw(round["seed"].as_u64().unwrap() as u32, 1, "uz");
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let log = json!({"log": {"answers": [[1000, items[0]], [2000, items[1]], [3000, "zzz"]]}});
    let r = app.post(&finish, Some(&child.access), log).await.json();
    assert_eq!(
        (r["stars"].clone(), r["passed"].clone(), r["coins"].clone()),
        (json!(0), json!(false), json!(0))
    );
}

#[tokio::test]
async fn a_visitor_sees_a_hundred_levels_and_a_level_offers_the_letters_phones_lack() {
    let app = TestApp::spawn().await;
    let map = app.get("/games/dictation", None).await;
    assert_eq!(map.status, StatusCode::OK, "{}", map.text);
    assert!(map.text.contains("Diktant"));
    assert!(map.text.contains("natijang saqlanmaydi"));
    assert!(map.text.contains("href=\"/games/dictation/100\""));
    let level = app.get("/games/dictation/41", None).await;
    assert_eq!(level.status, StatusCode::OK, "{}", level.text);
    assert!(
        level.text.contains("data-key=\"oʻ\""),
        "the letters phones lack"
    );
    assert!(
        level.text.contains("Soʻz birikmalari"),
        "level 41 dictates phrases"
    );
    assert_eq!(
        app.get("/games/dictation/101", None).await.status,
        StatusCode::NOT_FOUND
    );
}
