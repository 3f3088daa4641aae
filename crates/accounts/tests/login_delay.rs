//! Failed logins are counted per account and address, whichever identifier is typed; after the free
//! attempts each further one waits a growing delay, and the right password is accepted once
//! the delay has passed, from any device; a device the owner logged in from, or another
//! address, is not held.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

async fn login(app: &TestApp, login: &str, password: &str) -> testkit::TestResponse {
    app.post(
        "/api/v1/auth/login",
        None,
        json!({"login": login, "password": password}),
    )
    .await
}

fn retry_after(res: &testkit::TestResponse) -> i64 {
    res.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_e_mail_phone_and_id_of_one_account_share_one_budget() {
    let app = TestApp::spawn().await;
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            json!({"role": "parent", "name": "Zafar", "email": "zafar@mail.uz",
                "phone": "+998901112233", "password": "correct horse 1"}),
        )
        .await;
    let id = res.json()["user"]["id"].as_str().unwrap().to_string();
    let free = accounts::service::throttle::FREE_FAILURES;
    for n in 0..free {
        let who = ["zafar@mail.uz", "+998901112233", id.as_str()][n as usize % 3];
        let res = login(&app, who, "guess guess").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "try {n}");
    }
    let res = login(&app, "901112233", "guess guess").await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.text);
    assert_eq!(res.error_code(), "login_delayed");
    assert_eq!(retry_after(&res), 30);
}

#[tokio::test]
async fn after_the_free_failures_the_delay_doubles_and_the_right_password_then_works() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Kamola", "kamola@mail.uz").await;
    for _ in 0..accounts::service::throttle::FREE_FAILURES {
        assert_eq!(
            login(&app, &u.id, "wrong guess").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let res = login(&app, &u.id, "correct horse 1").await;
    assert_eq!(
        res.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the right password waits too"
    );
    assert_eq!(retry_after(&res), 30);

    app.advance_ms(30_000);
    assert_eq!(
        login(&app, &u.id, "wrong guess").await.status,
        StatusCode::UNAUTHORIZED
    );
    let res = login(&app, &u.id, "wrong guess").await;
    assert_eq!(retry_after(&res), 60, "doubled");
    app.advance_ms(60_000);
    assert_eq!(
        login(&app, &u.id, "wrong guess").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(retry_after(&login(&app, &u.id, "x").await), 120);

    app.advance_ms(120_000);
    let res = login(&app, "kamola@mail.uz", "correct horse 1").await;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "owner gets in after the wait: {}",
        res.text
    );
    for _ in 0..accounts::service::throttle::FREE_FAILURES {
        assert_eq!(
            login(&app, &u.id, "wrong guess").await.status,
            StatusCode::UNAUTHORIZED,
            "the count starts again"
        );
    }
}

#[test]
fn the_delay_is_capped_at_five_minutes() {
    use accounts::service::throttle::{delay_ms, FREE_FAILURES, MAX_DELAY_MS};
    assert_eq!(delay_ms(FREE_FAILURES - 1), 0);
    assert_eq!(delay_ms(FREE_FAILURES), 30_000);
    assert_eq!(delay_ms(FREE_FAILURES + 3), 240_000);
    assert_eq!(delay_ms(FREE_FAILURES + 4), MAX_DELAY_MS);
    assert_eq!(delay_ms(i64::MAX / 2), MAX_DELAY_MS);
}

#[tokio::test]
async fn unknown_identifiers_are_answered_like_known_accounts() {
    let app = TestApp::spawn().await;
    for _ in 0..accounts::service::throttle::FREE_FAILURES {
        let res = login(&app, "nobody@mail.uz", "wrong guess").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let res = login(&app, "nobody@mail.uz", "wrong guess").await;
    assert_eq!(res.error_code(), "login_delayed");
    assert_eq!(retry_after(&res), 30);
}

#[tokio::test]
async fn parallel_guesses_cannot_pass_the_count() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Bobur", "bobur@mail.uz").await;
    let go = || login(&app, &u.id, "wrong guess");
    let all = tokio::join!(
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go(),
        go()
    );
    let all = [
        all.0, all.1, all.2, all.3, all.4, all.5, all.6, all.7, all.8, all.9, all.10, all.11,
        all.12, all.13, all.14, all.15,
    ];
    let checked = all
        .iter()
        .filter(|r| r.status == StatusCode::UNAUTHORIZED)
        .count();
    let refused = all
        .iter()
        .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(checked as i64, accounts::service::throttle::FREE_FAILURES);
    assert_eq!(refused, 6);
}

#[tokio::test]
async fn a_device_the_owner_logged_in_from_is_not_held_by_someone_elses_guessing() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Nodira", "nodira@mail.uz").await;
    let first = login(&app, &u.id, "correct horse 1").await;
    let device = first.json()["device_token"].as_str().unwrap().to_string();
    assert_eq!(device.len(), 64);

    // Someone else guesses until the account must wait.
    for _ in 0..accounts::service::throttle::FREE_FAILURES {
        login(&app, &u.id, "wrong guess").await;
    }
    assert_eq!(
        login(&app, &u.id, "wrong guess").await.error_code(),
        "login_delayed"
    );
    // A new device waits too, even with the right password.
    assert_eq!(
        login(&app, &u.id, "correct horse 1").await.error_code(),
        "login_delayed"
    );

    // The owner's own device gets in at once, and keeps its token.
    let owner = |password: &'static str| json!({"login": u.id.clone(), "password": password, "device_token": device.clone()});
    let res = app
        .post("/api/v1/auth/login", None, owner("correct horse 1"))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["device_token"], device.as_str());
    // ... without resetting the guesser's delay.
    assert_eq!(
        login(&app, &u.id, "wrong guess").await.error_code(),
        "login_delayed"
    );

    // A device token of another account is no key to this one.
    let other = app.register("parent", "Sardor", "sardor@mail.uz").await;
    let theirs = login(&app, &other.id, "correct horse 1").await.json()["device_token"]
        .as_str()
        .unwrap()
        .to_string();
    let res = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": u.id, "password": "correct horse 1", "device_token": theirs}),
        )
        .await;
    assert_eq!(res.error_code(), "login_delayed");
}

