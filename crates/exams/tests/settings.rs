//! A test's settings: options are shuffled unless the teacher says otherwise, and once the
//! test is assigned the settings that decide how it is taken stay as they were.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

use crate::common::*;

async fn patch(app: &TestApp, who: &TestUser, test: i64, body: Value) -> testkit::TestResponse {
    app.api(
        Method::PATCH,
        &format!("/api/v1/exams/tests/{test}"),
        Some(&who.access),
        Some(body),
    )
    .await
}

fn base(extra: Value) -> Value {
    let mut body = json!({"title": "Matematika", "subject": "math", "grade": 2, "language": "uz"});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

async fn settings_of(app: &TestApp, who: &TestUser, test: i64) -> Value {
    let res = app
        .get(&format!("/api/v1/exams/tests/{test}"), Some(&who.access))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()["settings"].clone()
}

#[tokio::test]
async fn new_and_imported_tests_shuffle_options_unless_the_teacher_turns_it_off() {
    let app = TestApp::spawn().await;
    let t = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let res = app
        .post("/api/v1/exams/tests", Some(&t.access), base(json!({})))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["settings"]["shuffle_options"], true);
    let res = app
        .post(
            "/api/v1/exams/tests",
            Some(&t.access),
            base(json!({"shuffle_options": false})),
        )
        .await;
    let kept = res.json()["id"].as_i64().unwrap();
    assert_eq!(settings_of(&app, &t, kept).await["shuffle_options"], false);
    // Saving other fields keeps the teacher's choice.
    let res = patch(&app, &t, kept, base(json!({"title": "Yangi nom"}))).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["settings"]["shuffle_options"], false);

    let gift = "Poytaxt? {=Toshkent ~Samarqand ~Buxoro}\n\n2 + 2? {=4 ~5 ~3}";
    let res = app
        .post(
            "/api/v1/exams/import",
            Some(&t.access),
            json!({"format": "gift", "title": "Import", "text": gift}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let imported = res.json()["test_id"].as_i64().unwrap();
    assert_eq!(
        settings_of(&app, &t, imported).await["shuffle_options"],
        true
    );
}

#[tokio::test]
async fn an_imported_test_does_not_show_every_child_the_right_answer_as_a() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (class_id, students) = app.class_with_students(&teacher, "2-A", 12).await;
    let room = Classroom {
        teacher,
        student: students[0].clone(),
        class_id,
    };
    let gift = "Poytaxt? {=Toshkent ~Samarqand ~Buxoro ~Xiva}";
    let res = app
        .post(
            "/api/v1/exams/import",
            Some(&room.teacher.access),
            json!({"format": "gift", "title": "Import", "text": gift}),
        )
        .await;
    let test = res.json()["test_id"].as_i64().unwrap();
    let assignment = assign(&app, &room, test).await;
    // Each child's options are mixed on their own; twelve children all seeing the right answer
    // first would happen by chance less than once in four million runs.
    let mut firsts = std::collections::BTreeSet::new();
    let mut right_first = 0;
    for s in &students {
        let attempt = start(&app, s, assignment).await;
        let first = attempt["questions"][0]["choices"][0]["text"].clone();
        right_first += usize::from(first == "Toshkent");
        firsts.insert(first.to_string());
    }
    assert!(
        right_first < 12,
        "the right answer came first for every child"
    );
    assert!(
        firsts.len() > 1,
        "children see different orders: {firsts:?}"
    );
}

#[tokio::test]
async fn an_assigned_test_keeps_how_it_is_taken_but_may_change_what_is_shown() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "10 > 9", "type": "true_false", "answer": true}),
    )
    .await;
    let settings = json!({"max_attempts": 2, "time_limit_min": 20});
    let test = test_with(&app, &room.teacher, settings, &[q]).await;
    assign(&app, &room, test).await;
    let before = settings_of(&app, &room.teacher, test).await;
    for (field, value) in [
        ("max_attempts", json!(5)),
        ("time_limit_min", json!(10)),
        ("time_limit_min", json!(0)),
        ("shuffle_questions", json!(true)),
        ("shuffle_options", json!(false)),
        ("pass_percent", json!(80)),
    ] {
        let res = patch(&app, &room.teacher, test, base(json!({ field: value }))).await;
        assert_eq!(res.status, StatusCode::CONFLICT, "{field}: {}", res.text);
        assert_eq!(res.error_code(), "exams_test_settings_frozen");
        assert!(
            res.json()["error"]["fields"][field].is_string(),
            "{}",
            res.text
        );
        assert_eq!(settings_of(&app, &room.teacher, test).await, before);
    }
    let res = patch(
        &app,
        &room.teacher,
        test,
        base(json!({"title": "Taqqoslash", "show_answers": "after_submit", "max_attempts": 2})),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let after = res.json();
    assert_eq!(after["title"], "Taqqoslash");
    assert_eq!(after["settings"]["show_answers"], "after_submit");
    assert_eq!(after["settings"]["max_attempts"], 2);
    assert_eq!(after["settings"]["time_limit_min"], 20, "left out: kept");
}

#[tokio::test]
async fn the_settings_form_of_an_assigned_test_saves_without_touching_the_fixed_ones() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "10 > 9", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"time_limit_min": 15}), &[q]).await;
    assign(&app, &room, test).await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[
                ("login", "gulnora@maktab.uz"),
                ("password", "correct horse 1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = b.get(&format!("/exams/tests/{test}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("name=\"time_limit_min\" value=\"15\""));
    assert!(
        page.text.contains(" disabled"),
        "the fixed fields are shown disabled"
    );
    // What the form sends: the visible fields and the hidden copies of the disabled ones.
    let res = b
        .post_form(
            &format!("/exams/tests/{test}"),
            &[
                ("title", "Matematika"),
                ("subject", "math"),
                ("grade", "2"),
                ("language", "uz"),
                ("time_limit_min", "15"),
                ("max_attempts", "1"),
                ("pass_percent", "50"),
                ("shuffle_options", "1"),
                ("show_score", "after_due"),
                ("show_answers", "never"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let s = settings_of(&app, &room.teacher, test).await;
    assert_eq!(s["show_score"], "after_due");
    assert_eq!(s["time_limit_min"], 15);
}
