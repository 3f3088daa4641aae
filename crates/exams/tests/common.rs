//! Shared steps: a teacher with a class, a student in it, tests with questions.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

pub struct Classroom {
    pub teacher: TestUser,
    pub student: TestUser,
    pub class_id: i64,
}

pub async fn classroom(app: &TestApp) -> Classroom {
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let student = app.register("student", "Bekzod", "bekzod@mail.uz").await;
    let class = app
        .post(
            "/api/v1/classes",
            Some(&teacher.access),
            json!({"name": "2-A"}),
        )
        .await;
    assert_eq!(class.status, StatusCode::CREATED, "{}", class.text);
    let class = class.json();
    let class = if class["class"].is_object() {
        class["class"].clone()
    } else {
        class
    };
    let code = class["join_code"].as_str().expect("join code").to_string();
    let joined = app
        .post(
            "/api/v1/classes/join",
            Some(&student.access),
            json!({"code": code}),
        )
        .await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.text);
    Classroom {
        teacher,
        student,
        class_id: class["id"].as_i64().expect("class id"),
    }
}

/// Creates a question in the teacher's bank and returns its id.
pub async fn question(app: &TestApp, teacher: &TestUser, q: Value) -> i64 {
    let res = app
        .post(
            "/api/v1/exams/questions",
            Some(&teacher.access),
            json!({"subject": "math", "grade": 2, "language": "uz", "question": q}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["id"].as_i64().unwrap()
}

/// A test with the given settings and questions (1 point each).
pub async fn test_with(
    app: &TestApp,
    teacher: &TestUser,
    settings: Value,
    questions: &[i64],
) -> i64 {
    let mut body = json!({"title": "Matematika", "subject": "math", "grade": 2, "language": "uz"});
    for (k, v) in settings.as_object().unwrap() {
        body[k] = v.clone();
    }
    let res = app
        .post("/api/v1/exams/tests", Some(&teacher.access), body)
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let id = res.json()["id"].as_i64().unwrap();
    let res = app
        .post(
            &format!("/api/v1/exams/tests/{id}/questions"),
            Some(&teacher.access),
            json!({"question_ids": questions}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    id
}

/// Assigns a test to the class, open now and due in a day.
pub async fn assign(app: &TestApp, room: &Classroom, test_id: i64) -> i64 {
    let due = app.state.now_ms() + 86_400_000;
    let res = app
        .post(
            "/api/v1/exams/assignments",
            Some(&room.teacher.access),
            json!({"test_id": test_id, "class_id": room.class_id, "due_at": due}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["id"].as_i64().unwrap()
}

pub async fn start(app: &TestApp, student: &TestUser, assignment: i64) -> Value {
    let res = app
        .post(
            &format!("/api/v1/exams/assignments/{assignment}/attempts"),
            Some(&student.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()
}

pub async fn answer(
    app: &TestApp,
    student: &TestUser,
    attempt: i64,
    question: i64,
    answer: Value,
) -> StatusCode {
    app.api(
        Method::PUT,
        &format!("/api/v1/exams/attempts/{attempt}/answers/{question}"),
        Some(&student.access),
        Some(json!({"answer": answer, "time_ms": 4000})),
    )
    .await
    .status
}

pub async fn score_of(app: &TestApp, attempt: i64) -> f64 {
    sqlx::query_scalar::<_, Option<f64>>("SELECT score FROM exam_attempts WHERE id = $1")
        .bind(attempt)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
        .expect("graded")
}

/// Where an attempt shows a choice with this text: ordering items and matching columns are
/// numbered by the place they are shown in.
pub fn shown_at(attempt: &Value, question: i64, text: &str) -> usize {
    let q = attempt["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == question)
        .expect("question shown");
    let c = q["choices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == text)
        .expect("choice shown");
    c["index"].as_u64().unwrap() as usize
}
