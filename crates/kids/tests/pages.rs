//! The pages: the SmartKids hub, a story and MathKids for a visitor and for a child, in three
//! languages; the writer's form makes a story and opens it.

use axum::http::StatusCode;
use testkit::{Browser, TestApp};

async fn page(b: &mut Browser<'_>, path: &str) -> String {
    let res = b.get(path).await;
    assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.text);
    res.text
}

#[tokio::test]
async fn a_visitor_reads_the_library_and_opens_the_math_helper_in_three_languages() {
    let app = TestApp::spawn().await;
    for (lang, title) in [("uz", "Ertaklar"), ("ru", "Сказки"), ("en", "Stories")] {
        let mut b = app.browser();
        b.accept_language = Some(lang.to_string());
        let hub = page(&mut b, "/smartkids").await;
        assert!(hub.contains(&format!("<html lang=\"{lang}\">")));
        assert!(hub.contains(title), "{lang}");
        assert!(!hub.contains("data-write"), "a visitor has no writer");
        let first = hub
            .split("href=\"/smartkids/stories/")
            .nth(1)
            .expect("a story card");
        let id: String = first.chars().take_while(char::is_ascii_digit).collect();
        let story = page(&mut b, &format!("/smartkids/stories/{id}")).await;
        assert!(story.contains("data-reader=\"0\""));
        assert!(
            story.matches("class=\"w\"").count() > 30,
            "words ready to light up"
        );
        assert!(story.contains("data-listen"));
        let math = page(&mut b, "/mathkids").await;
        assert!(math.contains("data-example"), "{lang}: examples to try");
    }
}

#[tokio::test]
async fn a_child_makes_a_story_from_the_form_and_reads_it() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "student"),
            ("name", "Bola"),
            ("email", "bola@mail.uz"),
            ("password", testkit::PASSWORD),
        ],
    )
    .await;
    let hub = page(&mut b, "/smartkids?language=ru").await;
    assert!(hub.contains("data-write"));
    let choices = app
        .get("/api/v1/smartkids/choices?language=ru", None)
        .await
        .json();
    let hero = choices["heroes"][0]["id"].as_str().unwrap().to_string();
    let res = b
        .post_form(
            "/smartkids/write",
            &[
                ("language", "ru"),
                ("age", "4-6"),
                ("hero", &hero),
                ("length", "short"),
                ("name", "сука"),
            ],
        )
        .await;
    let to = res.location().expect("to the story").to_string();
    assert!(to.contains("replaced=rude"), "{to}");
    let story = page(&mut b, &to).await;
    assert!(story.contains("data-reader=\"1\""));
    assert!(story.contains("🛡️"), "the friendly notice");
    let hub = page(&mut b, "/smartkids?language=ru").await;
    assert!(hub.contains("sk-mine-h"), "the child's own shelf");
    let to = b.get("/").await.location().unwrap_or("/").to_string();
    let home = page(&mut b, &to).await;
    assert!(home.contains("href=\"/smartkids\"") && home.contains("href=\"/mathkids\""));
}
