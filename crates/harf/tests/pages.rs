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
