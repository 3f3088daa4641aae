//! The built-in library: every language's shelf, stories without their answer keys, open to
//! visitors.

use axum::http::StatusCode;
use testkit::TestApp;

#[tokio::test]
async fn each_language_has_a_shelf_of_real_stories_for_both_ages() {
    let app = TestApp::spawn().await;
    for lang in ["uz", "ru", "en"] {
        let res = app
            .get(&format!("/api/v1/smartkids/library?language={lang}"), None)
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        let stories = res.json()["stories"].as_array().unwrap().clone();
        assert!(stories.len() >= 12, "{lang}: {} stories", stories.len());
        for age in ["4-6", "7-10"] {
            assert!(
                stories.iter().filter(|s| s["age"] == age).count() >= 5,
                "{lang} {age}"
            );
        }
        assert!(stories
            .iter()
            .all(|s| s["source"] == "library" && s["words"].as_i64().unwrap() > 30));
    }
    // A second replica's sync, or a second call, adds nothing.
    let before = app.count("kids_stories").await;
    app.get("/api/v1/smartkids/library?language=uz", None).await;
    assert_eq!(app.count("kids_stories").await, before);
    let bad = app.get("/api/v1/smartkids/library?language=de", None).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_story_is_read_without_its_answers() {
    let app = TestApp::spawn().await;
    let shelf = app
        .get("/api/v1/smartkids/library?language=ru", None)
        .await
        .json();
    let id = shelf["stories"][0]["id"].as_i64().unwrap();
    let res = app
        .get(&format!("/api/v1/smartkids/stories/{id}"), None)
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let story = res.json();
    assert!(story["paragraphs"].as_array().unwrap().len() >= 3);
    assert_eq!(
        story["paragraphs"].as_array().unwrap().len(),
        story["pictures"].as_array().unwrap().len()
    );
    let questions = story["questions"].as_array().unwrap();
    assert!((3..=5).contains(&questions.len()));
    assert!(
        !res.text.contains("\"correct\"")
            && !res.text.contains("\"accepted\"")
            && !res.text.contains("\"answer\"")
    );
    let missing = app.get("/api/v1/smartkids/stories/999999", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}
