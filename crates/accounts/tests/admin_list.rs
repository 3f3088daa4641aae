//! The admin's user list as the API sends it (built as JSON by the database) is exactly the
//! typed list the admin pages show, on both databases, for every filter and page.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::TestApp;

use accounts::service::admin::{self, UsersQuery};

#[tokio::test]
async fn the_api_list_is_the_typed_list_field_for_field() {
    let app = TestApp::spawn().await;
    let admin_user = app.admin().await;
    let who = app
        .state
        .auth
        .resolve(&admin_user.access)
        .await
        .unwrap()
        .expect("the admin's token");
    // Every kind of row: a phone and no e-mail, a place, a child with a birth year, a pending
    // teacher, a blocked parent, quotes and apostrophes in names.
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            json!({"role": "parent", "name": "Oʻgʻiloy \"Opa\" Toʻrayeva", "phone": "+998 90 123 45 67", "password": "my secret 12"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let placed = app.register("parent", "Malika", "malika@list.uz").await;
    let res = app
        .api(
            Method::PATCH,
            "/api/v1/profile",
            Some(&placed.access),
            Some(json!({"region": "tashkent_city", "district": "chilonzor"})),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    app.family("ota@list.uz", "Bekzod").await;
    app.register("teacher", "Kutilayotgan Oʻqituvchi", "wait@list.uz")
        .await;
    let blocked = app
        .register("parent", "Bloklangan", "blocked@list.uz")
        .await;
    let res = app
        .post(
            &format!("/api/v1/admin/users/{}/block", blocked.id),
            Some(&admin_user.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);

    let queries = [
        ("", UsersQuery::default()),
        ("?role=parent", query(None, Some("parent"), None, None)),
        ("?status=blocked", query(None, None, Some("blocked"), None)),
        ("?status=pending", query(None, None, Some("pending"), None)),
        ("?q=mali", query(Some("mali"), None, None, None)),
        ("?page=2", query(None, None, None, Some("2"))),
    ];
    for (suffix, q) in queries {
        let res = app
            .get(
                &format!("/api/v1/admin/users{suffix}"),
                Some(&admin_user.access),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{suffix}: {}", res.text);
        assert!(res.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"));
        let typed = admin::list_users(&app.state, &who, &q).await.unwrap();
        let typed: Value = serde_json::to_value(&typed).unwrap();
        assert_eq!(res.json(), typed, "{suffix}");
    }
    let all = app
        .get("/api/v1/admin/users", Some(&admin_user.access))
        .await
        .json();
    assert!(all["users"].as_array().unwrap().len() >= 6, "{all}");
    assert_eq!(all["users"][0]["blocked"], json!(true), "newest first");
    let past_the_end = app
        .get("/api/v1/admin/users?page=9", Some(&admin_user.access))
        .await
        .json();
    assert_eq!(past_the_end["users"], json!([]));
    assert_eq!(past_the_end["total"], all["total"]);
}

fn query(
    q: Option<&str>,
    role: Option<&str>,
    status: Option<&str>,
    page: Option<&str>,
) -> UsersQuery {
    UsersQuery {
        q: q.map(String::from),
        role: role.map(String::from),
        status: status.map(String::from),
        page: page.map(String::from),
    }
}
