//! The web flows: forms, cookies, CSRF, the language switch.

use axum::http::StatusCode;
use testkit::TestApp;

#[tokio::test]
async fn a_parent_signs_up_through_the_form_and_lands_on_the_dashboard() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/register",
            &[
                ("role", "parent"),
                ("name", "Malika"),
                ("email", "malika@mail.uz"),
                ("password", "secret pass 1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    assert!(b.cookie(kernel::cookies::ACCESS).is_some());
    let cookies = res.set_cookies().join("\n");
    assert!(cookies.contains("HttpOnly") && cookies.contains("SameSite=Lax"));
    let page = b.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Malika"));
}

#[tokio::test]
async fn a_form_post_without_the_csrf_token_is_refused() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.get("/").await;
    let res = b
        .post_raw(
            "/register",
            "role=parent&name=X&email=x%40mail.uz&password=secret+pass+1",
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_cookie_authenticated_api_write_needs_the_csrf_header() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "parent"),
            ("name", "Ona"),
            ("email", "ona@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    let res = b.post_raw("/api/v1/auth/logout-all", "").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.error_code(), "csrf_failed");
}

#[tokio::test]
async fn wrong_login_shows_the_form_again_with_the_message() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", "someone@mail.uz"), ("password", "nope nope")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text.contains("Login yoki parol notoʻgʻri."),
        "Uzbek is the default language"
    );
}

#[tokio::test]
async fn the_language_switch_changes_the_page_and_sticks_to_the_user() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "parent"),
            ("name", "Til"),
            ("email", "til@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    let res = b
        .post_form("/language", &[("lang", "ru"), ("next", "/dashboard")])
        .await;
    assert_eq!(res.location(), Some("/dashboard"));
    assert!(b.get("/dashboard").await.text.contains("Моя страница"));
    let stored: String = sqlx::query_scalar("SELECT language FROM users")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert_eq!(stored, "ru");
    let mut other_device = app.browser();
    other_device
        .post_form(
            "/login",
            &[("login", "til@mail.uz"), ("password", "secret pass 1")],
        )
        .await;
    assert!(other_device
        .get("/dashboard")
        .await
        .text
        .contains("Моя страница"));
}

#[tokio::test]
async fn pages_that_need_a_login_send_visitors_to_it() {
    let app = TestApp::spawn().await;
    let res = app.browser().get("/dashboard").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), Some("/login?next=/dashboard"));
}

#[tokio::test]
async fn an_expired_web_session_is_renewed_from_the_refresh_cookie() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "parent"),
            ("name", "Uzoq"),
            ("email", "uzoq@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    app.advance_ms(60 * 60 * 1000);
    let page = b.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Uzoq"));
}

#[tokio::test]
async fn the_setup_link_creates_the_first_admin_once() {
    let app = TestApp::spawn().await;
    let link = accounts::service::setup::setup_link_if_needed(&app.state)
        .await
        .unwrap()
        .expect("no admin yet");
    let path = &link[link.find("/setup/").unwrap()..];
    let mut b = app.browser();
    assert_eq!(b.get(path).await.status, StatusCode::OK);
    let res = b
        .post_form(
            path,
            &[
                ("name", "Bosh"),
                ("email", "boss@alif24.uz"),
                ("password", "admin pass 12"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let again = b
        .post_form(
            path,
            &[
                ("name", "Other"),
                ("email", "other@alif24.uz"),
                ("password", "admin pass 12"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.login("boss@alif24.uz", "admin pass 12").await.user["role"],
        "admin"
    );
    assert!(accounts::service::setup::setup_link_if_needed(&app.state)
        .await
        .unwrap()
        .is_none());
}

#[tokio::test]
async fn a_setup_link_stops_working_once_an_admin_exists() {
    let app = TestApp::spawn().await;
    let link = accounts::service::setup::setup_link_if_needed(&app.state)
        .await
        .unwrap()
        .expect("no admin yet");
    let path = &link[link.find("/setup/").unwrap()..];
    // The operator creates the first administrator with the CLI instead.
    app.admin().await;
    let mut b = app.browser();
    assert_eq!(b.get(path).await.status, StatusCode::NOT_FOUND);
    let res = b
        .post_form(
            path,
            &[
                ("name", "Intruder"),
                ("email", "intruder@alif24.uz"),
                ("password", "admin pass 12"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.text);
    assert_eq!(
        app.post(
            "/api/v1/auth/login",
            None,
            serde_json::json!({"login": "intruder@alif24.uz", "password": "admin pass 12"}),
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn health_readiness_metrics_and_openapi_answer() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
    assert_eq!(app.get("/readyz", None).await.status, StatusCode::OK);
    app.get("/login", None).await;
    let metrics = app.get("/metrics", None).await;
    assert!(
        metrics.text.contains("alif24_http_requests_total"),
        "{}",
        metrics.text
    );
    let doc = app.get("/api/v1/openapi.json", None).await.json();
    assert!(doc["paths"]["/api/v1/auth/register"]["post"].is_object());
    let missing = app.get("/api/v1/nothing-here", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.error_code(), "not_found");
}
