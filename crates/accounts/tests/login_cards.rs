//! Login cards: a parent (or the child's teacher) makes a card whose link signs the child in;
//! only its hash is kept; revoking it ends its sessions; strangers get 404; link previewers get
//! no session.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

/// The path of a card's URL (`http://…/card/<secret>` → `/card/<secret>`).
fn card_path(url: &str) -> String {
    let at = url.find("/card/").expect("a /card/ link");
    url[at..].to_string()
}

async fn make_card(app: &TestApp, parent: &testkit::TestUser, child_id: &str) -> serde_json::Value {
    let res = app
        .post(
            &format!("/api/v1/family/children/{child_id}/login-cards"),
            Some(&parent.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()
}

#[tokio::test]
async fn a_parents_card_signs_the_child_in_on_any_device_for_a_year() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let card = make_card(&app, &parent, &child.id).await;
    assert!(card["card_id"].as_i64().is_some());
    let url = card["url"].as_str().unwrap();
    assert!(url.starts_with(&app.state.config.public_url), "{url}");
    let year = card["expires_at"].as_i64().unwrap() - app.state.now_ms();
    assert_eq!(year, 365 * 86_400_000);

    for _ in 0..2 {
        let mut tablet = app.browser();
        let res = tablet.get(&card_path(url)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
        assert_eq!(res.location(), Some("/dashboard"));
        assert_eq!(res.headers["cache-control"], "no-store");
        let me = tablet.get("/profile").await;
        assert_eq!(me.status, StatusCode::OK);
        assert!(me.text.contains(&child.id), "signed in as the child");
    }
    app.advance_ms(364 * 86_400_000);
    let mut late = app.browser();
    assert_eq!(
        late.get(&card_path(url)).await.status,
        StatusCode::SEE_OTHER
    );
    app.advance_ms(2 * 86_400_000);
    let expired = app.browser().get(&card_path(url)).await;
    assert_eq!(
        expired.status,
        StatusCode::NOT_FOUND,
        "after a year it stops"
    );
}

#[tokio::test]
async fn only_the_hash_of_the_secret_is_stored() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let card = make_card(&app, &parent, &child.id).await;
    let secret = card_path(card["url"].as_str().unwrap())["/card/".len()..].to_string();
    assert_eq!(secret.len(), 64, "256 random bits");
    let stored: String = sqlx::query_scalar("SELECT token_hash FROM login_cards")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert_ne!(stored, secret);
    assert_eq!(stored, kernel::ids::sha256_hex(&secret));
}

#[tokio::test]
async fn revoking_a_card_ends_its_sessions_and_its_link() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let card = make_card(&app, &parent, &child.id).await;
    let path = card_path(card["url"].as_str().unwrap());
    let mut tablet = app.browser();
    tablet.get(&path).await;
    assert_eq!(tablet.get("/profile").await.status, StatusCode::OK);

    let listed = app
        .get(
            &format!("/api/v1/family/children/{}/login-cards", child.id),
            Some(&parent.access),
        )
        .await;
    assert!(
        listed.json()["cards"][0]["last_used_at"].is_i64(),
        "{}",
        listed.text
    );

    let revoke = format!(
        "/api/v1/family/children/{}/login-cards/{}",
        child.id, card["card_id"]
    );
    let res = app
        .api(Method::DELETE, &revoke, Some(&parent.access), None)
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    let page = tablet.get("/profile").await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "the card's session ended"
    );
    let again = app.browser().get(&path).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(
        again.text.contains("no longer works") || again.text.contains("ishlamaydi"),
        "{}",
        again.text
    );
    let res = app
        .api(Method::DELETE, &revoke, Some(&parent.access), None)
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "revoked once");
    let me = app.get("/api/v1/auth/me", Some(&child.access)).await;
    assert_eq!(me.status, StatusCode::OK, "the password session stays");
}

#[tokio::test]
async fn nobody_else_makes_or_revokes_a_childs_cards() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let (stranger, _) = app.family("other@mail.uz", "Bekzod").await;
    let teacher = app.teacher("Malika Karimova", "malika@mail.uz").await;
    let path = format!("/api/v1/family/children/{}/login-cards", child.id);
    let res = app.post(&path, Some(&stranger.access), json!({})).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app.post(&path, Some(&teacher.access), json!({})).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app.post(&path, Some(&child.access), json!({})).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let card = make_card(&app, &parent, &child.id).await;
    let res = app
        .api(
            Method::DELETE,
            &format!("{path}/{}", card["card_id"]),
            Some(&stranger.access),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("login_cards").await, 1);
}

