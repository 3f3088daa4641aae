//! The server voice as operators see it: `/readyz` and the admin overview.

use std::sync::Arc;

use ai::{Speech, SpeechLang};
use axum::http::StatusCode;
use testkit::TestApp;

use crate::support::Counting;

async fn with_speech(speech: Speech) -> TestApp {
    TestApp::spawn_with_services(&[], move |services| services.speech = Arc::new(speech)).await
}

#[tokio::test]
async fn readiness_reports_the_server_voice_and_its_languages() {
    let app = with_speech(Speech::new(
        vec![Counting::new("espeak", &[SpeechLang::Uz, SpeechLang::Ru])],
        None,
    ))
    .await;
    let res = app.get("/readyz", None).await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.json();
    assert_eq!(body["status"], "ready");
    assert_eq!(body["speech"]["server_voice"], true);
    assert_eq!(
        body["speech"]["languages"],
        serde_json::json!(["ru-RU", "uz-UZ"])
    );
    assert_eq!(body["speech"]["providers"]["uz-UZ"], "espeak");
    assert!(body["speech"]["formats"].is_array());
}

#[tokio::test]
async fn without_a_server_voice_the_server_is_still_ready_and_says_so() {
    let app = with_speech(Speech::disabled()).await;
    let res = app.get("/readyz", None).await;
    assert_eq!(res.status, StatusCode::OK);
    let speech = &res.json()["speech"];
    assert_eq!(speech["server_voice"], false);
    assert_eq!(speech["languages"], serde_json::json!([]));
    assert_eq!(speech["formats"], serde_json::json!([]));
}

async fn admin_overview(app: &TestApp) -> String {
    app.admin().await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[
                ("login", "admin@alif24.test"),
                ("password", "admin password 1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = b.get("/admin").await;
    assert_eq!(page.status, StatusCode::OK);
    page.text
}

#[tokio::test]
async fn the_admin_overview_shows_the_voices_languages_or_that_there_is_none() {
    let app = with_speech(Speech::new(
        vec![Counting::new("espeak", &SpeechLang::ALL)],
        None,
    ))
    .await;
    let page = admin_overview(&app).await;
    assert_eq!(page.matches("data-voice").count(), 1, "{page}");
    let title = &page[page.find("<title>").unwrap()..page.find("</title>").unwrap()];
    assert!(!title.contains("ovoz"), "{title}");
    assert!(page.contains("Server ovozi"), "{page}");
    assert!(page.contains("Ovoz bor: en-US, ru-RU, uz-UZ."), "{page}");

    let app = with_speech(Speech::disabled()).await;
    let page = admin_overview(&app).await;
    assert!(page.contains("Serverda ovoz yoʻq"), "{page}");
}
