//! The admin area: approvals, roles, blocking, password resets, the audit log and who may
//! use them, through the JSON API and the pages.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

const PW: &str = "correct horse 1";

async fn audit(app: &TestApp, admin: &TestUser, query: &str) -> Vec<Value> {
    let res = app
        .get(&format!("/api/v1/admin/audit{query}"), Some(&admin.access))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()["entries"].as_array().unwrap().clone()
}

async fn act(app: &TestApp, who: &TestUser, target: &str, action: &str, body: Value) -> Value {
    let res = app
        .post(
            &format!("/api/v1/admin/users/{target}/{action}"),
            Some(&who.access),
            body,
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{action}: {}", res.text);
    res.json()
}

async fn status_of(app: &TestApp, admin: &TestUser, id: &str) -> String {
    let res = app
        .get(&format!("/api/v1/admin/users/{id}"), Some(&admin.access))
        .await;
    res.json()["user"]["status"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn an_admin_approves_a_pending_teacher_and_the_log_names_both() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let teacher = app.register("teacher", "Oʻqituvchi", "t@mail.uz").await;
    assert_eq!(teacher.user["status"], "pending");
    let body = act(&app, &admin, &teacher.id, "approve", json!({})).await;
    assert_eq!(body["user"]["status"], "active");
    assert_eq!(body["user"]["blocked"], false);
    let me = app.get("/api/v1/auth/me", Some(&teacher.access)).await;
    assert_eq!(me.json()["user"]["status"], "active");

    let entries = audit(&app, &admin, "").await;
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!(e["action"], "admin.approve");
    assert_eq!(e["actor"]["id"], admin.id.as_str());
    assert_eq!(e["actor"]["name"], "Admin");
    assert_eq!(e["target"]["id"], teacher.id.as_str());
    assert_eq!(e["detail"], json!({"from": "pending", "to": "active"}));
}

#[tokio::test]
async fn approving_twice_is_harmless_and_logged_once() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let org = app
        .register("organization", "Ziyo markazi", "org@mail.uz")
        .await;
    act(&app, &admin, &org.id, "approve", json!({})).await;
    let again = act(&app, &admin, &org.id, "approve", json!({})).await;
    assert_eq!(again["user"]["status"], "active");
    assert_eq!(app.count("audit_log").await, 1);
}

#[tokio::test]
async fn a_rejection_keeps_its_reason_and_an_empty_body_is_fine() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let t1 = app.register("teacher", "Birinchi", "t1@mail.uz").await;
    let t2 = app.register("teacher", "Ikkinchi", "t2@mail.uz").await;
    let body = act(
        &app,
        &admin,
        &t1.id,
        "reject",
        json!({"reason": "Hujjat yoʻq"}),
    )
    .await;
    assert_eq!(body["user"]["status"], "rejected");
    let res = app
        .api(
            Method::POST,
            &format!("/api/v1/admin/users/{}/reject", t2.id),
            Some(&admin.access),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let entries = audit(&app, &admin, &format!("?user={}", t1.id)).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["action"], "admin.reject");
    assert_eq!(entries[0]["detail"]["reason"], "Hujjat yoʻq");
}

#[tokio::test]
async fn only_teachers_and_organisations_are_approved() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let parent = app.register("parent", "Ota", "ota@mail.uz").await;
    for action in ["approve", "reject"] {
        let res = app
            .post(
                &format!("/api/v1/admin/users/{}/{action}", parent.id),
                Some(&admin.access),
                json!({}),
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert_eq!(res.error_code(), "approval_not_applicable");
    }
    assert_eq!(app.count("audit_log").await, 0);
}

#[tokio::test]
async fn an_admin_changes_a_role_and_the_new_role_works_at_once() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let t = app.register("teacher", "Yordamchi", "y@mail.uz").await;
    let body = act(&app, &admin, &t.id, "role", json!({"role": "moderator"})).await;
    assert_eq!(body["user"]["role"], "moderator");
    assert_eq!(body["user"]["status"], "active");
    let entries = audit(&app, &admin, "").await;
    assert_eq!(entries[0]["action"], "admin.role_change");
    assert_eq!(
        entries[0]["detail"],
        json!({"from": "teacher", "to": "moderator"})
    );
    let res = app.get("/api/v1/admin/users", Some(&t.access)).await;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "the same token now has the new role"
    );
    let same = act(&app, &admin, &t.id, "role", json!({"role": "moderator"})).await;
    assert_eq!(same["user"]["role"], "moderator");
    assert_eq!(app.count("audit_log").await, 1, "no change, no entry");
}

