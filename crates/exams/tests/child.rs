//! A child's side of tests: coins by score (not for finishing, no farming by retakes), "time ran
//! out" on the result, the untimed timer, the order of the attempt states, the home tile, and
//! the option texts in the teacher's item statistics.

use axum::http::StatusCode;
use kernel::auth::{AccountStatus, Principal, Role};
use kernel::i18n::{Lang, Tr};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

use crate::common::{answer, assign, classroom, question, start, test_with, Classroom};

async fn coins(app: &TestApp, who: &TestUser) -> i64 {
    app.get("/api/v1/coins", Some(&who.access)).await.json()["summary"]["balance"]
        .as_i64()
        .unwrap_or(0)
}

async fn submit(app: &TestApp, who: &TestUser, attempt: i64) -> StatusCode {
    app.post(
        &format!("/api/v1/exams/attempts/{attempt}/submit"),
        Some(&who.access),
        json!({}),
    )
    .await
    .status
}

const QUESTIONS: [(&str, &str, &str); 3] = [
    ("2 + 2", "4", "5"),
    ("3 + 1", "4", "6"),
    ("5 − 2", "3", "1"),
];

/// Three single-choice questions (the right option is the first) in a test with `settings`.
async fn three(app: &TestApp, room: &Classroom, settings: Value) -> (i64, Vec<i64>) {
    let mut q = Vec::new();
    for (p, right, wrong) in QUESTIONS {
        let body = json!({"prompt": p, "type": "single", "options": [right, wrong], "correct": 0});
        q.push(question(app, &room.teacher, body).await);
    }
    let test = test_with(app, &room.teacher, settings, &q).await;
    (assign(app, room, test).await, q)
}

/// Takes the test with `right` of the three answered right; returns the attempt id.
async fn take(app: &TestApp, room: &Classroom, assignment: i64, q: &[i64], right: usize) -> i64 {
    let attempt = start(app, &room.student, assignment).await;
    let id = attempt["id"].as_i64().unwrap();
    for (i, qid) in q.iter().enumerate() {
        let (_, good, bad) = QUESTIONS[i];
        let text = if i < right { good } else { bad };
        let shown = crate::common::shown_at(&attempt, *qid, text);
        let body = json!({"type": "single", "choice": shown});
        assert_eq!(
            answer(app, &room.student, id, *qid, body).await,
            StatusCode::NO_CONTENT
        );
    }
    assert_eq!(submit(app, &room.student, id).await, StatusCode::OK);
    id
}

#[tokio::test]
async fn finishing_with_nothing_right_pays_no_coins() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (assignment, q) = three(&app, &room, json!({})).await;
    let id = take(&app, &room, assignment, &q, 0).await;
    assert_eq!(coins(&app, &room.student).await, 0);
    let r = app
        .get(
            &format!("/api/v1/exams/attempts/{id}/result"),
            Some(&room.student.access),
        )
        .await
        .json();
    assert_eq!(r["coins"], 0);
    assert_eq!(r["timed_out"], false);
}

#[tokio::test]
async fn coins_grow_with_the_score_and_a_retake_pays_only_the_improvement() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (assignment, q) = three(&app, &room, json!({"max_attempts": 4})).await;
    take(&app, &room, assignment, &q, 2).await;
    assert_eq!(coins(&app, &room.student).await, 10, "2 of 3");
    take(&app, &room, assignment, &q, 1).await;
    assert_eq!(
        coins(&app, &room.student).await,
        10,
        "a worse retake adds nothing"
    );
    let id = take(&app, &room, assignment, &q, 3).await;
    assert_eq!(
        coins(&app, &room.student).await,
        15,
        "3 of 3 adds the difference"
    );
    take(&app, &room, assignment, &q, 3).await;
    assert_eq!(
        coins(&app, &room.student).await,
        15,
        "the same best again adds nothing"
    );
    let r = app
        .get(
            &format!("/api/v1/exams/attempts/{id}/result"),
            Some(&room.student.access),
        )
        .await
        .json();
    assert_eq!(r["coins"], 5);
}

#[tokio::test]
async fn a_score_shown_after_the_due_time_pays_when_the_child_comes_back_then() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (assignment, q) = three(&app, &room, json!({"show_score": "after_due"})).await;
    take(&app, &room, assignment, &q, 3).await;
    app.get("/api/v1/exams/assignments", Some(&room.student.access))
        .await;
    assert_eq!(
        coins(&app, &room.student).await,
        0,
        "coins would tell the hidden score"
    );
    app.advance_ms(86_400_000 + 1);
    let back = app.login("bekzod@mail.uz", "correct horse 1").await;
    let list = app
        .get("/api/v1/exams/assignments", Some(&back.access))
        .await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    assert_eq!(coins(&app, &back).await, 15);
    app.get("/api/v1/exams/assignments", Some(&back.access))
        .await;
    assert_eq!(coins(&app, &back).await, 15, "paid once");
}

