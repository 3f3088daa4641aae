//! The LLM generator against a local fake chat-completions endpoint: good answers become
//! checked drafts; every kind of bad answer fails the whole request with a clear key.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ai::llm::{LlmClient, LlmConfig};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use exams::llm::{generate_llm, SOURCE_MAX};
use kernel::i18n::Lang;
use questions::check::check;
use questions::generate::{GenerateError, Generator, Request};
use serde_json::{json, Value};

#[derive(Clone)]
enum Answer {
    Content(String),
    Status(u16),
    Slow(Duration),
}

#[derive(Clone)]
struct Fake {
    answer: Answer,
    seen: Arc<Mutex<Vec<(HeaderMap, Value)>>>,
}

async fn complete(State(fake): State<Fake>, headers: HeaderMap, body: Bytes) -> Response {
    fake.seen.lock().unwrap().push((
        headers,
        serde_json::from_slice(&body).unwrap_or(Value::Null),
    ));
    let content = match fake.answer {
        Answer::Content(c) => c,
        Answer::Status(s) => {
            return (StatusCode::from_u16(s).unwrap(), "server error").into_response()
        }
        Answer::Slow(wait) => {
            tokio::time::sleep(wait).await;
            GOOD.to_string()
        }
    };
    json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})
        .to_string()
        .into_response()
}

/// A client of a fake that gives `answer`, with a 500 ms limit, and what the fake saw.
async fn fake(answer: Answer) -> (LlmClient, Arc<Mutex<Vec<(HeaderMap, Value)>>>) {
    let (url, seen) = fake_endpoint(answer).await;
    let mut config = LlmConfig::new(&url, Some("sk-fake"), "fake-model");
    config.timeout = Duration::from_millis(500);
    (LlmClient::new(config).unwrap(), seen)
}

