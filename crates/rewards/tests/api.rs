//! `GET /api/v1/coins` and `/coins`: the caller's own, or a parent's own child's.

use axum::http::StatusCode;
use rewards::service::award;
use rewards::Award;
use testkit::TestApp;

async fn internal_id(app: &TestApp, public_id: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE public_id = $1")
        .bind(public_id)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_child_and_their_parent_see_the_coins_and_no_one_else_does() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ota@mail.uz", "Jasur").await;
    let stranger = app.register("parent", "Begona", "begona@mail.uz").await;
    let cid = internal_id(&app, &child.id).await;
    award(
        &app.state,
        &Award {
            user_id: cid,
            amount: 5,
            source: "harf.card_learned",
            reference: "uz-a",
            key: "a",
        },
    )
    .await
    .unwrap();

    let own = app.get("/api/v1/coins", Some(&child.access)).await;
    assert_eq!(own.status, StatusCode::OK);
    assert_eq!(own.json()["summary"]["balance"], 5);
    assert_eq!(own.json()["entries"][0]["source"], "harf.card_learned");

    let by_parent = app
        .get(
            &format!("/api/v1/coins?child={}", child.id),
            Some(&parent.access),
        )
        .await;
    assert_eq!(by_parent.json()["summary"]["balance"], 5);
    let by_stranger = app
        .get(
            &format!("/api/v1/coins?child={}", child.id),
            Some(&stranger.access),
        )
        .await;
    assert_eq!(by_stranger.status, StatusCode::NOT_FOUND);
    let by_child = app
        .get(
            &format!("/api/v1/coins?child={}", parent.id),
            Some(&child.access),
        )
        .await;
    assert_eq!(by_child.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/api/v1/coins", None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_student_sees_the_balance_in_the_header_and_the_history_page() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "student"),
            ("name", "Anvar"),
            ("email", "anvar@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM users")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    award(
        &app.state,
        &Award {
            user_id: id,
            amount: 12,
            source: "harf.card_learned",
            reference: "uz-a",
            key: "k",
        },
    )
    .await
    .unwrap();
    let page = b.get("/coins").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("data-coin-balance>12<"),
        "header shows the balance"
    );
    assert!(page.text.contains("Harf oʻrganildi"));
}
