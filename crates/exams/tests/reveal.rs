//! The test's `show_score` and `show_answers` settings, everywhere a student or a parent can
//! read a score or whether an answer was right: the assignments list, the result, the pages,
//! and the coins paid for right answers.

use axum::http::StatusCode;
use serde_json::{json, Value};
use testkit::{Browser, TestApp, TestUser};

use crate::common::*;

/// A class whose student is a parent's child; the child answers both questions of a test
/// with `settings` right and hands in.
struct Family {
    room: Classroom,
    parent: TestUser,
    child: TestUser,
    child_id: String,
    assignment: i64,
    attempt: i64,
}

async fn family(app: &TestApp, settings: Value) -> Family {
    let room = classroom(app).await;
    let parent = app.register("parent", "Malika", "malika@mail.uz").await;
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": "Sardor", "birth_year": 2018, "avatar": "🦊", "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let child_id = res.json()["child"]["id"].as_str().unwrap().to_string();
    let child = app.login(&child_id, "correct horse 1").await;
    let code = app
        .get(
            &format!("/api/v1/classes/{}", room.class_id),
            Some(&room.teacher.access),
        )
        .await
        .json()["class"]["join_code"]
        .as_str()
        .unwrap()
        .to_string();
    let res = app
        .post(
            "/api/v1/classes/join",
            Some(&child.access),
            json!({"code": code}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let q = [
        question(app, &room.teacher, json!({"prompt": "10 > 9", "type": "true_false", "answer": true})).await,
        question(app, &room.teacher, json!({"prompt": "2 + 3 = ?", "type": "single", "options": ["4", "5", "6"], "correct": 1})).await,
    ];
    let test = test_with(app, &room.teacher, settings, &q).await;
    let assignment = assign(app, &room, test).await;
    let attempt = start(app, &child, assignment).await["id"].as_i64().unwrap();
    for (qid, a) in [
        (q[0], json!({"type": "true_false", "value": true})),
        (q[1], json!({"type": "single", "choice": 1})),
    ] {
        assert_eq!(
            answer(app, &child, attempt, qid, a).await,
            StatusCode::NO_CONTENT
        );
    }
    let res = app
        .post(
            &format!("/api/v1/exams/attempts/{attempt}/submit"),
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    Family {
        room,
        parent,
        child,
        child_id,
        assignment,
        attempt,
    }
}

/// How the child stands at the assignment, as the child and as the parent read it.
async fn standings(app: &TestApp, f: &Family) -> [Value; 2] {
    let mine = app
        .get("/api/v1/exams/assignments", Some(&f.child.access))
        .await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.text);
    let parents = app
        .get(
            &format!("/api/v1/exams/assignments?child={}", f.child_id),
            Some(&f.parent.access),
        )
        .await;
    assert_eq!(parents.status, StatusCode::OK, "{}", parents.text);
    [mine.json(), parents.json()].map(|v| {
        let a = &v["assignments"][0];
        assert_eq!(a["id"], f.assignment);
        a["mine"].clone()
    })
}

async fn result(app: &TestApp, who: &TestUser, attempt: i64) -> Value {
    let res = app
        .get(
            &format!("/api/v1/exams/attempts/{attempt}/result"),
            Some(&who.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()
}

async fn signed_in<'a>(app: &'a TestApp, login: &str) -> Browser<'a> {
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", login), ("password", "correct horse 1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    b
}

async fn coins(app: &TestApp, who: &TestUser) -> i64 {
    app.get("/api/v1/coins", Some(&who.access)).await.json()["summary"]["balance"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn a_hidden_score_stays_out_of_the_assignments_list_for_the_child_and_the_parent() {
    let app = TestApp::spawn().await;
    let f = family(
        &app,
        json!({"show_score": "never", "show_answers": "never"}),
    )
    .await;
    for mine in standings(&app, &f).await {
        assert_eq!(mine["attempts_used"], 1, "{mine}");
        assert_eq!(mine["score_visible"], false, "{mine}");
        assert!(mine["best_score"].is_null(), "{mine}");
        assert!(mine["score_visible_at"].is_null(), "never: no date");
    }
    for who in [&f.child, &f.parent] {
        let r = result(&app, who, f.attempt).await;
        assert!(r["score"].is_null(), "{r}");
        assert!(
            r["questions"]
                .as_array()
                .unwrap()
                .iter()
                .all(|q| q["credit"].is_null()),
            "{r}"
        );
    }
    // The teacher still sees the score.
    let t = result(&app, &f.room.teacher, f.attempt).await;
    assert_eq!(t["score"], 2.0);
}

#[tokio::test]
async fn a_score_shown_after_the_due_time_appears_in_the_list_only_then() {
    let app = TestApp::spawn().await;
    let f = family(&app, json!({"show_score": "after_due"})).await;
    for mine in standings(&app, &f).await {
        assert!(mine["best_score"].is_null(), "{mine}");
        assert!(mine["score_visible_at"].is_i64(), "{mine}");
    }
    app.advance_ms(86_400_000);
    let f = Family {
        child: app.login(&f.child_id, "correct horse 1").await,
        parent: app.login("malika@mail.uz", "correct horse 1").await,
        ..f
    };
    for mine in standings(&app, &f).await {
        assert_eq!(mine["best_score"], 2.0, "{mine}");
        assert_eq!(mine["score_visible"], true);
        assert!(mine["score_visible_at"].is_null());
    }
}

#[tokio::test]
async fn right_or_wrong_per_question_waits_for_the_answers_while_attempts_remain() {
    let app = TestApp::spawn().await;
    let settings =
        json!({"max_attempts": 3, "show_score": "after_submit", "show_answers": "after_due"});
    let f = family(&app, settings).await;
    for who in [&f.child, &f.parent] {
        let r = result(&app, who, f.attempt).await;
        assert_eq!(r["score"], 2.0, "the score itself may show");
        for q in r["questions"].as_array().unwrap() {
            assert!(q["credit"].is_null(), "{q}");
            assert!(q["correct_answer"].is_null(), "{q}");
        }
    }
    let mut b = signed_in(&app, &f.child_id).await;
    let page = b
        .get(&format!("/exams/attempts/{}/result", f.attempt))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(!page.text.contains("result-q right"), "{}", page.text);
    assert!(!page.text.contains("✓"), "{}", page.text);
}

#[tokio::test]
async fn the_pages_show_no_score_the_test_hides() {
    let app = TestApp::spawn().await;
    let f = family(&app, json!({"show_score": "never"})).await;
    let mut child = signed_in(&app, &f.child_id).await;
    let home = child.get("/exams").await;
    assert_eq!(home.status, StatusCode::OK, "{}", home.text);
    assert!(!home.text.contains("2 / 2"), "{}", home.text);
    let mut parent = signed_in(&app, "malika@mail.uz").await;
    let page = parent.get(&format!("/exams/child/{}", f.child_id)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Matematika"), "{}", page.text);
    assert!(!page.text.contains("2 / 2"), "{}", page.text);
    let result = parent
        .get(&format!("/exams/attempts/{}/result", f.attempt))
        .await;
    assert_eq!(result.status, StatusCode::OK, "{}", result.text);
    // The score as the page would print it (a bare "100" can also be part of an ID or token).
    for shown in ["100%", "100 %", "2 / 2"] {
        assert!(!result.text.contains(shown), "{shown}: {}", result.text);
    }
}

#[tokio::test]
async fn the_same_test_with_the_score_shown_lists_it_on_both_pages() {
    let app = TestApp::spawn().await;
    let f = family(&app, json!({})).await;
    let mut child = signed_in(&app, &f.child_id).await;
    assert!(child.get("/exams").await.text.contains("2 / 2"));
    let mut parent = signed_in(&app, "malika@mail.uz").await;
    let page = parent.get(&format!("/exams/child/{}", f.child_id)).await;
    assert!(page.text.contains("2 / 2"), "{}", page.text);
}

#[tokio::test]
async fn coins_for_right_answers_do_not_give_a_hidden_score_away() {
    let app = TestApp::spawn().await;
    let hidden = family(&app, json!({"show_score": "never"})).await;
    assert_eq!(
        coins(&app, &hidden.child).await,
        0,
        "a score never shown pays no coins, so coins cannot tell it"
    );
    let app = TestApp::spawn().await;
    let shown = family(&app, json!({})).await;
    assert_eq!(
        coins(&app, &shown.child).await,
        exams::service::pay::MAX_COINS
    );
}
