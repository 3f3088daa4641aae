//! Teachers' and moderators' stories through the API: write, list, edit and delete one's own;
//! moderators' queue, publish and decline.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::i18n::{Lang as UiLang, Tr};
use kernel::json::Json;
use kernel::AppResult;

use crate::authoring;
use crate::authoring_input::AuthorInput;
use crate::moderation::{self, DeclineInput};
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/api/v1/smartkids/authored", get(mine).post(create))
        .route(
            "/api/v1/smartkids/authored/{story_id}",
            put(update).delete(delete),
        )
        .route("/api/v1/smartkids/moderation", get(queue))
        .route(
            "/api/v1/smartkids/stories/{story_id}/publish",
            post(publish),
        )
        .route(
            "/api/v1/smartkids/stories/{story_id}/decline",
            post(decline),
        )
}

fn tr(s: &KidsState, user: &CurrentUser, ui: UiLang) -> Tr {
    Tr::new(s.app.i18n.clone(), ui).for_role(Some(user.role))
}

async fn create(
    State(s): State<KidsState>,
    user: CurrentUser,
    ui: UiLang,
    Json(input): Json<AuthorInput>,
) -> AppResult<impl IntoResponse> {
    let story = authoring::create(&s.app, &user, &tr(&s, &user, ui), &input).await?;
    Ok((StatusCode::CREATED, Json(story)))
}

async fn mine(State(s): State<KidsState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    let stories = authoring::mine(&s.app, &user).await?;
    Ok(Json(serde_json::json!({ "stories": stories })))
}

async fn update(
    State(s): State<KidsState>,
    user: CurrentUser,
    ui: UiLang,
    Path(id): Path<i64>,
    Json(input): Json<AuthorInput>,
) -> AppResult<impl IntoResponse> {
    let tr = tr(&s, &user, ui);
    Ok(Json(
        authoring::update(&s.app, &user, &tr, id, &input).await?,
    ))
}

async fn delete(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    authoring::delete(&s.app, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn queue(State(s): State<KidsState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    let stories = moderation::pending(&s.app, &user).await?;
    Ok(Json(serde_json::json!({ "stories": stories })))
}

async fn publish(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    moderation::review(&s.app, &user, id, true, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn decline(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(input): Json<DeclineInput>,
) -> AppResult<impl IntoResponse> {
    moderation::review(&s.app, &user, id, false, input.reason.as_deref()).await?;
    Ok(StatusCode::NO_CONTENT)
}