/// A fake endpoint giving `answer`: its base URL and what it saw.
async fn fake_endpoint(answer: Answer) -> (String, Arc<Mutex<Vec<(HeaderMap, Value)>>>) {
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

/// The platform with its LLM settings pointing at a fake giving `answer`.
async fn app_with_llm(answer: Answer) -> (testkit::TestApp, testkit::TestUser) {
    let (url, _) = fake_endpoint(answer).await;
    let app = testkit::TestApp::spawn_with(&[
        ("ALIF24_LLM_BASE_URL", url.as_str()),
        ("ALIF24_LLM_MODEL", "fake-model"),
        ("ALIF24_LLM_TIMEOUT_S", "1"),
    ])
    .await;
    let teacher = app.teacher("Malika Karimova", "malika@example.uz").await;
    (app, teacher)
}

fn llm_request() -> Value {
    json!({"generator": "llm", "grade": 2, "topic": "math", "count": 5, "language": "uz",
           "text": "Alining 5 ta olmasi bor edi."})
}

#[tokio::test]
async fn with_an_endpoint_configured_the_api_returns_the_llms_drafts_for_review() {
    let (app, teacher) = app_with_llm(Answer::Content(GOOD.into())).await;
    let res = app
        .post(
            "/api/v1/exams/generate",
            Some(&teacher.access),
            llm_request(),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let items = res.json()["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 5);
    assert_eq!(items[0]["question"]["prompt"], "Alida nechta olma bor edi?");
    // Nothing is saved until the teacher keeps the drafts.
    let tests = app.get("/api/v1/exams/tests", Some(&teacher.access)).await;
    assert_eq!(
        tests.json()["tests"].as_array().map(Vec::len),
        Some(0),
        "{}",
        tests.text
    );
}

#[tokio::test]
async fn the_generate_page_offers_the_llm_only_when_an_endpoint_is_configured() {
    let (app, teacher) = app_with_llm(Answer::Content(GOOD.into())).await;
    let page = app.get("/exams/generate", Some(&teacher.access)).await;
    assert!(page.text.contains(r#"value="llm""#), "{}", page.text);

    let plain = testkit::TestApp::spawn().await;
    let teacher = plain.teacher("Malika Karimova", "malika@example.uz").await;
    let page = plain.get("/exams/generate", Some(&teacher.access)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains(r#"value="llm""#));
    let res = plain
        .post(
            "/api/v1/exams/generate",
            Some(&teacher.access),
            llm_request(),
        )
        .await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.error_code(), "exams_llm_unavailable");
}

#[tokio::test]
async fn a_failing_endpoint_is_a_502_in_the_users_language() {
    let (app, teacher) = app_with_llm(Answer::Status(500)).await;
    let res = app
        .api(
            axum::http::Method::POST,
            "/api/v1/exams/generate",
            Some(&teacher.access),
            Some(llm_request()),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_GATEWAY, "{}", res.text);
    assert_eq!(res.error_code(), "exams_llm_failed");
    assert!(!res.json()["error"]["message"].as_str().unwrap().is_empty());
}

fn request(count: usize) -> Request {
    Request {
        generator: Generator::Llm,
        grade: 2,
        topic: Some("math".into()),
        count,
        language: Lang::Uz,
        source_text: Some("Alining 5 ta olmasi bor edi.".into()),
    }
}

const GOOD: &str = r#"{"questions":[
  {"prompt":"Alida nechta olma bor edi?","type":"single","options":["4","5","6","7"],"correct":[1],"explanation":"Matnda 5 ta deyilgan."},
  {"prompt":"Ali olma sotib oldimi?","type":"true_false","answer":false},
  {"prompt":"5 + 3 = ?","type":"numeric","answer":8},
  {"prompt":"Qaysi sonlar juft?","type":"multiple","options":["2","3","4"],"correct":[0,2]},
  {"prompt":"Bola kim edi?","type":"short","answer":["Ali"]}
]}"#;

fn failed(key: &'static str) -> Result<Vec<questions::generate::Draft>, GenerateError> {
    Err(GenerateError::Failed { key })
}

#[tokio::test]
async fn a_good_answer_becomes_checked_drafts_and_the_request_carries_model_key_and_messages() {
    let (client, seen) = fake(Answer::Content(GOOD.into())).await;
    let drafts = generate_llm(&client, &request(5)).await.unwrap();
    assert_eq!(drafts.len(), 5);
    for d in &drafts {
        assert_eq!(check(&d.question), Ok(()));
        assert_eq!((d.subject.as_str(), d.topic.as_str()), ("math", "math"));
    }
    let kinds: Vec<&str> = drafts.iter().map(|d| d.question.body.kind()).collect();
    assert_eq!(
        kinds,
        ["single", "true_false", "numeric", "multiple", "short"]
    );

    let seen = seen.lock().unwrap();
    let (headers, body) = &seen[0];
    assert_eq!(headers["authorization"], "Bearer sk-fake");
    assert_eq!(body["model"], "fake-model");
    assert_eq!(body["messages"][0]["role"], "system");
    let user = body["messages"][1]["content"].as_str().unwrap();
    assert!(
        user.contains("Write 5 test questions for grade 2") && user.contains("Uzbek"),
        "{user}"
    );
    assert!(user.contains("Alining 5 ta olmasi bor edi."), "{user}");
}

#[tokio::test]
async fn extra_items_are_cut_to_the_count_and_too_few_fail() {
    let (client, _) = fake(Answer::Content(GOOD.into())).await;
    assert_eq!(generate_llm(&client, &request(3)).await.unwrap().len(), 3);
    assert_eq!(
        generate_llm(&client, &request(6)).await,
        failed("exams-generate-llm-count")
    );
}

#[tokio::test]
async fn malformed_json_fails_clearly() {
    let (client, _) = fake(Answer::Content(
        r#"{"questions": [{"prompt": "2 + 2"#.into(),
    ))
    .await;
    assert_eq!(
        generate_llm(&client, &request(1)).await,
        failed("exams-generate-llm-not-json")
    );
}

#[tokio::test]
async fn json_of_the_wrong_shape_fails_clearly() {
    let (client, _) = fake(Answer::Content(r#"{"quiz":[{"q":"2 + 2","a":4}]}"#.into())).await;
    assert_eq!(
        generate_llm(&client, &request(1)).await,
        failed("exams-generate-llm-shape")
    );
}

#[tokio::test]
async fn one_broken_item_fails_the_whole_request() {
    let duplicate = r#"{"questions":[
        {"prompt":"2 + 2 = ?","type":"single","options":["4","5"],"correct":[0]},
        {"prompt":"3 + 3 = ?","type":"single","options":["6","6 ","7"],"correct":[0]}]}"#;
    let out_of_range = r#"{"questions":[
        {"prompt":"2 + 2 = ?","type":"single","options":["3","4"],"correct":[2]},
        {"prompt":"3 + 3 = ?","type":"single","options":["6","7"],"correct":[0]}]}"#;
    for content in [duplicate, out_of_range] {
        let (client, _) = fake(Answer::Content(content.into())).await;
        assert_eq!(
            generate_llm(&client, &request(2)).await,
            failed("exams-generate-llm-bad-item")
        );
    }
}

#[tokio::test]
async fn an_http_error_fails_clearly() {
    let (client, _) = fake(Answer::Status(500)).await;
    assert_eq!(
        generate_llm(&client, &request(2)).await,
        failed("exams-generate-llm-http")
    );
}

#[tokio::test]
async fn a_slow_answer_times_out() {
    let (client, _) = fake(Answer::Slow(Duration::from_secs(5))).await;
    assert_eq!(
        generate_llm(&client, &request(2)).await,
        failed("exams-generate-llm-timeout")
    );
}

#[tokio::test]
async fn bad_requests_are_refused_before_calling_the_endpoint() {
    let (client, seen) = fake(Answer::Content(GOOD.into())).await;
    let mut no_subject = request(2);
    no_subject.topic = None;
    let mut long_text = request(2);
    long_text.source_text = Some("a".repeat(SOURCE_MAX + 1));
    let mut offline = request(2);
    offline.generator = Generator::Arithmetic;
    let mut unknown_subject = request(2);
    unknown_subject.topic = Some("history".into());
    for (req, field) in [
        (no_subject, "topic"),
        (long_text, "source_text"),
        (offline, "generator"),
        (unknown_subject, "topic"),
    ] {
        let err = generate_llm(&client, &req).await.unwrap_err();
        assert!(
            matches!(err, GenerateError::Invalid { field: f, .. } if f == field),
            "{err:?}"
        );
    }
    assert!(seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn an_endpoint_that_does_not_answer_in_time_is_a_504() {
    let (app, teacher) = app_with_llm(Answer::Slow(Duration::from_secs(3))).await;
    let res = app
        .post(
            "/api/v1/exams/generate",
            Some(&teacher.access),
            llm_request(),
        )
        .await;
    assert_eq!(res.status, StatusCode::GATEWAY_TIMEOUT, "{}", res.text);
    assert_eq!(res.error_code(), "exams_llm_failed");
}
