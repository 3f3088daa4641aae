//! Operational endpoints: liveness, readiness, metrics and the OpenAPI document.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use kernel::AppState;

/// The operational routes; `openapi` is the document, made once at start-up.
pub fn router(openapi: Arc<String>) -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route(
            "/api/v1/openapi.json",
            get(move || async move {
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    openapi.to_string(),
                )
            }),
        )
}

async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers and the process is not stopping. The server voice is
/// reported, never required: without it pages speak with the browser's voice.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    // A stopping replica answers at once, so the load balancer takes it out before it closes.
    if state.shutdown.is_stopping() {
        let body = serde_json::json!({
            "status": "stopping",
            "stopping": true,
            "speech": state.voice,
        });
        return (StatusCode::SERVICE_UNAVAILABLE, Json(body));
    }
    let database = state.db.ping().await;
    if let Err(e) = &database {
        tracing::warn!(error = %e, "database not reachable");
    }
    let status = if database.is_ok() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::json!({
        "status": if database.is_ok() { "ready" } else { "database unavailable" },
        "database": database.is_ok(),
        "stopping": false,
        "speech": state.voice,
    });
    (status, Json(body))
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    state.metrics.observe_pool(&state.db);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}
