//! Recognising a child's recording: what is accepted and the per-user limit.

use axum::http::StatusCode;
use kernel::error::FieldError;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};

use super::service::Speech;
use super::wav::{self, WavProblem};
use super::SpeechLang;

/// Largest recording: about 30 seconds of 16 kHz mono PCM, far more than one word needs.
pub const MAX_RECORDING_BYTES: usize = 1024 * 1024;

/// Recordings one user may have recognised (each one is paid for).
pub const PER_USER: Limit = Limit {
    max: 30,
    window_s: 60,
};

/// The language to recognise, once recognition is known to be available.
pub fn language(speech: &Speech, lang: Option<&str>) -> AppResult<SpeechLang> {
    let lang = match lang.map(str::trim).filter(|l| !l.is_empty()) {
        None => return Err(AppError::field("lang", "field-required")),
        Some(tag) => SpeechLang::parse(tag)
            .ok_or_else(|| AppError::field("lang", "field-speech-lang-unknown"))?,
    };
    if speech.recognizer().is_none() {
        return Err(AppError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "speech_recognition_unavailable",
        ));
    }
    Ok(lang)
}

/// The words heard in `recording` (empty when none were).
pub async fn recognize(
    state: &AppState,
    speech: &Speech,
    user_id: i64,
    lang: SpeechLang,
    recording: Vec<u8>,
) -> AppResult<String> {
    let recognizer = speech.recognizer().ok_or_else(|| {
        AppError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "speech_recognition_unavailable",
        )
    })?;
    wav::check_recording(&recording).map_err(|p| {
        AppError::invalid(vec![FieldError::new(
            "audio",
            match p {
                WavProblem::NotWav => "field-speech-audio-not-wav",
                WavProblem::WrongFormat => "field-speech-audio-format",
                WavProblem::Empty => "field-speech-audio-empty",
            },
        )])
    })?;
    state
        .limiter
        .hit(&format!("speech.stt:{user_id}"), PER_USER, state.now_ms())
        .await?;
    recognizer.recognize(recording, lang).await.map_err(|e| {
        tracing::warn!(speech.provider = recognizer.name(), error = %e, "speech recognition failed");
        AppError::new(StatusCode::BAD_GATEWAY, "speech_failed")
    })
}
