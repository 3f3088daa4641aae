//! Picture passwords: a parent picks four pictures; the child signs in by tapping them (API
//! and page); wrong sequences are throttled like passwords; strangers cannot set one.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

const PICTURES: [&str; 4] = ["cat", "apple", "moon", "cat"];

async fn set_pictures(app: &TestApp, parent: &testkit::TestUser, child_id: &str) {
    let res = app
        .post(
            &format!("/api/v1/family/children/{child_id}/picture-password"),
            Some(&parent.access),
            json!({ "pictures": PICTURES }),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
}

async fn login_pictures(app: &TestApp, id: &str, pictures: &[&str]) -> testkit::TestResponse {
    app.post(
        "/api/v1/auth/login",
        None,
        json!({"login": id, "pictures": pictures}),
    )
    .await
}

#[tokio::test]
async fn a_child_signs_in_with_the_pictures_the_parent_chose_in_order() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let res = login_pictures(&app, &child.id, &PICTURES).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "none set yet");
    set_pictures(&app, &parent, &child.id).await;
    let res = login_pictures(&app, &child.id, &PICTURES).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["user"]["id"], child.id.as_str());
    let res = login_pictures(&app, &child.id, &["apple", "cat", "moon", "cat"]).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "order matters");
    app.login(&child.id, testkit::PASSWORD).await;
    let stored: String = sqlx::query_scalar("SELECT hash FROM picture_passwords")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "hashed like a password");
}

#[tokio::test]
async fn bad_sequences_are_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let path = format!("/api/v1/family/children/{}/picture-password", child.id);
    for pictures in [
        json!(["cat", "apple", "moon"]),
        json!(["cat", "apple", "moon", "unicorn"]),
        json!(["cat", "cat", "cat", "cat"]),
    ] {
        let res = app
            .post(&path, Some(&parent.access), json!({ "pictures": pictures }))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{pictures}");
        assert!(res.json()["error"]["fields"]["pictures"].is_string());
    }
    assert_eq!(app.count("picture_passwords").await, 0);
    let (stranger, _) = app.family("other@mail.uz", "Bekzod").await;
    let res = app
        .post(
            &path,
            Some(&stranger.access),
            json!({ "pictures": PICTURES }),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app
        .post(&path, Some(&child.access), json!({ "pictures": PICTURES }))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn wrong_sequences_are_throttled_like_passwords() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    set_pictures(&app, &parent, &child.id).await;
    let wrong = ["dog", "dog", "fish", "star"];
    for _ in 0..accounts::service::throttle::FREE_FAILURES {
        let res = login_pictures(&app, &child.id, &wrong).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let res = login_pictures(&app, &child.id, &PICTURES).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.error_code(), "login_delayed");
    app.advance_ms(accounts::service::throttle::FIRST_DELAY_MS);
    let res = login_pictures(&app, &child.id, &PICTURES).await;
    assert_eq!(res.status, StatusCode::OK, "after the wait: {}", res.text);
}

#[tokio::test]
async fn removing_the_picture_password_stops_it() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    set_pictures(&app, &parent, &child.id).await;
    let path = format!("/api/v1/family/children/{}/picture-password", child.id);
    let res = app
        .api(Method::DELETE, &path, Some(&parent.access), None)
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let res = login_pictures(&app, &child.id, &PICTURES).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_picture_page_takes_one_tap_at_a_time_and_knows_the_childs_device() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let mut mum = app.browser();
    mum.post_form(
        "/login",
        &[("login", "mother@mail.uz"), ("password", testkit::PASSWORD)],
    )
    .await;
    let set = mum
        .post_form(
            &format!("/family/children/{}/picture-password", child.id),
            &[
                ("p1", "cat"),
                ("p2", "apple"),
                ("p3", "moon"),
                ("p4", "cat"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text);

    let mut tablet = app.browser();
    let page = tablet
        .get(&format!("/login/pictures?id={}", child.id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text.matches("class=\"picture-button\"").count(), 12);
    let mut picked = String::new();
    for (i, pick) in PICTURES.iter().enumerate() {
        let res = tablet
            .post_form(
                "/login/pictures",
                &[("login", &child.id), ("picked", &picked), ("pick", pick)],
            )
            .await;
        if i + 1 < PICTURES.len() {
            assert_eq!(res.status, StatusCode::OK, "{}", res.text);
            assert_eq!(res.text.matches("dot on").count(), i + 1);
        } else {
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
            assert_eq!(res.location(), Some("/dashboard"));
        }
        picked = PICTURES[..=i].join(",");
    }
    assert!(tablet.get("/profile").await.text.contains(&child.id));

    // Signed out, the same tablet offers the child's avatar to tap.
    tablet.post_form("/logout/confirm", &[]).await;
    let page = tablet.get("/login/pictures").await;
    assert!(
        page.text
            .contains(&format!("/login/pictures?id={}", child.id)),
        "{}",
        page.text
    );
    let fresh = app.browser().get("/login/pictures").await;
    assert!(!fresh.text.contains(&child.id), "another device does not");
}