#[tokio::test]
async fn organisation_accounts_keep_their_role() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let org = app.register("organization", "Maktab", "m@mail.uz").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    for (id, role) in [(&org.id, "teacher"), (&parent.id, "organization")] {
        let res = app
            .post(
                &format!("/api/v1/admin/users/{id}/role"),
                Some(&admin.access),
                json!({ "role": role }),
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert_eq!(res.error_code(), "organization_role_fixed");
    }
    assert_eq!(app.count("audit_log").await, 0);
}

#[tokio::test]
async fn the_last_admin_stays_and_nobody_changes_their_own_role() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let demote = |who: &TestUser, id: &str| {
        let path = format!("/api/v1/admin/users/{id}/role");
        let token = who.access.clone();
        let app = &app;
        async move {
            app.post(&path, Some(&token), json!({"role": "parent"}))
                .await
        }
    };
    let res = demote(&admin, &admin.id).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.error_code(), "last_admin");

    let second = app.register("parent", "Ikkinchi admin", "a2@mail.uz").await;
    act(&app, &admin, &second.id, "role", json!({"role": "admin"})).await;
    let res = demote(&admin, &admin.id).await;
    assert_eq!(res.error_code(), "cannot_change_own_role");
    let res = demote(&second, &admin.id).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let res = demote(&second, &second.id).await;
    assert_eq!(res.error_code(), "last_admin");
    assert_eq!(app.count("audit_log").await, 2);
    let res = app.get("/api/v1/admin/users", Some(&admin.access)).await;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "the demoted admin lost access"
    );
}

#[tokio::test]
async fn blocking_ends_access_and_refresh_tokens_at_once_and_refuses_login() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let p = app.register("parent", "Bloklanadigan", "b@mail.uz").await;
    let other_device = app.login("b@mail.uz", PW).await;
    let body = act(&app, &admin, &p.id, "block", json!({})).await;
    assert_eq!(body["user"]["status"], "blocked");
    assert_eq!(body["user"]["blocked"], true);
    for token in [&p.access, &other_device.access] {
        let res = app.get("/api/v1/auth/me", Some(token)).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": p.refresh}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let res = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": "b@mail.uz", "password": PW}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.error_code(), "account_blocked");
    let entries = audit(&app, &admin, "").await;
    assert_eq!(entries[0]["action"], "admin.block");
    assert_eq!(entries[0]["detail"]["sessions_ended"], 2);

    let body = act(&app, &admin, &p.id, "unblock", json!({})).await;
    assert_eq!(body["user"]["status"], "active");
    let back = app.login("b@mail.uz", PW).await;
    let res = app.get("/api/v1/auth/me", Some(&back.access)).await;
    assert_eq!(res.status, StatusCode::OK);
    let res = app.get("/api/v1/auth/me", Some(&p.access)).await;
    assert_eq!(
        res.status,
        StatusCode::UNAUTHORIZED,
        "old sessions stay ended"
    );
    assert_eq!(audit(&app, &admin, "").await[0]["action"], "admin.unblock");
}

#[tokio::test]
async fn nobody_blocks_or_resets_themselves() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    for (action, code) in [
        ("block", "cannot_block_self"),
        ("password", "cannot_reset_own_password"),
    ] {
        let res = app
            .post(
                &format!("/api/v1/admin/users/{}/{action}", admin.id),
                Some(&admin.access),
                json!({}),
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert_eq!(res.error_code(), code);
    }
    assert_eq!(app.count("audit_log").await, 0);
}

