//! Region and district on the profile and on organisations: set, clear, refused pairs, who may
//! change an organisation's, and the selects on the pages in three languages.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestResponse};

use super::orgs::{join, organisation, PASSWORD};

async fn patch(app: &TestApp, path: &str, token: &str, body: Value) -> TestResponse {
    app.api(Method::PATCH, path, Some(token), Some(body)).await
}

async fn me(app: &TestApp, token: &str) -> Value {
    app.get("/api/v1/auth/me", Some(token)).await.json()["user"].clone()
}

async fn region_changes(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'org.set_region'")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_user_sets_changes_and_clears_region_and_district() {
    let app = TestApp::spawn().await;
    let u = app.register("parent", "Malika", "malika@mail.uz").await;
    assert_eq!(me(&app, &u.access).await["region"], Value::Null);

    let body = json!({"region": "tashkent_city", "district": "chilonzor"});
    let res = patch(&app, "/api/v1/profile", &u.access, body).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["user"]["district"], "chilonzor");
    let user = me(&app, &u.access).await;
    assert_eq!(
        (&user["region"], &user["district"]),
        (&json!("tashkent_city"), &json!("chilonzor"))
    );

    // Another field alone leaves the place as it is; a district alone keeps the region.
    patch(
        &app,
        "/api/v1/profile",
        &u.access,
        json!({"name": "Malika A"}),
    )
    .await;
    let res = patch(
        &app,
        "/api/v1/profile",
        &u.access,
        json!({"district": "yunusobod"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let user = me(&app, &u.access).await;
    assert_eq!(user["region"], "tashkent_city");
    assert_eq!(user["district"], "yunusobod");

    // A new region drops a district it does not hold.
    let res = patch(
        &app,
        "/api/v1/profile",
        &u.access,
        json!({"region": "samarkand"}),
    )
    .await;
    assert_eq!(res.json()["user"]["region"], "samarkand");
    assert_eq!(res.json()["user"]["district"], Value::Null);

    let body = json!({"region": null, "district": ""});
    let res = patch(&app, "/api/v1/profile", &u.access, body).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let user = me(&app, &u.access).await;
    assert_eq!(
        (&user["region"], &user["district"]),
        (&Value::Null, &Value::Null)
    );
}

#[tokio::test]
async fn a_district_of_another_region_is_refused_with_422_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let u = app.register("teacher", "Rustam", "rustam@mail.uz").await;
    let body = json!({"language": "ru", "region": "samarkand", "district": "urgut"});
    let ok = patch(&app, "/api/v1/profile", &u.access, body).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);

    let body = json!({"name": "Changed", "region": "navoiy", "district": "chilonzor"});
    let res = patch(&app, "/api/v1/profile", &u.access, body).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert_eq!(
        res.json()["error"]["fields"]["district"],
        "Этот район не относится к выбранному региону.",
        "the field error is in the user's language"
    );
    let user = me(&app, &u.access).await;
    assert_eq!(user["name"], "Rustam", "nothing is written");
    assert_eq!(user["region"], "samarkand");
    assert_eq!(user["district"], "urgut");

    for (bad, field) in [
        (json!({"region": null, "district": "urgut"}), "region"),
        (json!({"region": "mars"}), "region"),
        (
            json!({"region": "samarkand", "district": "atlantis"}),
            "district",
        ),
        (json!({"region": "Samarkand"}), "region"),
    ] {
        let res = patch(&app, "/api/v1/profile", &u.access, bad.clone()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(
            res.json()["error"]["fields"][field].is_string(),
            "{bad}: {}",
            res.text
        );
    }
    assert_eq!(me(&app, &u.access).await["district"], "urgut");
}

#[tokio::test]
async fn an_organisations_admin_sets_and_clears_its_region_and_the_audit_log_records_it() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Ziyo Maktabi", "ziyo@mail.uz", true).await;
    let path = format!("/api/v1/orgs/{org_id}");

    let body = json!({"region": "fergana", "district": "uchkoprik"});
    let res = patch(&app, &path, &org.access, body).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["org"]["region"], "fergana");
    let mine = app.get("/api/v1/orgs/mine", Some(&org.access)).await.json();
    assert_eq!(mine["orgs"][0]["region"], "fergana");
    assert_eq!(mine["orgs"][0]["district"], "uchkoprik");
    let members = app
        .get(&format!("{path}/members"), Some(&org.access))
        .await
        .json();
    assert_eq!(members["org"]["district"], "uchkoprik");
    assert_eq!(region_changes(&app).await, 1);

    let refused = patch(&app, &path, &org.access, json!({"district": "chilonzor"})).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.json()["error"]["fields"]["district"].is_string());

    let res = patch(
        &app,
        &path,
        &org.access,
        json!({"region": "", "district": null}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let mine = app.get("/api/v1/orgs/mine", Some(&org.access)).await.json();
    assert_eq!(mine["orgs"][0]["region"], Value::Null);
    assert_eq!(mine["orgs"][0]["district"], Value::Null);
    assert_eq!(
        app.count("audit_log").await,
        2,
        "the refused change left no entry"
    );
}

#[tokio::test]
async fn only_the_organisations_admins_may_set_its_region() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let (other, _) = organisation(&app, "Boshqa", "boshqa@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "ustoz@mail.uz").await;
    join(&app, &org, org_id, &teacher, "teacher").await;
    let parent = app.register("parent", "Ota", "ota@mail.uz").await;
    let path = format!("/api/v1/orgs/{org_id}");
    let body = json!({"region": "andijan"});
    for (who, status) in [
        (&teacher, StatusCode::FORBIDDEN),
        (&parent, StatusCode::FORBIDDEN),
        (&other, StatusCode::NOT_FOUND),
    ] {
        let res = patch(&app, &path, &who.access, body.clone()).await;
        assert_eq!(res.status, status, "{}", res.text);
    }
    assert_eq!(
        patch(&app, "/api/v1/orgs/999999", &org.access, body)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let mine = app
        .get("/api/v1/orgs/mine", Some(&teacher.access))
        .await
        .json();
    assert_eq!(mine["orgs"][0]["region"], Value::Null, "nothing written");
    assert_eq!(region_changes(&app).await, 0);
}

#[tokio::test]
async fn the_profile_page_shows_the_selects_in_three_languages_and_checks_the_pair() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "parent"),
            ("name", "Dilnoza"),
            ("email", "dilnoza@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    for (lang, region_label, region, district) in [
        ("uz", "Hudud", "Fargʻona viloyati", "Uchkoʻprik"),
        ("ru", "Регион", "Ферганская область", "Учкуприк"),
        ("en", "Region", "Fergana Region", "Uchkuprik"),
    ] {
        b.post_form("/language", &[("lang", lang), ("next", "/profile")])
            .await;
        let page = b.get("/profile").await;
        assert_eq!(page.status, StatusCode::OK);
        for text in [
            region_label,
            region,
            district,
            "name=\"region\"",
            "name=\"district\"",
        ] {
            assert!(page.text.contains(text), "{lang}: {text}");
        }
        assert!(
            page.text.contains("<optgroup label=\"")
                && page.text.contains("data-region=\"fergana\"")
        );
    }

    let wrong = &[
        ("name", "Dilnoza"),
        ("region", "fergana"),
        ("district", "chilonzor"),
    ];
    let res = b.post_form("/profile", wrong).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text
        .contains("This district is not in the chosen region."));
    let saved: Option<String> = sqlx::query_scalar("SELECT district FROM users")
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert_eq!(saved, None);

    let right = &[
        ("name", "Dilnoza"),
        ("region", "fergana"),
        ("district", "uchkoprik"),
    ];
    let res = b.post_form("/profile", right).await;
    assert_eq!(res.location(), Some("/profile?notice=profile_saved"));
    let page = b.get("/profile").await;
    assert!(page.text.contains("value=\"uchkoprik\" selected"));
    assert!(page.text.contains("value=\"fergana\" selected"));
}

#[tokio::test]
async fn the_org_page_sets_the_organisations_region_with_a_form() {
    let app = TestApp::spawn().await;
    let (_, org_id) = organisation(&app, "Bilim", "bilim@mail.uz", false).await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "bilim@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    let page = b.get("/org").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("action=\"/org/region\""));
    assert!(page.text.contains("Qoraqalpogʻiston Respublikasi"));

    let wrong = &[("region", ""), ("district", "chilonzor")];
    let res = b.post_form("/org/region", wrong).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = b
        .post_form(
            "/org/region",
            &[("region", "khorezm"), ("district", "xonqa")],
        )
        .await;
    assert_eq!(res.location(), Some("/org?notice=org_region_saved"));
    let page = b.get("/org?notice=org_region_saved").await;
    assert!(page.text.contains("Tashkilot manzili saqlandi."));
    assert!(page.text.contains("value=\"xonqa\" selected"));
    assert!(
        page.text.contains("Xonqa, Xorazm viloyati"),
        "the header says where"
    );
    let row: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT region, district FROM organizations WHERE id = $1")
            .bind(org_id)
            .fetch_one(app.state.db.pool())
            .await
            .unwrap();
    assert_eq!(row, (Some("khorezm".into()), Some("xonqa".into())));
}
