//! Teachers write stories (Markdown and questions in the question engine's formats), which
//! wait for a moderator; published ones are on every shelf, declined ones show their reason to
//! the author; only approved teachers and moderators write, and bad input writes nothing.

use axum::http::{Method, StatusCode};
use kernel::i18n::Lang;
use serde_json::{json, Value};
use testkit::TestApp;

use crate::authoring_support::{
    page, publish, read, signed_in, story, write, GIFT, NUMBERED, PARAGRAPHS,
};

async fn shelf_ids(app: &TestApp) -> Vec<i64> {
    let shelf = app
        .get("/api/v1/smartkids/library?language=uz", None)
        .await
        .json();
    shelf["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn a_teachers_story_waits_for_a_moderator_and_then_is_on_every_shelf() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Dilnoza Karimova", "dilnoza@maktab.uz").await;
    let res = app
        .post(
            "/api/v1/smartkids/authored",
            Some(&teacher.access),
            story("Quyoncha va sabzi", GIFT),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let created = res.json();
    assert_eq!(created["status"], "pending");
    let id = created["id"].as_i64().unwrap();
    assert!(!shelf_ids(&app).await.contains(&id), "not on the shelf yet");
    let path = format!("/api/v1/smartkids/stories/{id}");
    assert_eq!(app.get(&path, None).await.status, StatusCode::NOT_FOUND);
    // The author reads it as children will: plain paragraphs, questions without keys.
    let own = app.get(&path, Some(&teacher.access)).await.json();
    assert_eq!(own["paragraphs"], json!(PARAGRAPHS));
    assert_eq!(own["source"], "teacher");
    let kinds: Vec<&str> = own["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["single", "true_false", "short"]);
    assert!(!own.to_string().contains("correct"), "{own}");

    // Moderators see it in full, with the keys; a teacher may not review.
    let moderator = app.moderator("moderator@alif24.uz").await;
    let queue = app
        .get("/api/v1/smartkids/moderation", Some(&moderator.access))
        .await
        .json();
    let waiting = &queue["stories"][0];
    assert_eq!(waiting["id"], id);
    assert_eq!(waiting["author"], "Dilnoza Karimova");
    assert_eq!(waiting["questions"][0]["correct"], 0);
    assert_eq!(
        waiting["questions"][2]["accepted"],
        json!(["Tipratikan", "Tipratikanni"])
    );
    let publish_path = format!("/api/v1/smartkids/stories/{id}/publish");
    for who in [
        &teacher.access,
        &app.family("ona@mail.uz", "Malika").await.0.access,
    ] {
        let res = app.post(&publish_path, Some(who), json!({})).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }
    publish(&app, &moderator, id).await;
    let again = app
        .post(&publish_path, Some(&moderator.access), json!({}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.error_code(), "smartkids_review_not_pending");

    assert!(
        shelf_ids(&app).await.contains(&id),
        "on the shelf for everyone"
    );
    assert_eq!(app.get(&path, None).await.status, StatusCode::OK);
    let (_, child) = app.family("dada@mail.uz", "Sardor").await;
    let result = read(&app, &child, id).await;
    assert_eq!(result["quiz_score"], 100, "{result}");
    // Published: no longer the author's to change.
    let put = app
        .api(
            Method::PUT,
            &format!("/api/v1/smartkids/authored/{id}"),
            Some(&teacher.access),
            Some(story("Boshqa", GIFT)),
        )
        .await;
    assert_eq!(put.status, StatusCode::CONFLICT);
    let list = app
        .get("/api/v1/smartkids/authored", Some(&teacher.access))
        .await
        .json();
    assert_eq!(list["stories"][0]["status"], "published");
    assert_eq!(list["stories"][0]["editable"], false);
}

#[tokio::test]
async fn a_declined_story_shows_its_reason_and_an_edit_sends_it_back() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Aziz Rahimov", "aziz@maktab.uz").await;
    let moderator = app.moderator("moderator@alif24.uz").await;
    // The numbered layout, its format guessed.
    let res = app
        .post(
            "/api/v1/smartkids/authored",
            Some(&teacher.access),
            story("Quyoncha", NUMBERED),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let id = res.json()["id"].as_i64().unwrap();
    let reason = "Sarlavhani aniqroq qiling";
    let res = app
        .post(
            &format!("/api/v1/smartkids/stories/{id}/decline"),
            Some(&moderator.access),
            json!({ "reason": reason }),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    let mine = app
        .get("/api/v1/smartkids/authored", Some(&teacher.access))
        .await
        .json();
    assert_eq!(mine["stories"][0]["status"], "rejected");
    assert_eq!(mine["stories"][0]["reason"], reason);
    let mut b = signed_in(&app, "aziz@maktab.uz").await;
    let html = page(&mut b, "/smartkids/author").await;
    assert!(html.contains(reason), "the reason on the author's page");
    assert!(html.contains("data-status=\"rejected\""));
    assert!(html.contains("href=\"/smartkids/author\""), "the nav item");
    let edit = page(&mut b, &format!("/smartkids/author/{id}/edit")).await;
    assert!(edit.contains("Javob: toʻgʻri"), "the questions as typed");

    // Edited on the page, it waits for the moderators again.
    let res = b
        .post_form(
            &format!("/smartkids/author/{id}"),
            &[
                ("language", "uz"),
                ("age", "7-10"),
                ("title", "Quyoncha bogʻda"),
                ("emoji", "🥕"),
                ("text", "Quyoncha bogʻga bordi.\n\nU sabzi topdi."),
                ("questions", NUMBERED),
                ("questions_format", "uz-numbered"),
            ],
        )
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    let mine = app
        .get("/api/v1/smartkids/authored", Some(&teacher.access))
        .await
        .json();
    let s = &mine["stories"][0];
    assert_eq!(
        (&s["status"], &s["title"], &s["reason"]),
        (&json!("pending"), &json!("Quyoncha bogʻda"), &Value::Null)
    );
    let queue = app
        .get("/api/v1/smartkids/moderation", Some(&moderator.access))
        .await
        .json();
    assert_eq!(
        queue["stories"][0]["paragraphs"],
        json!(["Quyoncha bogʻga bordi.", "U sabzi topdi."])
    );
    // Still pending: the author may take it back.
    let del = app
        .api(
            Method::DELETE,
            &format!("/api/v1/smartkids/authored/{id}"),
            Some(&teacher.access),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT, "{}", del.text);
    let mine = app
        .get("/api/v1/smartkids/authored", Some(&teacher.access))
        .await
        .json();
    assert!(mine["stories"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn only_approved_teachers_and_moderators_write_and_moderators_publish_their_own() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    let pending_teacher = app
        .register("teacher", "Yangi Ustoz", "yangi@maktab.uz")
        .await;
    let other_teacher = app.teacher("Boshqa Ustoz", "boshqa@maktab.uz").await;
    for who in [&parent, &child, &pending_teacher] {
        let res = app
            .post(
                "/api/v1/smartkids/authored",
                Some(&who.access),
                story("Ertak", GIFT),
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text);
        let res = app
            .get("/api/v1/smartkids/moderation", Some(&who.access))
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(
        app.get("/api/v1/smartkids/moderation", Some(&other_teacher.access))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.count("kids_stories").await, 0, "nothing written");
    // Someone else's story does not exist for a teacher.
    let moderator = app.moderator("moderator@alif24.uz").await;
    let teacher = app.teacher("Ustoz", "ustoz@maktab.uz").await;
    let id = write(&app, &teacher, "Ustozning ertagi").await;
    let res = app
        .api(
            Method::DELETE,
            &format!("/api/v1/smartkids/authored/{id}"),
            Some(&other_teacher.access),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    // A moderator's own story is published at once.
    let res = app
        .post(
            "/api/v1/smartkids/authored",
            Some(&moderator.access),
            story("Moderator ertagi", GIFT),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["status"], "published");
}

#[tokio::test]
async fn bad_input_is_422_naming_the_field_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "ustoz@maktab.uz").await;
    let with = |field: &str, value: Value| {
        let mut s = story("Ertak", GIFT);
        s[field] = value;
        s
    };
    let cases = [
        ("text", with("text", json!("Bir kuni. ".repeat(700)))),
        (
            "text",
            with(
                "text",
                json!((1..=21)
                    .map(|i| format!("Qism {i}."))
                    .collect::<Vec<_>>()
                    .join("\n\n")),
            ),
        ),
        ("text", with("text", json!("Bir kuni bola «сука» dedi."))),
        ("text", with("text", json!("<p>   </p>"))),
        ("questions", with("questions", json!(""))),
        (
            "questions",
            with("questions", json!("Savol? {=Sabzi ~Sabzi ~Olma}")),
        ),
        (
            "questions",
            with(
                "questions",
                json!("Qaysilari meva? {~%50%Olma ~%50%Nok ~%-100%Tosh}"),
            ),
        ),
        (
            "questions",
            with("questions", json!("Bu hayvon oʻldi. {T}")),
        ),
        (
            "questions",
            with(
                "questions",
                json!((1..=9)
                    .map(|i| format!("Savol {i}? {{T}}"))
                    .collect::<Vec<_>>()
                    .join("\n\n")),
            ),
        ),
        ("questions_format", with("questions_format", json!("docx"))),
        ("title", with("title", json!(""))),
        ("age", with("age", json!("12"))),
        ("emoji", with("emoji", json!("abc"))),
        ("language", with("language", json!("de"))),
    ];
    for (field, body) in cases {
        let res = app
            .post(
                "/api/v1/smartkids/authored",
                Some(&teacher.access),
                body.clone(),
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            res.text
        );
        let fields = &res.json()["error"]["fields"];
        assert!(fields[field].is_string(), "{field}: {}", res.text);
    }
    let res = app
        .post(
            "/api/v1/smartkids/authored",
            Some(&teacher.access),
            with("questions", json!("Savol? {=Sabzi ~Sabzi ~Olma}")),
        )
        .await;
    let message = res.json()["error"]["fields"]["questions"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        message.starts_with("1-qator"),
        "the line, in the user's language: {message}"
    );
    assert_eq!(app.count("kids_stories").await, 0, "nothing written");
}

#[tokio::test]
async fn the_help_example_of_every_language_is_accepted() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "ustoz@maktab.uz").await;
    for lang in Lang::ALL {
        let example = app
            .state
            .i18n
            .get(lang, "smartkids-author-help-example", &[]);
        let mut body = story("Ertak", &example);
        body["language"] = json!(lang.code());
        let res = app
            .post("/api/v1/smartkids/authored", Some(&teacher.access), body)
            .await;
        assert_eq!(
            res.status,
            StatusCode::CREATED,
            "{}: {}",
            lang.code(),
            res.text
        );
    }
}

#[tokio::test]
async fn a_story_is_written_reviewed_and_published_through_the_pages() {
    let app = TestApp::spawn().await;
    app.teacher("Ustoz", "ustoz@maktab.uz").await;
    app.moderator("moderator@alif24.uz").await;
    let mut t = signed_in(&app, "ustoz@maktab.uz").await;
    let form = page(&mut t, "/smartkids/author").await;
    assert!(
        form.contains("data-question-help") && form.contains("Javob: A"),
        "help in Uzbek"
    );
    let bad = t
        .post_form(
            "/smartkids/author",
            &[
                ("language", "uz"),
                ("age", "4-6"),
                ("title", "Ertak"),
                ("emoji", "🐰"),
                ("text", "Bir kuni."),
                ("questions", ""),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text.contains("field-error") && bad.text.contains("Bir kuni."),
        "the form again, as typed"
    );
    let res = t
        .post_form(
            "/smartkids/author",
            &[
                ("language", "uz"),
                ("age", "4-6"),
                ("title", "Sahifadagi ertak"),
                ("emoji", "🐰"),
                ("text", "Bir kuni quyoncha bogʻga bordi."),
                ("questions", GIFT),
            ],
        )
        .await;
    assert_eq!(
        res.location(),
        Some("/smartkids/author?notice=smartkids-author-sent")
    );

    let mut m = signed_in(&app, "moderator@alif24.uz").await;
    let review = page(&mut m, "/smartkids/moderation").await;
    assert!(
        review.contains("Sahifadagi ertak") && review.contains("data-key"),
        "the story with its keys"
    );
    assert!(
        review.contains("href=\"/smartkids/moderation\""),
        "the nav item"
    );
    let id: String = review
        .split("data-review=\"")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let res = m
        .post_form(&format!("/smartkids/moderation/{id}/publish"), &[])
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    assert!(page(&mut m, "/smartkids/moderation")
        .await
        .contains("data-review-empty"));
    let hub = page(&mut app.browser(), "/smartkids?language=uz").await;
    assert!(hub.contains("Sahifadagi ertak"), "on the shelf");
}
