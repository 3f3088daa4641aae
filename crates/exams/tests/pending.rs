//! Teachers waiting for approval: they see nobody else's tests, questions or answer keys.

use axum::http::StatusCode;
use serde_json::json;
use testkit::{TestApp, TestUser};

use crate::common::*;

/// A test shared with everyone (approved by a moderator); returns its id and question id.
async fn public_test(app: &TestApp, teacher: &TestUser) -> (i64, i64) {
    let q = question(
        app,
        teacher,
        json!({"prompt": "2 + 2 = 4", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(app, teacher, json!({}), &[q]).await;
    let res = app
        .post(
            &format!("/api/v1/exams/tests/{test}/visibility"),
            Some(&teacher.access),
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
    (test, q)
}

#[tokio::test]
async fn a_pending_teacher_cannot_read_or_export_a_public_test_or_its_answer_key() {
    let app = TestApp::spawn().await;
    let owner = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (test, _) = public_test(&app, &owner).await;
    let approved = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    assert_eq!(
        app.get(
            &format!("/api/v1/exams/tests/{test}"),
            Some(&approved.access)
        )
        .await
        .status,
        StatusCode::OK,
        "an approved teacher reads a public test"
    );
    let pending = app
        .register("teacher", "Kutayotgan", "kutish@maktab.uz")
        .await;
    for path in [
        format!("/api/v1/exams/tests/{test}"),
        format!("/api/v1/exams/tests/{test}/export?format=gift"),
        format!("/api/v1/exams/tests/{test}/export?format=csv"),
        // The next id does not exist: the answer must be the same as for a hidden test.
        format!("/api/v1/exams/tests/{}", test + 1),
    ] {
        let res = app.get(&path, Some(&pending.access)).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}: {}", res.text);
        assert!(!res.text.contains("2 + 2"), "{path} shows the question");
    }
}

#[tokio::test]
async fn a_pending_teacher_cannot_copy_list_or_use_other_teachers_content() {
    let app = TestApp::spawn().await;
    let owner = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (test, q) = public_test(&app, &owner).await;
    let pending = app
        .register("teacher", "Kutayotgan", "kutish@maktab.uz")
        .await;
    let copy = app
        .post(
            &format!("/api/v1/exams/tests/{test}/copy"),
            Some(&pending.access),
            json!({}),
        )
        .await;
    assert_eq!(copy.status, StatusCode::FORBIDDEN, "{}", copy.text);
    assert_eq!(copy.error_code(), "account_not_approved");
    for path in ["/api/v1/exams/tests", "/api/v1/exams/questions"] {
        let res = app.get(path, Some(&pending.access)).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}: {}", res.text);
    }
    let res = app
        .get(
            &format!("/api/v1/exams/questions/{q}"),
            Some(&pending.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.text);
    let res = app
        .post(
            "/api/v1/exams/tests",
            Some(&pending.access),
            json!({"title": "T", "subject": "math", "grade": 2, "language": "uz"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text);
    assert_eq!(app.count("exam_tests").await, 1, "nothing was written");
}
