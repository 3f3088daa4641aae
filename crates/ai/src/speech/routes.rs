//! `/api/v1/speech/…`: which voices exist, speaking a phrase, recognising a recording.
//!
//! Speaking is public (letters and words are public content) but new phrases are limited per
//! address; recognition needs a signed-in user, since each recording is a paid request.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRef, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Query;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use super::service::{Speech, SpeechStatus};
use super::{stt, tts};

/// What the speech routes hold: the platform's state and the configured providers.
#[derive(Clone)]
struct SpeechState {
    app: AppState,
    speech: Arc<Speech>,
}

impl FromRef<SpeechState> for AppState {
    fn from_ref(s: &SpeechState) -> AppState {
        s.app.clone()
    }
}

impl FromRef<SpeechState> for Arc<Speech> {
    fn from_ref(s: &SpeechState) -> Arc<Speech> {
        s.speech.clone()
    }
}

pub fn router(app: &AppState, speech: Arc<Speech>) -> Router<AppState> {
    Router::<SpeechState>::new()
        .route("/api/v1/speech/status", get(status))
        .route("/api/v1/speech/tts", get(speak))
        .route("/api/v1/speech/recognize", post(recognize))
        .with_state(SpeechState {
            app: app.clone(),
            speech,
        })
}

async fn status(State(speech): State<Arc<Speech>>) -> Json<SpeechStatus> {
    Json(speech.status())
}

#[derive(Deserialize)]
struct SpeakQuery {
    lang: Option<String>,
    text: Option<String>,
}

/// The same phrase always sounds the same, so browsers may keep it for a year.
const AUDIO_CACHE: &str = "public, max-age=31536000, immutable";

async fn speak(
    State(state): State<AppState>,
    State(speech): State<Arc<Speech>>,
    ClientIp(client): ClientIp,
    query: Result<Query<SpeakQuery>, AppError>,
) -> AppResult<Response> {
    let Query(q) = query.map_err(|_| AppError::field("text", "field-invalid"))?;
    let phrase = tts::Phrase::parse(q.lang.as_deref(), q.text.as_deref())?;
    let audio = tts::speak(&state, &speech, &phrase, &client).await?;
    Ok((
        [
            (CONTENT_TYPE, audio.mime),
            (CACHE_CONTROL, AUDIO_CACHE.into()),
        ],
        audio.bytes,
    )
        .into_response())
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

async fn recognize(
    State(state): State<AppState>,
    State(speech): State<Arc<Speech>>,
    user: CurrentUser,
    query: Result<Query<LangQuery>, AppError>,
    body: Body,
) -> AppResult<Json<serde_json::Value>> {
    let Query(q) = query.map_err(|_| AppError::field("lang", "field-invalid"))?;
    let lang = stt::language(&speech, q.lang.as_deref())?;
    let recording = axum::body::to_bytes(body, stt::MAX_RECORDING_BYTES)
        .await
        .map_err(|_| AppError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"))?;
    let text = stt::recognize(&state, &speech, user.id, lang, recording.to_vec()).await?;
    Ok(Json(serde_json::json!({ "text": text })))
}
