//! Building tests: the bank, ownership, freezing, import, generation, bad input.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

use crate::common::*;

#[tokio::test]
async fn a_teacher_cannot_touch_another_teachers_tests_or_classes() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "?", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({}), &[q]).await;
    assert_eq!(
        app.get(&format!("/api/v1/exams/tests/{test}"), Some(&other.access))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/api/v1/exams/questions/{q}"), Some(&other.access))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let res = app.post("/api/v1/exams/assignments", Some(&other.access), json!({"test_id": test, "class_id": room.class_id, "due_at": app.state.now_ms() + 3_600_000})).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let own_test = test_with(
        &app,
        &other,
        json!({}),
        &[question(
            &app,
            &other,
            json!({"prompt": "x", "type": "true_false", "answer": false}),
        )
        .await],
    )
    .await;
    let res = app.post("/api/v1/exams/assignments", Some(&other.access), json!({"test_id": own_test, "class_id": room.class_id, "due_at": app.state.now_ms() + 3_600_000})).await;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not their class"
    );
    assert!(res.json()["error"]["fields"]["class_id"].is_string());
    assert_eq!(app.count("exam_assignments").await, 0);
    let res = app.post("/api/v1/exams/assignments", Some(&room.teacher.access), json!({"test_id": test, "class_id": room.class_id, "opens_at": i64::MIN, "due_at": app.state.now_ms() + 3_600_000})).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert!(res.json()["error"]["fields"]["due_at"].is_string());
    assert_eq!(app.count("exam_assignments").await, 0);
    let student_try = app
        .post(
            "/api/v1/exams/tests",
            Some(&room.student.access),
            json!({"title": "x"}),
        )
        .await;
    assert_eq!(student_try.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn assigned_tests_are_frozen() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "?", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({}), &[q]).await;
    assign(&app, &room, test).await;
    let edit = app
        .api(Method::PUT, &format!("/api/v1/exams/questions/{q}"), Some(&room.teacher.access), Some(json!({"subject": "math", "grade": 2, "language": "uz", "question": {"prompt": "?", "type": "true_false", "answer": false}})))
        .await;
    assert_eq!(edit.status, StatusCode::CONFLICT);
    let copy = app
        .post(
            &format!("/api/v1/exams/tests/{test}/copy"),
            Some(&room.teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(copy.status, StatusCode::CREATED);
    assert_eq!(copy.json()["questions"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn bad_input_gets_the_envelope_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let t = Some(room.teacher.access.as_str());
    for body in [
        json!({"subject": "math", "grade": 2, "language": "uz", "question": {"prompt": "?", "type": "single", "options": ["4", "4"], "correct": 0}}),
        json!({"subject": "math", "grade": 12, "language": "uz", "question": {"prompt": "?", "type": "true_false", "answer": true}}),
        json!({"subject": "cooking", "grade": 2, "language": "uz"}),
        json!({"grade": 2, "language": "uz", "question": {"prompt": "x".repeat(10_000), "type": "true_false", "answer": true}}),
    ] {
        let res = app.post("/api/v1/exams/questions", t, body.clone()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(res.json()["error"]["fields"]
            .as_object()
            .is_some_and(|f| !f.is_empty()));
    }
    let res = app
        .post(
            "/api/v1/exams/questions",
            t,
            json!({"question": {"type": "dance"}}),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res = app
        .post(
            "/api/v1/exams/tests",
            t,
            json!({"title": "y".repeat(10_000), "subject": "math", "grade": 2, "language": "uz"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count("exam_questions").await + app.count("exam_tests").await,
        0
    );
}

#[tokio::test]
async fn import_creates_a_test_or_reports_the_bad_line_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let good =
        "1. 2 + 2 = ?\nA) 3\nB) 4\nC) 5\nJavob: B\n\n2. 3 × 3 = ?\nA) 6\nB) 9\nC) 12\nJavob: B\n";
    let res = app
        .post(
            "/api/v1/exams/import",
            Some(&room.teacher.access),
            json!({"format": "uz-numbered", "title": "Koʻpaytirish", "text": good}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["question_count"], 2);
    let (tests_before, questions_before) = (
        app.count("exam_tests").await,
        app.count("exam_questions").await,
    );
    let bad = "::Q1:: 2 + 2 = {=4 ~3 ~5}\n\n::Q2:: Poytaxt {=Toshkent ~Samarqand\n";
    let res = app
        .post(
            "/api/v1/exams/import",
            Some(&room.teacher.access),
            json!({"format": "gift", "title": "Xato", "text": bad}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert_eq!(res.json()["error"]["fields"]["line"], "3");
    assert_eq!(
        (
            app.count("exam_tests").await,
            app.count("exam_questions").await
        ),
        (tests_before, questions_before)
    );
}

#[tokio::test]
async fn offline_generation_gives_checked_drafts_and_llm_says_it_is_not_configured() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let res = app
        .post(
            "/api/v1/exams/generate",
            Some(&room.teacher.access),
            json!({"generator": "arithmetic", "grade": 2, "count": 10, "language": "uz"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["items"].as_array().unwrap().len(), 10);
    assert_eq!(app.count("exam_questions").await, 0, "drafts are not saved");
    let llm = app.post("/api/v1/exams/generate", Some(&room.teacher.access), json!({"generator": "llm", "grade": 2, "count": 5, "language": "uz", "text": "Quyosh tizimi"})).await;
    assert_eq!(llm.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(llm.json()["error"]["message"].as_str().unwrap().len() > 10);
}

/// The smallest valid PNG: one transparent pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

async fn upload(app: &TestApp, token: &str, bytes: &[u8]) -> testkit::TestResponse {
    let req = axum::http::Request::post("/api/v1/exams/images")
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "image/png")
        .body(axum::body::Body::from(bytes.to_vec()))
        .unwrap();
    app.send(req).await
}

#[tokio::test]
async fn question_pictures_are_checked_stored_and_shown_to_students() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let res = upload(&app, &room.teacher.access, PNG).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let (image_id, url) = (
        res.json()["id"].as_i64().unwrap(),
        res.json()["url"].as_str().unwrap().to_string(),
    );
    let fake = upload(&app, &room.teacher.access, b"<svg onload=alert(1)>").await;
    assert_eq!(
        fake.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the type is read from the bytes, not the header"
    );
    let mut big = PNG.to_vec();
    big.resize(600 * 1024, 0);
    assert_eq!(
        upload(&app, &room.teacher.access, &big).await.status,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert_eq!(
        upload(&app, &room.student.access, PNG).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.count("exam_images").await, 1);

    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let stolen = app
        .post(
            "/api/v1/exams/questions",
            Some(&other.access),
            json!({"subject": "math", "grade": 2, "language": "uz", "image_id": image_id, "question": {"prompt": "?", "type": "true_false", "answer": true}}),
        )
        .await;
    assert_eq!(
        stolen.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another teacher's picture cannot be used"
    );

    let q = app
        .post(
            "/api/v1/exams/questions",
            Some(&room.teacher.access),
            json!({"subject": "math", "grade": 2, "language": "uz", "image_id": image_id, "question": {"prompt": "Nechta olma?", "type": "numeric", "answer": 3, "tolerance": 0}}),
        )
        .await;
    assert_eq!(q.status, StatusCode::CREATED, "{}", q.text);
    let test = test_with(
        &app,
        &room.teacher,
        json!({}),
        &[q.json()["id"].as_i64().unwrap()],
    )
    .await;
    let assignment = assign(&app, &room, test).await;
    let attempt = start(&app, &room.student, assignment).await;
    assert_eq!(attempt["questions"][0]["image_url"], url.as_str());
    let img = app.get(&url, None).await;
    assert_eq!(img.status, StatusCode::OK);
    assert_eq!(img.headers["content-type"], "image/png");
    assert_eq!(
        app.get(&format!("/exams/images/{image_id}/wrongtoken"), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn students_cannot_read_a_shared_tests_answer_key() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "2 + 2 = 4", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({}), &[q]).await;
    let res = app
        .post(
            &format!("/api/v1/exams/tests/{test}/visibility"),
            Some(&room.teacher.access),
            json!({"visibility": "public"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let moderator = app.moderator("mod@alif24.uz").await;
    let res = app
        .post(
            &format!("/api/v1/exams/moderation/{test}"),
            Some(&moderator.access),
            json!({"approve": true}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    assert_eq!(
        app.get(&format!("/api/v1/exams/tests/{test}"), Some(&other.access))
            .await
            .status,
        StatusCode::OK,
        "public tests are readable by teachers"
    );
    assign(&app, &room, test).await;
    for path in [
        format!("/api/v1/exams/tests/{test}"),
        format!("/api/v1/exams/tests/{test}/export?format=gift"),
    ] {
        let res = app.get(&path, Some(&room.student.access)).await;
        assert!(
            res.status == StatusCode::FORBIDDEN || res.status == StatusCode::NOT_FOUND,
            "{path}: {} {}",
            res.status,
            res.text
        );
    }
}
