//! What an operator watches: `/metrics` after real use (sign-ups, logins, a Harf activity, a
//! job run, the pool, the hashing queue, the process) and `/readyz` once the process stops.

use axum::http::StatusCode;
use serde_json::json;
use testkit::{TestApp, PASSWORD};

/// The value of one series in the exposition, `None` when it is absent.
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_count_sign_ups_logins_activities_and_jobs_with_pool_hashing_and_process_figures() {
    let app = TestApp::spawn().await;
    // A parent signs up and creates a child, who logs in and finishes a Harf activity.
    let (_parent, child) = app.family("ona@example.uz", "Malika").await;
    let res = app
        .post(
            "/api/v1/harf/cards/uz-a/activities/listen",
            Some(&child.access),
            json!({"completed": true}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    // Someone guesses the parent's password until told to wait.
    let mut wrong = 0;
    loop {
        let res = app
            .post(
                "/api/v1/auth/login",
                None,
                json!({"login": "ona@example.uz", "password": format!("{PASSWORD}x")}),
            )
            .await;
        if res.status == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.text);
        wrong += 1;
        assert!(wrong < 40, "never throttled");
    }
    assert!(app.run_jobs().await >= 1);

    let res = app.get("/metrics", None).await;
    assert_eq!(res.status, StatusCode::OK);
    let text = res.text;
    let at = |series: &str| value(&text, series).unwrap_or_else(|| panic!("{series} in\n{text}"));
    assert_eq!(at("alif24_signups_total{role=\"parent\"}"), 1.0);
    assert_eq!(at("alif24_signups_total{role=\"student\"}"), 1.0);
    assert_eq!(at("alif24_signups_total{role=\"teacher\"}"), 0.0);
    assert_eq!(at("alif24_logins_total{result=\"ok\"}"), 1.0);
    assert_eq!(
        at("alif24_logins_total{result=\"wrong\"}"),
        f64::from(wrong)
    );
    assert_eq!(at("alif24_logins_total{result=\"throttled\"}"), 1.0);
    assert_eq!(at("alif24_harf_activities_finished_total"), 1.0);
    assert_eq!(at("alif24_exam_attempts_finished_total"), 0.0);
    assert_eq!(
        at("alif24_job_runs_total{job=\"accounts.expired_tokens\"}"),
        1.0
    );
    assert_eq!(
        at("alif24_job_failures_total{job=\"accounts.expired_tokens\"}"),
        0.0
    );
    assert_eq!(
        at("alif24_websocket_connections{kind=\"live_quiz_player\"}"),
        0.0
    );
    // The pool: its ceiling, and at least the connection kept open.
    assert!(at("alif24_db_pool_connections_max") >= 8.0);
    let open = at("alif24_db_pool_connections_in_use") + at("alif24_db_pool_connections_idle");
    assert!(open >= 1.0, "{open}");
    assert!(at("alif24_db_pool_acquire_timeouts_total") >= 0.0);
    // The hashing queue is one per process (other tests hash too): at least this test's hashes.
    assert!(at("alif24_password_hash_duration_seconds_count") >= 3.0);
    assert!(at("alif24_password_hash_queued") >= 0.0);
    assert!(at("alif24_password_hash_rejected_busy_total") >= 0.0);
    // The process, read from /proc.
    if cfg!(target_os = "linux") {
        assert!(at("process_resident_memory_bytes") > 1_000_000.0);
        assert!(at("process_open_fds") >= 3.0);
        assert!(at("process_max_fds") >= at("process_open_fds"));
        assert!(at("process_threads") >= 1.0);
        assert!(at("process_start_time_seconds") > 1.7e9);
        assert!(at("process_cpu_seconds_total") >= 0.0);
    }
    // No user ids or raw paths in any label.
    assert!(!text.contains(&child.id), "a user id in a label");
    assert!(!text.contains("uz-a/"), "a raw path in a label");
}

#[tokio::test]
async fn readiness_turns_503_stopping_at_once_when_the_process_starts_to_stop() {
    let app = TestApp::spawn().await;
    let res = app.get("/readyz", None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["status"], "ready");

    app.state.shutdown.begin();
    let res = app.get("/readyz", None).await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE, "{}", res.text);
    assert_eq!(res.json()["status"], "stopping");
    assert_eq!(res.json()["stopping"], true);
    // Everything else still answers while the load balancer drains the replica.
    assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            json!({"role": "parent", "name": "Ota", "email": "ota@example.uz", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
}

#[tokio::test]
async fn the_grafana_dashboard_charts_only_metrics_that_exist_and_every_kind_of_them() {
    let app = TestApp::spawn().await;
    // Request series appear once a request was counted.
    app.get("/healthz", None).await;
    let text = app.get("/metrics", None).await.text;
    let exported: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE ")?.split(' ').next())
        .collect();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../deploy/grafana/alif24.json"
    );
    let dashboard = std::fs::read_to_string(path).expect("deploy/grafana/alif24.json");
    serde_json::from_str::<serde_json::Value>(&dashboard).expect("the dashboard is JSON");
    let charted: std::collections::BTreeSet<&str> = dashboard
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("alif24_") || w.starts_with("process_"))
        .map(|w| {
            ["_bucket", "_count", "_sum"]
                .iter()
                .find_map(|s| w.strip_suffix(s))
                .unwrap_or(w)
        })
        .collect();
    for name in &charted {
        assert!(
            exported.contains(name),
            "{name} is charted but not exported"
        );
    }
    for name in exported
        .iter()
        .filter(|n| !n.starts_with("process_virtual"))
    {
        assert!(charted.contains(name), "{name} is exported but not charted");
    }
}
