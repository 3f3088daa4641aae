//! Test doubles: a local fake of Azure Speech's REST API, a counting synthesiser, and the
//! speech routes mounted on a test application with chosen providers.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ai::speech::config::AzureConfig;
use ai::{Audio, Speech, SpeechError, SpeechLang, SpeechSynthesizer};
use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use http_body_util::BodyExt;
use kernel::auth::BoxFuture;
use testkit::TestApp;
use tower::ServiceExt;

/// What the fake Azure answers.
#[derive(Clone, Copy)]
pub enum Behaviour {
    Works,
    Unauthorized,
    Slow(Duration),
}

/// One request the fake received.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub query: String,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

#[derive(Clone)]
struct Fake {
    behaviour: Behaviour,
    seen: Arc<Mutex<Vec<Seen>>>,
}

/// Fake MP3 bytes the fake synthesises.
pub const FAKE_MP3: &[u8] = b"ID3\x04fake-mp3-frames";

pub struct FakeAzure {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl FakeAzure {
    /// Serves on 127.0.0.1 at a free port until the test's runtime ends.
    pub async fn start(behaviour: Behaviour) -> Self {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let fake = Fake {
            behaviour,
            seen: seen.clone(),
        };
        let router = Router::new()
            .route("/cognitiveservices/v1", post(answer))
            .route(
                "/speech/recognition/conversation/cognitiveservices/v1",
                post(answer),
            )
            .with_state(fake);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await });
        Self { url, seen }
    }

    /// Settings that point Azure Speech at this fake.
    pub fn config(&self, timeout: Duration) -> AzureConfig {
        AzureConfig {
            key: "test-key".into(),
            region: "westeurope".into(),
            endpoint: Some(self.url.clone()),
            timeout,
        }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    pub fn calls(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

async fn answer(
    State(fake): State<Fake>,
    RawQuery(query): RawQuery,
    req_headers: HeaderMap,
    uri: axum::http::Uri,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    fake.seen.lock().unwrap().push(Seen {
        path: path.clone(),
        query: query.unwrap_or_default(),
        headers: req_headers,
        body: body.to_vec(),
    });
    match fake.behaviour {
        Behaviour::Unauthorized => {
            return (StatusCode::UNAUTHORIZED, "Access denied due to invalid key").into_response()
        }
        Behaviour::Slow(d) => tokio::time::sleep(d).await,
        Behaviour::Works => {}
    }
    if path.starts_with("/speech/") {
        (
            [("content-type", "application/json")],
            r#"{"RecognitionStatus":"Success","DisplayText":"Olma.","Offset":100000,"Duration":9000000}"#,
        )
            .into_response()
    } else {
        ([("content-type", "audio/mpeg")], FAKE_MP3).into_response()
    }
}

/// A synthesiser that counts its calls and answers at once (or always fails).
pub struct Counting {
    pub name: &'static str,
    pub langs: Vec<SpeechLang>,
    pub fails: bool,
    pub calls: AtomicUsize,
}

impl Counting {
    pub fn new(name: &'static str, langs: &[SpeechLang]) -> Arc<Self> {
        Arc::new(Self {
            name,
            langs: langs.to_vec(),
            fails: false,
            calls: AtomicUsize::new(0),
        })
    }

    pub fn failing(name: &'static str) -> Arc<Self> {
        Arc::new(Self {
            name,
            langs: SpeechLang::ALL.to_vec(),
            fails: true,
            calls: AtomicUsize::new(0),
        })
    }

    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl SpeechSynthesizer for Counting {
    fn name(&self) -> &'static str {
        self.name
    }

    fn voice_for(&self, lang: SpeechLang) -> Option<String> {
        self.langs
            .contains(&lang)
            .then(|| format!("{}-{}", self.name, lang.tag()))
    }

    fn synthesize<'a>(
        &'a self,
        text: &'a str,
        lang: SpeechLang,
    ) -> BoxFuture<'a, Result<Audio, SpeechError>> {
        Box::pin(async move {
            self.calls.fetch_add(1, Ordering::SeqCst);
            if self.fails {
                return Err(SpeechError::Failed {
                    provider: self.name,
                    detail: "broken on purpose".into(),
                });
            }
            Ok(Audio {
                bytes: format!("{}|{}|{text}", self.name, lang.tag()).into_bytes(),
                mime: "audio/wav".into(),
            })
        })
    }
}

/// The speech module with these providers, on the test application's state and under the
/// same route-kind policies as the real application.
pub fn speech_app(app: &TestApp, speech: Speech) -> Router {
    let module = ai::speech_module(Arc::new(speech));
    (module.routes)(&app.state)
        .mount(&app.state)
        .with_state(app.state.clone())
}

/// A response with its body as bytes.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| {
            panic!(
                "not JSON ({}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

pub async fn send(router: &Router, req: Request<Body>) -> Answer {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

pub async fn get(router: &Router, uri: &str) -> Answer {
    send(router, Request::get(uri).body(Body::empty()).unwrap()).await
}

/// `/api/v1/speech/tts?lang=…&text=…`, with the text percent-encoded.
pub fn tts_uri(lang: &str, text: &str) -> String {
    format!(
        "/api/v1/speech/tts?lang={lang}&text={}",
        kernel::context::percent_encode(text).replace('/', "%2F")
    )
}
