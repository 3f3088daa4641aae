//! The profile: name, avatar, language, password, logging out everywhere.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn profile_changes_are_saved_and_bad_ones_change_nothing() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Nodira", "nodira@mail.uz").await;
    let res = app
        .api(
            Method::PATCH,
            "/api/v1/profile",
            Some(&u.access),
            Some(json!({"name": "Nodira O'rinova", "avatar": "🦊", "language": "en"})),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["user"]["name"], "Nodira Oʻrinova");
    assert_eq!(res.json()["user"]["avatar"], "🦊");
    assert_eq!(res.json()["user"]["language"], "en");
    for bad in [
        json!({"avatar": "💩"}),
        json!({"name": ""}),
        json!({"language": "de"}),
        json!({"name": "y".repeat(10_000)}),
    ] {
        let res = app
            .api(
                Method::PATCH,
                "/api/v1/profile",
                Some(&u.access),
                Some(bad.clone()),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let me = app.get("/api/v1/auth/me", Some(&u.access)).await.json();
    assert_eq!(me["user"]["name"], "Nodira Oʻrinova");
    assert_eq!(me["user"]["avatar"], "🦊");
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let here = app.register("teacher", "Oybek", "oybek@mail.uz").await;
    let elsewhere = app.login("oybek@mail.uz", "correct horse 1").await;
    let wrong = app
        .post(
            "/api/v1/profile/password",
            Some(&here.access),
            json!({"current_password": "nope", "new_password": "brand new pass"}),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.json()["error"]["fields"]["current_password"].is_string());
    let ok = app
        .post(
            "/api/v1/profile/password",
            Some(&here.access),
            json!({"current_password": "correct horse 1", "new_password": "brand new pass"}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::NO_CONTENT, "{}", ok.text);
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&here.access)).await.status,
        StatusCode::OK,
        "this device stays in"
    );
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&elsewhere.access))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    app.login("oybek@mail.uz", "brand new pass").await;
    let old = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": "oybek@mail.uz", "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_profile_page_saves_the_form_and_logs_out_everywhere() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "parent"),
            ("name", "Sevara"),
            ("email", "sevara@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    let page = b.get("/profile").await;
    assert_eq!(page.status, StatusCode::OK);
    let res = b
        .post_form(
            "/profile",
            &[("name", "Sevara A"), ("avatar", "🐼"), ("language", "ru")],
        )
        .await;
    assert_eq!(res.location(), Some("/profile?notice=profile_saved"));
    let page = b.get("/profile?notice=profile_saved").await;
    assert!(
        page.text.contains("Профиль сохранён."),
        "the page follows the new language"
    );
    assert!(page.text.contains("Sevara A"));
    let api = app.login("sevara@mail.uz", "secret pass 1").await;
    b.post_form("/profile/logout-all", &[]).await;
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&api.access)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(b.get("/dashboard").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn guessing_the_current_password_is_rate_limited() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Sabr", "sabr@mail.uz").await;
    let guess = json!({"current_password": "guess guess", "new_password": "brand new pass"});
    let mut last = StatusCode::OK;
    for _ in 0..12 {
        last = app
            .post("/api/v1/profile/password", Some(&u.access), guess.clone())
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}
