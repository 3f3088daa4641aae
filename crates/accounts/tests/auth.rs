//! Registration, login, token rotation and logout through the JSON API.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn each_self_service_role_registers_with_the_right_status() {
    let app = TestApp::spawn().await;
    for (role, status) in [
        ("parent", "active"),
        ("student", "active"),
        ("teacher", "pending"),
        ("organization", "pending"),
    ] {
        let u = app
            .register(role, &format!("A {role}"), &format!("{role}@mail.uz"))
            .await;
        assert_eq!(u.user["role"], role);
        assert_eq!(u.user["status"], status, "{role}");
        assert!(kernel::ids::is_public_id(&u.id), "{}", u.id);
    }
    assert_eq!(
        app.count("organizations").await,
        1,
        "an organisation account creates its organisation"
    );
}

#[tokio::test]
async fn moderator_and_admin_self_registration_is_refused_and_writes_nothing() {
    let app = TestApp::spawn().await;
    for role in ["moderator", "admin", "superuser"] {
        let res = app
            .post("/api/v1/auth/register", None, json!({"role": role, "name": "X", "email": "x@mail.uz", "password": "long enough 1"}))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{role}");
        assert!(res.json()["error"]["fields"]["role"].is_string());
    }
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn login_works_with_email_phone_and_alif24_id() {
    let app = TestApp::spawn().await;
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            json!({"role": "parent", "name": "Dilnoza", "email": "Dilnoza@Mail.uz", "phone": "+998 90 123 45 67", "password": "my secret 12"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let id = res.json()["user"]["id"].as_str().unwrap().to_string();
    for login in [
        "dilnoza@mail.uz",
        "90 123 45 67",
        "+998901234567",
        id.as_str(),
    ] {
        let u = app.login(login, "my secret 12").await;
        assert_eq!(u.id, id, "login by {login}");
    }
    let wrong = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": id, "password": "not it"}),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.error_code(), "invalid_credentials");
    let nobody = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": "nobody@mail.uz", "password": "my secret 12"}),
        )
        .await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);
    assert_eq!(nobody.text, wrong.text, "unknown and wrong look the same");
}

#[tokio::test]
async fn refresh_rotates_and_reuse_revokes_the_whole_session() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Aziz", "aziz@mail.uz").await;
    let first = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": u.refresh}),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    let new_access = first.json()["access_token"].as_str().unwrap().to_string();
    let new_refresh = first.json()["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(new_refresh, u.refresh);
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&new_access)).await.status,
        StatusCode::OK
    );

    let reused = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": u.refresh}),
        )
        .await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&new_access)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&u.access)).await.status,
        StatusCode::UNAUTHORIZED
    );
    let after = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": new_refresh}),
        )
        .await;
    assert_eq!(
        after.status,
        StatusCode::UNAUTHORIZED,
        "the rotated token died with its session"
    );
}

#[tokio::test]
async fn access_tokens_expire_and_refresh_brings_a_new_one() {
    let app = TestApp::spawn().await;
    let u = app.register("student", "Bobur", "bobur@mail.uz").await;
    app.advance_ms(16 * 60 * 1000);
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&u.access)).await.status,
        StatusCode::UNAUTHORIZED
    );
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": u.refresh}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let me = app
        .get(
            "/api/v1/auth/me",
            Some(res.json()["access_token"].as_str().unwrap()),
        )
        .await;
    assert_eq!(me.json()["user"]["id"], u.id);
}

