//! Taking tests: every question type graded, the server's clock, resuming, attempts, access.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::*;

#[tokio::test]
async fn every_question_type_is_graded_with_partial_credit() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let t = &room.teacher;
    let q = [
        question(&app, t, json!({"prompt": "2 + 3 = ?", "type": "single", "options": ["4", "5", "6"], "correct": 1})).await,
        question(&app, t, json!({"prompt": "Juft sonlar", "type": "multiple", "options": ["2", "3", "4", "5"], "correct": [0, 2]})).await,
        question(&app, t, json!({"prompt": "10 > 9", "type": "true_false", "answer": true})).await,
        question(&app, t, json!({"prompt": "Poytaxt?", "type": "short", "accepted": ["Toshkent"]})).await,
        question(&app, t, json!({"prompt": "7 : 2 = ?", "type": "numeric", "answer": 3.5, "tolerance": 0.01})).await,
        question(&app, t, json!({"prompt": "Tartibla", "type": "ordering", "items": ["1", "2", "3", "4"]})).await,
        question(&app, t, json!({"prompt": "Moslang", "type": "matching", "pairs": [["2×2", "4"], ["3×3", "9"]]})).await,
        question(&app, t, json!({"prompt": "", "type": "fill_blanks", "text": "5 + ___ = 8, 9 − ___ = 4", "blanks": [["3"], ["5"]]})).await,
    ];
    let test = test_with(&app, t, json!({}), &q).await;
    let assignment = assign(&app, &room, test).await;
    let attempt = start(&app, &room.student, assignment).await;
    let id = attempt["id"].as_i64().unwrap();
    assert!(
        !attempt.to_string().contains("\"correct\""),
        "no keys reach the student"
    );
    let s = &room.student;
    assert_eq!(
        answer(&app, s, id, q[0], json!({"type": "single", "choice": 1})).await,
        StatusCode::NO_CONTENT
    );
    answer(
        &app,
        s,
        id,
        q[1],
        json!({"type": "multiple", "choices": [0]}),
    )
    .await;
    answer(
        &app,
        s,
        id,
        q[2],
        json!({"type": "true_false", "value": true}),
    )
    .await;
    answer(
        &app,
        s,
        id,
        q[3],
        json!({"type": "short", "text": " toshkent. "}),
    )
    .await;
    answer(&app, s, id, q[4], json!({"type": "numeric", "value": 3.5})).await;
    // Ordering items and matching answers are numbered by the place the page shows them in.
    let order: Vec<usize> = ["1", "2", "4", "3"]
        .iter()
        .map(|t| shown_at(&attempt, q[5], t))
        .collect();
    answer(
        &app,
        s,
        id,
        q[5],
        json!({"type": "ordering", "order": order}),
    )
    .await;
    let pairs = json!({"type": "matching", "choices": [shown_at(&attempt, q[6], "4"), shown_at(&attempt, q[6], "9")]});
    answer(&app, s, id, q[6], pairs).await;
    answer(
        &app,
        s,
        id,
        q[7],
        json!({"type": "fill_blanks", "values": ["3", "6"]}),
    )
    .await;
    let res = app
        .post(
            &format!("/api/v1/exams/attempts/{id}/submit"),
            Some(&s.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    // 1 + 0.5 + 1 + 1 + 1 + 0.5 + 1 + 0.5
    assert!((score_of(&app, id).await - 6.5).abs() < 1e-9);
    let coins = app.get("/api/v1/coins", Some(&s.access)).await.json();
    assert_eq!(
        coins["summary"]["balance"],
        exams::service::pay::coins_for(6.5, 8.0),
        "coins by score: 6.5 of 8"
    );
}

#[tokio::test]
async fn the_server_clock_closes_the_attempt_and_refuses_late_work() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q1 = question(
        &app,
        &room.teacher,
        json!({"prompt": "1 + 1", "type": "numeric", "answer": 2, "tolerance": 0}),
    )
    .await;
    let q2 = question(
        &app,
        &room.teacher,
        json!({"prompt": "2 + 2", "type": "numeric", "answer": 4, "tolerance": 0}),
    )
    .await;
    let test = test_with(
        &app,
        &room.teacher,
        json!({"time_limit_min": 10}),
        &[q1, q2],
    )
    .await;
    let assignment = assign(&app, &room, test).await;
    let attempt = start(&app, &room.student, assignment).await;
    let id = attempt["id"].as_i64().unwrap();
    assert_eq!(
        attempt["deadline_at"].as_i64().unwrap() - attempt["started_at"].as_i64().unwrap(),
        10 * 60_000
    );
    app.advance_ms(5 * 60_000);
    assert_eq!(
        answer(
            &app,
            &room.student,
            id,
            q1,
            json!({"type": "numeric", "value": 2})
        )
        .await,
        StatusCode::NO_CONTENT
    );
    app.advance_ms(6 * 60_000);
    let late = app
        .api(
            axum::http::Method::PUT,
            &format!("/api/v1/exams/attempts/{id}/answers/{q2}"),
            Some(&room.student.access),
            Some(json!({"answer": {"type": "numeric", "value": 4}})),
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(late.error_code(), "exams_time_up");
    assert_eq!(
        score_of(&app, id).await,
        1.0,
        "what was saved in time counts"
    );
    let submit = app
        .post(
            &format!("/api/v1/exams/attempts/{id}/submit"),
            Some(&room.student.access),
            json!({}),
        )
        .await;
    assert_eq!(submit.status, StatusCode::CONFLICT);
    assert!(!submit.json()["error"]["message"]
        .as_str()
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn a_reload_resumes_the_same_attempt_with_its_answers_and_order() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(question(&app, &room.teacher, json!({"prompt": format!("{n} + 1"), "type": "single", "options": ["a", "b", "c", "d"], "correct": 0})).await);
    }
    let test = test_with(
        &app,
        &room.teacher,
        json!({"shuffle_questions": true, "shuffle_options": true, "max_attempts": 2}),
        &ids,
    )
    .await;
    let assignment = assign(&app, &room, test).await;
    let first = start(&app, &room.student, assignment).await;
    let id = first["id"].as_i64().unwrap();
    answer(
        &app,
        &room.student,
        id,
        ids[2],
        json!({"type": "single", "choice": 3}),
    )
    .await;
    let again = start(&app, &room.student, assignment).await;
    assert_eq!(again["id"], first["id"], "the same attempt, not a new one");
    assert_eq!(
        again["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].clone())
            .collect::<Vec<_>>(),
        first["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].clone())
            .collect::<Vec<_>>()
    );
    let view = app
        .get(
            &format!("/api/v1/exams/attempts/{id}"),
            Some(&room.student.access),
        )
        .await
        .json();
    let saved = view["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == ids[2])
        .unwrap()["answer"]
        .clone();
    assert_eq!(saved, json!({"type": "single", "choice": 3}));
}

#[tokio::test]
async fn attempts_are_limited_and_a_retake_with_the_same_score_pays_nothing_more() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "3 × 3", "type": "numeric", "answer": 9, "tolerance": 0}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"max_attempts": 2}), &[q]).await;
    let assignment = assign(&app, &room, test).await;
    for _ in 0..2 {
        let id = start(&app, &room.student, assignment).await["id"]
            .as_i64()
            .unwrap();
        answer(
            &app,
            &room.student,
            id,
            q,
            json!({"type": "numeric", "value": 9}),
        )
        .await;
        let res = app
            .post(
                &format!("/api/v1/exams/attempts/{id}/submit"),
                Some(&room.student.access),
                json!({}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK);
    }
    let third = app
        .post(
            &format!("/api/v1/exams/assignments/{assignment}/attempts"),
            Some(&room.student.access),
            json!({}),
        )
        .await;
    assert_eq!(third.status, StatusCode::CONFLICT);
    assert_eq!(third.error_code(), "exams_no_attempts_left");
    assert_eq!(
        app.get("/api/v1/coins", Some(&room.student.access))
            .await
            .json()["summary"]["balance"],
        exams::service::pay::MAX_COINS,
        "the full score pays once; the same score again adds nothing"
    );
}

