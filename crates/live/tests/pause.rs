//! The host stops and restarts the clock, closes a question to show its results, and a host
//! screen that reconnects mid-question sees the question it missed.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, game, test_of, two_plus_two, Phone};

#[tokio::test]
async fn a_paused_question_takes_no_answers_and_goes_on_with_the_time_it_had_left() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two(), two_plus_two()]).await;
    let (game_id, pin) = game(&app, &teacher, test, "classic").await;
    let (mut ali, _) = Phone::join(addr, &pin, "Ali").await;
    let (mut vali, _) = Phone::join(addr, &pin, "Vali").await;
    let pause = format!("/api/v1/live/games/{game_id}/pause");
    let res = app.post(&pause, Some(&teacher.access), json!({})).await;
    assert_eq!(
        (res.status, res.json()["error"]["code"].clone()),
        (StatusCode::CONFLICT, json!("live_nothing_open")),
        "nothing to pause in the lobby"
    );

    control(&app, &teacher, game_id, "start").await;
    ali.next_of("question").await;
    vali.next_of("question").await;
    ali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(ali.next_of("ack").await["accepted"], true);

    control(&app, &teacher, game_id, "pause").await;
    assert_eq!(vali.next_of("paused").await["question"], 0);
    assert_eq!(ali.next_of("paused").await["question"], 0);
    let res = app.post(&pause, Some(&teacher.access), json!({})).await;
    assert_eq!(res.json()["error"]["code"], "live_already_paused");
    vali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    let refused = vali.next_of("ack").await;
    assert_eq!(
        (refused["accepted"].clone(), refused["reason"].clone()),
        (json!(false), json!("paused"))
    );

    // A host screen opened now sees the question, its answers so far and the pause.
    let mut screen = Phone::host(addr, game_id, &teacher.access).await;
    let state = screen.next_of("state").await;
    assert_eq!(state["paused"], true, "{state}");
    let q = screen.next_of("question").await;
    assert_eq!(q["question"], 0);
    assert!(q["time_limit_ms"].as_u64().unwrap() <= 20_000, "{q}");
    assert_eq!(screen.next_of("answers").await["count"], 1);
    screen.next_of("paused").await;

    control(&app, &teacher, game_id, "resume").await;
    vali.next_of("unpaused").await;
    let again = vali.next_of("question").await;
    assert_eq!(again["question"], 0);
    let left = again["time_limit_ms"].as_u64().unwrap();
    assert!(left > 0 && left <= 20_000, "{again}");
    assert_eq!(screen.next_of("unpaused").await["question"], 0);
    let res = app
        .post(
            &format!("/api/v1/live/games/{game_id}/resume"),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.json()["error"]["code"], "live_not_paused");
    vali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(vali.next_of("ack").await["accepted"], true);
    let r = vali.next_of("result").await;
    assert_eq!(r["correct"], true, "{r}");
    assert!((500..=1000).contains(&r["points"].as_u64().unwrap()), "{r}");
}

#[tokio::test]
async fn closing_a_question_shows_its_results_and_waits_for_the_next() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two(), two_plus_two()]).await;
    let (game_id, pin) = game(&app, &teacher, test, "kids").await;
    let (mut ali, _) = Phone::join(addr, &pin, "Ali").await;
    let (_vali, _) = Phone::join(addr, &pin, "Vali").await;
    control(&app, &teacher, game_id, "start").await;
    ali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    ali.next_of("ack").await;
    control(&app, &teacher, game_id, "close").await;
    assert_eq!(ali.next_of("result").await["points"], 100);

    // The host screen reconnects between questions: it sees the results again.
    let mut screen = Phone::host(addr, game_id, &teacher.access).await;
    assert_eq!(screen.next_of("state").await["game"]["phase"], "closed");
    let results = screen.next_of("results").await;
    assert_eq!(
        (results["question"].clone(), results["correct"].clone()),
        (json!(0), json!(1))
    );

    let res = app
        .post(
            &format!("/api/v1/live/games/{game_id}/close"),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.json()["error"]["code"], "live_nothing_open");
    control(&app, &teacher, game_id, "next").await;
    assert_eq!(ali.next_of("question").await["question"], 1);
    assert_eq!(screen.next_of("question").await["question"], 1);
}
