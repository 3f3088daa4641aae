//! A signed-in child plays under their account and is paid coins at the end, once.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, game, test_of, two_plus_two, Phone};

#[tokio::test]
async fn a_signed_in_child_plays_under_their_name_and_is_paid_once_at_the_end() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let child = app.register("student", "Bekzod", "bekzod@mail.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let (game_id, pin) = game(&app, &teacher, test, "kids").await;
    let before = coins(&app, &child.access).await;

    let mut phone = Phone::open(addr).await;
    let join = json!({"type": "join", "pin": pin, "name": "ignored", "token": child.access});
    phone.send(join).await;
    let joined = phone.next().await;
    assert_eq!(
        (joined["type"].clone(), joined["name"].clone()),
        (json!("joined"), json!("Bekzod"))
    );
    // The same child on a second phone gets the same player back.
    let mut second = Phone::open(addr).await;
    second
        .send(json!({"type": "join", "pin": pin, "name": "", "token": child.access}))
        .await;
    assert_eq!(second.next().await["player_id"], joined["player_id"]);
    assert_eq!(
        phone.next().await["code"],
        "live_replaced",
        "the older phone is told"
    );

    let mut fake = Phone::open(addr).await;
    fake.send(json!({"type": "join", "pin": pin, "name": "x", "token": "0".repeat(64)}))
        .await;
    assert_eq!(fake.next().await["code"], "live_token_invalid");

    control(&app, &teacher, game_id, "start").await;
    second.next_of("question").await;
    second
        .send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    second.next_of("result").await;
    control(&app, &teacher, game_id, "next").await;
    let over = second.next_of("game_over").await;
    // One right answer (2) and first place (10).
    assert_eq!(
        (over["rank"].clone(), over["coins"].clone()),
        (json!(1), json!(12))
    );
    assert_eq!(coins(&app, &child.access).await, before + 12);

    let results = app
        .get(
            &format!("/api/v1/live/games/{game_id}/results"),
            Some(&teacher.access),
        )
        .await;
    assert_eq!(results.status, StatusCode::OK);
    assert_eq!(results.json()["players"][0]["signed_in"], true);
}

async fn coins(app: &TestApp, access: &str) -> i64 {
    let res = app.get("/api/v1/coins", Some(access)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()["summary"]["balance"]
        .as_i64()
        .expect("a balance")
}
