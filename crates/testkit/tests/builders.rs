//! The builders make what they promise, through the API: approved accounts, a moderator, a
//! family whose child can log in, a class whose students are all on its roster.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn a_built_teacher_is_approved_and_may_create_a_class() {
    let app = TestApp::spawn().await;
    let t = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    assert_eq!(t.user["role"], "teacher");
    assert_eq!(t.user["status"], "active");
    let res = app
        .post("/api/v1/classes", Some(&t.access), json!({"name": "1-A"}))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
}

#[tokio::test]
async fn a_built_organisation_is_approved_and_owns_its_organisation() {
    let app = TestApp::spawn().await;
    let org = app.organisation("Nur markazi", "nur@markaz.uz").await;
    assert_eq!(org.user["role"], "organization");
    assert_eq!(org.user["status"], "active");
    let mine = app.get("/api/v1/orgs/mine", Some(&org.access)).await;
    assert_eq!(mine.json()["orgs"][0]["is_owner"], true);
}

#[tokio::test]
async fn a_built_moderator_decides_approvals_but_may_not_change_roles() {
    let app = TestApp::spawn().await;
    let m = app.moderator("mod@mail.uz").await;
    assert_eq!(m.user["role"], "moderator");
    let t = app.register("teacher", "Kutuvchi", "k@mail.uz").await;
    let url = format!("/api/v1/admin/users/{}", t.id);
    let res = app
        .post(&format!("{url}/approve"), Some(&m.access), json!({}))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let res = app
        .post(
            &format!("{url}/role"),
            Some(&m.access),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_built_childs_parent_sees_the_child_who_logged_in_with_their_id() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Gʻulom").await;
    assert_eq!(parent.user["role"], "parent");
    assert_eq!(child.user["role"], "student");
    assert_eq!(child.user["name"], "Gʻulom");
    let me = app.get("/api/v1/auth/me", Some(&child.access)).await;
    assert_eq!(me.json()["user"]["id"], child.id.as_str());
    let list = app
        .get("/api/v1/family/children", Some(&parent.access))
        .await;
    assert_eq!(list.json()["children"][0]["id"], child.id.as_str());
}

#[tokio::test]
async fn a_class_larger_than_one_addresss_limits_has_every_student_on_its_roster() {
    let app = TestApp::spawn().await;
    let t = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    // More than one address may register (30 an hour) or join by code (20 in ten minutes).
    let (class_id, students) = app.class_with_students(&t, "3-B", 32).await;
    assert_eq!(students.len(), 32);
    let class = app
        .get(&format!("/api/v1/classes/{class_id}"), Some(&t.access))
        .await;
    assert_eq!(class.status, StatusCode::OK, "{}", class.text);
    let roster = class.json()["students"].as_array().unwrap().clone();
    assert_eq!(roster.len(), 32);
    let mut ids: Vec<&str> = roster.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    let mut built: Vec<&str> = students.iter().map(|s| s.id.as_str()).collect();
    built.sort_unstable();
    assert_eq!(ids, built);
}

#[tokio::test]
async fn approvals_go_on_after_the_administrators_token_has_expired() {
    let app = TestApp::spawn().await;
    app.teacher("Birinchi", "b1@maktab.uz").await;
    app.advance_ms(3 * 86_400_000);
    let second = app.teacher("Ikkinchi", "b2@maktab.uz").await;
    assert_eq!(second.user["status"], "active");
    let admin = app.admin().await;
    let audit = app.get("/api/v1/admin/audit", Some(&admin.access)).await;
    let entries = audit.json()["entries"].as_array().unwrap().len();
    assert_eq!(entries, 2, "{}", audit.text);
}
