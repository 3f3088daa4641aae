//! Results: an attempt's result, an assignment's results table, item statistics, and the
//! table as CSV or Excel.

use crate::state::ExamsState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::i18n::{Lang, Tr};
use kernel::json::Json;
use kernel::{AppResult, AppState};

use crate::service::export::{self, Download};
use crate::service::results;

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/api/v1/exams/attempts/{id}/result", get(attempt_result))
        .route(
            "/api/v1/exams/assignments/{id}/results",
            get(assignment_results),
        )
        .route(
            "/api/v1/exams/assignments/{id}/stats",
            get(assignment_stats),
        )
        .route(
            "/api/v1/exams/assignments/{id}/results.csv",
            get(results_csv),
        )
        .route(
            "/api/v1/exams/assignments/{id}/results.xlsx",
            get(results_xlsx),
        )
}

async fn attempt_result(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(results::result(&state, &user, id).await?))
}

async fn assignment_results(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(results::class_results(&state, &user, id).await?))
}

async fn assignment_stats(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(results::assignment_stats(&state, &user, id).await?))
}

async fn results_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    lang: Lang,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    let tr = Tr::new(state.i18n.clone(), lang);
    let file = export::csv_file(&state, &user, id, &tr).await?;
    Ok(attachment(file, &format!("alif24-results-{id}.csv")))
}

async fn results_xlsx(
    State(state): State<AppState>,
    user: CurrentUser,
    lang: Lang,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    let tr = Tr::new(state.i18n.clone(), lang);
    let file = export::xlsx_file(&state, &user, id, &tr).await?;
    Ok(attachment(file, &format!("alif24-results-{id}.xlsx")))
}

/// Students' results are personal: downloaded, never cached on the way.
fn attachment(file: Download, fallback: &str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, file.content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                file.content_disposition(fallback),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        file.bytes,
    )
}