#[tokio::test]
async fn the_login_page_remembers_the_browser_as_a_known_device() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Nodira", "nodira@mail.uz").await;
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", u.id.as_str()), ("password", "correct horse 1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let cookie = res
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("alif24_dev="))
        .expect("device cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    for _ in 0..accounts::service::throttle::FREE_FAILURES + 1 {
        login(&app, &u.id, "wrong guess").await;
    }
    let res = b
        .post_form(
            "/login",
            &[("login", u.id.as_str()), ("password", "correct horse 1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
}

/// A login from a given client address.
async fn login_from(
    app: &TestApp,
    ip: [u8; 4],
    login: &str,
    password: &str,
) -> testkit::TestResponse {
    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{header, Request};
    let mut req = Request::post("/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"login": login, "password": password}).to_string(),
        ))
        .unwrap();
    let addr = std::net::SocketAddr::from((ip, 40_000));
    req.extensions_mut().insert(ConnectInfo(addr));
    app.send(req).await
}

#[tokio::test]
async fn ten_wrong_passwords_from_one_address_do_not_hold_the_right_one_from_another() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("mother@mail.uz", "Aziza").await;
    let classmate = [10, 0, 0, 7];
    for _ in 0..accounts::service::throttle::FREE_FAILURES {
        let res = login_from(&app, classmate, &child.id, "guess guess").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let res = login_from(&app, classmate, &child.id, "correct horse 1").await;
    assert_eq!(
        res.error_code(),
        "login_delayed",
        "the guesser's address waits"
    );

    let home = [10, 0, 0, 8];
    let res = login_from(&app, home, &child.id, "correct horse 1").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
}

#[tokio::test]
async fn an_account_remembers_at_most_twenty_devices() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Nodira", "nodira@mail.uz").await;
    for _ in 0..25 {
        let res = login(&app, &u.id, "correct horse 1").await;
        assert_eq!(res.status, StatusCode::OK);
    }
    assert_eq!(app.count("known_devices").await, 20);
}

#[tokio::test]
async fn an_attempt_whose_password_was_never_checked_is_taken_back() {
    use accounts::service::throttle;
    let app = TestApp::spawn().await;
    let key = throttle::key(&throttle::account_key(1), "192.0.2.7");
    let row = |app: &TestApp| {
        let pool = app.state.db.pool().clone();
        let key = key.clone();
        async move {
            sqlx::query_as::<_, (i64, i64)>(
                "SELECT failures, next_at FROM login_throttles WHERE throttle_key = $1",
            )
            .bind(key)
            .fetch_optional(&pool)
            .await
            .unwrap()
        }
    };
    // A first attempt refunded leaves no counter at all.
    let claim = throttle::claim(&app.state, &key).await.unwrap();
    throttle::refund(&app.state, &[claim]).await;
    assert_eq!(row(&app).await, None);
    // A later one goes back to the count and the wait it had.
    throttle::claim(&app.state, &key).await.unwrap();
    let before = row(&app).await.expect("counted");
    app.advance_ms(throttle::MAX_DELAY_MS);
    let claim = throttle::claim(&app.state, &key).await.unwrap();
    assert_eq!(row(&app).await.map(|r| r.0), Some(before.0 + 1));
    throttle::refund(&app.state, &[claim]).await;
    assert_eq!(row(&app).await, Some(before));
}
