//! The last-admin rule holds when two administrators act on each other at the same moment.

use axum::http::StatusCode;
use serde_json::json;
use testkit::{TestApp, TestUser};

async fn two_admins(app: &TestApp) -> (TestUser, TestUser) {
    let first = app.admin().await;
    let second = app.register("parent", "Ikkinchi", "a2@mail.uz").await;
    let res = app
        .post(
            &format!("/api/v1/admin/users/{}/role", second.id),
            Some(&first.access),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    (first, second)
}

async fn active_admins(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin' AND blocked_at IS NULL")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
}

/// One request wins; the other is refused as the last admin, or (when it arrives after the
/// winner committed) because its sender is no longer an active admin or was logged out.
fn one_won(a: &testkit::TestResponse, b: &testkit::TestResponse) {
    let (winner, loser) = if a.status == StatusCode::OK {
        (a, b)
    } else {
        (b, a)
    };
    assert_eq!(winner.status, StatusCode::OK, "{} / {}", a.text, b.text);
    assert!(
        matches!(
            loser.error_code().as_str(),
            "last_admin" | "forbidden" | "unauthorized"
        ),
        "{}",
        loser.text
    );
}

#[tokio::test]
async fn two_admins_demoting_each_other_at_once_leave_exactly_one_admin() {
    for _ in 0..3 {
        let app = TestApp::spawn().await;
        let (a, b) = two_admins(&app).await;
        let demote = |who: &TestUser, target: &TestUser| {
            let path = format!("/api/v1/admin/users/{}/role", target.id);
            let token = who.access.clone();
            let app = &app;
            async move {
                app.post(&path, Some(&token), json!({"role": "parent"}))
                    .await
            }
        };
        let (ra, rb) = tokio::join!(demote(&a, &b), demote(&b, &a));
        one_won(&ra, &rb);
        assert_eq!(active_admins(&app).await, 1);
    }
}

#[tokio::test]
async fn two_admins_blocking_each_other_at_once_leave_exactly_one_admin() {
    for _ in 0..3 {
        let app = TestApp::spawn().await;
        let (a, b) = two_admins(&app).await;
        let block = |who: &TestUser, target: &TestUser| {
            let path = format!("/api/v1/admin/users/{}/block", target.id);
            let token = who.access.clone();
            let app = &app;
            async move { app.post(&path, Some(&token), json!({})).await }
        };
        let (ra, rb) = tokio::join!(block(&a, &b), block(&b, &a));
        one_won(&ra, &rb);
        assert_eq!(active_admins(&app).await, 1);
    }
}
