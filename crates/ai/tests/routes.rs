//! `/api/v1/speech/…` as pages and apps call them.

use std::sync::Arc;
use std::time::Duration;

use ai::speech::azure::AzureSpeech;
use ai::speech::wav;
use ai::{Speech, SpeechLang};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use testkit::TestApp;

use crate::support::{get, send, speech_app, tts_uri, Behaviour, Counting, FakeAzure};

/// The application as it starts here: Azure is not configured in tests.
fn azure_configured() -> bool {
    std::env::var("AZURE_SPEECH_KEY").is_ok_and(|k| !k.trim().is_empty())
}

#[tokio::test]
async fn status_names_a_voice_for_every_language_and_says_whether_recognition_works() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/speech/status", None).await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.json();
    for tag in ["uz-UZ", "ru-RU", "en-US"] {
        let by = body["tts"][tag].as_str().unwrap();
        assert!(["azure", "espeak", "browser"].contains(&by), "{tag}: {by}");
    }
    assert_eq!(body["stt"], azure_configured());
}

#[tokio::test]
async fn the_chooser_prefers_the_first_provider_with_a_voice_per_language() {
    let app = TestApp::spawn().await;
    let azure = Counting::new("azure", &[SpeechLang::Ru]);
    let espeak = Counting::new("espeak", &[SpeechLang::Uz, SpeechLang::Ru]);
    let router = speech_app(&app, Speech::new(vec![azure.clone(), espeak.clone()], None));
    let status = get(&router, "/api/v1/speech/status").await.json();
    assert_eq!(
        status,
        serde_json::json!({
            "tts": { "uz-UZ": "espeak", "ru-RU": "azure", "en-US": "browser" },
            "stt": false,
            "formats": ["audio/wav"],
            "labels": {
                "hear": "Eshitish",
                "tap_to_hear": "Eshitish uchun bos",
                "cannot_speak": "Bu yerda ovoz yoʻq"
            }
        })
    );
    let ru = get(&router, &tts_uri("ru-RU", "Мама")).await;
    assert_eq!(ru.body, "azure|ru-RU|Мама".as_bytes());
    let en = get(&router, &tts_uri("en-US", "Mum")).await;
    assert_eq!(en.status, StatusCode::NOT_FOUND);
    assert_eq!(en.error_code(), "speech_unavailable");
    assert_eq!((azure.calls(), espeak.calls()), (1, 0));
}

