//! Parents: a child's settings (only their own child's), whole math solutions turned off for
//! homework, and what the child read.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn a_parent_turns_off_whole_solutions_and_the_child_solves_step_by_step() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    let (other_parent, _) = app.family("dada@mail.uz", "Sardor").await;
    let path = format!("/api/v1/smartkids/children/{}/settings", child.id);
    let defaults = app.get(&path, Some(&parent.access)).await;
    assert_eq!(
        defaults.json(),
        json!({"approve_llm": false, "full_solutions": true})
    );
    assert_eq!(
        app.get(&path, Some(&other_parent.access)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&path, Some(&child.access)).await.status,
        StatusCode::FORBIDDEN
    );
    let off = json!({"approve_llm": true, "full_solutions": false});
    let denied = app
        .api(
            Method::PUT,
            &path,
            Some(&other_parent.access),
            Some(off.clone()),
        )
        .await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    let saved = app
        .api(Method::PUT, &path, Some(&parent.access), Some(off.clone()))
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    assert_eq!(app.get(&path, Some(&parent.access)).await.json(), off);

    let solve = |mode: &str| json!({"problem": "47 + 24", "language": "en", "mode": mode});
    let whole = app
        .post(
            "/api/v1/mathkids/solve",
            Some(&child.access),
            solve("steps"),
        )
        .await;
    assert_eq!(whole.status, StatusCode::FORBIDDEN);
    assert_eq!(whole.json()["error"]["code"], "mathkids_full_solution_off");
    let hint = app
        .post("/api/v1/mathkids/solve", Some(&child.access), solve("hint"))
        .await;
    assert_eq!(hint.status, StatusCode::OK, "{}", hint.text);
    let h = hint.json();
    assert_eq!(h["answer"], "", "the answer is kept for the checks");
    assert!(
        !hint.text.contains("71"),
        "nothing reveals the sum: {}",
        hint.text
    );
    // Step by step, through the checks, the child gets there.
    let steps = h["steps"].as_array().unwrap().len();
    let check = |step: usize, previous: &[&str]| json!({"problem": "47 + 24", "language": "en", "step": step, "previous": previous});
    let skipped = app
        .post(
            "/api/v1/mathkids/check",
            Some(&child.access),
            check(steps - 1, &[]),
        )
        .await;
    assert_eq!(
        skipped.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no jumping to the end: {}",
        skipped.text
    );
    let wrong = app
        .post(
            "/api/v1/mathkids/check",
            Some(&child.access),
            check(steps - 1, &["11", "8"]),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let last = app
        .post(
            "/api/v1/mathkids/check",
            Some(&child.access),
            check(steps - 1, &["11", "7"]),
        )
        .await
        .json();
    assert_eq!(
        last["answer"], "71",
        "after both columns, the answer: {last}"
    );
    // The parent's own view is unchanged.
    let theirs = app
        .post(
            "/api/v1/mathkids/solve",
            Some(&parent.access),
            solve("steps"),
        )
        .await;
    assert_eq!(theirs.json()["answer"], "71");
}

#[tokio::test]
async fn a_parent_sees_what_the_child_read() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    let shelf = app
        .get("/api/v1/smartkids/library?language=uz", None)
        .await
        .json();
    let id = &shelf["stories"][0]["id"];
    let reading = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/readings"),
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    app.post(
        &format!(
            "/api/v1/smartkids/readings/{}/finish",
            reading["reading_id"]
        ),
        Some(&child.access),
        json!({"answers": [{"type": "single", "choice": 0}]}),
    )
    .await;
    let res = app
        .get(
            &format!("/api/v1/smartkids/children/{}/readings", child.id),
            Some(&parent.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let lines = res.json()["readings"].as_array().unwrap().clone();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["title"], shelf["stories"][0]["title"]);
    assert!(lines[0]["quiz_score"].is_i64());
}

#[tokio::test]
async fn a_reported_story_is_taken_down_by_a_moderator() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let shelf = app
        .get("/api/v1/smartkids/library?language=en", None)
        .await
        .json();
    let id = shelf["stories"][0]["id"].as_i64().unwrap();
    let report = format!("/api/v1/smartkids/stories/{id}/report");
    let first = app
        .post(&report, Some(&child.access), json!({"reason": "scary"}))
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    assert_eq!(
        app.post(&report, Some(&child.access), json!({}))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(app.count("kids_reports").await, 1);
    assert_eq!(
        app.get("/api/v1/smartkids/reports", Some(&child.access))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let moderator = app.moderator("mod@alif24.uz").await;
    let open = app
        .get("/api/v1/smartkids/reports", Some(&moderator.access))
        .await
        .json();
    let reports = open["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["reason"], "scary");
    let resolve = format!("/api/v1/smartkids/reports/{}/resolve", reports[0]["id"]);
    let done = app
        .post(&resolve, Some(&moderator.access), json!({"action": "hide"}))
        .await;
    assert_eq!(done.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/smartkids/stories/{id}"), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let shelf = app
        .get("/api/v1/smartkids/library?language=en", None)
        .await
        .json();
    assert!(shelf["stories"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["id"] != id));
    let left = app
        .get("/api/v1/smartkids/reports", Some(&moderator.access))
        .await
        .json();
    assert!(left["reports"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_teacher_turns_whole_solutions_off_for_a_class_doing_homework() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Olga Ivanova", "olga@maktab.uz").await;
    let other = app.teacher("Aziz Karimov", "aziz@maktab.uz").await;
    let (class_id, students) = app.class_with_students(&teacher, "3-A", 1).await;
    let path = format!("/api/v1/mathkids/classes/{class_id}/settings");
    assert_eq!(
        app.get(&path, Some(&teacher.access)).await.json()["full_solutions"],
        true
    );
    let off = json!({"full_solutions": false});
    let theirs = app
        .api(Method::PUT, &path, Some(&other.access), Some(off.clone()))
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let by_student = app
        .api(
            Method::PUT,
            &path,
            Some(&students[0].access),
            Some(off.clone()),
        )
        .await;
    assert_eq!(by_student.status, StatusCode::FORBIDDEN);
    let saved = app
        .api(Method::PUT, &path, Some(&teacher.access), Some(off))
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    let solve = json!({"problem": "84 : 4", "language": "ru", "mode": "steps"});
    let res = app
        .post(
            "/api/v1/mathkids/solve",
            Some(&students[0].access),
            solve.clone(),
        )
        .await;
    assert_eq!(res.json()["error"]["code"], "mathkids_full_solution_off");
    let on = json!({"full_solutions": true});
    app.api(Method::PUT, &path, Some(&teacher.access), Some(on))
        .await;
    let res = app
        .post("/api/v1/mathkids/solve", Some(&students[0].access), solve)
        .await;
    assert_eq!(res.json()["answer"], "21");
}
