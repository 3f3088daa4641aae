//! The speech cache: each phrase is synthesised once per provider and voice.

use std::sync::Arc;
use std::time::Duration;

use ai::speech::azure::AzureSpeech;
use ai::{Speech, SpeechLang};
use axum::http::StatusCode;
use testkit::TestApp;

use crate::support::{get, speech_app, tts_uri, Behaviour, Counting, FakeAzure, FAKE_MP3};

#[tokio::test]
async fn the_second_request_for_a_phrase_does_not_reach_the_provider() {
    let app = TestApp::spawn().await;
    let fake = FakeAzure::start(Behaviour::Works).await;
    let azure = Arc::new(AzureSpeech::new(fake.config(Duration::from_secs(10))).unwrap());
    let router = speech_app(&app, Speech::new(vec![azure.clone()], Some(azure)));

    let first = get(&router, &tts_uri("uz-UZ", "Olma")).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body, FAKE_MP3);
    assert_eq!(
        first.header("content-type"),
        "audio/ogg",
        "Azure makes Ogg Opus itself"
    );
    assert_eq!(fake.calls(), 1);

    // The same phrase, however it is spaced, comes from the cache.
    let again = get(&router, &tts_uri("uz-uz", "  Olma ")).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body, FAKE_MP3);
    assert_eq!(again.header("content-type"), "audio/ogg");
    assert_eq!(fake.calls(), 1);
    assert_eq!(app.count("speech_cache").await, 1);

    // Another language is another phrase.
    get(&router, &tts_uri("en-US", "Olma")).await;
    assert_eq!(fake.calls(), 2);
    assert_eq!(app.count("speech_cache").await, 2);
}

#[tokio::test]
async fn uzbek_apostrophes_typed_any_way_share_one_recording() {
    let app = TestApp::spawn().await;
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let router = speech_app(&app, Speech::new(vec![voice.clone()], None));
    for typed in ["O'rdak", "O‘rdak", "Oʻrdak", "O`rdak"] {
        let res = get(&router, &tts_uri("uz-UZ", typed)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body, "espeak|uz-UZ|Oʻrdak".as_bytes());
    }
    assert_eq!(voice.calls(), 1);
}

#[tokio::test]
async fn concurrent_first_requests_both_get_audio_and_leave_one_row() {
    let app = TestApp::spawn().await;
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let router = speech_app(&app, Speech::new(vec![voice.clone()], None));
    let uri = tts_uri("ru-RU", "Арбуз");
    let (a, b) = tokio::join!(get(&router, &uri), get(&router, &uri));
    assert_eq!((a.status, b.status), (StatusCode::OK, StatusCode::OK));
    assert_eq!(a.body, b.body);
    assert_eq!(app.count("speech_cache").await, 1);
    assert!((1..=2).contains(&voice.calls()));
}

#[tokio::test]
async fn a_new_provider_makes_its_own_recording_of_a_cached_phrase() {
    let app = TestApp::spawn().await;
    let espeak = Counting::new("espeak", &SpeechLang::ALL);
    get(
        &speech_app(&app, Speech::new(vec![espeak.clone()], None)),
        &tts_uri("en-US", "Apple"),
    )
    .await;
    let azure = Counting::new("azure", &SpeechLang::ALL);
    let res = get(
        &speech_app(&app, Speech::new(vec![azure.clone(), espeak.clone()], None)),
        &tts_uri("en-US", "Apple"),
    )
    .await;
    assert_eq!(res.body, b"azure|en-US|Apple");
    assert_eq!((espeak.calls(), azure.calls()), (1, 1));
    assert_eq!(app.count("speech_cache").await, 2);
}
