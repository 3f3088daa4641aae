//! Harf pages as a child meets them.

use axum::http::StatusCode;
use testkit::TestApp;

#[tokio::test]
async fn a_child_sees_the_alphabets_the_cards_and_the_first_letter() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "student"),
            ("name", "Bola"),
            ("email", "bola@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    let index = b.get("/harf").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(
        index.text.contains("/harf/uz")
            && index.text.contains("/harf/ru")
            && index.text.contains("/harf/en")
    );
    let uz = b.get("/harf/uz").await;
    assert!(uz.text.contains("/harf/uz/uz-a"), "the first card is open");
    assert!(!uz.text.contains("/harf/uz/uz-b\""), "the second is locked");
    let card = b.get("/harf/uz/uz-a").await;
    assert_eq!(card.status, StatusCode::OK);
    assert!(card.text.contains("id=\"harf-data\""));
    assert_eq!(b.get("/harf/uz/uz-b").await.status, StatusCode::CONFLICT);
    assert_eq!(b.get("/harf/uz/ru-a").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_parents_dashboard_shows_each_childs_letters_and_coins() {
    let app = TestApp::spawn().await;
    let mut parent = app.browser();
    parent
        .post_form(
            "/register",
            &[
                ("role", "parent"),
                ("name", "Ona"),
                ("email", "ona@mail.uz"),
                ("password", "secret pass 1"),
            ],
        )
        .await;
    let res = parent
        .post_form(
            "/family/children",
            &[
                ("name", "Lola"),
                ("birth_year", "2019"),
                ("avatar", "🦊"),
                ("password", "lola123"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let child_id: String = sqlx::query_scalar("SELECT public_id FROM users WHERE name = 'Lola'")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    let kid = app.login(&child_id, "lola123").await;
    for (activity, body) in [
        ("listen", serde_json::json!({"completed": true})),
        (
            "trace",
            serde_json::json!({"coverage": 0.9, "outside": 0.1}),
        ),
        ("find", serde_json::json!({"correct": 5, "total": 5})),
        ("first_sound", serde_json::json!({"correct": 4, "total": 4})),
        (
            "listen_choose",
            serde_json::json!({"correct": 5, "total": 5}),
        ),
    ] {
        let r = app
            .post(
                &format!("/api/v1/harf/cards/uz-a/activities/{activity}"),
                Some(&kid.access),
                body,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let dash = parent.get("/dashboard").await;
    assert!(
        dash.text.contains("30 ta harfdan 1 tasi oʻrganildi"),
        "Uzbek progress line for the child"
    );
    assert!(dash
        .text
        .contains(&format!("/harf/progress?child={child_id}")));
    assert!(dash.text.contains(&format!("/coins?child={child_id}")));
}
