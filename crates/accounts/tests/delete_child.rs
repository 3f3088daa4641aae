//! A parent deletes their child's account: every domain's rows about the child go, in one
//! transaction; a wrong password or a stranger deletes nothing.

use axum::http::{Method, StatusCode};
use kernel::db::Backend;
use serde_json::{json, Value};
use testkit::{TestApp, TestUser, PASSWORD};

/// Every column that references `users (id)` by a foreign key, as (table, column).
async fn user_references(app: &TestApp) -> Vec<(String, String)> {
    let sql = match app.state.db.backend() {
        Backend::Sqlite => {
            "SELECT m.name, p.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) p \
             WHERE m.type = 'table' AND p.\"table\" = 'users'"
        }
        Backend::Postgres => {
            "SELECT kcu.table_name::TEXT, kcu.column_name::TEXT \
             FROM information_schema.referential_constraints rc \
             JOIN information_schema.key_column_usage kcu \
               ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema \
             JOIN information_schema.constraint_column_usage ccu \
               ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema \
             WHERE ccu.table_name = 'users' AND kcu.table_schema = current_schema()"
        }
    };
    sqlx::query_as(sql)
        .fetch_all(app.state.db.pool())
        .await
        .expect("foreign keys listed")
}

/// Rows in any table that still point at user `id`, as "table.column: n" lines.
async fn rows_referring_to(app: &TestApp, id: i64) -> Vec<String> {
    let mut out = Vec::new();
    for (table, column) in user_references(app).await {
        let n: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"))
                .bind(id)
                .fetch_one(app.state.db.pool())
                .await
                .expect("count");
        if n > 0 {
            out.push(format!("{table}.{column}: {n}"));
        }
    }
    out
}

async fn internal_id(app: &TestApp, public_id: &str) -> Option<i64> {
    sqlx::query_scalar("SELECT id FROM users WHERE public_id = $1")
        .bind(public_id)
        .fetch_optional(app.state.db.pool())
        .await
        .unwrap()
}

/// The child learns a letter (stars and coins), joins a class, starts a test there and
/// answers, and asks for a link code: rows in accounts, harf, rewards and exams.
async fn child_with_a_history(app: &TestApp, child: &TestUser) {
    for (activity, result) in [
        ("listen", json!({"completed": true})),
        ("trace", json!({"coverage": 0.9, "outside": 0.1})),
        ("find", json!({"correct": 5, "total": 5})),
        ("first_sound", json!({"correct": 4, "total": 4})),
        ("listen_choose", json!({"correct": 3, "total": 5})),
    ] {
        let res = app
            .post(
                &format!("/api/v1/harf/cards/uz-a/activities/{activity}"),
                Some(&child.access),
                result,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{activity}: {}", res.text);
    }
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let class = app
        .post(
            "/api/v1/classes",
            Some(&teacher.access),
            json!({"name": "1-A"}),
        )
        .await;
    assert_eq!(class.status, StatusCode::CREATED, "{}", class.text);
    let class: Value = class.json();
    let class = if class["class"].is_object() {
        class["class"].clone()
    } else {
        class
    };
    let joined = app
        .post(
            "/api/v1/classes/join",
            Some(&child.access),
            json!({"code": class["join_code"]}),
        )
        .await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.text);
    let q = app
        .post(
            "/api/v1/exams/questions",
            Some(&teacher.access),
            json!({"subject": "math", "grade": 1, "language": "uz",
                   "question": {"prompt": "2 + 3 = ?", "type": "single", "options": ["4", "5"], "correct": 1}}),
        )
        .await;
    assert_eq!(q.status, StatusCode::CREATED, "{}", q.text);
    let q = q.json()["id"].as_i64().unwrap();
    let test = app
        .post(
            "/api/v1/exams/tests",
            Some(&teacher.access),
            json!({"title": "Sanash", "subject": "math", "grade": 1, "language": "uz"}),
        )
        .await;
    let test = test.json()["id"].as_i64().unwrap();
    app.post(
        &format!("/api/v1/exams/tests/{test}/questions"),
        Some(&teacher.access),
        json!({"question_ids": [q]}),
    )
    .await;
    let assignment = app
        .post(
            "/api/v1/exams/assignments",
            Some(&teacher.access),
            json!({"test_id": test, "class_id": class["id"], "due_at": app.state.now_ms() + 86_400_000}),
        )
        .await;
    assert_eq!(
        assignment.status,
        StatusCode::CREATED,
        "{}",
        assignment.text
    );
    let assignment = assignment.json()["id"].as_i64().unwrap();
    let attempt = app
        .post(
            &format!("/api/v1/exams/assignments/{assignment}/attempts"),
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(attempt.status, StatusCode::OK, "{}", attempt.text);
    let attempt = attempt.json()["id"].as_i64().unwrap();
    let answered = app
        .api(
            Method::PUT,
            &format!("/api/v1/exams/attempts/{attempt}/answers/{q}"),
            Some(&child.access),
            Some(json!({"answer": {"type": "single", "choice": 1}, "time_ms": 4000})),
        )
        .await;
    assert_eq!(answered.status, StatusCode::NO_CONTENT, "{}", answered.text);
    let code = app
        .post("/api/v1/family/link-code", Some(&child.access), json!({}))
        .await;
    assert_eq!(code.status, StatusCode::CREATED, "{}", code.text);
}

async fn delete(
    app: &TestApp,
    who: &TestUser,
    child_id: &str,
    body: Value,
) -> testkit::TestResponse {
    app.api(
        Method::DELETE,
        &format!("/api/v1/family/children/{child_id}"),
        Some(&who.access),
        Some(body),
    )
    .await
}

#[tokio::test]
async fn deleting_a_child_leaves_no_row_in_any_table_that_refers_to_them() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Zarina Karimova").await;
    child_with_a_history(&app, &child).await;
    let id = internal_id(&app, &child.id).await.expect("child exists");
    let before = rows_referring_to(&app, id).await;
    for table in [
        "harf_progress",
        "coin_ledger",
        "exam_attempts",
        "class_members",
        "auth_sessions",
    ] {
        assert!(
            before.iter().any(|l| l.starts_with(&format!("{table}."))),
            "the history reached {table}: {before:?}"
        );
    }
    let answers = app.count("exam_answers").await;
    assert!(answers > 0);

    let res = delete(&app, &parent, &child.id, json!({"password": PASSWORD})).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);

    assert_eq!(internal_id(&app, &child.id).await, None);
    assert_eq!(rows_referring_to(&app, id).await, Vec::<String>::new());
    assert_eq!(
        app.count("exam_answers").await,
        0,
        "the child's answers went too"
    );
    assert_eq!(app.count("child_link_codes").await, 0);
    let res = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": child.id, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.text);
    let res = app.get("/api/v1/harf/progress", Some(&child.access)).await;
    assert_eq!(
        res.status,
        StatusCode::UNAUTHORIZED,
        "the child's old token is dead"
    );
    // The audit log says a parent deleted a child's account, and nothing about the child.
    let audit: Vec<(Option<i64>, String)> = sqlx::query_as(
        "SELECT target_id, detail FROM audit_log WHERE action = 'family.child_deleted'",
    )
    .fetch_all(app.state.db.pool())
    .await
    .unwrap();
    assert_eq!(audit, vec![(None, "{}".to_string())]);
    let all_detail: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log")
        .fetch_all(app.state.db.pool())
        .await
        .unwrap();
    assert!(all_detail
        .iter()
        .all(|d| !d.contains("Zarina") && !d.contains(&child.id)));
    // The parent, the teacher and the teacher's test stay.
    let res = app
        .get("/api/v1/family/children", Some(&parent.access))
        .await;
    assert_eq!(res.json()["children"], json!([]));
    assert_eq!(app.count("exam_tests").await, 1);
}

