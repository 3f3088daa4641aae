//! SmartKids' JSON API: the library, one story, a story on request, the writer's choices.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, MaybeUser};
use kernel::extract::{Path, Query};
use kernel::i18n::{Lang as UiLang, Tr};
use kernel::json::Json;
use kernel::{AppError, AppResult};
use serde::Deserialize;

use crate::create::{self, CreateInput};
use crate::model::Lang;
use crate::state::KidsState;
use crate::{compose, stories};

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/api/v1/smartkids/library", get(library))
        .route("/api/v1/smartkids/choices", get(choices))
        .route("/api/v1/smartkids/stories", post(write))
        .route("/api/v1/smartkids/stories/{story_id}", get(story))
}

#[derive(Deserialize)]
struct LangQuery {
    language: Option<String>,
}

/// The language asked for, else the caller's interface language.
fn lang_of(q: &LangQuery, ui: UiLang) -> AppResult<Lang> {
    match q
        .language
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        None => Ok(Lang::parse(ui.code()).unwrap_or(Lang::Uz)),
        Some(l) => {
            Lang::parse(l).ok_or_else(|| AppError::field("language", "smartkids-language-invalid"))
        }
    }
}

async fn library(
    State(s): State<KidsState>,
    ui: UiLang,
    Query(q): Query<LangQuery>,
) -> AppResult<impl IntoResponse> {
    let lang = lang_of(&q, ui)?;
    let stories = stories::library(&s.app, &s.library, lang).await?;
    Ok(Json(
        serde_json::json!({"language": lang, "stories": stories}),
    ))
}

async fn choices(ui: UiLang, Query(q): Query<LangQuery>) -> AppResult<impl IntoResponse> {
    Ok(Json(compose::choices(lang_of(&q, ui)?)))
}

async fn story(
    State(s): State<KidsState>,
    MaybeUser(who): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    let (row, body) = stories::open(&s.app, &s.library, who.as_ref(), id).await?;
    Ok(Json(stories::StoryView::of(&row, &body)))
}

async fn write(
    State(s): State<KidsState>,
    user: CurrentUser,
    ui: UiLang,
    Json(input): Json<CreateInput>,
) -> AppResult<impl IntoResponse> {
    let tr = Tr::new(s.app.i18n.clone(), ui);
    let created = create::create(&s.app, &s.helpers(), &user, &tr, input).await?;
    Ok((StatusCode::CREATED, Json(created)))
}