#[tokio::test]
async fn a_password_reset_gives_a_temporary_password_once_and_ends_sessions() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let p = app.register("parent", "Unutuvchan", "u@mail.uz").await;
    let res = app
        .api(
            Method::POST,
            &format!("/api/v1/admin/users/{}/password", p.id),
            Some(&admin.access),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let temp = res.json()["temporary_password"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(temp.len(), 10);
    let res = app.get("/api/v1/auth/me", Some(&p.access)).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    app.login("u@mail.uz", &temp).await;
    let res = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"login": "u@mail.uz", "password": PW}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);

    let body = act(
        &app,
        &admin,
        &p.id,
        "password",
        json!({"password": "chosen pass 9"}),
    )
    .await;
    assert!(body["temporary_password"].is_null());
    app.login("u@mail.uz", "chosen pass 9").await;

    let details: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log")
        .fetch_all(app.state.db.pool())
        .await
        .unwrap();
    assert_eq!(details.len(), 2);
    assert!(details
        .iter()
        .all(|d| !d.contains(&temp) && !d.contains("chosen pass")));
    let entries = audit(&app, &admin, "").await;
    assert_eq!(entries[0]["action"], "admin.password_reset");
    assert_eq!(entries[0]["detail"]["generated"], false);
    assert_eq!(entries[1]["detail"]["generated"], true);
}

#[tokio::test]
async fn a_moderator_decides_approvals_but_nothing_more() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let m = app.moderator("mod@mail.uz").await;
    let t = app.register("teacher", "Kutuvchi", "k@mail.uz").await;
    for path in [
        "/api/v1/admin/users".to_string(),
        format!("/api/v1/admin/users/{}", t.id),
        "/api/v1/admin/audit".to_string(),
        "/api/v1/admin/overview".to_string(),
    ] {
        assert_eq!(
            app.get(&path, Some(&m.access)).await.status,
            StatusCode::OK,
            "{path}"
        );
    }
    act(&app, &m, &t.id, "approve", json!({})).await;
    for (action, body) in [
        ("block", json!({})),
        ("unblock", json!({})),
        ("role", json!({"role": "admin"})),
        ("password", json!({})),
    ] {
        let res = app
            .post(
                &format!("/api/v1/admin/users/{}/{action}", t.id),
                Some(&m.access),
                body,
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{action}");
    }
    let entries = audit(&app, &admin, "").await;
    // The moderator's one approval, after the role change that made them a moderator.
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["actor"]["id"], m.id.as_str());
    assert_eq!(entries[0]["action"], "admin.approve");
    assert_eq!(entries[1]["action"], "admin.role_change");
    assert_eq!(status_of(&app, &admin, &t.id).await, "active");
}

#[tokio::test]
async fn everyone_else_gets_403_on_every_admin_route_and_page() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let target = app.register("teacher", "Nishon", "n@mail.uz").await;
    let callers = [
        app.register("parent", "Ota", "ota@mail.uz").await,
        app.register("student", "Bola", "bola@mail.uz").await,
        app.teacher("Ustoz", "ustoz@mail.uz").await,
        app.register("organization", "Markaz", "markaz@mail.uz")
            .await,
    ];
    // The teacher's approval is the only entry before the attempts.
    assert_eq!(app.count("audit_log").await, 1);
    let id = &target.id;
    let gets = [
        "/api/v1/admin/overview".to_string(),
        "/api/v1/admin/users".to_string(),
        format!("/api/v1/admin/users/{id}"),
        "/api/v1/admin/audit".to_string(),
        "/admin".to_string(),
        "/admin/users".to_string(),
        format!("/admin/users/{id}"),
        "/admin/audit".to_string(),
    ];
    let actions = ["approve", "reject", "role", "block", "unblock", "password"];
    for who in &callers {
        for path in &gets {
            let res = app.get(path, Some(&who.access)).await;
            assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}");
        }
        for action in actions {
            for prefix in ["/api/v1/admin", "/admin"] {
                let res = app
                    .post(
                        &format!("{prefix}/users/{id}/{action}"),
                        Some(&who.access),
                        json!({"role": "admin", "password": "taken over 1"}),
                    )
                    .await;
                assert_eq!(res.status, StatusCode::FORBIDDEN, "{prefix} {action}");
            }
        }
    }
    let res = app.get("/api/v1/admin/users", None).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("audit_log").await, 1);
    assert_eq!(status_of(&app, &admin, id).await, "pending");
}

