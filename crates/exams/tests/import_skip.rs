//! Importing the rest of a file: questions that cannot be used (an essay, a mistake) are
//! listed with their line and left out when the teacher asks, in the API and on the page.

use axum::http::StatusCode;
use questions::formats::{import, import_skipping, Format};
use questions::model::question::Body;
use serde_json::json;
use testkit::TestApp;

/// The examples of Moodle's GIFT documentation, with its essay question.
const MOODLE: &str = "// true/false
::Q1:: 1+1=2 {T}

// multiple choice with specified feedback for right and wrong answers
::Q2:: What's between orange and green in the spectrum?
{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

// fill-in-the-blank
::Q3:: Two plus {=two =2} equals four.

// matching
::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

// math range question
::Q5:: What is a number from 1 to 5? {#3:2}

// math range specified with interval end points
::Q6:: What is a number from 1 to 5? {#1..5}

// multiple numeric answers with partial credit and feedback
::Q7:: When was Ulysses S. Grant born? {#
         =1822:0      # Correct! Full credit.
         =%50%1822:2  # He was born in 1822. Half credit for being close.
}

// essay
::Q8:: How are you? {}

// numeric with feedback for any wrong answer
::Q9:: What is a number from 1 to 5? {#3:2~#Completely wrong}
";

#[test]
fn moodles_examples_import_except_the_essay_which_is_listed_at_its_line() {
    let e = import(Format::Gift, MOODLE).unwrap_err();
    assert_eq!((e.line, e.code), (27, "gift_essay"));
    let read = import_skipping(Format::Gift, MOODLE).unwrap();
    assert_eq!(read.questions.len(), 8);
    assert_eq!(read.skipped.len(), 1);
    assert_eq!(
        (read.skipped[0].line, read.skipped[0].code),
        (27, "gift_essay")
    );
    assert_eq!(
        read.questions[7].body,
        Body::Numeric {
            answer: 3.0,
            tolerance: 2.0
        },
        "the wrong-answer feedback is read and dropped"
    );
}

#[test]
fn a_file_with_nothing_usable_still_fails_with_its_first_problem() {
    let e = import_skipping(Format::Gift, "Essay one {}\n\nEssay two {}").unwrap_err();
    assert_eq!((e.line, e.code), (1, "gift_essay"));
    let e = import_skipping(Format::Gift, "a {=b}\n\nc {=d\n\n").unwrap_err();
    assert_eq!(
        (e.line, e.code),
        (3, "gift_unclosed"),
        "an unclosed brace swallows the rest: the file is wrong"
    );
}

async fn import_api(app: &TestApp, token: &str, body: serde_json::Value) -> testkit::TestResponse {
    app.post("/api/v1/exams/import", Some(token), body).await
}

#[tokio::test]
async fn the_api_previews_and_imports_the_rest_with_skip_unsupported() {
    let app = TestApp::spawn().await;
    let t = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let body = json!({"format": "gift", "title": "Moodle", "text": MOODLE});
    let res = import_api(&app, &t.access, body.clone()).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert_eq!(res.json()["error"]["fields"]["line"], "27");
    assert_eq!(app.count("exam_tests").await, 0);

    let res = app
        .post(
            "/api/v1/exams/import/preview",
            Some(&t.access),
            body.clone(),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let p = res.json();
    assert_eq!(p["question_count"], 8);
    assert_eq!(p["skipped"][0]["line"], 27);
    assert_eq!(p["skipped"][0]["code"], "gift_essay");
    assert!(
        p["skipped"][0]["reason"].as_str().unwrap().len() > 10,
        "{p}"
    );
    assert_eq!(app.count("exam_tests").await, 0, "a preview saves nothing");

    let mut body = body;
    body["skip_unsupported"] = json!(true);
    let res = import_api(&app, &t.access, body).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let done = res.json();
    assert_eq!(done["question_count"], 8);
    assert_eq!(done["skipped"][0]["line"], 27);
    let test = done["test_id"].as_i64().unwrap();
    let view = app
        .get(&format!("/api/v1/exams/tests/{test}"), Some(&t.access))
        .await
        .json();
    assert_eq!(view["questions"].as_array().unwrap().len(), 8);
}

#[tokio::test]
async fn students_cannot_preview_imports() {
    let app = TestApp::spawn().await;
    let s = app.register("student", "Bekzod", "bekzod@mail.uz").await;
    let res = app
        .post(
            "/api/v1/exams/import/preview",
            Some(&s.access),
            json!({"format": "gift", "text": MOODLE}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text);
}

#[tokio::test]
async fn the_import_page_lists_what_it_cannot_use_and_imports_the_rest_on_request() {
    let app = TestApp::spawn().await;
    app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[
                ("login", "gulnora@maktab.uz"),
                ("password", "correct horse 1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let mut form = vec![
        ("format", "gift"),
        ("title", "Moodle"),
        ("subject", "english"),
        ("grade", "5"),
        ("language", "en"),
        ("text", MOODLE),
    ];
    let page = b.post_form("/exams/import", &form).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.text
    );
    assert!(page.text.contains("data-import-skipped"), "{}", page.text);
    assert!(
        page.text.contains("name=\"skip_unsupported\""),
        "{}",
        page.text
    );
    assert!(page.text.contains("27"), "the essay's line");
    assert_eq!(app.count("exam_tests").await, 0);
    form.push(("skip_unsupported", "1"));
    let res = b.post_form("/exams/import", &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    assert!(res.location().unwrap().starts_with("/exams/tests/"));
    assert_eq!(app.count("exam_tests").await, 1);
}
