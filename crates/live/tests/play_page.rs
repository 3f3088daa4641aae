//! The player's page: `/play` in three languages, the PIN from the link, a signed-in player.

use axum::http::StatusCode;
use testkit::{TestApp, PASSWORD};

/// The page for `path` in `lang`, as a phone asking for that language.
async fn page(app: &TestApp, path: &str, lang: &str) -> String {
    let mut phone = app.browser();
    phone.accept_language = Some(lang.to_string());
    let res = phone.get(path).await;
    assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.text);
    assert!(res.text.starts_with("<!doctype html>"), "{}", res.text);
    res.text
}

#[tokio::test]
async fn play_page_answers_in_three_languages_with_the_pin_prefilled() {
    let app = TestApp::spawn().await;
    for (lang, join, received) in [
        ("uz", "Oʻynash", "Javob qabul qilindi!"),
        ("ru", "Играть", "Ответ принят!"),
        ("en", "Play", "Answer received!"),
    ] {
        let html = page(&app, "/play?pin=123456", lang).await;
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(
            html.contains(&format!("{join} ▶")),
            "{lang}: the join button"
        );
        assert!(html.contains(received), "{lang}: the ack's words");
        assert!(
            html.contains(r#"name="pin" value="123456""#),
            "{lang}: the PIN from the link is prefilled"
        );
        assert!(
            html.contains(r#"name="name""#),
            "{lang}: a visitor types a name"
        );
    }
}

#[tokio::test]
async fn a_pin_that_is_not_six_digits_is_not_prefilled() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/play?pin=12%22%3E34", "en").await;
    assert!(html.contains(r#"name="pin" value="""#), "{html}");
    assert!(page(&app, "/play", "en").await.contains(r#"value="""#));
}

#[tokio::test]
async fn a_signed_in_child_plays_under_the_profile_name() {
    let app = TestApp::spawn().await;
    let kid = app
        .register("student", "Madina Yusupova", "madina@maktab.uz")
        .await;
    let mut phone = app.browser();
    let login = phone
        .post_form("/login", &[("login", &kid.id), ("password", PASSWORD)])
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.text);
    let res = phone.get("/play?pin=654321").await;
    assert_eq!(res.status, StatusCode::OK);
    let signed_in = res.text.split("data-signed-in").nth(1).unwrap_or_default();
    assert!(
        signed_in[..200.min(signed_in.len())].contains("Madina Yusupova"),
        "{}",
        res.text
    );
    assert!(!res.text.contains(r#"name="name""#), "no nickname field");
}
