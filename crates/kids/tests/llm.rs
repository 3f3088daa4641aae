//! Stories from an LLM against a local stand-in endpoint: a good story is kept as the LLM's,
//! waits for a parent who asked to approve first; a story with a word the filter refuses is
//! replaced by an offline one.

use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use testkit::TestApp;

fn story(word: &str) -> Value {
    json!({
        "title": "Quyon va sabzi",
        "paragraphs": [
            "Bir kuni quyoncha bogʻga bordi.",
            format!("U yerda katta sabzi bor edi, {word}."),
            "Quyoncha sabzini doʻstlari bilan baham koʻrdi.",
            "Hamma xursand boʻldi."
        ],
        "pictures": ["🐰", "🥕", "🤝", "😊"],
        "questions": [
            {"prompt": "Kim bogʻga bordi?", "options": ["🐰 Quyoncha", "🦊 Tulki", "🐻 Ayiq"], "correct": 0},
            {"prompt": "Bogʻda nima bor edi?", "options": ["🍎 Olma", "🥕 Sabzi", "🍐 Nok"], "correct": 1},
            {"prompt": "Quyoncha nima qildi?", "options": ["Yashirdi", "Baham koʻrdi", "Tashladi"], "correct": 1}
        ],
        "talk": [{"prompt": "Nega baham koʻrish yaxshi?", "keywords": ["doʻst", "xursand"]}],
        "moral": "Baham koʻrsang, doʻsting koʻpayadi."
    })
}

async fn stand_in(content: Value) -> String {
    let router = Router::new()
        .route(
            "/v1/chat/completions",
            post(|State(c): State<String>| async move {
                json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": c}}]})
                    .to_string()
            }),
        )
        .with_state(content.to_string());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}

async fn app_with(content: Value) -> TestApp {
    let url = stand_in(content).await;
    TestApp::spawn_with(&[
        ("ALIF24_LLM_BASE_URL", url.as_str()),
        ("ALIF24_LLM_MODEL", "fake-model"),
        ("ALIF24_LLM_TIMEOUT_S", "2"),
    ])
    .await
}

#[tokio::test]
async fn an_llm_story_waits_for_the_parent_who_asked_to_approve_it() {
    let app = app_with(story("shirin")).await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    let settings = format!("/api/v1/smartkids/children/{}/settings", child.id);
    app.api(
        Method::PUT,
        &settings,
        Some(&parent.access),
        Some(json!({"approve_llm": true, "full_solutions": true})),
    )
    .await;
    let res = app
        .post(
            "/api/v1/smartkids/stories",
            Some(&child.access),
            json!({"language": "uz", "age": 5}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let s = res.json();
    assert_eq!(s["source"], "llm");
    assert_eq!(s["title"], "Quyon va sabzi");
    assert_eq!(s["status"], "awaiting_parent");
    let path = format!("/api/v1/smartkids/stories/{}", s["id"]);
    let waiting = app.get(&path, Some(&child.access)).await;
    assert_eq!(waiting.status, StatusCode::FORBIDDEN);
    assert_eq!(waiting.json()["error"]["code"], "smartkids_awaiting_parent");
    assert_eq!(
        app.get(&path, Some(&parent.access)).await.status,
        StatusCode::OK
    );
    let (other_parent, _) = app.family("dada@mail.uz", "Sardor").await;
    let approve = format!("{path}/approve");
    assert_eq!(
        app.post(&approve, Some(&other_parent.access), json!({}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post(&approve, Some(&parent.access), json!({}))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.post(&approve, Some(&parent.access), json!({}))
            .await
            .status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.get(&path, Some(&child.access)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn an_llm_story_with_a_refused_word_is_replaced_by_an_offline_one() {
    let app = app_with(story("fuck")).await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let res = app
        .post(
            "/api/v1/smartkids/stories",
            Some(&child.access),
            json!({"language": "uz", "age": 5}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["source"], "offline");
    assert!(!res.text.contains("fuck"));
}
