//! What the tests of teachers' stories, assignments and the parents' page share: a signed-in
//! browser, a story a teacher writes, and the right answers to it.

use axum::http::StatusCode;
use serde_json::{json, Value};
use testkit::{Browser, TestApp, TestUser};

/// A story in Markdown: a heading, formatting, a link and raw HTML the reader never sees.
pub const MARKDOWN: &str = "# Quyoncha\n\nBir kuni **quyoncha** bogʻga\nbordi.\n\n\
    U yerda katta [sabzi](https://alif24.uz/sabzi) bor edi. <b>Sabzi</b> shirin edi.\n\n\
    <div class=\"x\">\nyashirin\n</div>\n\n- Quyoncha sabzini doʻstlari bilan baham koʻrdi.";

/// The paragraphs the reader gets from [`MARKDOWN`].
pub const PARAGRAPHS: [&str; 4] = [
    "Quyoncha",
    "Bir kuni quyoncha bogʻga bordi.",
    "U yerda katta sabzi bor edi. Sabzi shirin edi.",
    "Quyoncha sabzini doʻstlari bilan baham koʻrdi.",
];

/// Three questions in Moodle's GIFT: single choice, true/false, a short answer.
pub const GIFT: &str = "// Savollar\n::Q1:: Quyoncha nimani topdi? {=Sabzi ~Olma ~Tosh}\n\n\
    Quyoncha sabzini baham koʻrdi. {T}\n\nQuyonchaning doʻsti kim edi? {=Tipratikan =Tipratikanni}\n";

/// The same questions in the numbered layout, the format guessed.
pub const NUMBERED: &str = "1. Quyoncha nimani topdi?\nA) Sabzi\nB) Olma\nC) Tosh\nJavob: A\n\
    2. Quyoncha sabzini baham koʻrdi.\nJavob: toʻgʻri\n3. Quyonchaning doʻsti kim edi?\nJavob: Tipratikan\n";

/// The right answers to either set of questions.
pub fn right_answers() -> Value {
    json!([
        {"type": "single", "choice": 0},
        {"type": "true_false", "value": true},
        {"type": "short", "text": "tipratikan"}
    ])
}

pub fn story(title: &str, questions: &str) -> Value {
    json!({"language": "uz", "age": "4-6", "title": title, "emoji": "🐰",
           "text": MARKDOWN, "questions": questions})
}

/// Writes a story through the API; its id.
pub async fn write(app: &TestApp, author: &TestUser, title: &str) -> i64 {
    let res = app
        .post(
            "/api/v1/smartkids/authored",
            Some(&author.access),
            story(title, GIFT),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["id"].as_i64().expect("id")
}

/// Publishes a story as a moderator.
pub async fn publish(app: &TestApp, moderator: &TestUser, id: i64) {
    let res = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/publish"),
            Some(&moderator.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
}

/// A browser signed in with a login (e-mail or Alif24 ID) and the builders' password.
pub async fn signed_in<'a>(app: &'a TestApp, login: &str) -> Browser<'a> {
    let mut b = app.browser();
    b.get("/login").await;
    let res = b
        .post_form(
            "/login",
            &[("login", login), ("password", testkit::PASSWORD)],
        )
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    b
}

/// A page's HTML, which must answer 200.
pub async fn page(b: &mut Browser<'_>, path: &str) -> String {
    let res = b.get(path).await;
    assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.text);
    res.text
}

/// Reads a story as a child: starts, answers every question right, finishes.
pub async fn read(app: &TestApp, child: &TestUser, story: i64) -> Value {
    let start = app
        .post(
            &format!("/api/v1/smartkids/stories/{story}/readings"),
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(start.status, StatusCode::CREATED, "{}", start.text);
    let reading = start.json()["reading_id"].as_i64().unwrap();
    let res = app
        .post(
            &format!("/api/v1/smartkids/readings/{reading}/finish"),
            Some(&child.access),
            json!({"answers": right_answers()}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()
}
