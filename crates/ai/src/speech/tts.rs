//! Speaking a phrase: validation, the cache, the per-address limit on new phrases.

use axum::http::StatusCode;
use kernel::error::FieldError;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};

use super::format::AudioFormat;
use super::service::Speech;
use super::store::{self, NewAudio};
use super::{Audio, SpeechError, SpeechLang, SpeechSynthesizer};

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

/// How a phrase will be spoken: the provider and voice for its language, the format served and
/// the cache key of that audio.
pub struct Plan<'s> {
    pub provider: &'s dyn SpeechSynthesizer,
    pub voice: String,
    pub format: AudioFormat,
    /// SHA-256 hex of provider, voice, language, text and format; also the audio's ETag.
    pub key: String,
}

impl Plan<'_> {
    /// The weak ETag of the audio: two encodings of one phrase by the same voice may differ in
    /// a byte or two (Ogg stream serials) but sound the same.
    pub fn etag(&self) -> String {
        format!("W/\"{}\"", &self.key[..32])
    }
}

/// The cache key of a phrase as one provider's voice says it in one format.
pub fn cache_key(provider: &str, voice: &str, format: AudioFormat, phrase: &Phrase) -> String {
    kernel::ids::sha256_hex(&format!(
        "{provider}\n{voice}\n{}\n{}\n{}",
        phrase.lang.tag(),
        phrase.text,
        format.name()
    ))
}

/// Who speaks `phrase` and in which format, when `wanted` is asked for; 404
/// `speech_unavailable` when no server voice speaks its language.
pub fn plan<'s>(speech: &'s Speech, phrase: &Phrase, wanted: AudioFormat) -> AppResult<Plan<'s>> {
    let (provider, voice) = speech
        .synthesizer_for(phrase.lang)
        .ok_or_else(|| AppError::not_found().with_code("speech_unavailable"))?;
    let format = speech.format_for(provider, wanted);
    let key = cache_key(provider.name(), &voice, format, phrase);
    Ok(Plan {
        provider,
        voice,
        format,
        key,
    })
}

/// The phrase's audio from the cache, or made (then cached). `client` is the caller's address,
/// limited on cache misses only; requests for a phrase being made wait for it rather than make
/// it again.
pub async fn speak(
    state: &AppState,
    speech: &Speech,
    plan: &Plan<'_>,
    phrase: &Phrase,
    client: &str,
) -> AppResult<Audio> {
    if let Some(hit) = cached(state, &plan.key).await? {
        return Ok(hit);
    }
    let _turn = speech.in_flight.turn(&plan.key).await;
    if let Some(hit) = cached(state, &plan.key).await? {
        return Ok(hit);
    }
    state
        .limiter
        .hit(
            &format!("speech.tts:{client}"),
            MISSES_PER_ADDRESS,
            state.now_ms(),
        )
        .await?;
    let provider = plan.provider;
    let failed = |e: SpeechError| {
        tracing::warn!(speech.provider = provider.name(), error = %e, "speech synthesis failed");
        AppError::new(StatusCode::BAD_GATEWAY, "speech_failed")
    };
    let made = provider
        .synthesize_as(&phrase.text, phrase.lang, plan.format)
        .await
        .map_err(failed)?;
    let audio = compress(speech, made, plan.format).await.map_err(failed)?;
    let entry = NewAudio {
        key: &plan.key,
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

async fn cached(state: &AppState, key: &str) -> AppResult<Option<Audio>> {
    Ok(store::find_audio(state.db.pool(), key)
        .await?
        .map(|hit| Audio {
            bytes: hit.audio,
            mime: hit.mime,
        }))
}

/// WAV from a provider, encoded into the planned format; anything else as it came.
async fn compress(speech: &Speech, made: Audio, format: AudioFormat) -> Result<Audio, SpeechError> {
    if AudioFormat::from_mime(&made.mime) != Some(AudioFormat::Wav) || format == AudioFormat::Wav {
        return Ok(made);
    }
    let bytes = speech.encoders().encode(&made.bytes, format).await?;
    Ok(Audio {
        bytes,
        mime: format.mime().into(),
    })
}

/// Whether an `If-None-Match` header names `etag` (weak comparison, as for GET).
pub fn matches_etag(header: Option<&axum::http::HeaderValue>, etag: &str) -> bool {
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_string();
    header.and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(',')
            .any(|t| t.trim() == "*" || bare(t) == bare(etag))
    })
}
