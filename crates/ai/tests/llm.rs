//! The LLM client against a local fake chat-completions endpoint: what it sends, and how each
//! kind of bad answer fails (never a panic).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ai::llm::{LlmClient, LlmConfig, LlmError, Message};
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};

/// What the fake answers.
#[derive(Clone)]
enum Answer {
    /// A normal completion whose message content is this text.
    Content(String),
    /// This status and raw body.
    Raw(u16, String),
    /// A normal completion, after this long.
    Slow(Duration, String),
}

#[derive(Clone, Debug)]
struct Seen {
    query: Option<String>,
    headers: HeaderMap,
    body: Value,
}

#[derive(Clone)]
struct Fake {
    answer: Answer,
    seen: Arc<Mutex<Vec<Seen>>>,
}

/// Serves `POST /v1/chat/completions` on 127.0.0.1 at a free port.
async fn start(answer: Answer) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let router = Router::new()
        .route("/v1/chat/completions", post(complete))
        .with_state(Fake {
            answer,
            seen: seen.clone(),
        });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    (url, seen)
}

async fn complete(
    State(fake): State<Fake>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    fake.seen.lock().unwrap().push(Seen {
        query,
        headers,
        body,
    });
    let envelope = |content: &str| {
        json!({"id": "x", "object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]})
            .to_string()
    };
    match fake.answer {
        Answer::Content(c) => envelope(&c).into_response(),
        Answer::Raw(status, body) => (StatusCode::from_u16(status).unwrap(), body).into_response(),
        Answer::Slow(wait, c) => {
            tokio::time::sleep(wait).await;
            envelope(&c).into_response()
        }
    }
}

fn client(url: &str, timeout: Duration) -> LlmClient {
    let mut config = LlmConfig::new(url, Some("sk-test-key"), "test-model");
    config.timeout = timeout;
    LlmClient::new(config).unwrap()
}

fn messages() -> Vec<Message> {
    vec![
        Message::system("Answer JSON."),
        Message::user("Two questions about 2 + 2."),
    ]
}

const GOOD: &str = r#"{"questions":[{"prompt":"2 + 2 = ?","type":"single","options":["3","4","5"],"correct":1,"explanation":"2 + 2 = 4"},{"prompt":"2 + 2 = 4","type":"true_false","answer":true}]}"#;
const TEN_S: Duration = Duration::from_secs(10);

#[tokio::test]
async fn sends_the_model_the_bearer_key_the_messages_and_json_mode() {
    let (url, seen) = start(Answer::Content(GOOD.into())).await;
    let set = client(&url, TEN_S).questions(&messages()).await.unwrap();
    assert_eq!(set.questions.len(), 2);
    assert_eq!(set.questions[0].options, ["3", "4", "5"]);

    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    let req = &seen[0];
    assert_eq!(req.headers["authorization"], "Bearer sk-test-key");
    assert_eq!(req.headers["content-type"], "application/json");
    assert_eq!(req.body["model"], "test-model");
    assert_eq!(req.body["response_format"], json!({"type": "json_object"}));
    assert_eq!(
        req.body["messages"][0],
        json!({"role": "system", "content": "Answer JSON."})
    );
    assert_eq!(req.body["messages"][1]["role"], "user");
    assert_eq!(req.query, None);
}

#[tokio::test]
async fn azure_gets_the_api_key_header_and_the_api_version() {
    let (url, seen) = start(Answer::Content(GOOD.into())).await;
    let mut config = LlmConfig::new(&url, Some("azure-key"), "");
    config.azure = true;
    config.json_mode = false;
    LlmClient::new(config)
        .unwrap()
        .questions(&messages())
        .await
        .unwrap();
    let seen = seen.lock().unwrap();
    assert_eq!(seen[0].headers["api-key"], "azure-key");
    assert!(seen[0].headers.get("authorization").is_none());
    assert_eq!(seen[0].query.as_deref(), Some("api-version=2024-10-21"));
    assert!(seen[0].body.get("model").is_none() && seen[0].body.get("response_format").is_none());
}

#[tokio::test]
async fn json_in_a_code_fence_is_read() {
    let (url, _) = start(Answer::Content(format!("```json\n{GOOD}\n```"))).await;
    let set = client(&url, TEN_S).questions(&messages()).await.unwrap();
    assert_eq!(set.questions.len(), 2);
}

#[tokio::test]
async fn content_that_is_not_json_is_a_not_json_error() {
    let (url, _) = start(Answer::Content(
        "Here are your questions: 1. 2 + 2 = ?".into(),
    ))
    .await;
    let err = client(&url, TEN_S)
        .questions(&messages())
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::NotJson(_)), "{err:?}");
}

#[tokio::test]
async fn a_response_body_that_is_not_json_is_a_not_json_error() {
    let (url, _) = start(Answer::Raw(200, "<html>proxy page</html>".into())).await;
    let err = client(&url, TEN_S)
        .questions(&messages())
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::NotJson(_)), "{err:?}");
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_a_shape_error() {
    for content in [
        r#"{"items":[]}"#,
        r#"{"questions":[{"prompt":"x"}]}"#,
        r#"{"questions":"none"}"#,
        "[1, 2]",
    ] {
        let (url, _) = start(Answer::Content(content.into())).await;
        let err = client(&url, TEN_S)
            .questions(&messages())
            .await
            .unwrap_err();
        assert!(matches!(err, LlmError::Shape(_)), "{content}: {err:?}");
    }
    let (url, _) = start(Answer::Raw(200, r#"{"error":"no choices"}"#.into())).await;
    let err = client(&url, TEN_S)
        .questions(&messages())
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::Shape(_)), "{err:?}");
}

#[tokio::test]
async fn an_http_error_names_the_status_and_the_start_of_the_body() {
    let (url, _) = start(Answer::Raw(500, "upstream exploded".into())).await;
    let err = client(&url, TEN_S)
        .questions(&messages())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::Http {
            status: 500,
            detail: "upstream exploded".into()
        }
    );
    assert!(err.to_string().contains("500"));
}

#[tokio::test]
async fn a_slow_answer_times_out_at_the_configured_limit() {
    let (url, _) = start(Answer::Slow(Duration::from_secs(5), GOOD.into())).await;
    let started = Instant::now();
    let err = client(&url, Duration::from_millis(300))
        .questions(&messages())
        .await
        .unwrap_err();
    assert_eq!(err, LlmError::Timeout { after_ms: 300 });
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn an_unreachable_endpoint_is_a_network_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    drop(listener);
    let err = client(&url, TEN_S)
        .questions(&messages())
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::Network(_)), "{err:?}");
}
