//! Families: parents create and link children, see only their own, and unlink them.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

/// Creates a child through the API and returns it (`{"id", "name", ...}`).
async fn create_child(app: &TestApp, parent: &TestUser, name: &str, password: &str) -> Value {
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": name, "birth_year": 2019, "avatar": "🐼", "password": password}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["child"].clone()
}

/// The counts that must not move when input is refused.
async fn counts(app: &TestApp) -> (i64, i64, i64) {
    (
        app.count("users").await,
        app.count("families").await,
        app.count("child_link_codes").await,
    )
}

#[tokio::test]
async fn a_parent_creates_a_child_who_logs_in_with_the_8_digit_id() {
    let app = TestApp::spawn().await;
    let parent = app.register("parent", "Malika", "malika@mail.uz").await;
    app.exec("UPDATE users SET language = 'ru'").await;
    let child = create_child(&app, &parent, "  Gʻulom  ", "tulki7").await;
    let id = child["id"].as_str().unwrap();
    assert!(kernel::ids::is_public_id(id), "{id}");
    assert_ne!(id, parent.id);
    assert_eq!(child["name"], "Gʻulom");
    assert_eq!(child["role"], "student");
    assert_eq!(child["status"], "active");
    assert_eq!(child["birth_year"], 2019);
    assert_eq!(child["avatar"], "🐼");
    assert_eq!(child["language"], "ru", "the parent's language");
    assert!(child["email"].is_null() && child["phone"].is_null());

    let session = app.login(id, "tulki7").await;
    assert_eq!(session.user["name"], "Gʻulom");
    let list = app
        .get("/api/v1/family/children", Some(&parent.access))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json()["children"][0]["id"], id);
    let one = app
        .get(
            &format!("/api/v1/family/children/{id}"),
            Some(&parent.access),
        )
        .await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(one.json()["child"]["name"], "Gʻulom");
}

#[tokio::test]
async fn a_parent_can_neither_read_nor_list_another_parents_child() {
    let app = TestApp::spawn().await;
    let mother = app.register("parent", "Ona", "ona@mail.uz").await;
    let stranger = app.register("parent", "Begona", "begona@mail.uz").await;
    let child = create_child(&app, &mother, "Aziz", "secret").await;
    let id = child["id"].as_str().unwrap();

    let res = app
        .get(
            &format!("/api/v1/family/children/{id}"),
            Some(&stranger.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.error_code(), "not_found");
    let list = app
        .get("/api/v1/family/children", Some(&stranger.access))
        .await;
    assert_eq!(list.json()["children"], json!([]));
    let res = app
        .api(
            Method::DELETE,
            &format!("/api/v1/family/children/{id}"),
            Some(&stranger.access),
            Some(json!({"password": testkit::PASSWORD})),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("families").await, 1);
    for missing in ["99999999", "abc"] {
        let res = app
            .get(
                &format!("/api/v1/family/children/{missing}"),
                Some(&mother.access),
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{missing}");
    }
}

#[tokio::test]
async fn only_parents_create_children_and_visitors_must_log_in() {
    let app = TestApp::spawn().await;
    let body = json!({"name": "Bola", "birth_year": 2019, "password": "secret"});
    let student = app.register("student", "Talaba", "talaba@mail.uz").await;
    let teacher = app.teacher("Ustoz", "ustoz@mail.uz").await;
    // The student, the teacher and the administrator who approved the teacher.
    assert_eq!(app.count("users").await, 3);
    for who in [&student, &teacher] {
        let res = app
            .post("/api/v1/family/children", Some(&who.access), body.clone())
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text);
        let res = app.get("/api/v1/family/children", Some(&who.access)).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }
    let res = app.post("/api/v1/family/children", None, body).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("users").await, 3);
    assert_eq!(app.count("families").await, 0);
}

