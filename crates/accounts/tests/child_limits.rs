//! Parents create at most a few children's accounts a day, and unlinking gives none back.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn a_parent_creates_at_most_ten_children_a_day_even_after_unlinking() {
    let app = TestApp::spawn().await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let create = |n: usize| {
        let token = parent.access.clone();
        let app = &app;
        async move {
            app.post(
                "/api/v1/family/children",
                Some(&token),
                json!({"name": format!("Bola {n}"), "birth_year": 2019, "password": "ayiq77"}),
            )
            .await
        }
    };
    let per_day = accounts::service::family::CHILDREN_PER_DAY.max as usize;
    let mut last_id = String::new();
    for n in 0..per_day {
        let res = create(n).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
        last_id = res.json()["child"]["id"].as_str().unwrap().to_string();
    }
    let res = app
        .post(
            &format!("/api/v1/family/children/{last_id}/unlink"),
            Some(&parent.access),
            json!({}),
        )
        .await;
    assert!(res.status.is_success(), "{}", res.text);
    let users = app.count("users").await;
    let res = create(99).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.text);
    assert_eq!(res.error_code(), "children_per_day");
    assert!(res.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("10"));
    assert_eq!(app.count("users").await, users, "nothing written");

    app.advance_ms(24 * 3600 * 1000);
    let parent = app.login("ona@mail.uz", "correct horse 1").await;
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": "Ertaga", "birth_year": 2019, "password": "ayiq77"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "a new day: {}", res.text);
}