#[tokio::test]
async fn strangers_cannot_start_or_read_attempts() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let outsider = app.register("student", "Begona", "begona@mail.uz").await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "?", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({}), &[q]).await;
    let assignment = assign(&app, &room, test).await;
    let no = app
        .post(
            &format!("/api/v1/exams/assignments/{assignment}/attempts"),
            Some(&outsider.access),
            json!({}),
        )
        .await;
    assert_eq!(no.status, StatusCode::NOT_FOUND);
    let id = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        app.get(
            &format!("/api/v1/exams/attempts/{id}"),
            Some(&outsider.access)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        answer(
            &app,
            &outsider,
            id,
            q,
            json!({"type": "true_false", "value": true})
        )
        .await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(
            &format!("/api/v1/exams/attempts/{id}"),
            Some(&room.teacher.access)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let wrong_shape = answer(
        &app,
        &room.student,
        id,
        q,
        json!({"type": "single", "choice": 0}),
    )
    .await;
    assert_eq!(wrong_shape, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_attempt_page_offers_each_question_read_aloud_in_the_tests_language() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "Qaysi son katta?", "type": "single", "options": ["7", "9"], "correct": 1}),
    )
    .await;
    // Options in their stored order, so the spoken list can be compared.
    let settings = json!({"language": "ru", "shuffle_options": false});
    let test = test_with(&app, &room.teacher, settings, &[q]).await;
    let assignment = assign(&app, &room, test).await;
    let id = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "bekzod@mail.uz"), ("password", "correct horse 1")],
    )
    .await;
    let page = b.get(&format!("/exams/attempts/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("data-speech-lang=\"ru-RU\""),
        "the test's language picks the voice"
    );
    assert!(
        page.text
            .contains("data-say=\"[&quot;Qaysi son katta?&quot;,&quot;7&quot;,&quot;9&quot;]\"")
            || page
                .text
                .contains("data-say=\"[&#34;Qaysi son katta?&#34;,&#34;7&#34;,&#34;9&#34;]\""),
        "prompt then options"
    );
}
