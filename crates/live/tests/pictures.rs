//! A question's picture reaches the phones when the host shows questions there, and only then.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, Phone};

/// The smallest valid PNG: one transparent pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

#[tokio::test]
async fn a_questions_picture_reaches_phones_only_when_questions_are_shown_there() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let upload = axum::http::Request::post("/api/v1/exams/images")
        .header("authorization", format!("Bearer {}", teacher.access))
        .header("content-type", "image/png")
        .body(axum::body::Body::from(PNG.to_vec()))
        .unwrap();
    let image = app.send(upload).await;
    assert_eq!(image.status, StatusCode::CREATED, "{}", image.text);
    let (image_id, url) = (image.json()["id"].clone(), image.json()["url"].clone());
    let q = json!({"subject": "math", "grade": 1, "language": "uz", "image_id": image_id,
        "question": {"prompt": "Nechta olma?", "type": "single", "options": ["2", "3"], "correct": 1}});
    let res = app
        .post("/api/v1/exams/questions", Some(&teacher.access), q)
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let body = json!({"title": "Olmalar", "subject": "math", "grade": 1, "language": "uz"});
    let test = app
        .post("/api/v1/exams/tests", Some(&teacher.access), body)
        .await
        .json()["id"]
        .clone();
    let added = app
        .post(
            &format!("/api/v1/exams/tests/{test}/questions"),
            Some(&teacher.access),
            json!({"question_ids": [res.json()["id"]]}),
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.text);

    for shown in [true, false] {
        let created = app
            .post(
                "/api/v1/live/games",
                Some(&teacher.access),
                json!({"test_id": test, "mode": "kids", "show_question_on_phone": shown}),
            )
            .await
            .json();
        let pin = created["pin"].as_str().unwrap();
        let (mut ali, _) = Phone::join(addr, pin, "Ali").await;
        control(
            &app,
            &teacher,
            created["game_id"].as_i64().unwrap(),
            "start",
        )
        .await;
        let q = ali.next_of("question").await;
        if shown {
            assert_eq!(
                (q["image_url"].clone(), q["text"].clone()),
                (url.clone(), json!("Nechta olma?")),
                "{q}"
            );
        } else {
            assert!(
                q.get("image_url").is_none() && q.get("text").is_none(),
                "shapes only: {q}"
            );
        }
    }
}
