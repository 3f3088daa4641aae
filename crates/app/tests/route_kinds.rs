//! Every route answers errors in its kind's format: the JSON envelope for the API (a bad id, a
//! bad query, wrong JSON, an unknown method or path), an HTML page for pages; operations stay
//! bounded; https deployments send HSTS.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::Value;
use testkit::{TestApp, TestResponse};

fn is_envelope(res: &TestResponse) -> bool {
    let json = res
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("json"));
    let body: Value = serde_json::from_str(&res.text).unwrap_or(Value::Null);
    json && body["error"]["code"]
        .as_str()
        .is_some_and(|c| !c.is_empty())
        && body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
}

async fn send(
    app: &TestApp,
    method: &str,
    uri: &str,
    token: &str,
    body: Option<&str>,
) -> TestResponse {
    let mut req = Request::builder()
        .method(Method::from_bytes(method.as_bytes()).unwrap())
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    let body = match body {
        Some(b) => {
            req = req.header(header::CONTENT_TYPE, "application/json");
            Body::from(b.to_string())
        }
        None => Body::empty(),
    };
    app.send(req.body(body).unwrap()).await
}

#[tokio::test]
async fn every_api_route_answers_a_bad_id_a_bad_query_and_wrong_json_with_the_envelope() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let doc = app::openapi::document(&app::modules(&app::Services::offline()));
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let bad_id = path
            .split('/')
            .map(|seg| {
                if seg.starts_with('{') {
                    "no%20such"
                } else {
                    seg
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        for method in item.as_object().unwrap().keys() {
            let method = method.to_uppercase();
            let writes = matches!(method.as_str(), "POST" | "PUT" | "PATCH");
            let body = writes.then_some("{\"oops\": ");
            let queries = [
                bad_id.clone(),
                format!("{bad_id}?page=x&per_page=-1&limit=abc&child=%FF&lang=zz&q=%00"),
            ];
            for uri in queries {
                let res = send(&app, &method, &uri, &admin.access, body).await;
                checked += 1;
                if res.status.is_client_error() || res.status.is_server_error() {
                    if !is_envelope(&res) {
                        wrong.push(format!("{method} {uri}: {} {}", res.status, res.text));
                    }
                    if res.status.is_server_error() {
                        wrong.push(format!("{method} {uri}: server error {}", res.text));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} requests");
    assert!(
        wrong.is_empty(),
        "answers outside the envelope:\n{}",
        wrong.join("\n")
    );
}

#[tokio::test]
async fn a_non_numeric_id_is_a_400_naming_the_path_parameter() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Malika Karimova", "malika@example.uz").await;
    let res = app
        .get("/api/v1/exams/tests/abc", Some(&teacher.access))
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(res.error_code(), "bad_path");
}

#[tokio::test]
async fn unknown_api_paths_and_methods_answer_in_the_envelope_and_pages_in_html() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/no-such-thing", None).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(is_envelope(&res), "{}", res.text);

    let res = send(&app, "PUT", "/api/v1/auth/login", "x", Some("{}")).await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(res.error_code(), "method_not_allowed");

    let res = app.get("/no-such-page", None).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.text.contains("<html"), "{}", res.text);

    let teacher = app.teacher("Malika Karimova", "malika@example.uz").await;
    let res = app.get("/exams/tests/abc", Some(&teacher.access)).await;
    assert!(res.status.is_client_error());
    assert!(res.text.contains("<html"), "{}", res.text);
}

#[tokio::test]
async fn made_up_methods_do_not_add_metric_series() {
    let app = TestApp::spawn().await;
    for i in 0..50 {
        let req = Request::builder()
            .method(Method::from_bytes(format!("FOO{i}").as_bytes()).unwrap())
            .uri(format!("/made-up/{i}"))
            .body(Body::empty())
            .unwrap();
        app.send(req).await;
    }
    let metrics = app.get("/metrics", None).await.text;
    assert!(!metrics.contains("FOO"), "{metrics}");
    assert!(!metrics.contains("/made-up/"));
    assert!(metrics.contains("method=\"other\""));
}

#[tokio::test]
async fn an_https_deployment_sends_hsts_and_a_plain_one_does_not() {
    let app = TestApp::spawn_with(&[("ALIF24_PUBLIC_URL", "https://alif24.example.uz")]).await;
    let res = app.get("/login", None).await;
    assert!(res.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));

    let app = TestApp::spawn().await;
    let res = app.get("/login", None).await;
    assert!(!res.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
}

#[tokio::test]
async fn a_form_of_nearly_a_megabyte_passes_the_csrf_check() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Malika Karimova", "malika@example.uz").await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[
            ("login", "malika@example.uz"),
            ("password", "correct horse 1"),
        ],
    )
    .await;
    let _ = teacher;
    // About 870 kB once form-encoded: under the 1 MiB limit.
    let big = "Савол ".repeat(28_000);
    let res = b
        .post_form(
            "/exams/import",
            &[("text", big.as_str()), ("format", "gift")],
        )
        .await;
    assert_ne!(res.status, StatusCode::FORBIDDEN, "{}", res.text);

    // Over the limit: too large, not a stale form.
    let huge = "Савол ".repeat(40_000);
    let res = b
        .post_form("/exams/import", &[("text", huge.as_str())])
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.text);
}

/// A router with one socket-kind route and one webhook-kind route on the test app's state.
fn kinds_app(app: &TestApp) -> axum::Router {
    use axum::routing::{get, post};
    use kernel::routes::Routes;
    let sockets = axum::Router::new().route(
        "/ws/echo",
        get(|user: kernel::auth::MaybeUser| async move {
            user.0
                .map(|u| u.public_id)
                .unwrap_or_else(|| "anonymous".into())
        }),
    );
    let hooks = axum::Router::new().route(
        "/hooks/test",
        post(|body: String| async move {
            if body == "bad" {
                Err(kernel::AppError::forbidden())
            } else {
                Ok(format!("got {body}"))
            }
        }),
    );
    Routes::default()
        .sockets(sockets)
        .hooks(hooks)
        .mount(&app.state)
        .with_state(app.state.clone())
}

async fn call(router: &axum::Router, req: Request<Body>) -> (StatusCode, String) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn a_socket_from_another_site_is_refused_and_one_from_ours_knows_the_caller() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Malika Karimova", "malika@example.uz").await;
    let router = kinds_app(&app);
    let req = |origin: &str| {
        Request::get("/ws/echo")
            .header(header::HOST, "127.0.0.1:8080")
            .header(header::ORIGIN, origin)
            .header(header::AUTHORIZATION, format!("Bearer {}", teacher.access))
            .body(Body::empty())
            .unwrap()
    };
    let (status, body) = call(&router, req("https://evil.example")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("\"bad_origin\""), "{body}");

    let (status, body) = call(&router, req("http://127.0.0.1:8080")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, teacher.id);
}

#[tokio::test]
async fn a_webhook_needs_no_csrf_and_reads_no_cookies() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Malika Karimova", "malika@example.uz").await;
    let router = kinds_app(&app);
    let req = |body: &str| {
        Request::post("/hooks/test")
            .header(header::COOKIE, format!("alif24_at={}", teacher.access))
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    // A cookie-carrying POST without a CSRF token would be refused on a page or the API.
    let (status, body) = call(&router, req("ping")).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "got ping"));
    let (status, body) = call(&router, req("bad")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("\"error\""), "{body}");
}
