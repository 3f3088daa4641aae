//! A child's recording of one paragraph read aloud: the WAV body in, how it went out.

use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::json::Json;
use kernel::{AppError, AppResult};
use serde::Deserialize;

use crate::recording::{self, Recorded};
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new().route(
        "/api/v1/smartkids/readings/{reading_id}/recordings",
        post(record),
    )
}

#[derive(Deserialize)]
struct RecordQuery {
    paragraph: Option<String>,
}

async fn record(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(reading_id): Path<i64>,
    query: Result<Query<RecordQuery>, AppError>,
    body: Body,
) -> AppResult<Json<Recorded>> {
    let Query(q) = query.map_err(|_| AppError::field("paragraph", "field-invalid"))?;
    let wav = axum::body::to_bytes(body, ai::speech::stt::MAX_RECORDING_BYTES)
        .await
        .map_err(|_| AppError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"))?;
    let done = recording::record(
        &s.app,
        &s.speech,
        &user,
        reading_id,
        q.paragraph.as_deref(),
        wav.to_vec(),
    )
    .await?;
    Ok(Json(done))
}
