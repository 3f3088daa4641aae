//! The login page for small fingers: a big numeric Alif24 ID field, a show-password toggle that
//! leaves a plain password field without JavaScript, and the way to picture sign-in; grown-ups
//! get a letter keyboard.

use axum::http::StatusCode;
use testkit::TestApp;

#[tokio::test]
async fn the_childs_form_has_a_numeric_id_field_a_password_toggle_and_picture_sign_in() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/login").await;
    assert_eq!(page.status, StatusCode::OK);
    let id_field = page
        .text
        .split("<input")
        .find(|i| i.contains("name=\"login\""))
        .expect("an ID field");
    assert!(id_field.contains("inputmode=\"numeric\""), "{id_field}");
    assert!(id_field.contains("autocomplete=\"username\""));
    assert!(page.text.contains("type=\"password\""), "works without JS");
    assert!(page.text.contains("aria-pressed=\"false\""));
    assert!(page.text.contains("href=\"/login/pictures\""));
    assert_eq!(
        page.text.matches("action=\"/login\"").count(),
        1,
        "one form"
    );
}

#[tokio::test]
async fn grown_ups_get_a_letter_keyboard_and_still_sign_in_with_their_e_mail() {
    let app = TestApp::spawn().await;
    app.family("mother@mail.uz", "Aziza").await;
    let mut b = app.browser();
    let page = b.get("/login?with=email").await;
    assert!(!page.text.contains("inputmode=\"numeric\""));
    let wrong = b
        .post_form(
            "/login",
            &[("login", "mother@mail.uz"), ("password", "nope nope")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !wrong.text.contains("inputmode=\"numeric\""),
        "an e-mail keeps its keyboard"
    );
    let ok = b
        .post_form(
            "/login",
            &[("login", "mother@mail.uz"), ("password", testkit::PASSWORD)],
        )
        .await;
    assert_eq!(ok.location(), Some("/dashboard"));
}
