//! MathKids' JSON API: solve, check one step, a similar problem. Open to visitors too: the
//! engine is pure and cheap, and a per-caller limit keeps scripts away.

use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::Router;
use kernel::auth::{CurrentUser, MaybeUser};
use kernel::i18n::Lang as UiLang;
use kernel::json::Json;
use kernel::ratelimit::Limit;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use crate::mathkids::{self, CheckInput, SolveInput};
use crate::state::KidsState;

/// Requests one caller may make in a minute.
const PER_MINUTE: Limit = Limit {
    max: 120,
    window_s: 60,
};

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/api/v1/mathkids/solve", post(solve))
        .route("/api/v1/mathkids/check", post(check))
        .route("/api/v1/mathkids/similar", post(similar))
        .route("/api/v1/mathkids/photo", post(photo))
        .route(
            "/api/v1/mathkids/classes/{class_id}/settings",
            axum::routing::get(class_settings).put(save_class_settings),
        )
}

async fn limit(
    app: &AppState,
    who: &MaybeUser,
    addr: &kernel::ratelimit::ClientIp,
) -> AppResult<()> {
    let key = match &who.0 {
        Some(p) => format!("mathkids:{}", p.id),
        None => format!("mathkids:ip:{}", addr.0),
    };
    app.limiter.hit(&key, PER_MINUTE, app.now_ms()).await
}

async fn solve(
    State(s): State<KidsState>,
    who: MaybeUser,
    ip: kernel::ratelimit::ClientIp,
    ui: UiLang,
    Json(input): Json<SolveInput>,
) -> AppResult<impl IntoResponse> {
    limit(&s.app, &who, &ip).await?;
    // The LLM's warmer words are for signed-in people: a visitor's request costs no LLM call.
    let llm = s.llm.as_deref().filter(|_| who.0.is_some());
    let solved = mathkids::solve(&s.app, llm, who.0.as_ref(), ui, &input).await?;
    Ok(Json(solved))
}

async fn check(
    State(s): State<KidsState>,
    who: MaybeUser,
    ip: kernel::ratelimit::ClientIp,
    ui: UiLang,
    Json(input): Json<CheckInput>,
) -> AppResult<impl IntoResponse> {
    limit(&s.app, &who, &ip).await?;
    Ok(Json(mathkids::check(ui, &input)?))
}

#[derive(Deserialize)]
struct SimilarInput {
    problem: Option<String>,
}

async fn similar(
    State(s): State<KidsState>,
    who: MaybeUser,
    ip: kernel::ratelimit::ClientIp,
    Json(input): Json<SimilarInput>,
) -> AppResult<impl IntoResponse> {
    limit(&s.app, &who, &ip).await?;
    let problem = mathkids::similar(input.problem.as_deref(), rand::random())?;
    Ok(Json(serde_json::json!({ "problem": problem })))
}

/// Pictures one person may have read in an hour.
const PHOTOS_PER_HOUR: Limit = Limit {
    max: 30,
    window_s: 3600,
};

async fn photo(
    State(s): State<KidsState>,
    user: CurrentUser,
    body: axum::body::Body,
) -> AppResult<impl IntoResponse> {
    if !s.photo.available() {
        return Err(kernel::AppError::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "mathkids_photo_unavailable",
        ));
    }
    let picture = axum::body::to_bytes(body, crate::photo::MAX_BYTES)
        .await
        .map_err(|_| {
            kernel::AppError::new(axum::http::StatusCode::PAYLOAD_TOO_LARGE, "body_too_large")
        })?;
    s.app
        .limiter
        .hit(
            &format!("mathkids.photo:{}", user.id),
            PHOTOS_PER_HOUR,
            s.app.now_ms(),
        )
        .await?;
    let text = s.photo.read(&picture).await?;
    Ok(Json(serde_json::json!({ "text": text })))
}

async fn class_settings(
    State(s): State<KidsState>,
    user: CurrentUser,
    kernel::extract::Path(class_id): kernel::extract::Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(crate::homework::get(&s.app, &user, class_id).await?))
}

async fn save_class_settings(
    State(s): State<KidsState>,
    user: CurrentUser,
    kernel::extract::Path(class_id): kernel::extract::Path<i64>,
    Json(input): Json<crate::homework::ClassSettings>,
) -> AppResult<impl IntoResponse> {
    crate::homework::set(&s.app, &user, class_id, &input).await?;
    Ok(Json(input))
}
