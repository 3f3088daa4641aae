//! MathKids' JSON API: solve, check one step, a similar problem. Open to visitors too: the
//! engine is pure and cheap, and a per-caller limit keeps scripts away.

use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::Router;
use kernel::auth::MaybeUser;
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
}

async fn limit(app: &AppState, who: &MaybeUser, addr: &kernel::ratelimit::ClientIp) -> AppResult<()> {
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
    let (solved, _) = mathkids::solve(&s.app, who.0.as_ref(), ui, &input).await?;
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
