//! Teachers ask to join with the organisation's code; the organisation approves only teachers
//! who asked (or accepted its invitation).

use axum::http::StatusCode;
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

use crate::orgs::{add, organisation, user_status, PASSWORD};

async fn new_code(app: &TestApp, org: &TestUser, org_id: i64) -> String {
    let res = app
        .post(
            &format!("/api/v1/orgs/{org_id}/join-code"),
            Some(&org.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()["code"].as_str().unwrap().to_string()
}

async fn ask(app: &TestApp, who: &TestUser, code: &str) -> testkit::TestResponse {
    app.post(
        "/api/v1/orgs/join",
        Some(&who.access),
        json!({ "code": code }),
    )
    .await
}

async fn approve_teacher(
    app: &TestApp,
    org: &TestUser,
    org_id: i64,
    id: &str,
) -> testkit::TestResponse {
    app.post(
        &format!("/api/v1/orgs/{org_id}/teachers/{id}/approve"),
        Some(&org.access),
        json!({}),
    )
    .await
}

async fn requests(app: &TestApp, org: &TestUser, org_id: i64) -> Value {
    app.get(
        &format!("/api/v1/orgs/{org_id}/join-requests"),
        Some(&org.access),
    )
    .await
    .json()["requests"]
        .clone()
}

#[tokio::test]
async fn approving_a_teacher_who_never_asked_is_404_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let (rival, rival_id) = organisation(&app, "Raqib", "raqib@mail.uz", false).await;
    let stranger = app.register("teacher", "Begona", "b@mail.uz").await;
    let invited = app.register("teacher", "Taklif", "i@mail.uz").await;
    let asker = app.register("teacher", "Soʻrovchi", "s@mail.uz").await;
    add(&app, &org, org_id, &invited.id, "teacher").await;
    let code = new_code(&app, &rival, rival_id).await;
    assert_eq!(ask(&app, &asker, &code).await.status, StatusCode::CREATED);

    for who in [&stranger, &invited, &asker] {
        let res = approve_teacher(&app, &org, org_id, &who.id).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", who.id);
        assert_eq!(res.error_code(), "not_found");
        assert_eq!(user_status(&app, &who.id).await, "pending");
    }
    let unknown = approve_teacher(&app, &org, org_id, "12345678").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(
        unknown.text,
        approve_teacher(&app, &org, org_id, &stranger.id).await.text
    );
    assert_eq!(app.count("audit_log").await, 0);
    assert_eq!(app.count("org_members").await, 2, "the two owners");

    let res = approve_teacher(&app, &rival, rival_id, &asker.id).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(user_status(&app, &asker.id).await, "active");
    assert_eq!(res.json()["member"]["member_role"], "teacher");
    assert_eq!(
        requests(&app, &rival, rival_id).await,
        json!([]),
        "the request is answered"
    );
}

#[tokio::test]
async fn a_teacher_asks_with_the_code_and_becomes_a_member_only_when_approved() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur Markazi", "nur@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let other = app.teacher("Boshqa", "o@mail.uz").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    let code = new_code(&app, &org, org_id).await;
    let shown = app
        .get(
            &format!("/api/v1/orgs/{org_id}/join-code"),
            Some(&org.access),
        )
        .await;
    assert_eq!(shown.json()["code"], code.as_str());
    assert_eq!(
        app.get(
            &format!("/api/v1/orgs/{org_id}/join-code"),
            Some(&teacher.access)
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );

    let wrong = ask(&app, &teacher, "ZZZZZZZ").await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert_eq!(wrong.error_code(), "org_code_unknown");
    assert_eq!(
        ask(&app, &student, &code).await.status,
        StatusCode::FORBIDDEN
    );
    let lower = code.to_lowercase();
    let res = ask(&app, &teacher, &lower).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["request"]["org"]["name"], "Nur Markazi");
    assert_eq!(
        ask(&app, &teacher, &code).await.status,
        StatusCode::CREATED,
        "asking twice"
    );
    assert_eq!(ask(&app, &other, &code).await.status, StatusCode::CREATED);
    assert_eq!(app.count("org_join_requests").await, 2);
    let mine = app
        .get("/api/v1/orgs/join-requests", Some(&teacher.access))
        .await
        .json();
    assert_eq!(mine["requests"][0]["org"]["name"], "Nur Markazi");
    assert_eq!(app.count("org_members").await, 1, "nobody before approval");

    let waiting = requests(&app, &org, org_id).await;
    let names: Vec<&str> = waiting
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["teacher"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ustoz", "Boshqa"]);
    let path =
        |r: &Value, verb: &str| format!("/api/v1/orgs/{org_id}/join-requests/{}/{verb}", r["id"]);
    let approved = app
        .post(&path(&waiting[0], "approve"), Some(&org.access), json!({}))
        .await;
    assert_eq!(approved.status, StatusCode::NO_CONTENT);
    let rejected = app
        .post(&path(&waiting[1], "reject"), Some(&org.access), json!({}))
        .await;
    assert_eq!(rejected.status, StatusCode::NO_CONTENT);
    let twice = app
        .post(&path(&waiting[1], "approve"), Some(&org.access), json!({}))
        .await;
    assert_eq!(twice.status, StatusCode::NOT_FOUND);
    let theirs = app
        .get("/api/v1/orgs/mine", Some(&teacher.access))
        .await
        .json();
    assert_eq!(theirs["orgs"][0]["member_role"], "teacher");
    let others = app
        .get("/api/v1/orgs/mine", Some(&other.access))
        .await
        .json();
    assert_eq!(others["orgs"], json!([]));
    let again = ask(&app, &teacher, &code).await;
    assert_eq!(again.error_code(), "org_already_member");

    let fresh = new_code(&app, &org, org_id).await;
    assert_ne!(fresh, code);
    assert_eq!(
        ask(&app, &other, &code).await.status,
        StatusCode::NOT_FOUND,
        "old code"
    );
}

#[tokio::test]
async fn the_code_and_the_requests_work_through_the_pages() {
    let app = TestApp::spawn().await;
    organisation(&app, "Nur Markazi", "nur@mail.uz", false).await;
    let teacher = app.register("teacher", "Ustoz Aka", "t@mail.uz").await;
    let mut o = app.browser();
    o.post_form(
        "/login",
        &[("login", "nur@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    let made = o.post_form("/org/join-code", &[]).await;
    assert_eq!(made.location(), Some("/org?notice=org_join_code_changed"));
    let code: String = sqlx::query_scalar("SELECT code FROM org_join_codes")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert!(o.get("/org").await.text.contains(&code));

    let mut t = app.browser();
    t.post_form("/login", &[("login", "t@mail.uz"), ("password", PASSWORD)])
        .await;
    for (lang, title) in [
        ("uz", "Maktab yoki oʻquv markaziga qoʻshilish"),
        ("ru", "Вступить в школу или учебный центр"),
        ("en", "Join a school or learning centre"),
    ] {
        t.post_form("/language", &[("lang", lang), ("next", "/dashboard")])
            .await;
        let home = t.get("/dashboard").await;
        assert!(
            home.text.contains(title) && home.text.contains("action=\"/orgs/join\""),
            "{lang}"
        );
    }
    let wrong = t.post_form("/orgs/join", &[("code", "QQQQQQ")]).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert!(
        wrong.text.contains("Check the code with the administrator"),
        "{}",
        wrong.text
    );
    let asked = t.post_form("/orgs/join", &[("code", &code)]).await;
    assert_eq!(asked.location(), Some("/dashboard?notice=org_request_sent"));
    assert!(t
        .get("/dashboard")
        .await
        .text
        .contains("waiting for the administrator"));

    let home = o.get("/dashboard").await;
    assert!(
        home.text.contains("1 ta oʻqituvchi javobingizni kutmoqda")
            && home.text.contains("/org#requests")
    );
    let page = o.get("/org").await;
    assert!(page.text.contains("Ustoz Aka"));
    let id: i64 = sqlx::query_scalar("SELECT id FROM org_join_requests")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    let action = format!("/org/requests/{id}/approve");
    assert!(page.text.contains(&action));
    let approved = o.post_form(&action, &[]).await;
    assert_eq!(
        approved.location(),
        Some("/org?notice=org_request_approved")
    );
    assert_eq!(app.count("org_members").await, 2);
    let dashboard = o.get("/dashboard").await;
    assert!(dashboard
        .text
        .contains(&format!("/org/teachers/{}/approve", teacher.id)));
}
