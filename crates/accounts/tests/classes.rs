//! Classes: teachers create and run them, students join with a code, strangers see nothing.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

const PASSWORD: &str = "correct horse 1";

async fn create_class(app: &TestApp, teacher: &TestUser, name: &str) -> Value {
    let res = app
        .post(
            "/api/v1/classes",
            Some(&teacher.access),
            json!({ "name": name }),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["class"].clone()
}

async fn join(app: &TestApp, student: &TestUser, code: &str) -> testkit::TestResponse {
    app.post(
        "/api/v1/classes/join",
        Some(&student.access),
        json!({ "code": code }),
    )
    .await
}

fn spaced_lower(code: &str) -> String {
    let lower = code.to_lowercase();
    format!(" {} - {} ", &lower[..3], &lower[3..])
}

#[tokio::test]
async fn a_pending_teacher_cannot_create_a_class_but_an_approved_one_can() {
    let app = TestApp::spawn().await;
    let pending = app.register("teacher", "Yangi Ustoz", "new@mail.uz").await;
    let res = app
        .post(
            "/api/v1/classes",
            Some(&pending.access),
            json!({ "name": "1-A" }),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.error_code(), "account_not_approved");
    assert_eq!(app.count("classes").await, 0);

    let teacher = app.teacher("Malika Opa", "malika@mail.uz").await;
    let class = create_class(&app, &teacher, "  2-B   sinf ").await;
    assert_eq!(class["name"], "2-B sinf");
    assert_eq!(class["teacher"]["id"], teacher.id.as_str());
    assert_eq!(class["student_count"], 0);
    assert_eq!(class["archived"], false);
    let code = class["join_code"].as_str().unwrap();
    assert_eq!(code.len(), 6);
    assert_eq!(code, kernel::ids::normalize_code(code));
}

#[tokio::test]
async fn a_student_joins_by_code_typed_in_lower_case_with_spaces_and_twice_is_once() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Malika Opa", "malika@mail.uz").await;
    let class = create_class(&app, &teacher, "3-A").await;
    let code = class["join_code"].as_str().unwrap();
    let student = app.register("student", "Aziz", "aziz@mail.uz").await;

    let res = join(&app, &student, &spaced_lower(code)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let seen = &res.json()["class"];
    assert_eq!(seen["name"], "3-A");
    assert_eq!(seen["teacher"]["name"], "Malika Opa");
    assert!(seen.get("join_code").is_none() && seen.get("student_count").is_none());

    let again = join(&app, &student, code).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(app.count("class_members").await, 1);

    let mine = app
        .get("/api/v1/classes", Some(&student.access))
        .await
        .json();
    assert_eq!(mine["classes"].as_array().unwrap().len(), 1);
    let path = format!("/api/v1/classes/{}", class["id"]);
    let roster = app.get(&path, Some(&teacher.access)).await.json();
    assert_eq!(roster["students"][0]["id"], student.id.as_str());
    assert_eq!(roster["students"][0]["name"], "Aziz");
    assert_eq!(roster["class"]["student_count"], 1);
}

#[tokio::test]
async fn a_wrong_code_is_refused_with_a_clear_message_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    create_class(&app, &teacher, "4-A").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    for code in ["ZZZZZZ", "abc", "12345678901"] {
        let res = join(&app, &student, code).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{code}");
        assert_eq!(res.error_code(), "class_code_unknown");
        assert!(res.json()["error"]["fields"]["code"].is_string());
    }
    let empty = join(&app, &student, "  - ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("class_members").await, 0);
}

#[tokio::test]
async fn an_archived_class_refuses_new_students_until_reopened() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let class = create_class(&app, &teacher, "5-A").await;
    let path = format!("/api/v1/classes/{}", class["id"]);
    let res = app
        .api(
            Method::PATCH,
            &path,
            Some(&teacher.access),
            Some(json!({ "archived": true })),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["class"]["archived"], true);

    let student = app.register("student", "Bola", "bola@mail.uz").await;
    let code = class["join_code"].as_str().unwrap();
    let refused = join(&app, &student, code).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.error_code(), "class_archived");
    assert_eq!(app.count("class_members").await, 0);

    app.api(
        Method::PATCH,
        &path,
        Some(&teacher.access),
        Some(json!({ "archived": false })),
    )
    .await;
    assert_eq!(join(&app, &student, code).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_teacher_cannot_read_or_change_another_teachers_class() {
    let app = TestApp::spawn().await;
    let owner = app.teacher("Owner", "owner@mail.uz").await;
    let other = app.teacher("Other", "other@mail.uz").await;
    let class = create_class(&app, &owner, "6-A").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    join(&app, &student, class["join_code"].as_str().unwrap()).await;
    let id = class["id"].clone();
    let token = Some(other.access.as_str());

    let path = format!("/api/v1/classes/{id}");
    assert_eq!(app.get(&path, token).await.status, StatusCode::NOT_FOUND);
    let patch = app
        .api(
            Method::PATCH,
            &path,
            token,
            Some(json!({ "name": "Mine now", "archived": true })),
        )
        .await;
    assert_eq!(patch.status, StatusCode::NOT_FOUND);
    assert_eq!(patch.error_code(), "not_found");
    let code = app.post(&format!("{path}/code"), token, json!({})).await;
    assert_eq!(code.status, StatusCode::NOT_FOUND);
    let remove = app
        .api(
            Method::DELETE,
            &format!("{path}/students/{}", student.id),
            token,
            None,
        )
        .await;
    assert_eq!(remove.status, StatusCode::NOT_FOUND);
    let missing = app.get("/api/v1/classes/999999", token).await;
    assert_eq!(
        missing.status,
        StatusCode::NOT_FOUND,
        "same answer as a class that does not exist"
    );
    let listed = app.get("/api/v1/classes", token).await.json();
    assert_eq!(listed["classes"], json!([]));

    let after = app.get(&path, Some(&owner.access)).await.json();
    assert_eq!(after["class"]["name"], "6-A");
    assert_eq!(after["class"]["join_code"], class["join_code"]);
    assert_eq!(after["class"]["archived"], false);
    assert_eq!(app.count("class_members").await, 1);
    let page = app.get(&format!("/classes/{id}"), token).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "the page hides it too");
}

