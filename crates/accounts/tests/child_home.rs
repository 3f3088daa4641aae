//! A child's home page: picture tiles and no forms in sight; grown-ups' things in their corner.

use axum::http::StatusCode;
use testkit::{TestApp, PASSWORD};

async fn child_home(app: &TestApp, child_id: &str) -> String {
    let mut b = app.browser();
    let res = b
        .post_form("/login", &[("login", child_id), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let page = b.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    page.text
}

#[tokio::test]
async fn a_child_is_greeted_with_a_spoken_hello_and_the_forms_wait_in_the_grown_ups_corner() {
    let app = TestApp::spawn().await;
    let (_, kid) = app.family("ona@mail.uz", "Laylo").await;
    let page = child_home(&app, &kid.id).await;
    assert!(page.contains("Salom, Laylo!"), "greets by name");
    assert!(
        page.contains("data-say=\"Salom, Laylo! Bugun nima qilamiz? Rasmni bos.\""),
        "the greeting can be heard"
    );
    let corner = page
        .split("<details class=\"grown-ups\"")
        .nth(1)
        .expect("a corner for grown-ups");
    assert!(
        corner.contains("action=\"/classes/join\""),
        "joining a class is in the grown-ups' corner"
    );
    let before = page.split("<details class=\"grown-ups\"").next().unwrap();
    assert!(!before.contains("<form method=\"post\" action=\"/classes/join\""));
    assert!(
        !page.contains("href=\"/family/link-code\""),
        "a child who has a parent is not asked to link one"
    );
}

#[tokio::test]
async fn a_child_without_a_parent_can_get_a_link_code_from_the_corner() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Sardor", "sardor@mail.uz").await;
    let page = child_home(&app, &kid.id).await;
    let corner = page.split("<details class=\"grown-ups\"").nth(1).unwrap();
    assert!(corner.contains("href=\"/family/link-code\""));
}

#[tokio::test]
async fn every_tile_on_a_child_home_has_a_picture_a_label_and_a_speaker() {
    let app = TestApp::spawn().await;
    let (_, kid) = app.family("ota@mail.uz", "Aziz").await;
    let page = child_home(&app, &kid.id).await;
    let tiles: Vec<&str> = page.split("<li class=\"home-tile").skip(1).collect();
    assert!(
        page.contains("data-tile=\"letters\""),
        "the letters are a tile: {page}"
    );
    for tile in &tiles {
        let tile = tile.split("</li>").next().unwrap();
        assert!(tile.contains("class=\"tile-picture\""), "{tile}");
        assert!(tile.contains("class=\"tile-label\""), "{tile}");
        assert!(tile.contains("class=\"say-button\" data-say=\""), "{tile}");
    }
}