#[tokio::test]
async fn logout_ends_only_this_session_and_logout_all_ends_every_one() {
    let app = TestApp::spawn().await;
    let a = app.register("parent", "Laylo", "laylo@mail.uz").await;
    let b = app.login("laylo@mail.uz", "correct horse 1").await;
    let c = app.login("laylo@mail.uz", "correct horse 1").await;
    assert_eq!(
        app.post("/api/v1/auth/logout", Some(&a.access), json!({}))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&a.access)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&b.access)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.post("/api/v1/auth/logout-all", Some(&b.access), json!({}))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get("/api/v1/auth/me", Some(&c.access)).await.status,
        StatusCode::UNAUTHORIZED
    );
    let r = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": c.refresh}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn bad_registration_input_gets_the_envelope_in_the_callers_language_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let cases = [
        json!({"role": "parent"}),
        json!({"role": "parent", "name": "x".repeat(10_000), "email": "a@b.uz", "password": "long enough 1"}),
        json!({"role": "parent", "name": "Ali", "phone": "12345", "password": "long enough 1"}),
        json!({"role": "parent", "name": "Ali", "email": "not-an-email", "password": "long enough 1"}),
        json!({"role": "parent", "name": "Ali", "email": "a@b.uz", "password": "short"}),
        json!({"role": "parent", "name": "Ali", "email": "a@b.uz", "password": "long enough 1", "language": "fr"}),
    ];
    for body in cases {
        let res = app.post("/api/v1/auth/register", None, body.clone()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let e = res.json();
        assert_eq!(e["error"]["code"], "validation_failed");
        assert!(!e["error"]["message"].as_str().unwrap().is_empty());
        assert!(
            e["error"]["fields"]
                .as_object()
                .is_some_and(|f| !f.is_empty()),
            "{e}"
        );
    }
    let wrong_json = app
        .send(
            axum::http::Request::post("/api/v1/auth/register")
                .header("content-type", "application/json")
                .body(axum::body::Body::from("{\"role\": \"parent\", "))
                .unwrap(),
        )
        .await;
    assert_eq!(wrong_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(wrong_json.error_code(), "malformed_json");
    let wrong_type = app
        .post("/api/v1/auth/register", None, json!({"role": 5}))
        .await;
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("users").await, 0);

    let ru = app
        .send(
            axum::http::Request::post("/api/v1/auth/register")
                .header("content-type", "application/json")
                .header("accept-language", "ru-RU,ru;q=0.9")
                .body(axum::body::Body::from(
                    json!({"role": "parent"}).to_string(),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(ru.json()["error"]["fields"]["name"], "Заполните это поле.");
}

#[tokio::test]
async fn a_taken_email_or_phone_is_a_conflict() {
    let app = TestApp::spawn().await;
    app.register("parent", "One", "same@mail.uz").await;
    let res = app
        .post("/api/v1/auth/register", None, json!({"role": "teacher", "name": "Two", "email": "SAME@mail.uz", "password": "long enough 1"}))
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.json()["error"]["fields"]["email"].is_string());
    assert_eq!(app.count("users").await, 1);
}

#[tokio::test]
async fn login_is_rate_limited_per_account() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Zafar", "zafar@mail.uz").await;
    let mut last = StatusCode::OK;
    for _ in 0..12 {
        last = app
            .post(
                "/api/v1/auth/login",
                None,
                json!({"login": u.id, "password": "guess guess"}),
            )
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let res = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": u.id, "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(res.headers.get("retry-after").is_some());
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_hashes() {
    let app = TestApp::spawn().await;
    app.register("parent", "Hash", "hash@mail.uz").await;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("correct horse"));
}

#[tokio::test]
async fn replicas_sharing_redis_share_the_login_limit() {
    if std::env::var("ALIF24_TEST_REDIS_URL").is_err() {
        eprintln!("ALIF24_TEST_REDIS_URL is not set: shared rate limits not tested");
        return;
    }
    let prefix = format!("alif24-replicas:{}:", &kernel::ids::token()[..12]);
    let a = TestApp::spawn_with(&[("ALIF24_REDIS_PREFIX", &prefix)]).await;
    let b = TestApp::spawn_with(&[("ALIF24_REDIS_PREFIX", &prefix)]).await;
    assert!(a.state.limiter.is_shared() && b.state.limiter.is_shared());
    // Distinct identifiers, so only the per-address limit counts (per-account delays live in
    // the database, which real replicas share and these two test apps do not).
    let max = kernel::ratelimit::limits::LOGIN_PER_IP.max;
    let body = |n: u32| json!({"login": format!("shared{n}@mail.uz"), "password": "wrong guess"});
    for n in 0..max {
        let app = if n % 2 == 0 { &a } else { &b };
        assert_eq!(
            app.post("/api/v1/auth/login", None, body(n)).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let res = b.post("/api/v1/auth/login", None, body(max)).await;
    assert_eq!(
        res.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the next try from this address waits on either replica"
    );
    let lone = TestApp::spawn().await;
    assert_eq!(
        lone.post("/api/v1/auth/login", None, body(0)).await.status,
        StatusCode::UNAUTHORIZED,
        "another deployment counts apart"
    );
}

#[tokio::test]
async fn the_hourly_job_forgets_tokens_a_day_after_they_expire_and_keeps_live_ones() {
    let app = TestApp::spawn().await;
    app.register("parent", "Dilnoza Rahimova", "dilnoza@example.uz")
        .await;
    let before = app.count("auth_tokens").await;
    assert!(before >= 2);
    assert!(app.run_jobs().await >= 1);
    assert_eq!(app.count("auth_tokens").await, before, "live tokens stay");

    // Past every token's expiry plus a day: the next hourly turn removes them.
    app.clock.advance_ms(120 * 86_400_000);
    app.run_jobs().await;
    assert_eq!(app.count("auth_tokens").await, 0);
}
