//! "Open my child's account" on the parent's phone, and back to the parent only with the
//! parent's password; a child's sign-out asks first.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

async fn parent_browser<'a>(app: &'a TestApp) -> testkit::Browser<'a> {
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", "mother@mail.uz"), ("password", testkit::PASSWORD)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    b
}

#[tokio::test]
async fn the_parents_phone_becomes_the_childs_and_comes_back_with_the_parents_password() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let mut phone = parent_browser(&app).await;
    let family = phone.get("/family").await;
    let open = format!("/family/children/{}/open", child.id);
    assert!(family.text.contains(&open));
    let res = phone.post_form(&open, &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let me = phone.get("/profile").await;
    assert!(me.text.contains(&child.id), "the phone is the child's now");
    assert_eq!(
        phone.get("/family").await.location(),
        Some("/family/link-code")
    );

    let logout = phone.post_form("/logout", &[]).await;
    assert_eq!(
        logout.location(),
        Some("/logout/confirm"),
        "a child is asked first"
    );
    let confirm = phone.get("/logout/confirm").await;
    assert!(
        confirm.text.contains("action=\"/back-to-parent\""),
        "{}",
        confirm.text
    );

    let wrong = phone
        .post_form("/back-to-parent", &[("password", "child guess 1")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        phone.get("/profile").await.text.contains(&child.id),
        "still the child"
    );
    let back = phone
        .post_form("/back-to-parent", &[("password", testkit::PASSWORD)])
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text);
    assert_eq!(back.location(), Some("/family"));
    assert_eq!(
        phone.get("/family").await.status,
        StatusCode::OK,
        "the parent again"
    );
}

#[tokio::test]
async fn a_child_who_signed_in_alone_has_no_way_into_a_parents_account() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let res = app
        .post(
            "/api/v1/auth/back-to-parent",
            Some(&child.access),
            json!({"password": testkit::PASSWORD}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let page = app.get("/logout/confirm", Some(&child.access)).await;
    assert!(!page.text.contains("/back-to-parent"));
}

#[tokio::test]
async fn the_api_opens_a_childs_session_for_the_parent_only() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let (stranger, _) = app.family("other@mail.uz", "Bekzod").await;
    let path = format!("/api/v1/family/children/{}/session", child.id);
    let res = app.post(&path, Some(&stranger.access), json!({})).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app.post(&path, Some(&parent.access), json!({})).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let kid = res.json()["access_token"].as_str().unwrap().to_string();
    let me = app.get("/api/v1/auth/me", Some(&kid)).await;
    assert_eq!(me.json()["user"]["id"], child.id.as_str());
    let back = app
        .post(
            "/api/v1/auth/back-to-parent",
            Some(&kid),
            json!({"password": testkit::PASSWORD}),
        )
        .await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.text);
    assert_eq!(back.json()["user"]["email"], "mother@mail.uz");
    let me = app.get("/api/v1/auth/me", Some(&kid)).await;
    assert_eq!(
        me.status,
        StatusCode::UNAUTHORIZED,
        "the child's session ended"
    );
}

#[tokio::test]
async fn grown_ups_sign_out_at_once() {
    let app = TestApp::spawn().await;
    app.family("mother@mail.uz", "Aziza").await;
    let mut phone = parent_browser(&app).await;
    let res = phone.post_form("/logout", &[]).await;
    assert_eq!(res.location(), Some("/"));
    assert_eq!(phone.get("/family").await.status, StatusCode::SEE_OTHER);
}
