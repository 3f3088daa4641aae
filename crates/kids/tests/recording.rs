//! A child reads a story aloud into the microphone, paragraph by paragraph: each recording is
//! recognised (here by a fake recogniser saying what the test chooses), compared with the
//! paragraph, and kept with the reading until it finishes.

use std::sync::{Arc, Mutex};

use ai::{Speech, SpeechError, SpeechLang, SpeechRecognizer};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use kernel::auth::BoxFuture;
use serde_json::{json, Value};
use testkit::{TestApp, TestResponse, TestUser};

/// A recogniser that hears whatever the test put in `said`, and notes the languages asked.
#[derive(Default)]
struct Fake {
    said: Mutex<String>,
    langs: Mutex<Vec<SpeechLang>>,
}

impl Fake {
    fn says(&self, text: &str) {
        *self.said.lock().unwrap() = text.to_string();
    }
}

impl SpeechRecognizer for Fake {
    fn name(&self) -> &'static str {
        "fake"
    }

    fn recognize(
        &self,
        _: Vec<u8>,
        lang: SpeechLang,
    ) -> BoxFuture<'_, Result<String, SpeechError>> {
        self.langs.lock().unwrap().push(lang);
        let said = self.said.lock().unwrap().clone();
        Box::pin(async move { Ok(said) })
    }
}

async fn app_hearing(fake: Option<Arc<Fake>>) -> TestApp {
    TestApp::spawn_with_services(&[], move |services| {
        let recognizer = fake.map(|f| f as Arc<dyn SpeechRecognizer>);
        services.speech = Arc::new(Speech::new(Vec::new(), recognizer));
    })
    .await
}

/// `seconds` of silence as 16 kHz mono WAV.
fn wav(seconds: usize) -> Vec<u8> {
    ai::speech::wav::pcm16_mono(16_000, &vec![0; 16_000 * seconds])
}

