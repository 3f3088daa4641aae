//! Reporting a story, and moderators' open reports.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::AppResult;
use serde::Deserialize;

use crate::reports::{self, ReportInput};
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/api/v1/smartkids/stories/{story_id}/report", post(report))
        .route("/api/v1/smartkids/reports", get(open))
        .route(
            "/api/v1/smartkids/reports/{report_id}/resolve",
            post(resolve),
        )
}

async fn report(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(story_id): Path<i64>,
    Json(input): Json<ReportInput>,
) -> AppResult<impl IntoResponse> {
    let new = reports::report(&s.app, &user, story_id, &input).await?;
    Ok(if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    })
}

async fn open(State(s): State<KidsState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    Ok(Json(
        serde_json::json!({"reports": reports::open(&s.app, &user).await?}),
    ))
}

#[derive(Deserialize)]
struct Resolve {
    /// "keep" or "hide".
    action: String,
}

async fn resolve(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(report_id): Path<i64>,
    Json(input): Json<Resolve>,
) -> AppResult<impl IntoResponse> {
    let hide = match input.action.as_str() {
        "keep" => false,
        "hide" => true,
        _ => return Err(kernel::AppError::field("action", "smartkids-report-action")),
    };
    reports::resolve(&s.app, &user, report_id, hide).await?;
    Ok(StatusCode::NO_CONTENT)
}