#[tokio::test]
async fn bad_child_input_is_refused_field_by_field_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let parent = app.register("parent", "Ota", "ota@mail.uz").await;
    let before = counts(&app).await;
    let long = "x".repeat(10_000);
    let cases = [
        (json!({"birth_year": 2019, "password": "secret"}), "name"),
        (
            json!({"name": long, "birth_year": 2019, "password": "secret"}),
            "name",
        ),
        (
            json!({"name": "Bola", "birth_year": 2025, "password": "secret"}),
            "birth_year",
        ),
        (
            json!({"name": "Bola", "birth_year": "1990", "password": "secret"}),
            "birth_year",
        ),
        (json!({"name": "Bola", "password": "secret"}), "birth_year"),
        (
            json!({"name": "Bola", "birth_year": 2019, "password": "12345"}),
            "password",
        ),
        (json!({"name": "Bola", "birth_year": 2019}), "password"),
        (
            json!({"name": "Bola", "birth_year": 2019, "avatar": "💩", "password": "secret"}),
            "avatar",
        ),
    ];
    for (body, field) in cases {
        let res = app
            .post(
                "/api/v1/family/children",
                Some(&parent.access),
                body.clone(),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(res.error_code(), "validation_failed");
        assert!(
            res.json()["error"]["fields"][field].is_string(),
            "{field}: {}",
            res.text
        );
    }
    let res = app
        .post("/api/v1/family/children", Some(&parent.access), json!({}))
        .await;
    let fields = &res.json()["error"]["fields"];
    for field in ["name", "birth_year", "password"] {
        assert!(fields[field].is_string(), "all problems at once: {field}");
    }
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": ["a"], "birth_year": 2019, "password": "secret"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(res.error_code(), "malformed_json");
    let res = app
        .api(
            Method::POST,
            "/api/v1/family/children",
            Some(&parent.access),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(counts(&app).await, before);
}

#[tokio::test]
async fn a_parent_links_an_existing_child_with_its_id_and_password() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Nodira", "nodira@mail.uz").await;
    let mother = app.register("parent", "Ona", "ona@mail.uz").await;
    let father = app.register("parent", "Ota", "ota@mail.uz").await;
    for parent in [&mother, &father, &father] {
        let res = app
            .post(
                "/api/v1/family/link",
                Some(&parent.access),
                json!({"child_id": kid.id, "password": "correct horse 1"}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        assert_eq!(res.json()["child"]["id"], kid.id.as_str());
    }
    assert_eq!(
        app.count("families").await,
        2,
        "two parents, linked once each"
    );
    for parent in [&mother, &father] {
        let res = app
            .get(
                &format!("/api/v1/family/children/{}", kid.id),
                Some(&parent.access),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn wrong_link_details_get_one_generic_answer_and_write_nothing() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Nodira", "nodira@mail.uz").await;
    let other_parent = app.register("parent", "Boshqa", "boshqa@mail.uz").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let before = counts(&app).await;
    for body in [
        json!({"child_id": kid.id, "password": "wrong password"}),
        json!({"child_id": "12345678", "password": "correct horse 1"}),
        json!({"child_id": other_parent.id, "password": "correct horse 1"}),
        json!({"code": "ABC234"}),
    ] {
        let res = app
            .post("/api/v1/family/link", Some(&parent.access), body.clone())
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(res.error_code(), "family_link_failed", "{body}");
        assert_eq!(
            res.json()["error"]["fields"],
            json!({}),
            "nothing tells which"
        );
    }
    let res = app
        .post("/api/v1/family/link", Some(&parent.access), json!({}))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.error_code(), "family_link_missing");
    let res = app
        .post(
            "/api/v1/family/link",
            Some(&kid.access),
            json!({"child_id": kid.id, "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "only parents link");
    assert_eq!(counts(&app).await, before);
}

#[tokio::test]
async fn link_attempts_are_rate_limited_per_parent() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Nodira", "nodira@mail.uz").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let mut last = StatusCode::OK;
    for _ in 0..11 {
        let res = app
            .post(
                "/api/v1/family/link",
                Some(&parent.access),
                json!({"code": "ZZZZZZ"}),
            )
            .await;
        last = res.status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let res = app
        .post(
            "/api/v1/family/link",
            Some(&parent.access),
            json!({"child_id": kid.id, "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert_eq!(app.count("families").await, 0);
}

#[tokio::test]
async fn a_child_link_code_works_once_and_only_for_fifteen_minutes() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Nodira", "nodira@mail.uz").await;
    let mother = app.register("parent", "Ona", "ona@mail.uz").await;
    let father = app.register("parent", "Ota", "ota@mail.uz").await;

    let res = app
        .post("/api/v1/family/link-code", Some(&kid.access), json!({}))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let code = res.json()["code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 6);
    assert_eq!(res.json()["expires_at"], testkit::START_MS + 15 * 60_000);
    let stored: String = sqlx::query_scalar("SELECT code_hash FROM child_link_codes")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert_eq!(
        stored,
        kernel::ids::sha256_hex(&code),
        "only the hash is kept"
    );

    let typed = format!(" {}-{} ", &code[..3], code[3..].to_lowercase());
    let res = app
        .post(
            "/api/v1/family/link",
            Some(&mother.access),
            json!({"code": typed}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["child"]["id"], kid.id.as_str());

    let res = app
        .post(
            "/api/v1/family/link",
            Some(&father.access),
            json!({"code": code}),
        )
        .await;
    assert_eq!(res.error_code(), "family_link_failed", "a code works once");

    let res = app
        .post("/api/v1/family/link-code", Some(&kid.access), json!({}))
        .await;
    let fresh = res.json()["code"].as_str().unwrap().to_string();
    app.advance_ms(16 * 60_000);
    let father = app.login("ota@mail.uz", "correct horse 1").await;
    let res = app
        .post(
            "/api/v1/family/link",
            Some(&father.access),
            json!({"code": fresh}),
        )
        .await;
    assert_eq!(
        res.error_code(),
        "family_link_failed",
        "an expired code fails"
    );
    assert_eq!(app.count("families").await, 1);
}

#[tokio::test]
async fn a_new_link_code_replaces_the_unused_one() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Nodira", "nodira@mail.uz").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let first = app
        .post("/api/v1/family/link-code", Some(&kid.access), json!({}))
        .await;
    let first = first.json()["code"].as_str().unwrap().to_string();
    let second = app
        .post("/api/v1/family/link-code", Some(&kid.access), json!({}))
        .await;
    let second = second.json()["code"].as_str().unwrap().to_string();
    assert_eq!(app.count("child_link_codes").await, 1);
    if first != second {
        let res = app
            .post(
                "/api/v1/family/link",
                Some(&parent.access),
                json!({"code": first}),
            )
            .await;
        assert_eq!(res.error_code(), "family_link_failed");
    }
    let res = app
        .post(
            "/api/v1/family/link",
            Some(&parent.access),
            json!({"code": second}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let res = app
        .post("/api/v1/family/link-code", Some(&parent.access), json!({}))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "only students get codes");
}

#[tokio::test]
async fn unlinking_removes_the_tie_but_keeps_the_childs_account() {
    let app = TestApp::spawn().await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let child = create_child(&app, &parent, "Aziz", "secret").await;
    let id = child["id"].as_str().unwrap();
    let res = app
        .post(
            &format!("/api/v1/family/children/{id}/unlink"),
            Some(&parent.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    assert_eq!(app.count("families").await, 0);
    assert_eq!(app.count("users").await, 2);
    app.login(id, "secret").await;
    let res = app
        .get(
            &format!("/api/v1/family/children/{id}"),
            Some(&parent.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app
        .post(
            "/api/v1/family/link",
            Some(&parent.access),
            json!({"child_id": id, "password": "secret"}),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "linked again with the ID and password"
    );
}

#[tokio::test]
async fn a_family_holds_at_most_twenty_children() {
    let app = TestApp::spawn().await;
    let mut parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let per_day = i64::from(accounts::service::family::CHILDREN_PER_DAY.max);
    for i in 0..accounts::service::family::MAX_CHILDREN {
        if i > 0 && i % per_day == 0 {
            // Past the daily limit on new children: the next ones come on later days.
            app.advance_ms(24 * 3600 * 1000);
            parent = app.login("ona@mail.uz", "correct horse 1").await;
        }
        create_child(&app, &parent, &format!("Bola {i}"), "secret").await;
    }
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": "Yana", "birth_year": 2019, "password": "secret"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.error_code(), "family_full");
    assert_eq!(app.count("users").await, 21);
}

/// A browser signed up as a parent through the form.
async fn parent_browser<'a>(app: &'a TestApp, email: &str) -> testkit::Browser<'a> {
    let mut b = app.browser();
    let res = b
        .post_form(
            "/register",
            &[
                ("role", "parent"),
                ("name", "Malika"),
                ("email", email),
                ("password", "secret pass 1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    b
}

#[tokio::test]
async fn a_parent_adds_a_child_through_the_form_and_sees_its_id() {
    let app = TestApp::spawn().await;
    let mut b = parent_browser(&app, "malika@mail.uz").await;
    let dash = b.get("/dashboard").await;
    assert!(
        dash.text.contains("href=\"/family#add-child\""),
        "empty state offers to add"
    );
    let page = b.get("/family").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("action=\"/family/children\""));

    let res = b
        .post_form(
            "/family/children",
            &[
                ("name", "Gʻulom"),
                ("birth_year", "2019"),
                ("avatar", "🦊"),
                ("password", "tulki7"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let to = res.location().unwrap().to_string();
    assert!(to.starts_with("/family?new="), "{to}");
    let id: String = sqlx::query_scalar("SELECT public_id FROM users WHERE role = 'student'")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    let page = b.get(&to).await;
    assert!(page
        .text
        .contains("Bu ID raqamni farzandingizga bering (Gʻulom):"));
    assert!(page
        .text
        .contains(&format!("data-child-id=\"{id}\">{id}</strong>")));
    assert!(
        page.text.contains("Farzandingizning hisobi tayyor."),
        "the notice"
    );
    let dash = b.get("/dashboard").await;
    assert!(dash.text.contains(&format!("data-child-id=\"{id}\"")));
    assert!(dash.text.contains("🦊"));
    app.login(&id, "tulki7").await;
}

#[tokio::test]
async fn the_add_form_comes_back_with_field_errors_and_typed_values() {
    let app = TestApp::spawn().await;
    let mut b = parent_browser(&app, "malika@mail.uz").await;
    let before = counts(&app).await;
    let res = b
        .post_form(
            "/family/children",
            &[
                ("name", "Aziza"),
                ("birth_year", "1999"),
                ("avatar", "🐙"),
                ("password", "abc"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("value=\"Aziza\""), "the name is kept");
    assert!(res.text.contains("value=\"1999\""));
    assert!(res.text.contains("value=\"🐙\" checked"));
    assert!(!res.text.contains("value=\"abc\""), "the password is not");
    assert!(res.text.contains("Juda qisqa"), "{}", res.text);
    assert_eq!(counts(&app).await, before);
}

#[tokio::test]
async fn a_child_shows_a_code_and_the_parent_links_with_it_on_the_page() {
    let app = TestApp::spawn().await;
    let mut kid = app.browser();
    kid.post_form(
        "/register",
        &[
            ("role", "student"),
            ("name", "Nodira"),
            ("email", "nodira@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    assert_eq!(
        kid.get("/family").await.location(),
        Some("/family/link-code")
    );
    let page = kid.get("/family/link-code").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Kodimni olish"));
    let page = kid.post_form("/family/link-code", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let code = page
        .text
        .split("class=\"link-code mono\" data-copy>")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the code is shown")
        .to_string();
    assert_eq!(code.len(), 6);
    assert!(
        page.text.contains("2026-yil 1-sentabr, 11:15 gacha"),
        "expiry in Tashkent time"
    );

    let mut parent = parent_browser(&app, "ona@mail.uz").await;
    let res = parent
        .post_form("/family/link", &[("code", "WRONG2")])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("value=\"WRONG2\""));
    let res = parent.post_form("/family/link", &[("code", &code)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let page = parent.get(res.location().unwrap()).await;
    assert!(page.text.contains("Nodira"));

    let id: String = sqlx::query_scalar("SELECT public_id FROM users WHERE role = 'student'")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    let res = parent
        .post_form(&format!("/family/children/{id}/unlink"), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("families").await, 0);
    assert_eq!(app.count("users").await, 2);
}

#[tokio::test]
async fn family_pages_are_for_parents_and_the_code_page_for_students() {
    let app = TestApp::spawn().await;
    let mut parent = parent_browser(&app, "ona@mail.uz").await;
    assert_eq!(
        parent.get("/family/link-code").await.status,
        StatusCode::FORBIDDEN
    );
    let mut visitor = app.browser();
    let res = visitor.get("/family").await;
    assert!(res.status.is_redirection() || res.status == StatusCode::UNAUTHORIZED);
}
