//! Pages, JSON and static files leave compressed when the client accepts it; nothing is
//! compressed for a client that does not ask.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use testkit::TestApp;

async fn fetch(app: &TestApp, path: &str, accept: Option<&str>) -> (Option<String>, Vec<u8>) {
    let mut req = Request::get(path);
    if let Some(a) = accept {
        req = req.header(header::ACCEPT_ENCODING, a);
    }
    let (status, headers, body) = app.send_bytes(req.body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    let encoding = headers
        .get(header::CONTENT_ENCODING)
        .map(|v| v.to_str().unwrap().to_string());
    (encoding, body)
}

#[tokio::test]
async fn pages_and_styles_are_sent_with_brotli_or_gzip_as_the_client_accepts() {
    let app = TestApp::spawn().await;
    let (plain_enc, plain) = fetch(&app, "/", None).await;
    assert_eq!(plain_enc, None, "no compression unless asked");
    let (br, br_body) = fetch(&app, "/", Some("gzip, deflate, br")).await;
    assert_eq!(br.as_deref(), Some("br"));
    assert!(
        br_body.len() * 2 < plain.len(),
        "{} vs {}",
        br_body.len(),
        plain.len()
    );
    let css = app.state.assets.url("css/app.css");
    let (gz, gz_body) = fetch(&app, &css, Some("gzip")).await;
    assert_eq!(gz.as_deref(), Some("gzip"));
    let (_, css_plain) = fetch(&app, &css, None).await;
    assert!(gz_body.len() * 2 < css_plain.len());
    println!(
        "home page {} B, brotli {} B; app.css {} B, gzip {} B",
        plain.len(),
        br_body.len(),
        css_plain.len(),
        gz_body.len()
    );
}

#[tokio::test]
async fn pictures_are_not_compressed_again() {
    let app = TestApp::spawn().await;
    let icon = app.state.assets.url("img/icon-192.png");
    let (enc, _) = fetch(&app, &icon, Some("gzip, br")).await;
    assert_eq!(enc, None);
}
