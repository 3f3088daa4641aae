//! `/api/v1/speech/…`: which voices exist, speaking a phrase, recognising a recording.
//!
//! Speaking is public (letters and words are public content) but new phrases are limited per
//! address; recognition needs a signed-in user, since each recording is a paid request.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRef, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Query;
use kernel::i18n::Lang;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use super::format::AudioFormat;
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

/// The status, with the words speaker buttons show in the caller's language.
#[derive(Serialize)]
struct StatusAnswer {
    #[serde(flatten)]
    status: SpeechStatus,
    labels: Labels,
}

#[derive(Serialize)]
struct Labels {
    hear: String,
    tap_to_hear: String,
    cannot_speak: String,
}

async fn status(
    State(state): State<AppState>,
    State(speech): State<Arc<Speech>>,
    lang: Lang,
) -> Json<StatusAnswer> {
    let t = |key: &str| state.i18n.get(lang, key, &[]);
    Json(StatusAnswer {
        status: speech.status(),
        labels: Labels {
            hear: t("speech-hear"),
            tap_to_hear: t("speech-tap-to-hear"),
            cannot_speak: t("speech-cannot-speak"),
        },
    })
}

#[derive(Deserialize)]
struct SpeakQuery {
    lang: Option<String>,
    text: Option<String>,
    /// `ogg` (the default), `mp3` or `wav`.
    format: Option<String>,
}

/// The same phrase always sounds the same, so browsers may keep it for a year.
const AUDIO_CACHE: &str = "public, max-age=31536000, immutable";
/// Audio in another format than the one asked for (no encoder installed yet) is kept a day
/// only, so phones get the compressed audio soon after the encoder is installed.
const FALLBACK_CACHE: &str = "public, max-age=86400";

async fn speak(
    State(state): State<AppState>,
    State(speech): State<Arc<Speech>>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    query: Result<Query<SpeakQuery>, AppError>,
) -> AppResult<Response> {
    let Query(q) = query.map_err(|_| AppError::field("text", "field-invalid"))?;
    let phrase = tts::Phrase::parse(q.lang.as_deref(), q.text.as_deref())?;
    let wanted = AudioFormat::parse(q.format.as_deref())
        .ok_or_else(|| AppError::field("format", "field-speech-format-unknown"))?;
    let plan = tts::plan(&speech, &phrase, wanted)?;
    let etag = plan.etag();
    let cache = [
        (
            CACHE_CONTROL,
            if plan.format == wanted {
                AUDIO_CACHE
            } else {
                FALLBACK_CACHE
            }
            .to_string(),
        ),
        (ETAG, etag.clone()),
    ];
    if tts::matches_etag(headers.get(IF_NONE_MATCH), &etag) {
        return Ok((StatusCode::NOT_MODIFIED, cache).into_response());
    }
    let audio = tts::speak(&state, &speech, &plan, &phrase, &client).await?;
    Ok((cache, [(CONTENT_TYPE, audio.mime)], audio.bytes).into_response())
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