#[tokio::test]
async fn a_wrong_or_missing_password_deletes_nothing() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ota@mail.uz", "Aziz").await;
    let res = delete(
        &app,
        &parent,
        &child.id,
        json!({"password": "not my password"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert_eq!(
        res.json()["error"]["fields"]["password"]
            .as_str()
            .map(|s| !s.is_empty()),
        Some(true)
    );
    let res = delete(&app, &parent, &child.id, json!({})).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert!(internal_id(&app, &child.id).await.is_some());
    assert_eq!(app.count("families").await, 1);
    app.login(&child.id, PASSWORD).await;
}

#[tokio::test]
async fn only_the_childs_own_parent_can_delete_the_account() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Aziz").await;
    let stranger = app.register("parent", "Begona", "begona@mail.uz").await;
    let res = delete(&app, &stranger, &child.id, json!({"password": PASSWORD})).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.text);
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let res = delete(&app, &teacher, &child.id, json!({"password": PASSWORD})).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text);
    let res = delete(&app, &child, &child.id, json!({"password": PASSWORD})).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text);
    assert!(internal_id(&app, &child.id).await.is_some());
}

#[tokio::test]
async fn the_page_says_what_goes_and_deletes_only_when_the_name_and_password_are_right() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Zarina").await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", "ona@mail.uz"), ("password", PASSWORD)],
        )
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    let family = b.get("/family").await;
    let href = format!("/family/children/{}/delete", child.id);
    assert!(
        family.text.contains(&href),
        "the family page links to deletion"
    );
    let page = b.get(&href).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains(&child.id) && page.text.contains("name=\"confirm_name\""));
    let res = b
        .post_form(&href, &[("confirm_name", "Zarin"), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("aria-invalid"));
    assert!(internal_id(&app, &child.id).await.is_some());
    let res = b
        .post_form(
            &href,
            &[("confirm_name", " zarina "), ("password", "wrong one")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(internal_id(&app, &child.id).await.is_some());
    let res = b
        .post_form(
            &href,
            &[("confirm_name", " zarina "), ("password", PASSWORD)],
        )
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    assert_eq!(res.location(), Some("/family?notice=family_child_deleted"));
    assert_eq!(internal_id(&app, &child.id).await, None);
    let res = app
        .get("/api/v1/family/children", Some(&parent.access))
        .await;
    assert_eq!(res.json()["children"], json!([]));
}
