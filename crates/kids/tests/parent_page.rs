//! The parents' SmartKids page: settings saved by a plain form, a waiting LLM story approved
//! from the page, the child's readings, the dashboard line that leads there; another parent's
//! child does not exist.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use testkit::TestApp;

use crate::authoring_support::{page, signed_in};

/// An OpenAI-compatible stand-in that always answers with this story.
async fn llm(content: Value) -> String {
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

fn llm_story() -> Value {
    json!({
        "title": "Quyon va sabzi",
        "paragraphs": [
            "Bir kuni quyoncha bogʻga bordi.",
            "U yerda katta shirin sabzi bor edi.",
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

#[tokio::test]
async fn a_parent_sets_approval_on_the_page_and_approves_a_waiting_story_there() {
    let url = llm(llm_story()).await;
    let app = TestApp::spawn_with(&[
        ("ALIF24_LLM_BASE_URL", url.as_str()),
        ("ALIF24_LLM_MODEL", "fake-model"),
        ("ALIF24_LLM_TIMEOUT_S", "2"),
    ])
    .await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let mut b = signed_in(&app, "ona@mail.uz").await;
    let here = format!("/smartkids/children/{}", child.id);
    let html = page(&mut b, &here).await;
    assert!(html.contains("data-settings") && html.contains("Malika"));
    let res = b
        .post_form(&format!("{here}/settings"), &[("approve_llm", "1")])
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    let settings = app
        .get(
            &format!("/api/v1/smartkids/children/{}/settings", child.id),
            Some(&b_token(&app).await),
        )
        .await
        .json();
    assert_eq!(
        settings,
        json!({"approve_llm": true, "full_solutions": false})
    );

    // The LLM's story waits; the page lists it; approved there, the child reads it.
    let res = app
        .post(
            "/api/v1/smartkids/stories",
            Some(&child.access),
            json!({"language": "uz", "age": 5}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["status"], "awaiting_parent");
    let id = res.json()["id"].as_i64().unwrap();
    let story = format!("/api/v1/smartkids/stories/{id}");
    assert_eq!(
        app.get(&story, Some(&child.access)).await.status,
        StatusCode::FORBIDDEN
    );
    let html = page(&mut b, &here).await;
    assert!(html.contains(&format!("data-waiting=\"{id}\"")));
    let res = b
        .post_form(&format!("{here}/stories/{id}/approve"), &[])
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    assert_eq!(
        app.get(&story, Some(&child.access)).await.status,
        StatusCode::OK
    );
    assert!(!page(&mut b, &here).await.contains("data-waiting="));
}

/// The parent's access token, for checking through the API what the page saved.
async fn b_token(app: &TestApp) -> String {
    app.login("ona@mail.uz", testkit::PASSWORD).await.access
}

#[tokio::test]
async fn the_page_lists_readings_the_dashboard_links_to_it_and_other_children_are_404() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let (_, stranger) = app.family("dada@mail.uz", "Sardor").await;
    let shelf = app
        .get("/api/v1/smartkids/library?language=uz", None)
        .await
        .json();
    let first = &shelf["stories"][0];
    let start = app
        .post(
            &format!("/api/v1/smartkids/stories/{}/readings", first["id"]),
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    let res = app
        .post(
            &format!("/api/v1/smartkids/readings/{}/finish", start["reading_id"]),
            Some(&child.access),
            json!({"answers": [{"type": "single", "choice": 0}]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let mut b = signed_in(&app, "ona@mail.uz").await;
    let here = format!("/smartkids/children/{}", child.id);
    let html = page(&mut b, &here).await;
    assert!(html.contains("data-readings") && html.contains(first["title"].as_str().unwrap()));
    let dashboard = page(&mut b, "/dashboard").await;
    assert!(
        dashboard.contains(&format!("href=\"{here}\"")),
        "the dashboard line"
    );
    assert!(dashboard.contains("1 ta oʻqildi"), "this week's count");
    for path in [
        format!("/smartkids/children/{}", stranger.id),
        "/smartkids/children/99999999".to_string(),
    ] {
        assert_eq!(b.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let res = b
        .post_form(
            &format!("/smartkids/children/{}/settings", stranger.id),
            &[("approve_llm", "1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}
