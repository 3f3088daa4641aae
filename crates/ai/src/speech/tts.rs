//! Speaking a phrase: validation, the cache, the per-address limit on new phrases.

use axum::http::StatusCode;
use kernel::error::FieldError;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};

use super::service::Speech;
use super::store::{self, NewAudio};
use super::{Audio, SpeechLang};

/// Longest phrase, in characters: a word, a sentence, a short riddle.
pub const MAX_TEXT_CHARS: usize = 300;

/// Phrases not yet in the cache that one address may have synthesised. Cached phrases are
/// free: a class on one school connection replays the same letters all day.
pub const MISSES_PER_ADDRESS: Limit = Limit {
    max: 60,
    window_s: 60,
};

/// A validated request to speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub lang: SpeechLang,
    /// Trimmed, whitespace folded, control characters dropped; Uzbek apostrophes normalised.
    pub text: String,
}

impl Phrase {
    pub fn parse(lang: Option<&str>, text: Option<&str>) -> AppResult<Self> {
        let mut problems = Vec::new();
        let lang = match lang.map(str::trim).filter(|l| !l.is_empty()) {
            None => {
                problems.push(FieldError::new("lang", "field-required"));
                None
            }
            Some(tag) => {
                let parsed = SpeechLang::parse(tag);
                if parsed.is_none() {
                    problems.push(FieldError::new("lang", "field-speech-lang-unknown"));
                }
                parsed
            }
        };
        let mut text = kernel::text::clean_line(text.unwrap_or_default());
        if lang == Some(SpeechLang::Uz) {
            text = kernel::text::normalize_uzbek(&text);
        }
        if text.is_empty() {
            problems.push(FieldError::new("text", "field-required"));
        } else if text.chars().count() > MAX_TEXT_CHARS {
            problems.push(FieldError::new("text", "field-too-long").arg("max", MAX_TEXT_CHARS));
        }
        match lang {
            Some(lang) if problems.is_empty() => Ok(Self { lang, text }),
            _ => Err(AppError::invalid(problems)),
        }
    }
}

/// The cache key of a phrase as one provider's voice says it.
pub fn cache_key(provider: &str, voice: &str, phrase: &Phrase) -> String {
    kernel::ids::sha256_hex(&format!(
        "{provider}\n{voice}\n{}\n{}",
        phrase.lang.tag(),
        phrase.text
    ))
}

/// The phrase's audio from the cache, or from the provider (then cached). `client` is the
/// caller's address, limited on cache misses only.
pub async fn speak(
    state: &AppState,
    speech: &Speech,
    phrase: &Phrase,
    client: &str,
) -> AppResult<Audio> {
    let (provider, voice) = speech
        .synthesizer_for(phrase.lang)
        .ok_or_else(|| AppError::not_found().with_code("speech_unavailable"))?;
    let key = cache_key(provider.name(), &voice, phrase);
    if let Some(hit) = store::find_audio(state.db.pool(), &key).await? {
        return Ok(Audio {
            bytes: hit.audio,
            mime: hit.mime,
        });
    }
    state
        .limiter
        .hit(
            &format!("speech.tts:{client}"),
            MISSES_PER_ADDRESS,
            state.now_ms(),
        )
        .await?;
    let audio = provider
        .synthesize(&phrase.text, phrase.lang)
        .await
        .map_err(|e| {
            tracing::warn!(speech.provider = provider.name(), error = %e, "speech synthesis failed");
            AppError::new(StatusCode::BAD_GATEWAY, "speech_failed")
        })?;
    let entry = NewAudio {
        key: &key,
        provider: provider.name(),
        lang: phrase.lang.tag(),
        mime: &audio.mime,
        audio: &audio.bytes,
    };
    // The audio is good even when it cannot be kept; the next request simply makes it again.
    if let Err(e) = store::insert_audio(state.db.pool(), &entry, state.now_ms()).await {
        tracing::warn!(error = %e, "speech audio not cached");
    }
    Ok(audio)
}
