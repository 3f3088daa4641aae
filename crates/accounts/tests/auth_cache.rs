//! The access-token check is answered from each replica's memory, and whatever ends a session
//! or changes a user still takes effect at once, on this replica and on every other one.

use std::time::Duration;

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::{TestApp, TestUser};

async fn me(app: &TestApp, who: &TestUser) -> (StatusCode, serde_json::Value) {
    let res = app.get("/api/v1/auth/me", Some(&who.access)).await;
    let body = if res.status == StatusCode::OK {
        res.json()
    } else {
        json!(null)
    };
    (res.status, body)
}

/// Asks `app` until `done` holds, for a second at most (a change reaches another replica
/// through Redis, a message away); false if it never did.
async fn soon(
    app: &TestApp,
    who: &TestUser,
    done: impl Fn(StatusCode, &serde_json::Value) -> bool,
) -> bool {
    for _ in 0..100 {
        let (status, body) = me(app, who).await;
        if done(status, &body) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

fn accounts_cache(app: &TestApp) -> (usize, usize) {
    accounts::service::auth_cache::of(&app.state).len()
}

#[tokio::test]
async fn a_token_seen_once_is_checked_from_memory_until_it_changes() {
    let app = TestApp::spawn().await;
    let parent = app
        .register("parent", "Dilnoza Rahimova", "dilnoza@cache.uz")
        .await;
    assert_eq!(me(&app, &parent).await.0, StatusCode::OK);
    assert_eq!(
        accounts_cache(&app),
        (1, 1),
        "the token and its user are kept"
    );
    // Changed behind the server's back (no message): the cached user is still served…
    app.exec("UPDATE users SET name = 'Renamed Outside' WHERE email = 'dilnoza@cache.uz'")
        .await;
    assert_eq!(
        me(&app, &parent).await.1["user"]["name"],
        "Dilnoza Rahimova"
    );
    // …for at most the cache's lifetime.
    app.advance_ms(accounts::service::auth_cache::TTL_MS + 1);
    assert_eq!(me(&app, &parent).await.1["user"]["name"], "Renamed Outside");
}

#[tokio::test]
async fn logging_out_ends_a_cached_token_at_once() {
    let app = TestApp::spawn().await;
    let parent = app
        .register("parent", "Aziz Karimov", "aziz@cache.uz")
        .await;
    assert_eq!(me(&app, &parent).await.0, StatusCode::OK);
    let res = app
        .post("/api/v1/auth/logout", Some(&parent.access), json!({}))
        .await;
    assert!(res.status.is_success(), "{}", res.text);
    assert_eq!(me(&app, &parent).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_profile_change_shows_at_once_in_me() {
    let app = TestApp::spawn().await;
    let parent = app
        .register("parent", "Nodira Orinova", "nodira@cache.uz")
        .await;
    assert_eq!(me(&app, &parent).await.0, StatusCode::OK);
    let res = app
        .api(
            Method::PATCH,
            "/api/v1/profile",
            Some(&parent.access),
            Some(json!({"name": "Nodira Oʻrinova", "language": "ru"})),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let (_, body) = me(&app, &parent).await;
    assert_eq!(body["user"]["name"], "Nodira Oʻrinova");
    assert_eq!(body["user"]["language"], "ru");
}

#[tokio::test]
async fn replicas_forget_a_blocked_user_a_logged_out_session_and_an_old_password_at_once() {
    if std::env::var("ALIF24_TEST_REDIS_URL").is_err() {
        eprintln!("ALIF24_TEST_REDIS_URL is not set: replicas cannot hear each other; not tested");
        return;
    }
    let a = TestApp::spawn().await;
    let b = a.replica().await;
    let admin = a.admin().await;

    // Blocking on one replica.
    let blocked = a.register("parent", "Bobur Aliyev", "bobur@cache.uz").await;
    assert_eq!(me(&b, &blocked).await.0, StatusCode::OK);
    assert_eq!(accounts_cache(&b), (1, 1), "replica b keeps the token");
    let path = format!("/api/v1/admin/users/{}/block", blocked.id);
    let res = a.post(&path, Some(&admin.access), json!({})).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert!(
        soon(&b, &blocked, |s, _| s == StatusCode::UNAUTHORIZED).await,
        "the other replica refuses the blocked user's token"
    );

    // Logging out on one replica.
    let parent = a
        .register("parent", "Malika Tosheva", "malika@cache.uz")
        .await;
    assert_eq!(me(&b, &parent).await.0, StatusCode::OK);
    let res = a
        .post("/api/v1/auth/logout", Some(&parent.access), json!({}))
        .await;
    assert!(res.status.is_success(), "{}", res.text);
    assert!(
        soon(&b, &parent, |s, _| s == StatusCode::UNAUTHORIZED).await,
        "the other replica refuses the ended session"
    );

    // A new password ends the other sessions everywhere.
    let phone = a.login("malika@cache.uz", testkit::PASSWORD).await;
    let laptop = a.login("malika@cache.uz", testkit::PASSWORD).await;
    assert_eq!(me(&a, &phone).await.0, StatusCode::OK);
    let res = b
        .post(
            "/api/v1/profile/password",
            Some(&laptop.access),
            json!({"current_password": testkit::PASSWORD, "new_password": "yangi parol 2026 bahor"}),
        )
        .await;
    assert!(res.status.is_success(), "{}", res.text);
    assert!(
        soon(&a, &phone, |s, _| s == StatusCode::UNAUTHORIZED).await,
        "the phone's session ends on the replica that had it cached"
    );
    assert_eq!(
        me(&a, &laptop).await.0,
        StatusCode::OK,
        "the session that changed it stays"
    );

    // A profile change shows on the other replica.
    assert_eq!(me(&a, &laptop).await.0, StatusCode::OK);
    let res = b
        .api(
            Method::PATCH,
            "/api/v1/profile",
            Some(&laptop.access),
            Some(json!({"name": "Malika Toshpoʻlatova"})),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert!(
        soon(&a, &laptop, |_, body| body["user"]["name"]
            == "Malika Toshpoʻlatova")
        .await,
        "the other replica shows the new name"
    );
}