#[tokio::test]
async fn filters_find_users_by_id_role_status_and_block() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            json!({"role": "parent", "name": "Telefonli", "phone": "+998 90 111 22 33", "password": PW}),
        )
        .await;
    let phoned = res.json()["user"]["id"].as_str().unwrap().to_string();
    let pending = app.register("teacher", "Kutayotgan", "p@mail.uz").await;
    let active = app.teacher("Faol ustoz", "f@mail.uz").await;
    let blocked = app.register("parent", "Bloklangan", "bl@mail.uz").await;
    act(&app, &admin, &blocked.id, "block", json!({})).await;

    let find = |query: &'static str| {
        let app = &app;
        let token = admin.access.clone();
        async move {
            let res = app
                .get(&format!("/api/v1/admin/users?{query}"), Some(&token))
                .await;
            assert_eq!(res.status, StatusCode::OK, "{query}: {}", res.text);
            res.json()
        }
    };
    let ids = |body: &Value| -> Vec<String> {
        body["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["id"].as_str().unwrap().to_string())
            .collect()
    };

    let all = find("").await;
    assert_eq!(all["total"], 5);
    assert_eq!(all["page"], 1);
    assert_eq!(all["per_page"], 50);
    let by_id = app
        .get(
            &format!("/api/v1/admin/users?q={}", pending.id),
            Some(&admin.access),
        )
        .await
        .json();
    assert_eq!(ids(&by_id), vec![pending.id.clone()]);
    assert_eq!(ids(&find("q=90+111+22+33").await), vec![phoned.clone()]);
    assert_eq!(ids(&find("q=FAOL").await), vec![active.id.clone()]);
    assert_eq!(find("role=teacher").await["total"], 2);
    assert_eq!(ids(&find("status=pending").await), vec![pending.id.clone()]);
    assert_eq!(
        ids(&find("role=teacher&status=active").await),
        vec![active.id.clone()]
    );
    let b = find("status=blocked").await;
    assert_eq!(ids(&b), vec![blocked.id.clone()]);
    assert_eq!(b["users"][0]["blocked"], true);
    assert!(b["users"][0]["blocked_at"].is_i64());
    assert_eq!(find("role=&status=&q=&page=").await["total"], 5);
    assert_eq!(find("page=2").await["users"], json!([]));
}

#[tokio::test]
async fn unknown_filter_values_are_422_with_the_field_named() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    for (query, field) in [
        ("role=wizard", "role"),
        ("status=sleeping", "status"),
        ("page=0", "page"),
        ("page=abc", "page"),
    ] {
        let res = app
            .get(&format!("/api/v1/admin/users?{query}"), Some(&admin.access))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert!(res.json()["error"]["fields"][field].is_string(), "{query}");
    }
    let res = app
        .get("/api/v1/admin/audit?page=-1", Some(&admin.access))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn bad_input_is_refused_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let t = app.register("teacher", "Oʻzgarmas", "oz@mail.uz").await;
    let path = |action: &str| format!("/api/v1/admin/users/{}/{action}", t.id);
    let cases = [
        ("role", json!({"role": "wizard"}), "role"),
        ("role", json!({}), "role"),
        ("password", json!({"password": "short"}), "password"),
        ("reject", json!({"reason": "x".repeat(600)}), "reason"),
    ];
    for (action, body, field) in cases {
        let res = app.post(&path(action), Some(&admin.access), body).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}");
        assert!(res.json()["error"]["fields"][field].is_string(), "{action}");
    }
    for action in ["role", "approve", "password"] {
        let res = app
            .send(
                axum::http::Request::post(path(action))
                    .header("authorization", format!("Bearer {}", admin.access))
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from("{\"role\": "))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{action}");
        assert_eq!(res.error_code(), "malformed_json");
    }
    let res = app
        .post(&path("role"), Some(&admin.access), json!({"role": 7}))
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    for id in ["00000001", "12345678", "abc"] {
        let res = app
            .post(
                &format!("/api/v1/admin/users/{id}/approve"),
                Some(&admin.access),
                json!({}),
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{id}");
    }
    assert_eq!(app.count("audit_log").await, 0);
    let me = app.get("/api/v1/auth/me", Some(&t.access)).await.json();
    assert_eq!(me["user"]["role"], "teacher");
    assert_eq!(me["user"]["status"], "pending");
}

