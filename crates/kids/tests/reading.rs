//! A child reads a library story: the reading starts on the server, ends once with the quiz's
//! answers, and pays coins once per story and day.

use axum::http::StatusCode;
use kids::library::entries;
use kids::model::Lang;
use questions::model::question::Body;
use serde_json::{json, Value};
use testkit::TestApp;

/// The right answer to every question of the first English story, and its id.
async fn first_story(app: &TestApp) -> (i64, Vec<Value>) {
    let shelf = app
        .get("/api/v1/smartkids/library?language=en", None)
        .await
        .json();
    let id = shelf["stories"][0]["id"].as_i64().unwrap();
    let entry = &entries(Lang::En)[0];
    let answers = entry
        .body
        .questions
        .iter()
        .map(|q| match &q.body {
            Body::Single { correct, .. } => json!({"type": "single", "choice": correct}),
            Body::TrueFalse { answer } => json!({"type": "true_false", "value": answer}),
            Body::Short { accepted } => json!({"type": "short", "text": accepted[0]}),
            other => panic!("{}", other.kind()),
        })
        .collect();
    (id, answers)
}

#[tokio::test]
async fn a_child_reads_answers_and_is_paid_once() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let (id, answers) = first_story(&app).await;
    let start = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/readings"),
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(start.status, StatusCode::CREATED, "{}", start.text);
    let reading = start.json()["reading_id"].as_i64().unwrap();
    let finish = format!("/api/v1/smartkids/readings/{reading}/finish");
    // The page claims two minutes; the server has seen the reading for well under a second,
    // so the time is cut to what it saw and the speed is not believed.
    let res = app
        .post(
            &finish,
            Some(&child.access),
            json!({"answers": answers, "read_ms": 120000}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let r = res.json();
    assert_eq!(r["quiz_score"], 100);
    assert!(r["correct"].as_array().unwrap().iter().all(|c| c == true));
    assert_eq!(r["wpm"], Value::Null, "faster than a child reads");
    assert_eq!(r["coins"], 15, "the quiz's 15 coins, nothing for speed");
    let again = app
        .post(&finish, Some(&child.access), json!({"answers": answers}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    // The same story again the same day earns nothing more.
    let second = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/readings"),
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    let res = app
        .post(
            &format!("/api/v1/smartkids/readings/{}/finish", second["reading_id"]),
            Some(&child.access),
            json!({"answers": answers}),
        )
        .await;
    assert_eq!(res.json()["coins"], 0);
    let coins = app.get("/api/v1/coins", Some(&child.access)).await.json();
    assert_eq!(coins["summary"]["balance"], 15, "{coins}");
}

#[tokio::test]
async fn wrong_answers_score_lower_and_nobody_else_finishes_a_reading() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let (_, other) = app.family("dada@mail.uz", "Sardor").await;
    let (id, answers) = first_story(&app).await;
    let reading = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/readings"),
            Some(&child.access),
            json!({}),
        )
        .await
        .json()["reading_id"]
        .clone();
    let finish = format!("/api/v1/smartkids/readings/{reading}/finish");
    let theirs = app
        .post(&finish, Some(&other.access), json!({"answers": answers}))
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let too_many: Vec<Value> = answers.iter().chain(answers.iter()).cloned().collect();
    let bad = app
        .post(&finish, Some(&child.access), json!({"answers": too_many}))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("kids_readings").await, 1);
    let mut half = answers.clone();
    half[0] = Value::Null;
    let r = app
        .post(&finish, Some(&child.access), json!({"answers": half}))
        .await
        .json();
    let n = answers.len() as f64;
    assert_eq!(r["quiz_score"], ((n - 1.0) / n * 100.0).round() as i64);
    assert_eq!(r["correct"][0], false);
}

#[tokio::test]
async fn a_visitor_checks_answers_without_anything_kept() {
    let app = TestApp::spawn().await;
    let (id, answers) = first_story(&app).await;
    let res = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/check"),
            None,
            json!({"answers": answers}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["quiz_score"], 100);
    assert_eq!(app.count("kids_readings").await, 0);
    let start = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/readings"),
            None,
            json!({}),
        )
        .await;
    assert_eq!(start.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_rude_or_personal_free_answer_is_not_judged_and_says_why() {
    let app = TestApp::spawn().await;
    let shelf = app
        .get("/api/v1/smartkids/library?language=en", None)
        .await
        .json();
    let older = shelf["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["age"] == "7-10")
        .unwrap()["id"]
        .clone();
    let check = format!("/api/v1/smartkids/stories/{older}/check");
    for (answer, reason) in [
        ("you are a fucking idiot", "rude"),
        ("call me on +998 90 123 45 67", "personal"),
    ] {
        let r = app
            .post(&check, None, json!({"talk": [answer]}))
            .await
            .json();
        assert_eq!(r["talk"][0]["refused"], reason, "{r}");
        assert_eq!(r["talk"][0]["good"], false);
    }
    let kind = app
        .post(
            &check,
            None,
            json!({"talk": ["because they helped each other"]}),
        )
        .await
        .json();
    assert_eq!(kind["talk"][0].get("refused"), None, "{kind}");
}
