//! Azure Speech against a local fake: the requests it sends and how it fails.

use std::time::{Duration, Instant};

use ai::speech::azure::AzureSpeech;
use ai::speech::wav;
use ai::{SpeechError, SpeechLang, SpeechRecognizer, SpeechSynthesizer};

use crate::support::{Behaviour, FakeAzure, FAKE_MP3};

const TEN_S: Duration = Duration::from_secs(10);

#[tokio::test]
async fn synthesis_posts_ssml_with_the_voice_key_and_mp3_format() {
    let fake = FakeAzure::start(Behaviour::Works).await;
    let azure = AzureSpeech::new(fake.config(TEN_S)).unwrap();
    assert_eq!(
        azure.voice_for(SpeechLang::Uz).unwrap(),
        "uz-UZ-MadinaNeural"
    );
    assert_eq!(
        azure.voice_for(SpeechLang::Ru).unwrap(),
        "ru-RU-SvetlanaNeural"
    );

    let audio = azure
        .synthesize("Oʻrdak & <b>\"qush\"</b>", SpeechLang::Uz)
        .await
        .unwrap();
    assert_eq!(audio.bytes, FAKE_MP3);
    assert_eq!(audio.mime, "audio/mpeg");

    let seen = fake.seen();
    assert_eq!(seen.len(), 1);
    let req = &seen[0];
    assert_eq!(req.path, "/cognitiveservices/v1");
    assert_eq!(req.headers["ocp-apim-subscription-key"], "test-key");
    assert_eq!(req.headers["content-type"], "application/ssml+xml");
    assert_eq!(
        req.headers["x-microsoft-outputformat"],
        "audio-16khz-32kbitrate-mono-mp3"
    );
    assert_eq!(req.headers["user-agent"], "alif24");
    let ssml = String::from_utf8(req.body.clone()).unwrap();
    assert!(ssml.contains("name=\"uz-UZ-MadinaNeural\""), "{ssml}");
    assert!(ssml.contains("xml:lang=\"uz-UZ\""), "{ssml}");
    assert!(
        ssml.contains("Oʻrdak &amp; &lt;b&gt;&quot;qush&quot;&lt;/b&gt;"),
        "{ssml}"
    );
    assert!(!ssml.contains("<b>"), "{ssml}");
}

#[tokio::test]
async fn a_refused_key_is_an_error_that_names_the_status() {
    let fake = FakeAzure::start(Behaviour::Unauthorized).await;
    let azure = AzureSpeech::new(fake.config(TEN_S)).unwrap();
    let err = azure.synthesize("Olma", SpeechLang::Uz).await.unwrap_err();
    assert!(
        matches!(err, SpeechError::Refused { status: 401, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("401"), "{err}");
    assert!(!err.to_string().contains("test-key"), "{err}");
}

#[tokio::test]
async fn a_slow_service_times_out_with_an_error_instead_of_hanging() {
    let fake = FakeAzure::start(Behaviour::Slow(Duration::from_secs(5))).await;
    let azure = AzureSpeech::new(fake.config(Duration::from_millis(300))).unwrap();
    let started = Instant::now();
    let err = azure.synthesize("Olma", SpeechLang::Uz).await.unwrap_err();
    assert!(matches!(err, SpeechError::Timeout { .. }), "{err}");
    assert!(started.elapsed() < Duration::from_secs(4));
    let err = azure
        .recognize(wav::pcm16_mono(16_000, &[0; 1600]), SpeechLang::Uz)
        .await
        .unwrap_err();
    assert!(matches!(err, SpeechError::Timeout { .. }), "{err}");
}

#[tokio::test]
async fn an_unreachable_service_is_an_error() {
    // Bind and drop a listener: nothing listens on that port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut config = FakeAzure::start(Behaviour::Works).await.config(TEN_S);
    config.endpoint = Some(format!("http://127.0.0.1:{port}"));
    let azure = AzureSpeech::new(config).unwrap();
    let err = azure.synthesize("Olma", SpeechLang::En).await.unwrap_err();
    assert!(matches!(err, SpeechError::Transport { .. }), "{err}");
}

#[tokio::test]
async fn recognition_sends_pcm_wav_for_the_language_and_returns_the_display_text() {
    let fake = FakeAzure::start(Behaviour::Works).await;
    let azure = AzureSpeech::new(fake.config(TEN_S)).unwrap();
    let recording = wav::pcm16_mono(16_000, &[100; 1600]);
    let text = azure
        .recognize(recording.clone(), SpeechLang::Uz)
        .await
        .unwrap();
    assert_eq!(text, "Olma.");

    let seen = fake.seen();
    let req = &seen[0];
    assert_eq!(
        req.path,
        "/speech/recognition/conversation/cognitiveservices/v1"
    );
    assert_eq!(req.query, "language=uz-UZ&format=simple");
    assert_eq!(req.headers["ocp-apim-subscription-key"], "test-key");
    assert_eq!(
        req.headers["content-type"],
        "audio/wav; codecs=audio/pcm; samplerate=16000"
    );
    assert_eq!(req.body, recording);
}

#[tokio::test]
async fn a_refused_recognition_is_an_error() {
    let fake = FakeAzure::start(Behaviour::Unauthorized).await;
    let azure = AzureSpeech::new(fake.config(TEN_S)).unwrap();
    let err = azure
        .recognize(wav::pcm16_mono(16_000, &[0; 16]), SpeechLang::Ru)
        .await
        .unwrap_err();
    assert!(matches!(err, SpeechError::Refused { status: 401, .. }));
}

#[tokio::test]
async fn ogg_is_asked_of_azure_itself_and_served_as_it_answers() {
    use ai::speech::format::AudioFormat;
    let fake = FakeAzure::start(Behaviour::Works).await;
    let azure = AzureSpeech::new(fake.config(TEN_S)).unwrap();
    assert_eq!(
        azure.native_formats(),
        &[AudioFormat::Ogg, AudioFormat::Mp3]
    );
    let audio = azure
        .synthesize_as("Olma", SpeechLang::Uz, AudioFormat::Ogg)
        .await
        .unwrap();
    assert_eq!(audio.mime, "audio/ogg");
    assert_eq!(
        fake.seen()[0].headers["x-microsoft-outputformat"],
        "ogg-24khz-16bit-mono-opus"
    );
}