#[tokio::test]
async fn a_users_page_shows_their_latest_audit_entries() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let t = app.register("teacher", "Tarixli", "tar@mail.uz").await;
    act(&app, &admin, &t.id, "reject", json!({})).await;
    act(&app, &admin, &t.id, "approve", json!({})).await;
    let res = app
        .get(
            &format!("/api/v1/admin/users/{}", t.id),
            Some(&admin.access),
        )
        .await;
    let body = res.json();
    assert_eq!(body["user"]["id"], t.id.as_str());
    assert_eq!(body["user"]["status"], "active");
    let actions: Vec<&str> = body["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["admin.approve", "admin.reject"]);
}

#[tokio::test]
async fn the_log_shows_actions_of_other_parts_generically() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let org = app.register("organization", "Markaz", "mk@mail.uz").await;
    let t = app.register("teacher", "Aʼzo", "az@mail.uz").await;
    app.exec(&format!(
        "INSERT INTO audit_log (actor_id, action, target_id, detail, created_at) \
         SELECT o.id, 'org.approve_teacher', t.id, '{{\"org\": \"Markaz\"}}', 1 \
         FROM users o, users t WHERE o.public_id = '{}' AND t.public_id = '{}'",
        org.id, t.id
    ))
    .await;
    app.exec(&format!(
        "INSERT INTO audit_log (actor_id, action, target_id, detail, created_at) \
         SELECT id, 'crm.invoice_void', NULL, 'not json', 2 FROM users WHERE public_id = '{}'",
        org.id
    ))
    .await;
    let entries = audit(&app, &admin, "").await;
    assert_eq!(entries[0]["action"], "crm.invoice_void");
    assert!(entries[0]["target"].is_null());
    assert_eq!(entries[0]["detail"], json!({"text": "not json"}));
    assert_eq!(entries[1]["action"], "org.approve_teacher");
    assert_eq!(entries[1]["detail"]["org"], "Markaz");

    let mut b = app.browser();
    b.post_form(
        "/login",
        &[
            ("login", "admin@alif24.test"),
            ("password", "admin password 1"),
        ],
    )
    .await;
    let page = b.get("/admin/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Tashkilot oʻqituvchini tasdiqladi"));
    assert!(page.text.contains("crm.invoice_void"));
    let page = b.get(&format!("/admin/audit?user={}", t.id)).await;
    assert!(page.text.contains("Aʼzo") && !page.text.contains("crm.invoice_void"));
}

