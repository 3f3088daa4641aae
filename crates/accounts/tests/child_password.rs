//! A parent sets their child's password; the child's other sessions end; children cannot change
//! their own password; nobody else can set it.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn a_parent_sets_a_new_password_and_the_childs_old_sessions_end() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let path = format!("/api/v1/family/children/{}/password", child.id);
    let res = app
        .post(
            &path,
            Some(&parent.access),
            json!({"password": "yashil archa 6"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);

    let me = app.get("/api/v1/auth/me", Some(&child.access)).await;
    assert_eq!(me.status, StatusCode::UNAUTHORIZED, "the old session ended");
    app.login(&child.id, "yashil archa 6").await;
    let old = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": child.id, "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_weak_password_is_refused_and_nothing_changes() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let path = format!("/api/v1/family/children/{}/password", child.id);
    let res = app
        .api(
            Method::POST,
            &path,
            Some(&parent.access),
            Some(json!({"password": "123456"})),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.json()["error"]["fields"]["password"].is_string());
    let me = app.get("/api/v1/auth/me", Some(&child.access)).await;
    assert_eq!(me.status, StatusCode::OK, "nothing changed");
}

#[tokio::test]
async fn only_the_childs_own_parent_may_set_it() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let (other_parent, _) = app.family("other@mail.uz", "Bekzod").await;
    let teacher = app.teacher("Malika Karimova", "malika@mail.uz").await;
    let path = format!("/api/v1/family/children/{}/password", child.id);
    let body = json!({"password": "yashil archa 6"});
    let res = app
        .post(&path, Some(&other_parent.access), body.clone())
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app.post(&path, Some(&teacher.access), body.clone()).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app.post(&path, Some(&child.access), body).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_child_cannot_change_their_own_password() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let res = app
        .post(
            "/api/v1/profile/password",
            Some(&child.access),
            json!({"current_password": "correct horse 1", "new_password": "yashil archa 6"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.error_code(), "child_password_by_parent");
    let page = app.get("/profile", Some(&child.access)).await;
    assert!(!page.text.contains(r#"action="/profile/password""#));
}

#[tokio::test]
async fn the_family_page_offers_the_form_and_it_works() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "mother@mail.uz"), ("password", "correct horse 1")],
    )
    .await;
    let page = b.get("/family").await;
    let action = format!("/family/children/{}/password", child.id);
    assert!(page.text.contains(&action), "{}", page.text);
    let res = b
        .post_form(&action, &[("password", "yashil archa 6")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    app.login(&child.id, "yashil archa 6").await;
}
