//! A whole game over real sockets: joining, answering once and in time, results, coming back,
//! kicks and the host's controls.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, game, test_of, two_plus_two, Phone};

#[tokio::test]
async fn a_class_plays_a_game_from_pin_to_podium() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let tf = json!({"prompt": "Quyosh — yulduz.", "type": "true_false", "answer": true});
    let test = test_of(&app, &teacher, &[two_plus_two(), tf]).await;
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&teacher.access),
            json!({"test_id": test, "mode": "classic"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let created = res.json();
    let pin = created["pin"].as_str().unwrap().to_string();
    let game_id = created["game_id"].as_i64().unwrap();
    assert!(
        pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()),
        "{pin}"
    );
    assert!(created["join_url"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/play?pin={pin}")));

    let (mut ali, joined) = Phone::join(addr, &pin, "Ali").await;
    let resume_token = joined["resume_token"].as_str().unwrap().to_string();
    assert_eq!(joined["name"], "Ali");
    let (mut vali, _) = Phone::join(addr, &pin, "Vali").await;

    let mut twin = Phone::open(addr).await;
    twin.send(json!({"type": "join", "pin": pin, "name": "ALI"}))
        .await;
    assert_eq!(twin.next().await["code"], "live_name_taken");
    twin.send(json!({"type": "join", "pin": "000000", "name": "Sardor"}))
        .await;
    let unknown = twin.next().await;
    assert_eq!(unknown["code"], "live_game_not_found");
    assert!(
        !unknown["message"].as_str().unwrap().is_empty(),
        "{unknown}"
    );

    ali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    let early = ali.next_of("ack").await;
    assert_eq!(
        (early["accepted"].clone(), early["reason"].clone()),
        (json!(false), json!("not_this_question"))
    );

    control(&app, &teacher, game_id, "start").await;
    let q = ali.next_of("question").await;
    assert_eq!(
        (
            q["question"].clone(),
            q["kind"].clone(),
            q["options"].clone()
        ),
        (json!(0), json!("single"), json!(4))
    );
    assert_eq!(q["time_limit_ms"], 20_000);
    assert!(
        q.get("text").is_none(),
        "phones show shapes only unless the host chose text: {q}"
    );
    vali.next_of("question").await;

    ali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(ali.next_of("ack").await["accepted"], true);
    ali.send(json!({"type": "answer", "question": 0, "choice": 2}))
        .await;
    let twice = ali.next_of("ack").await;
    assert_eq!(twice["reason"], "already_answered");
    vali.send(json!({"type": "answer", "question": 0, "choice": 0}))
        .await;
    assert_eq!(vali.next_of("ack").await["accepted"], true);

    // Everyone answered: the question closes at once.
    let r = ali.next_of("result").await;
    assert_eq!(r["correct"], true);
    let points = r["points"].as_u64().unwrap();
    assert!((500..=1000).contains(&points), "{r}");
    assert_eq!(
        (r["score"].as_u64().unwrap(), r["rank"].clone()),
        (points, json!(1))
    );
    let r = vali.next_of("result").await;
    assert_eq!(
        (r["correct"].clone(), r["points"].clone(), r["rank"].clone()),
        (json!(false), json!(0), json!(2))
    );

    // Ali's phone drops and comes back with the same name, points and streak.
    drop(ali);
    let mut ali = Phone::open(addr).await;
    ali.send(json!({"type": "resume", "pin": pin, "resume_token": resume_token}))
        .await;
    let back = ali.next().await;
    assert_eq!(back["type"], "resumed", "{back}");
    assert_eq!(
        (
            back["name"].clone(),
            back["score"].as_u64(),
            back["streak"].clone()
        ),
        (json!("Ali"), Some(points), json!(1))
    );

    control(&app, &teacher, game_id, "next").await;
    let q = ali.next_of("question").await;
    assert_eq!(
        (
            q["question"].clone(),
            q["kind"].clone(),
            q["options"].clone()
        ),
        (json!(1), json!("true_false"), json!(2))
    );
    ali.send(json!({"type": "answer", "question": 1, "choice": 0}))
        .await;
    assert_eq!(ali.next_of("ack").await["accepted"], true);
    // Vali does not answer; the host ends the game.
    control(&app, &teacher, game_id, "end").await;
    let r = ali.next_of("result").await;
    assert_eq!(
        (r["correct"].clone(), r["streak"].clone()),
        (json!(true), json!(2))
    );
    let over = ali.next_of("game_over").await;
    assert_eq!(
        (over["rank"].clone(), over["players"].clone()),
        (json!(1), json!(2))
    );
    assert_eq!(vali.next_of("game_over").await["rank"], 2);

    let res = app
        .post(
            &format!("/api/v1/live/games/{game_id}/next"),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.text);
    assert_eq!(res.error_code(), "live_game_over");
    let res = app
        .get(
            &format!("/api/v1/live/games/{game_id}/results"),
            Some(&teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let results = res.json();
    let players = results["players"].as_array().unwrap();
    assert_eq!(players[0]["name"], "Ali");
    assert_eq!(
        (players[0]["rank"].clone(), players[0]["correct"].clone()),
        (json!(1), json!(2))
    );
    assert_eq!(
        (players[1]["name"].clone(), players[1]["score"].clone()),
        (json!("Vali"), json!(0))
    );
    let questions = results["questions"].as_array().unwrap();
    assert_eq!(
        (
            questions[0]["answered"].clone(),
            questions[0]["correct"].clone()
        ),
        (json!(2), json!(1))
    );
    assert_eq!(
        (
            questions[1]["answered"].clone(),
            questions[1]["correct"].clone()
        ),
        (json!(1), json!(1))
    );

    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let res = app
        .get(
            &format!("/api/v1/live/games/{game_id}/results"),
            Some(&other.access),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "only the host sees results"
    );
    let res = app
        .post(
            &format!("/api/v1/live/games/{game_id}/next"),
            Some(&other.access),
            json!({}),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "only the host controls the game"
    );
}

#[tokio::test]
async fn an_answer_after_the_time_is_up_is_refused_with_a_reason() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&teacher.access),
            json!({"test_id": test, "mode": "kids", "seconds_per_question": 5}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let (game_id, pin) = (
        res.json()["game_id"].as_i64().unwrap(),
        res.json()["pin"].as_str().unwrap().to_string(),
    );
    let (mut ali, _) = Phone::join(addr, &pin, "Ali").await;
    let (_vali, _) = Phone::join(addr, &pin, "Vali").await;
    control(&app, &teacher, game_id, "start").await;
    assert_eq!(ali.next_of("question").await["time_limit_ms"], 5_000);
    tokio::time::sleep(std::time::Duration::from_millis(5_300)).await;
    ali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    let ack = ali.next_of("ack").await;
    assert_eq!(
        (ack["accepted"].clone(), ack["reason"].clone()),
        (json!(false), json!("too_late"))
    );
    let r = ali.next_of("result").await;
    assert_eq!(
        (r["points"].clone(), r["correct"].clone()),
        (json!(0), json!(false))
    );
}

#[tokio::test]
async fn a_kicked_player_is_told_and_cannot_come_back() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let (game_id, pin) = game(&app, &teacher, test, "classic").await;
    let (mut rude, joined) = Phone::join(addr, &pin, "Bola").await;
    let player_id = joined["player_id"].as_u64().unwrap();
    let token = joined["resume_token"].as_str().unwrap().to_string();
    let res = app
        .post(
            &format!("/api/v1/live/games/{game_id}/players/{player_id}/kick"),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(rude.next().await["code"], "live_kicked");
    assert!(rude.closed().await);
    let mut again = Phone::open(addr).await;
    again
        .send(json!({"type": "resume", "pin": pin, "resume_token": token}))
        .await;
    assert_eq!(again.next().await["code"], "live_kicked");
}

#[tokio::test]
async fn names_and_games_are_checked_before_anyone_joins() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let student = app.register("student", "Bekzod", "bekzod@mail.uz").await;
    let short = json!({"prompt": "Olma", "type": "short", "accepted": ["olma"]});
    let test = test_of(&app, &teacher, std::slice::from_ref(&short)).await;
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&teacher.access),
            json!({"test_id": test, "mode": "classic"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert_eq!(res.error_code(), "live_no_playable_questions");
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&student.access),
            json!({"test_id": test, "mode": "classic"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "a student cannot host");
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&teacher.access),
            json!({"test_id": test, "mode": "fast"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&other.access),
            json!({"test_id": test, "mode": "classic"}),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "someone else's private test"
    );

    let mixed = test_of(&app, &teacher, &[short, two_plus_two()]).await;
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&teacher.access),
            json!({"test_id": mixed, "mode": "classic"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(
        (
            res.json()["questions"].clone(),
            res.json()["left_out"].clone()
        ),
        (json!(1), json!(1))
    );
    let pin = res.json()["pin"].as_str().unwrap().to_string();
    let mut phone = Phone::open(addr).await;
    phone
        .send(json!({"type": "join", "pin": pin, "name": "f u c k"}))
        .await;
    assert_eq!(phone.next().await["code"], "live_name_refused");
    phone
        .send(json!({"type": "join", "pin": pin, "name": "A"}))
        .await;
    assert_eq!(phone.next().await["code"], "live_name_short");
    phone.send(json!({"type": "hello"})).await;
    assert_eq!(phone.next().await["code"], "live_bad_message");
    phone
        .send(json!({"type": "join", "pin": pin, "name": "Oʻgʻiloy"}))
        .await;
    assert_eq!(phone.next().await["type"], "joined");
}