#[tokio::test]
async fn audio_is_served_with_its_type_and_a_year_long_public_cache() {
    let app = TestApp::spawn().await;
    let router = speech_app(
        &app,
        Speech::new(vec![Counting::new("espeak", &SpeechLang::ALL)], None),
    );
    let res = get(&router, &format!("{}&format=wav", tts_uri("uz-UZ", "Bola"))).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-type"), "audio/wav");
    assert_eq!(
        res.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn without_a_server_voice_the_page_is_told_to_use_the_browser() {
    let app = TestApp::spawn().await;
    let router = speech_app(&app, Speech::disabled());
    let status = get(&router, "/api/v1/speech/status").await.json();
    assert_eq!(status["tts"]["uz-UZ"], "browser");
    assert_eq!(status["stt"], false);
    let res = get(&router, &tts_uri("uz-UZ", "Olma")).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.error_code(), "speech_unavailable");
    assert!(!res.json()["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("error-"));
}

#[tokio::test]
async fn empty_too_long_or_unknown_language_requests_are_refused_with_422() {
    let app = TestApp::spawn().await;
    let long = "a".repeat(301);
    for (uri, field) in [
        (tts_uri("uz-UZ", ""), "text"),
        (tts_uri("uz-UZ", "   "), "text"),
        (tts_uri("uz-UZ", &long), "text"),
        (tts_uri("de-DE", "Apfel"), "lang"),
        ("/api/v1/speech/tts?text=Olma".to_string(), "lang"),
    ] {
        let res = app.get(&uri, None).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{uri}");
        assert!(res.json()["error"]["fields"][field].is_string(), "{uri}");
    }
    assert_eq!(app.count("speech_cache").await, 0);
    let router = speech_app(
        &app,
        Speech::new(vec![Counting::new("espeak", &SpeechLang::ALL)], None),
    );
    let longest = get(&router, &tts_uri("en-US", &"a".repeat(300))).await;
    assert_eq!(
        longest.status,
        StatusCode::OK,
        "300 characters are accepted"
    );
}

#[tokio::test]
async fn a_failing_provider_is_a_502_and_nothing_is_cached() {
    let app = TestApp::spawn().await;
    let broken = Counting::failing("azure");
    let router = speech_app(&app, Speech::new(vec![broken.clone()], None));
    let res = get(&router, &tts_uri("en-US", "Cat")).await;
    assert_eq!(res.status, StatusCode::BAD_GATEWAY);
    assert_eq!(res.error_code(), "speech_failed");
    assert_eq!(app.count("speech_cache").await, 0);
    get(&router, &tts_uri("en-US", "Cat")).await;
    assert_eq!(broken.calls(), 2);
}

#[tokio::test]
async fn new_phrases_are_limited_per_address_but_cached_ones_are_not() {
    let app = TestApp::spawn().await;
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let router = speech_app(&app, Speech::new(vec![voice.clone()], None));
    for n in 0..60 {
        let res = get(&router, &tts_uri("en-US", &format!("word {n}"))).await;
        assert_eq!(res.status, StatusCode::OK, "word {n}");
    }
    let over = get(&router, &tts_uri("en-US", "one too many")).await;
    assert_eq!(over.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(over.error_code(), "rate_limited");
    let cached = get(&router, &tts_uri("en-US", "word 7")).await;
    assert_eq!(cached.status, StatusCode::OK);
    assert_eq!(voice.calls(), 60);
    app.advance_ms(61_000);
    let later = get(&router, &tts_uri("en-US", "one too many")).await;
    assert_eq!(later.status, StatusCode::OK);
}

fn recognize(uri: &str, token: Option<&str>, body: Vec<u8>) -> Request<Body> {
    let mut req = Request::post(uri).header("content-type", "audio/wav");
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    req.body(Body::from(body)).unwrap()
}

#[tokio::test]
async fn recognition_needs_a_signed_in_user_and_a_configured_service() {
    let app = TestApp::spawn().await;
    let child = app.register("student", "Aziza", "aziza@mail.uz").await;
    let recording = wav::pcm16_mono(16_000, &[0; 1600]);
    let uri = "/api/v1/speech/recognize?lang=uz-UZ";
    let anonymous = app.send(recognize(uri, None, recording.clone())).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    if !azure_configured() {
        let res = app
            .send(recognize(uri, Some(&child.access), recording))
            .await;
        assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(res.error_code(), "speech_recognition_unavailable");
    }
}

#[tokio::test]
async fn a_signed_in_child_gets_the_words_heard_in_a_16_khz_recording() {
    let app = TestApp::spawn().await;
    let child = app.register("student", "Aziza", "aziza@mail.uz").await;
    let fake = FakeAzure::start(Behaviour::Works).await;
    let azure = Arc::new(AzureSpeech::new(fake.config(Duration::from_secs(10))).unwrap());
    let router = speech_app(&app, Speech::new(vec![azure.clone()], Some(azure)));
    let token = Some(child.access.as_str());
    let uri = "/api/v1/speech/recognize?lang=uz-UZ";

    let ok = send(
        &router,
        recognize(uri, token, wav::pcm16_mono(16_000, &[9; 1600])),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_eq!(ok.json(), serde_json::json!({ "text": "Olma." }));
    assert_eq!(
        get(&router, "/api/v1/speech/status").await.json()["stt"],
        true
    );

    for body in [
        b"not a wav file".to_vec(),
        wav::pcm16_mono(48_000, &[9; 1600]),
        wav::pcm16_mono(16_000, &[]),
    ] {
        let res = send(&router, recognize(uri, token, body)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.json()["error"]["fields"]["audio"].is_string());
    }
    let unknown = send(
        &router,
        recognize(
            "/api/v1/speech/recognize?lang=xx",
            token,
            wav::pcm16_mono(16_000, &[1; 16]),
        ),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let huge = send(
        &router,
        recognize(uri, token, wav::pcm16_mono(16_000, &vec![1; 600_000])),
    )
    .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(huge.error_code(), "body_too_large");
    assert_eq!(
        fake.calls(),
        1,
        "refused recordings never reach the service"
    );
}