async fn admin_browser(app: &TestApp) -> testkit::Browser<'_> {
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[
                ("login", "admin@alif24.test"),
                ("password", "admin password 1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    b
}

#[tokio::test]
async fn an_admin_approves_a_pending_teacher_from_the_overview_page() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let t = app
        .register("teacher", "Sahifadagi Ustoz", "s@mail.uz")
        .await;
    let mut b = admin_browser(&app).await;
    let page = b.get("/admin").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Sahifadagi Ustoz"));
    assert!(page
        .text
        .contains(&format!("action=\"/admin/users/{}/approve\"", t.id)));
    let res = b
        .post_form(
            &format!("/admin/users/{}/approve", t.id),
            &[("next", "/admin")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    assert_eq!(res.location(), Some("/admin?notice=admin_approve"));
    let page = b.get("/admin?notice=admin_approve").await;
    assert!(page.text.contains("Hisob tasdiqlandi."));
    assert!(!page.text.contains("Sahifadagi Ustoz"), "no longer pending");
    assert_eq!(status_of(&app, &admin, &t.id).await, "active");
    assert_eq!(app.count("audit_log").await, 1);
}

#[tokio::test]
async fn the_admin_pages_show_users_details_and_the_log() {
    let app = TestApp::spawn().await;
    app.admin().await;
    let t = app.register("teacher", "Koʻrinadigan", "kor@mail.uz").await;
    let mut b = admin_browser(&app).await;
    let list = b
        .get("/admin/users?q=kor%40mail.uz&role=teacher&status=pending")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text.contains("Koʻrinadigan") && list.text.contains("table-wrap"));
    assert!(
        list.text.contains("2026-yil 1-sentabr"),
        "registered date in Tashkent time"
    );
    let bad = b.get("/admin/users?role=wizard").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = b.get(&format!("/admin/users/{}", t.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    for form in ["approve", "reject", "role", "block", "password"] {
        assert!(
            page.text
                .contains(&format!("/admin/users/{}/{form}\"", t.id)),
            "{form}"
        );
    }
    assert!(page.text.contains("data-confirm"));
    let dash = b.get("/dashboard").await;
    assert!(dash.text.contains("Tasdiqlashni kutmoqda: 1"));
    assert!(dash.text.contains("href=\"/admin\""));
    assert_eq!(
        b.get("/admin/users/12345678").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_moderator_sees_only_the_decisions_on_a_users_page() {
    let app = TestApp::spawn().await;
    app.admin().await;
    app.moderator("mod@mail.uz").await;
    let t = app.register("teacher", "Ustoz", "u@mail.uz").await;
    let mut b = app.browser();
    b.post_form("/login", &[("login", "mod@mail.uz"), ("password", PW)])
        .await;
    let page = b.get(&format!("/admin/users/{}", t.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .text
        .contains(&format!("/admin/users/{}/approve\"", t.id)));
    assert!(!page
        .text
        .contains(&format!("/admin/users/{}/block\"", t.id)));
    let res = b
        .post_form(&format!("/admin/users/{}/block", t.id), &[])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_password_reset_page_shows_the_temporary_password_once() {
    let app = TestApp::spawn().await;
    app.admin().await;
    let p = app.register("parent", "Parolsiz", "ps@mail.uz").await;
    let mut b = admin_browser(&app).await;
    let res = b
        .post_form(
            &format!("/admin/users/{}/password", p.id),
            &[("password", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let temp = res
        .text
        .split("<strong class=\"mono\" data-copy>")
        .filter_map(|s| s.split('<').next())
        .find(|s| s.len() == 10)
        .expect("temporary password on the page")
        .to_string();
    app.login("ps@mail.uz", &temp).await;
    let again = b.get(&format!("/admin/users/{}", p.id)).await;
    assert!(!again.text.contains(&temp), "shown only once");
}

#[tokio::test]
async fn a_refused_page_action_says_why_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let mut b = admin_browser(&app).await;
    let res = b
        .post_form(&format!("/admin/users/{}/block", admin.id), &[])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.text.contains("Oʻzingizni bloklay olmaysiz."));
    let p = app.register("parent", "Qisqa", "q@mail.uz").await;
    let res = b
        .post_form(
            &format!("/admin/users/{}/password", p.id),
            &[("password", "short")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("field-error"));
    assert_eq!(app.count("audit_log").await, 0);
}

#[tokio::test]
async fn every_admin_action_detail_and_notice_is_named_in_three_languages() {
    let app = TestApp::spawn().await;
    let mut keys: Vec<String> = [
        "admin-approve",
        "admin-reject",
        "admin-role-change",
        "admin-block",
        "admin-unblock",
        "admin-password-reset",
        "org-approve-teacher",
    ]
    .iter()
    .map(|a| format!("admin-action-{a}"))
    .collect();
    for d in ["from", "to", "reason", "sessions-ended", "generated"] {
        keys.push(format!("admin-detail-{d}"));
    }
    for n in ["approve", "reject", "role", "block", "unblock", "password"] {
        keys.push(format!("notice-admin_{n}"));
    }
    for lang in kernel::i18n::Lang::ALL {
        for key in &keys {
            assert!(app.state.i18n.has(lang, key), "{key} in {}", lang.code());
        }
    }
}