/// The built-in Uzbek "Sholgʻom" (the turnip) and a reading of it the child starts.
async fn start_turnip(app: &TestApp, child: &TestUser) -> i64 {
    let shelf = app
        .get("/api/v1/smartkids/library?language=uz", None)
        .await
        .json();
    let story = shelf["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["title"] == "Sholgʻom")
        .expect("the turnip is on the shelf")["id"]
        .clone();
    let res = app
        .post(
            &format!("/api/v1/smartkids/stories/{story}/readings"),
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["reading_id"].as_i64().unwrap()
}

async fn upload(
    app: &TestApp,
    who: &TestUser,
    reading: i64,
    query: &str,
    body: Vec<u8>,
) -> TestResponse {
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!(
            "/api/v1/smartkids/readings/{reading}/recordings?{query}"
        ))
        .header(header::AUTHORIZATION, format!("Bearer {}", who.access))
        .header(header::CONTENT_TYPE, "audio/wav")
        .body(Body::from(body))
        .unwrap();
    app.send(req).await
}

async fn stored(app: &TestApp, reading: i64) -> (Option<i64>, Option<String>) {
    sqlx::query_as("SELECT accuracy, heard FROM kids_readings WHERE id = $1")
        .bind(reading)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_child_reads_aloud_and_the_reading_keeps_how_well() {
    let fake = Arc::new(Fake::default());
    let app = app_hearing(Some(fake.clone())).await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    let reading = start_turnip(&app, &child).await;

    // Paragraph 0 (11 words) read perfectly, typed with plain apostrophes as recognisers do.
    fake.says("Bobojon bog'ga sholg'om ekdi. Sholg'om o'sdi, o'sdi. Juda katta bo'lib o'sdi.");
    let res = upload(&app, &child, reading, "paragraph=0", wav(6)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let r = res.json();
    assert_eq!(
        (r["paragraph"].clone(), r["accuracy"].clone()),
        (json!(0), json!(100))
    );
    assert_eq!(r["missed"], json!([]));
    assert_eq!(r["wpm"], 110, "11 words in 6 seconds");
    assert_eq!(fake.langs.lock().unwrap().as_slice(), [SpeechLang::Uz]);

    // Paragraph 1 (12 words): "sugʻura" skipped, "buvijonni" read as another word.
    fake.says("bobojon sholg'omni tortdi tortdi tortdi ammo olmadi keyin u qizchani chaqirdi");
    let r = upload(&app, &child, reading, "paragraph=1", wav(8))
        .await
        .json();
    assert_eq!(r["missed"], json!(["sugʻura"]));
    assert_eq!(
        r["substituted"],
        json!([{"expected": "buvijonni", "heard": "qizchani"}])
    );
    assert_eq!(r["accuracy"], 83, "10 of 12");
    assert_eq!(r["reading_accuracy"], 91, "21 of 23 words");
    assert_eq!(stored(&app, reading).await.0, Some(91));

    // Paragraph 1 again, only "u" left out this time: it replaces the first try.
    fake.says(
        "Bobojon sholgʻomni tortdi. Tortdi, tortdi, ammo sugʻura olmadi. Keyin buvijonni chaqirdi.",
    );
    let r = upload(&app, &child, reading, "paragraph=1", wav(6))
        .await
        .json();
    assert_eq!(r["missed"], json!(["u"]));
    assert_eq!(r["reading_accuracy"], 96, "22 of 23 words");
    let heard: Value = serde_json::from_str(&stored(&app, reading).await.1.unwrap()).unwrap();
    assert_eq!(heard.as_object().unwrap().len(), 2);
    assert_eq!(heard["1"]["missed"], json!(["u"]));
    assert_eq!(heard["1"]["seconds"], 6.0);

    // No timed silent reading: the speed comes from the recordings, 22 words in 12 seconds.
    let res = app
        .post(
            &format!("/api/v1/smartkids/readings/{reading}/finish"),
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let done = res.json();
    assert_eq!(done["accuracy"], 96);
    assert_eq!(done["wpm"], 110);
    assert_eq!(done["coins"], 10, "speed coins for 60+ words a minute");

    let after = upload(&app, &child, reading, "paragraph=0", wav(2)).await;
    assert_eq!(after.status, StatusCode::CONFLICT);
    assert_eq!(after.error_code(), "smartkids_reading_finished");

    let list = app
        .get(
            &format!("/api/v1/smartkids/children/{}/readings", child.id),
            Some(&parent.access),
        )
        .await
        .json();
    assert_eq!(list["readings"][0]["accuracy"], 96);
    assert_eq!(list["readings"][0]["wpm"], 110);
}

#[tokio::test]
async fn only_the_childs_own_recordings_of_real_paragraphs_are_heard() {
    let fake = Arc::new(Fake::default());
    let app = app_hearing(Some(fake.clone())).await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let (other_parent, other) = app.family("ota@mail.uz", "Aziz").await;
    let reading = start_turnip(&app, &child).await;
    fake.says("Bobojon");

    for who in [&other, &other_parent] {
        let res = upload(&app, who, reading, "paragraph=0", wav(2)).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.text);
    }
    for query in ["paragraph=6", "paragraph=-1", "paragraph=one", ""] {
        let res = upload(&app, &child, reading, query, wav(2)).await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}: {}",
            res.text
        );
        assert!(
            res.json()["error"]["fields"]["paragraph"].is_string(),
            "{}",
            res.text
        );
    }
    let res = upload(
        &app,
        &child,
        reading,
        "paragraph=0",
        b"OggS not a wav".to_vec(),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert!(res.json()["error"]["fields"]["audio"].is_string());
    assert!(
        fake.langs.lock().unwrap().is_empty(),
        "nothing was sent to recognise"
    );
    assert_eq!(stored(&app, reading).await, (None, None));
}

#[tokio::test]
async fn without_a_recogniser_nothing_is_heard_or_kept() {
    let app = app_hearing(None).await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let reading = start_turnip(&app, &child).await;
    let res = upload(&app, &child, reading, "paragraph=0", wav(2)).await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE, "{}", res.text);
    assert_eq!(res.error_code(), "speech_recognition_unavailable");
    assert_eq!(stored(&app, reading).await, (None, None));
    let status = app.get("/api/v1/speech/status", None).await.json();
    assert_eq!(status["stt"], false);
    let done = app
        .post(
            &format!("/api/v1/smartkids/readings/{reading}/finish"),
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    assert_eq!(done["accuracy"], Value::Null);
    assert_eq!(done["wpm"], Value::Null);
}
