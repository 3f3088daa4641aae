//! Compressed audio: the format a request gets, encoders as subprocesses (fakes here, so these
//! run everywhere), ETags, and one synthesis per phrase however many ask at once.

use std::path::PathBuf;
use std::time::Duration;

use ai::speech::encode::Encoders;
use ai::{Speech, SpeechLang};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use testkit::TestApp;

use crate::support::{get, send, speech_app, tts_uri, Counting};

/// A folder of fake programs for one test.
pub struct Fakes {
    pub dir: PathBuf,
}

impl Fakes {
    pub fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("alif24-enc-{}", &kernel::ids::token()[..12]));
        std::fs::create_dir_all(&dir).unwrap();
        Self { dir }
    }

    /// A program that reads its input and answers `answer` (a shell `printf` argument) after
    /// `sleep` seconds, noting in `seen` how many copies of it were running when it started.
    pub fn program(&self, name: &str, answer: &str, sleep: &str) -> String {
        use std::os::unix::fs::PermissionsExt;
        let path = self.dir.join(name);
        let d = self.dir.display();
        let script = format!(
            "#!/bin/sh\n[ -n \"$WARMUP\" ] && exit 0\nmkdir \"{d}/run.$$\"\nls \"{d}\" | grep -c '^run\\.' >> \"{d}/seen\"\n\
             cat > /dev/null\nsleep {sleep}\nprintf '{answer}'\nrmdir \"{d}/run.$$\"\n"
        );
        std::fs::write(&path, script).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        // Another test's process start may briefly hold the new file open (ETXTBSY): wait for
        // the program to run once before handing it out, then forget that run.
        for _ in 0..50 {
            match std::process::Command::new(&path)
                .env("WARMUP", "1")
                .stdin(std::process::Stdio::null())
                .output()
            {
                Ok(_) => break,
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        path.display().to_string()
    }

    /// The most copies of the fake programs seen running at once.
    pub fn most_at_once(&self) -> usize {
        std::fs::read_to_string(self.dir.join("seen"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .max()
            .unwrap_or(0)
    }
}

impl Drop for Fakes {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::test]
async fn the_offline_voice_is_served_as_ogg_and_as_mp3_when_asked_each_cached_once() {
    let app = TestApp::spawn().await;
    let fakes = Fakes::new();
    let opus = fakes.program("opusenc", "OggS-fake", "0");
    let lame = fakes.program("lame", "ID3-fake", "0");
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let speech = Speech::new(vec![voice.clone()], None)
        .with_encoders(Encoders::with_programs(Some(&opus), Some(&lame)));
    let router = speech_app(&app, speech);

    let ogg = get(&router, &tts_uri("uz-UZ", "Olma")).await;
    assert_eq!(ogg.status, StatusCode::OK);
    assert_eq!(ogg.header("content-type"), "audio/ogg");
    assert_eq!(ogg.body, b"OggS-fake");
    let mp3 = get(&router, &format!("{}&format=mp3", tts_uri("uz-UZ", "Olma"))).await;
    assert_eq!(mp3.status, StatusCode::OK);
    assert_eq!(mp3.header("content-type"), "audio/mpeg");
    assert_eq!(mp3.body, b"ID3-fake");
    assert_ne!(ogg.header("etag"), mp3.header("etag"));

    let again = get(&router, &format!("{}&format=ogg", tts_uri("uz-UZ", "Olma"))).await;
    assert_eq!(again.body, b"OggS-fake");
    assert_eq!(voice.calls(), 2, "one synthesis per format");
    assert_eq!(app.count("speech_cache").await, 2);

    let status = get(&router, "/api/v1/speech/status").await.json();
    assert_eq!(
        status["formats"],
        serde_json::json!(["audio/ogg", "audio/mpeg", "audio/wav"])
    );
}

#[tokio::test]
async fn without_an_mp3_encoder_a_request_for_mp3_gets_wav_that_every_browser_plays() {
    let app = TestApp::spawn().await;
    let fakes = Fakes::new();
    let opus = fakes.program("opusenc", "OggS-fake", "0");
    let speech = Speech::new(vec![Counting::new("espeak", &SpeechLang::ALL)], None)
        .with_encoders(Encoders::with_programs(Some(&opus), None));
    let router = speech_app(&app, speech);
    let mp3 = get(&router, &format!("{}&format=mp3", tts_uri("en-US", "Cat"))).await;
    assert_eq!(mp3.status, StatusCode::OK);
    assert_eq!(mp3.header("content-type"), "audio/wav");
    assert_eq!(
        mp3.header("cache-control"),
        "public, max-age=86400",
        "kept a day only, until an encoder is installed"
    );
    let ogg = get(&router, &tts_uri("en-US", "Cat")).await;
    assert_eq!(ogg.header("content-type"), "audio/ogg");
    assert_eq!(
        ogg.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn an_unknown_format_is_refused_with_422_and_nothing_is_made() {
    let app = TestApp::spawn().await;
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let router = speech_app(&app, Speech::new(vec![voice.clone()], None));
    let res = get(&router, &format!("{}&format=flac", tts_uri("en-US", "Cat"))).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.json()["error"]["fields"]["format"].is_string());
    assert_eq!(voice.calls(), 0);
    assert_eq!(app.count("speech_cache").await, 0);
}

#[tokio::test]
async fn a_phone_that_has_the_audio_gets_304_by_its_etag() {
    let app = TestApp::spawn().await;
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let router = speech_app(&app, Speech::new(vec![voice.clone()], None));
    let uri = format!("{}&format=wav", tts_uri("ru-RU", "Кот"));
    let first = get(&router, &uri).await;
    let etag = first.header("etag").to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    assert_eq!(
        first.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    let req = |tag: &str| {
        Request::get(&uri)
            .header("if-none-match", tag)
            .body(Body::empty())
            .unwrap()
    };
    let again = send(&router, req(&etag)).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), etag);
    let other = send(&router, req("W/\"something-else\"")).await;
    assert_eq!(other.status, StatusCode::OK);
    assert_eq!(other.body, first.body);
    assert_eq!(voice.calls(), 1);
}

#[tokio::test]
async fn a_class_asking_for_the_same_new_word_at_once_makes_it_once() {
    let app = TestApp::spawn().await;
    let fakes = Fakes::new();
    let opus = fakes.program("opusenc", "OggS-fake", "0.05");
    let voice = Counting::new("espeak", &SpeechLang::ALL);
    let speech = Speech::new(vec![voice.clone()], None)
        .with_encoders(Encoders::with_programs(Some(&opus), None));
    let router = speech_app(&app, speech);
    let uri = tts_uri("uz-UZ", "Qalam");
    let answers = all_at_once(&app, &router, vec![uri; 30]).await;
    for a in &answers {
        assert_eq!(
            a.status,
            StatusCode::OK,
            "{}",
            String::from_utf8_lossy(&a.body)
        );
        assert_eq!(a.body, b"OggS-fake");
    }
    assert_eq!(voice.calls(), 1);
    assert_eq!(app.count("speech_cache").await, 1);
}

#[tokio::test]
async fn encoders_run_a_bounded_number_at_once_and_every_request_is_answered() {
    let app = TestApp::spawn().await;
    let fakes = Fakes::new();
    let opus = fakes.program("opusenc", "OggS-fake", "0.05");
    let speech = Speech::new(vec![Counting::new("espeak", &SpeechLang::ALL)], None)
        .with_encoders(Encoders::with_programs(Some(&opus), None));
    let router = speech_app(&app, speech);
    // Under the per-address limit of new phrases (60 a minute).
    let uris: Vec<String> = (0..40)
        .map(|n| tts_uri("en-US", &format!("word {n}")))
        .collect();
    let answers = all_at_once(&app, &router, uris).await;
    for a in &answers {
        assert_eq!(
            a.status,
            StatusCode::OK,
            "{}",
            String::from_utf8_lossy(&a.body)
        );
    }
    let bound = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let most = fakes.most_at_once();
    assert!((1..=bound).contains(&most), "{most} at once, bound {bound}");
}

#[tokio::test]
async fn an_encoder_that_hangs_is_a_502_within_its_time_limit_and_nothing_is_cached() {
    let app = TestApp::spawn().await;
    let fakes = Fakes::new();
    let opus = fakes.program("opusenc", "OggS-fake", "30");
    let speech = Speech::new(vec![Counting::new("espeak", &SpeechLang::ALL)], None).with_encoders(
        Encoders::with_programs(Some(&opus), None).with_timeout(Duration::from_millis(300)),
    );
    let router = speech_app(&app, speech);
    let res = get(&router, &tts_uri("en-US", "Slow")).await;
    assert_eq!(res.status, StatusCode::BAD_GATEWAY);
    assert_eq!(res.error_code(), "speech_failed");
    assert_eq!(app.count("speech_cache").await, 0);
}

/// Sends GET requests for all `uris` at once, each on its own task. The database pool is
/// opened first, one connection after another: a debug build needs a good part of a second
/// per new PostgreSQL connection (SCRAM), so thirty opening at once would outlast the pool's
/// 2 s wait, which is not what these tests are about.
async fn all_at_once(
    app: &TestApp,
    router: &axum::Router,
    uris: Vec<String>,
) -> Vec<crate::support::Answer> {
    let open = match app.state.db.backend() {
        kernel::db::Backend::Postgres => 12,
        kernel::db::Backend::Sqlite => 6,
    };
    let mut held = Vec::new();
    for _ in 0..open {
        held.push(app.state.db.pool().acquire().await.unwrap());
    }
    drop(held);
    let tasks: Vec<_> = uris
        .into_iter()
        .map(|u| {
            let r = router.clone();
            tokio::spawn(async move { get(&r, &u).await })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}
