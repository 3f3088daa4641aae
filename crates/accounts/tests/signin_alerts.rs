//! Someone keeps guessing a child's password: the guesser slows down per device as well as per
//! address, and the parent sees a notice after ten failures in an hour.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::json;
use testkit::TestApp;

async fn guess(app: &TestApp, ip: [u8; 4], id: &str, device: Option<&str>) -> StatusCode {
    let mut body = json!({"login": id, "password": "guess guess"});
    if let Some(d) = device {
        body["device_token"] = json!(d);
    }
    let mut req = Request::post("/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    req.extensions_mut()
        .insert(ConnectInfo(std::net::SocketAddr::from((ip, 40_000))));
    app.send(req).await.status
}

#[tokio::test]
async fn ten_failures_in_an_hour_put_a_notice_on_the_family_page_until_dismissed() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    for n in 0..9u8 {
        guess(&app, [10, 0, 1, n], &child.id, None).await;
    }
    let alerts = app
        .get("/api/v1/family/signin-alerts", Some(&parent.access))
        .await;
    assert_eq!(
        alerts.json()["alerts"].as_array().unwrap().len(),
        0,
        "nine is not yet"
    );
    for n in 9..14u8 {
        guess(&app, [10, 0, 1, n], &child.id, None).await;
    }
    let alerts = app
        .get("/api/v1/family/signin-alerts", Some(&parent.access))
        .await;
    let a = &alerts.json()["alerts"][0];
    assert_eq!(a["child_id"], child.id.as_str());
    assert_eq!(a["failures"], 14);
    let page = app.get("/family", Some(&parent.access)).await;
    assert!(
        page.text.contains("14 marta") || page.text.contains("14 times"),
        "{}",
        page.text
    );
    let res = app
        .api(
            Method::DELETE,
            &format!("/api/v1/family/children/{}/signin-alerts", child.id),
            Some(&parent.access),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let page = app.get("/family", Some(&parent.access)).await;
    assert!(!page.text.contains("signin-alert"));
}

#[tokio::test]
async fn failures_spread_over_hours_make_no_notice() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    for n in 0..12u8 {
        guess(&app, [10, 0, 2, n], &child.id, None).await;
        app.advance_ms(10 * 60_000);
    }
    let parent = app.login("mother@mail.uz", testkit::PASSWORD).await;
    let alerts = app
        .get("/api/v1/family/signin-alerts", Some(&parent.access))
        .await;
    assert_eq!(
        alerts.json()["alerts"].as_array().unwrap().len(),
        0,
        "{}",
        alerts.text
    );
}

#[tokio::test]
async fn a_guessing_device_waits_even_when_it_changes_address() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let device = "d".repeat(64);
    for n in 0..accounts::service::throttle::FREE_FAILURES as u8 {
        let status = guess(&app, [10, 0, 3, n], &child.id, Some(&device)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let status = guess(&app, [10, 0, 4, 1], &child.id, Some(&device)).await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "same device, new address"
    );
    let status = guess(&app, [10, 0, 4, 2], &child.id, None).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "another device is not held"
    );
}