#[tokio::test]
async fn the_result_says_time_ran_out_when_the_clock_closed_the_attempt() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (assignment, q) = three(&app, &room, json!({"time_limit_min": 5})).await;
    let attempt = start(&app, &room.student, assignment).await;
    let id = attempt["id"].as_i64().unwrap();
    let shown = crate::common::shown_at(&attempt, q[0], "4");
    let body = json!({"type": "single", "choice": shown});
    answer(&app, &room.student, id, q[0], body).await;
    app.advance_ms(6 * 60_000);
    let r = app
        .get(
            &format!("/api/v1/exams/attempts/{id}/result"),
            Some(&room.student.access),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json()["timed_out"], true);
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "bekzod@mail.uz"), ("password", "correct horse 1")],
    )
    .await;
    let page = b.get(&format!("/exams/attempts/{id}/result")).await;
    assert!(page.text.contains("data-timed-out"), "{}", page.text);
}

#[tokio::test]
async fn an_untimed_attempt_shows_no_date_in_its_timer_and_continue_comes_first() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (assignment, _) = three(&app, &room, json!({"max_attempts": 1})).await;
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
    let timer = page
        .text
        .split("data-timer")
        .nth(1)
        .unwrap()
        .split("</p>")
        .next()
        .unwrap();
    assert!(timer.contains("Vaqt cheklanmagan"), "{timer}");
    assert!(
        !timer.chars().any(|c| c.is_ascii_digit()),
        "no raw date: {timer}"
    );
    assert!(
        page.text.contains(r#"class="card q current""#),
        "the first question is shown first"
    );
    let list = b.get("/exams").await.text;
    assert!(list.contains("data-continue"), "{list}");
    assert!(
        !list.contains("data-no-attempts"),
        "attempts are not used up while one runs"
    );
    assert_eq!(submit(&app, &room.student, id).await, StatusCode::OK);
    let list = b.get("/exams").await.text;
    assert!(list.contains("data-no-attempts"), "{list}");
    assert!(!list.contains("data-continue"));
}

fn tr(app: &TestApp) -> Tr {
    Tr::new(app.state.i18n.clone(), Lang::En)
}

async fn principal(app: &TestApp, who: &TestUser) -> Principal {
    let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE public_id = $1")
        .bind(&who.id)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    Principal {
        id,
        public_id: who.id.clone(),
        role: Role::Student,
        status: AccountStatus::Active,
        name: "Bekzod".into(),
        avatar: String::new(),
        language: Lang::En,
        session_id: 0,
    }
}

#[tokio::test]
async fn an_assigned_test_is_an_urgent_home_tile_until_it_is_handed_in() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let child = principal(&app, &room.student).await;
    let tiles = kernel::home::tiles_for(&app.state, &child, &tr(&app)).await;
    let t = tiles
        .iter()
        .find(|t| t.kind == "tests")
        .expect("a calm tests tile");
    assert!(!t.urgent);
    assert_eq!(t.href, "/exams");

    let (assignment, q) = three(&app, &room, json!({})).await;
    let tiles = kernel::home::tiles_for(&app.state, &child, &tr(&app)).await;
    let t = &tiles[0];
    assert_eq!((t.kind, t.urgent, t.order), ("assigned-test", true, 0));
    assert_eq!(t.label, "A test from your teacher: Matematika");
    assert!(t.say.contains("Matematika"), "{}", t.say);
    assert_eq!(t.href, format!("/exams#assignment-{assignment}"));

    let id = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    let tiles = kernel::home::tiles_for(&app.state, &child, &tr(&app)).await;
    assert_eq!(
        tiles[0].href,
        format!("/exams/attempts/{id}"),
        "continue it"
    );

    submit(&app, &room.student, id).await;
    let _ = q;
    let tiles = kernel::home::tiles_for(&app.state, &child, &tr(&app)).await;
    assert!(tiles.iter().all(|t| t.kind != "assigned-test"));
    assert!(tiles.iter().any(|t| t.kind == "tests" && !t.urgent));
}

#[tokio::test]
async fn item_statistics_name_each_option_next_to_its_count() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (assignment, q) = three(&app, &room, json!({})).await;
    take(&app, &room, assignment, &q, 1).await;
    let stats = app
        .get(
            &format!("/api/v1/exams/assignments/{assignment}/stats"),
            Some(&room.teacher.access),
        )
        .await;
    assert_eq!(stats.status, StatusCode::OK, "{}", stats.text);
    let options = stats.json()["questions"][0]["options"].clone();
    assert_eq!(options[0]["letter"], "A");
    assert_eq!(options[0]["text"], "4");
    assert_eq!(options[0]["count"], 1);
    assert_eq!(options[1]["text"], "5");
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[
            ("login", "gulnora@maktab.uz"),
            ("password", "correct horse 1"),
        ],
    )
    .await;
    let page = b.get(&format!("/exams/assignments/{assignment}")).await;
    assert!(page.text.contains("A) 4 — 1"), "{}", page.text);
}
