//! New passwords that are common, trivial or the account's own identifier are refused, in
//! the user's language, wherever a password is set; old weak passwords still log in.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::json;
use testkit::TestApp;

async fn register_with(app: &TestApp, password: &str, lang: &str) -> testkit::TestResponse {
    let body = json!({"role": "parent", "name": "Dilnoza Karimova", "email": "dilnoza@mail.uz",
        "phone": "+998901234567", "password": password});
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/auth/register")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_LANGUAGE, lang)
        .body(Body::from(body.to_string()))
        .unwrap();
    app.send(req).await
}

#[tokio::test]
async fn registration_refuses_common_trivial_and_personal_passwords_and_writes_nothing() {
    let app = TestApp::spawn().await;
    for (password, code) in [
        ("password", "field-password-too-common"),
        ("Parol123", "field-password-too-common"),
        ("qwerty123", "field-password-too-common"),
        ("uzbekistan", "field-password-too-common"),
        ("12345678", "field-password-too-simple"),
        ("87654321", "field-password-too-simple"),
        ("        ", "field-password-too-simple"),
        ("aaaaaaaaaa", "field-password-too-simple"),
        ("asdfghjkl", "field-password-too-simple"),
        ("dilnoza@mail.uz", "field-password-like-account"),
        ("998901234567", "field-password-like-account"),
        ("Dilnoza Karimova", "field-password-like-account"),
    ] {
        let res = register_with(&app, password, "en").await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{password}: {}",
            res.text
        );
        let en = app.state.i18n.get(kernel::i18n::Lang::En, code, &[]);
        assert_eq!(res.json()["error"]["fields"]["password"], en, "{password}");
    }
    assert_eq!(app.count("users").await, 0, "nothing written");
    let res = register_with(&app, "password", "ru").await;
    let msg = res.json()["error"]["fields"]["password"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("распространённых"), "{msg}");
    let res = register_with(&app, "password", "uz").await;
    let msg = res.json()["error"]["fields"]["password"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("koʻp ishlatiladigan"), "{msg}");
    assert_eq!(
        register_with(&app, "yashil daryo 42", "en").await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_childs_password_may_be_short_but_not_trivial() {
    let app = TestApp::spawn().await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    for pw in ["123456", "111111", "qwerty", "йцукен", "parol1", "Aziz"] {
        let res = app
            .post(
                "/api/v1/family/children",
                Some(&parent.access),
                json!({"name": "Aziz", "birth_year": 2019, "password": pw}),
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{pw}: {}",
            res.text
        );
        assert!(
            res.json()["error"]["fields"]["password"].is_string(),
            "{pw}"
        );
    }
    assert_eq!(app.count("users").await, 1);
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": "Aziz", "birth_year": 2019, "password": "ayiq77"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
}

#[tokio::test]
async fn password_change_and_admin_reset_refuse_weak_passwords() {
    let app = TestApp::spawn().await;
    let user = app.register("parent", "Zafar", "zafar@mail.uz").await;
    let res = app
        .post(
            "/api/v1/profile/password",
            Some(&user.access),
            json!({"current_password": "correct horse 1", "new_password": "iloveyou"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert!(res.json()["error"]["fields"]["new_password"].is_string());
    let admin = app.admin().await;
    let res = app
        .post(
            &format!("/api/v1/admin/users/{}/password", user.id),
            Some(&admin.access),
            json!({"password": "zafar@mail.uz"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    app.login("zafar@mail.uz", "correct horse 1").await;
}

#[tokio::test]
async fn an_existing_weak_password_still_logs_in() {
    let app = TestApp::spawn().await;
    let user = app.register("parent", "Eski", "eski@mail.uz").await;
    let weak = accounts::password::hash("12345678".into(), app.state.config.password_cost)
        .await
        .unwrap();
    app.exec(&format!(
        "UPDATE users SET password_hash = '{weak}' WHERE public_id = '{}'",
        user.id
    ))
    .await;
    app.login("eski@mail.uz", "12345678").await;
}