#[tokio::test]
async fn a_link_previewer_gets_a_page_and_no_session() {
    use axum::body::Body;
    use axum::http::{header, Request};
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("mother@mail.uz", "Aziza").await;
    let card = make_card(&app, &parent, &child.id).await;
    let path = card_path(card["url"].as_str().unwrap());
    for (name, value) in [
        (header::USER_AGENT.as_str(), "TelegramBot (like TwitterBot)"),
        ("sec-purpose", "prefetch"),
    ] {
        let req = Request::get(&path)
            .header(name, value)
            .body(Body::empty())
            .unwrap();
        let res = app.send(req).await;
        assert_eq!(res.status, StatusCode::OK, "{name}");
        assert!(
            res.text.contains(&format!("href=\"{path}\"")),
            "a person can still sign in"
        );
        assert!(res
            .set_cookies()
            .iter()
            .all(|c| !c.starts_with(kernel::cookies::ACCESS)));
    }
    assert_eq!(
        app.count("auth_sessions WHERE login_card_id IS NOT NULL")
            .await,
        0
    );
}

#[tokio::test]
async fn guessing_card_links_is_rate_limited_per_address() {
    let app = TestApp::spawn().await;
    let max = accounts::service::login_cards::OPENS_PER_IP.max;
    let bogus = format!("/card/{}", "ab".repeat(32));
    for _ in 0..max {
        assert_eq!(
            app.browser().get(&bogus).await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        app.browser().get(&bogus).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn the_family_page_prints_a_card_with_its_qr_code_and_lists_it() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "mother@mail.uz"), ("password", testkit::PASSWORD)],
    )
    .await;
    let family = b.get("/family").await;
    let action = format!("/family/children/{}/login-cards", child.id);
    assert!(family.text.contains(&action), "{}", family.text);
    let card = b.post_form(&action, &[]).await;
    assert_eq!(card.status, StatusCode::OK, "{}", card.text);
    assert!(card.text.contains("<svg"), "a QR code");
    assert!(card.text.contains("data-login-card-url"));
    assert!(card.text.contains(&child.id) && card.text.contains("Aziza"));
    let family = b.get("/family").await;
    assert!(family.text.contains("data-login-card="), "{}", family.text);
}

#[tokio::test]
async fn the_childs_teacher_makes_cards_and_sets_passwords_for_class_members_only() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Malika Karimova", "malika@mail.uz").await;
    let other = app.teacher("Olim Qodirov", "olim@mail.uz").await;
    let (class, students) = app.class_with_students(&teacher, "1-A", 1).await;
    let (_, outsider) = app.family("mother@mail.uz", "Aziza").await;
    let s = &students[0];
    let base = format!("/api/v1/classes/{class}/students");

    let res = app
        .post(
            &format!("{base}/{}/login-cards", s.id),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let card = res.json();
    let mut tablet = app.browser();
    assert_eq!(
        tablet
            .get(&card_path(card["url"].as_str().unwrap()))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let res = app
        .post(
            &format!("{base}/{}/login-cards", outsider.id),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "not in the class");
    let res = app
        .post(
            &format!("{base}/{}/login-cards", s.id),
            Some(&other.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "not their class");

    let res = app
        .post(
            &format!("{base}/{}/password", s.id),
            Some(&teacher.access),
            json!({"password": "yashil archa 6"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    app.login(&s.id, "yashil archa 6").await;
    let res = app
        .post(
            &format!("{base}/{}/password", s.id),
            Some(&other.access),
            json!({"password": "qizil olma 77"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);

    let res = app
        .post(
            &format!("{base}/{}/picture-password", s.id),
            Some(&teacher.access),
            json!({"pictures": ["moon", "star", "moon", "car"]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    let res = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": s.id, "pictures": ["moon", "star", "moon", "car"]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);

    let revoke = format!("{base}/{}/login-cards/{}", s.id, card["card_id"]);
    let res = app
        .api(Method::DELETE, &revoke, Some(&teacher.access), None)
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);

    let page = app
        .get(&format!("/classes/{class}"), Some(&teacher.access))
        .await;
    assert!(page
        .text
        .contains(&format!("/classes/{class}/students/{}/login-card", s.id)));
}
