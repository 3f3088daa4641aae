//! Trust and sharing: the privacy, terms, about and contact pages in three languages and
//! linked from every page; the operator's contact address; Open Graph tags whose image really
//! exists; the web app manifest and its icons; the skip link.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use testkit::{TestApp, TestResponse};

async fn get_in(app: &TestApp, path: &str, lang: &str) -> TestResponse {
    let req = Request::builder()
        .uri(path)
        .header(header::ACCEPT_LANGUAGE, lang)
        .body(Body::empty())
        .unwrap();
    app.send(req).await
}

/// A PNG's width and height from its header, or nothing when the answer is not a PNG.
async fn png_size(app: &TestApp, url: &str) -> Option<(u32, u32)> {
    let req = Request::builder().uri(url).body(Body::empty()).unwrap();
    let (status, headers, bytes) = app.send_bytes(req).await;
    let png = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v == "image/png");
    if status != StatusCode::OK || !png || bytes.len() < 24 {
        return None;
    }
    if &bytes[..8] != b"\x89PNG\r\n\x1a\n" || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let n = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    Some((n(16), n(20)))
}

fn meta<'a>(html: &'a str, property: &str) -> Option<&'a str> {
    let at = html
        .find(&format!("property=\"{property}\" content=\""))
        .or_else(|| html.find(&format!("name=\"{property}\" content=\"")))?;
    let rest = &html[at..];
    let start = rest.find("content=\"")? + 9;
    let end = rest[start..].find('"')?;
    Some(&rest[start..start + end])
}

#[tokio::test]
async fn the_trust_pages_speak_each_language_and_every_page_links_them() {
    let app = TestApp::spawn().await;
    for (lang, law, title) in [
        ("uz", "OʻRQ-547", "Maxfiylik siyosati"),
        ("ru", "ЗРУ-547", "Политика конфиденциальности"),
        ("en", "ZRU-547", "Privacy policy"),
    ] {
        let res = get_in(&app, "/privacy", lang).await;
        assert_eq!(res.status, StatusCode::OK, "{lang}");
        assert!(res.text.contains(law), "{lang} privacy names the law");
        assert!(res.text.contains(&format!("<h1>{title}</h1>")), "{lang}");
        assert!(
            res.text.contains("alif24_dev"),
            "{lang} lists the device cookie"
        );
        for path in ["/terms", "/about", "/contact"] {
            let res = get_in(&app, path, lang).await;
            assert_eq!(res.status, StatusCode::OK, "{lang} {path}");
            assert!(res.text.contains("data-trust-page"), "{lang} {path}");
        }
    }
    for page in ["/", "/login", "/privacy", "/no-such-page"] {
        let res = app.get(page, None).await;
        for link in ["/about", "/privacy", "/terms", "/contact"] {
            assert!(
                res.text.contains(&format!("<a href=\"{link}\">")),
                "{page} links {link} in its footer"
            );
        }
    }
}

#[tokio::test]
async fn the_contact_is_the_configured_address_or_an_honest_note() {
    let app = TestApp::spawn_with(&[("ALIF24_CONTACT_EMAIL", "privacy@maktab.uz")]).await;
    for path in ["/contact", "/privacy"] {
        let res = get_in(&app, path, "en").await;
        assert!(
            res.text
                .contains("<a href=\"mailto:privacy@maktab.uz\">privacy@maktab.uz</a>"),
            "{path}: {}",
            res.text
        );
    }
    let app = TestApp::spawn().await;
    let res = get_in(&app, "/contact", "en").await;
    assert!(!res.text.contains("mailto:"));
    assert!(res.text.contains("has not published a contact address"));
}

#[tokio::test]
async fn shared_links_get_open_graph_tags_with_a_real_1200_by_630_image() {
    let app = TestApp::spawn_with(&[("ALIF24_PUBLIC_URL", "https://alif24.example")]).await;
    let res = get_in(&app, "/about", "ru").await;
    let html = &res.text;
    assert_eq!(meta(html, "og:locale"), Some("ru_RU"));
    assert_eq!(meta(html, "og:url"), Some("https://alif24.example/about"));
    assert_eq!(meta(html, "twitter:card"), Some("summary_large_image"));
    assert!(meta(html, "og:title").is_some_and(|t| t.contains("Alif24")));
    assert!(meta(html, "og:description").is_some_and(|d| d.len() > 40));
    let image = meta(html, "og:image").expect("og:image");
    let path = image
        .strip_prefix("https://alif24.example")
        .expect("an absolute URL on this site");
    assert_eq!(png_size(&app, path).await, Some((1200, 630)));
    let touch = html
        .split("rel=\"apple-touch-icon\" href=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("apple-touch-icon");
    assert_eq!(png_size(&app, touch).await, Some((180, 180)));
}

#[tokio::test]
async fn the_manifest_installs_alif24_with_real_icons() {
    let app = TestApp::spawn().await;
    let html = app.get("/", None).await.text;
    assert!(html.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"));
    let res = app.get("/manifest.webmanifest", None).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        res.headers.get(header::CONTENT_TYPE).unwrap(),
        "application/manifest+json"
    );
    let m: Value = serde_json::from_str(&res.text).unwrap();
    assert_eq!(m["start_url"], "/dashboard");
    assert_eq!(m["display"], "standalone");
    assert_eq!(m["short_name"], "Alif24");
    assert!(m["theme_color"]
        .as_str()
        .is_some_and(|c| c.starts_with('#')));
    assert!(m["background_color"]
        .as_str()
        .is_some_and(|c| c.starts_with('#')));
    let mut seen = Vec::new();
    for icon in m["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let size = png_size(&app, src).await.expect("the icon is a PNG");
        assert_eq!(format!("{}x{}", size.0, size.1), icon["sizes"], "{src}");
        seen.push(format!(
            "{} {}",
            icon["sizes"].as_str().unwrap(),
            icon["purpose"].as_str().unwrap()
        ));
    }
    seen.sort();
    assert_eq!(seen, ["192x192 any", "512x512 any", "512x512 maskable"]);
}

#[tokio::test]
async fn a_skip_link_leads_past_the_header_to_the_main_content() {
    let app = TestApp::spawn().await;
    let html = app.get("/login", None).await.text;
    let skip = html
        .find("<a class=\"skip\" href=\"#main\">")
        .expect("skip link");
    let header = html.find("<header").unwrap();
    assert!(skip < header, "the skip link comes first");
    assert!(html.contains("<main id=\"main\" tabindex=\"-1\">"));
}