#[tokio::test]
async fn a_student_sees_class_and_teacher_names_but_not_the_roster() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let class = create_class(&app, &teacher, "7-A").await;
    let code = class["join_code"].as_str().unwrap();
    let a = app.register("student", "Anvar", "anvar@mail.uz").await;
    let b = app.register("student", "Barno", "barno@mail.uz").await;
    join(&app, &a, code).await;
    join(&app, &b, code).await;

    let path = format!("/api/v1/classes/{}", class["id"]);
    let seen = app.get(&path, Some(&a.access)).await;
    assert_eq!(seen.status, StatusCode::OK);
    let body = seen.json();
    assert!(body.get("students").is_none(), "{body}");
    assert!(!seen.text.contains("Barno"));
    assert_eq!(body["class"]["teacher"]["name"], "Ustoz");

    let patch = app
        .api(
            Method::PATCH,
            &path,
            Some(&a.access),
            Some(json!({ "name": "Ours" })),
        )
        .await;
    assert_eq!(patch.status, StatusCode::FORBIDDEN);
    let outsider = app.register("student", "Boshqa", "boshqa@mail.uz").await;
    assert_eq!(
        app.get(&path, Some(&outsider.access)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_new_code_replaces_the_old_one() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let class = create_class(&app, &teacher, "8-A").await;
    let old = class["join_code"].as_str().unwrap().to_string();
    let res = app
        .post(
            &format!("/api/v1/classes/{}/code", class["id"]),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let new = res.json()["class"]["join_code"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new, old);
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    assert_eq!(
        join(&app, &student, &old).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(join(&app, &student, &new).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_teacher_removes_a_student_and_a_student_can_leave() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let class = create_class(&app, &teacher, "9-A").await;
    let code = class["join_code"].as_str().unwrap();
    let a = app.register("student", "Anvar", "anvar@mail.uz").await;
    let b = app.register("student", "Barno", "barno@mail.uz").await;
    join(&app, &a, code).await;
    join(&app, &b, code).await;
    let path = format!("/api/v1/classes/{}", class["id"]);

    let removed = app
        .api(
            Method::DELETE,
            &format!("{path}/students/{}", a.id),
            Some(&teacher.access),
            None,
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let again = app
        .api(
            Method::DELETE,
            &format!("{path}/students/{}", a.id),
            Some(&teacher.access),
            None,
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&path, Some(&a.access)).await.status,
        StatusCode::NOT_FOUND
    );

    let left = app
        .post(&format!("{path}/leave"), Some(&b.access), json!({}))
        .await;
    assert_eq!(left.status, StatusCode::NO_CONTENT);
    assert_eq!(app.count("class_members").await, 0);
}

#[tokio::test]
async fn bad_input_is_refused_in_the_error_envelope_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let token = Some(teacher.access.as_str());
    let missing = app.post("/api/v1/classes", token, json!({})).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.json()["error"]["fields"]["name"].is_string());
    let huge = app
        .post(
            "/api/v1/classes",
            token,
            json!({ "name": "x".repeat(10_000) }),
        )
        .await;
    assert_eq!(huge.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(huge.json()["error"]["fields"]["name"].is_string());
    let wrong_type = app
        .post(
            "/api/v1/classes",
            token,
            json!({ "name": "A", "org_id": "abc" }),
        )
        .await;
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
    assert_eq!(wrong_type.error_code(), "malformed_json");
    let not_json = app
        .send(
            axum::http::Request::post("/api/v1/classes")
                .header("authorization", format!("Bearer {}", teacher.access))
                .header("content-type", "application/json")
                .body(axum::body::Body::from("{\"name\": "))
                .unwrap(),
        )
        .await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(not_json.error_code(), "malformed_json");
    let foreign_org = app
        .post(
            "/api/v1/classes",
            token,
            json!({ "name": "A", "org_id": 1 }),
        )
        .await;
    assert_eq!(foreign_org.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(foreign_org.json()["error"]["fields"]["org_id"].is_string());
    assert_eq!(app.count("classes").await, 0);

    let class = create_class(&app, &teacher, "10-A").await;
    let path = format!("/api/v1/classes/{}", class["id"]);
    let blank = app
        .api(
            Method::PATCH,
            &path,
            token,
            Some(json!({ "name": "   ", "archived": true })),
        )
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    let after = app.get(&path, token).await.json();
    assert_eq!(after["class"]["name"], "10-A");
    assert_eq!(
        after["class"]["archived"], false,
        "a rejected change writes nothing"
    );
    assert_eq!(
        app.get("/api/v1/classes/abc", token).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn code_guesses_are_rate_limited_per_address() {
    let app = TestApp::spawn().await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    let limit = kernel::ratelimit::limits::CODE_PER_IP.max;
    for _ in 0..limit {
        assert_eq!(
            join(&app, &student, "ZZZZZZ").await.status,
            StatusCode::NOT_FOUND
        );
    }
    let res = join(&app, &student, "ZZZZZZ").await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.error_code(), "rate_limited");
}

#[tokio::test]
async fn only_teachers_create_and_only_students_join() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let class = create_class(&app, &teacher, "1-A").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let token = Some(parent.access.as_str());
    let create = app
        .post("/api/v1/classes", token, json!({ "name": "X" }))
        .await;
    assert_eq!(create.status, StatusCode::FORBIDDEN);
    let joined = app
        .post(
            "/api/v1/classes/join",
            token,
            json!({ "code": class["join_code"] }),
        )
        .await;
    assert_eq!(joined.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/api/v1/classes", token).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/api/v1/classes", None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.count("class_members").await, 0);
}

#[tokio::test]
async fn a_teacher_creates_a_class_through_the_form_and_a_student_joins_through_the_form() {
    let app = TestApp::spawn().await;
    app.teacher("Malika Opa", "malika@mail.uz").await;
    let mut t = app.browser();
    t.post_form(
        "/login",
        &[("login", "malika@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    let dashboard = t.get("/dashboard").await;
    assert!(
        dashboard.text.contains("action=\"/classes\""),
        "active teachers get the form"
    );
    let res = t.post_form("/classes", &[("name", "2-A sinf")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let location = res.location().unwrap().to_string();
    assert!(location.starts_with("/classes/"), "{location}");
    let code: String = sqlx::query_scalar("SELECT join_code FROM classes")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    let page = t.get(&location).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains(&format!("data-join-code=\"{code}\"")));
    assert!(t
        .get("/classes")
        .await
        .text
        .contains(&format!("data-join-code=\"{code}\"")));
    let blank = t.post_form("/classes", &[("name", "  ")]).await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("classes").await, 1);

    app.register("student", "Aziz", "aziz@mail.uz").await;
    let mut s = app.browser();
    s.post_form(
        "/login",
        &[("login", "aziz@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    let home = s.get("/dashboard").await;
    assert!(home.text.contains("name=\"code\"") && home.text.contains("/family/link-code"));
    let wrong = s.post_form("/classes/join", &[("code", "zzz zzz")]).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert!(
        wrong.text.contains("Bunday kodli sinf topilmadi."),
        "{}",
        wrong.text
    );
    let joined = s
        .post_form("/classes/join", &[("code", &spaced_lower(&code))])
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.text);
    assert_eq!(joined.location(), Some("/dashboard?notice=class_joined"));
    let after = s.get("/dashboard?notice=class_joined").await;
    assert!(after.text.contains("2-A sinf") && after.text.contains("Malika Opa"));
    assert!(
        !after.text.contains(&code),
        "students are not shown the code"
    );
}

#[tokio::test]
async fn a_pending_teacher_is_told_classes_open_after_approval() {
    let app = TestApp::spawn().await;
    app.register("teacher", "Yangi", "yangi@mail.uz").await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "yangi@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    let page = b.get("/dashboard").await;
    assert!(page.text.contains("class=\"notice warn\""));
    assert!(!page.text.contains("action=\"/classes\""));
    let classes = b.get("/classes").await;
    assert!(classes.text.contains("tasdiqlagach, sinf yarata olasiz"));
    let res = b.post_form("/classes", &[("name", "1-A")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("classes").await, 0);
}
