//! SQL of the speech cache.

use sqlx::{Any, Executor};

/// Audio stored earlier.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CachedAudio {
    pub mime: String,
    pub audio: Vec<u8>,
}

pub async fn find_audio<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
) -> Result<Option<CachedAudio>, sqlx::Error> {
    sqlx::query_as("SELECT mime, audio FROM speech_cache WHERE key = $1")
        .bind(key)
        .fetch_optional(ex)
        .await
}

/// A new entry in the cache.
pub struct NewAudio<'a> {
    pub key: &'a str,
    pub provider: &'a str,
    pub lang: &'a str,
    pub mime: &'a str,
    pub audio: &'a [u8],
}

/// Stores the audio unless a concurrent first request already did.
pub async fn insert_audio<'e>(
    ex: impl Executor<'e, Database = Any>,
    entry: &NewAudio<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO speech_cache (key, provider, lang, mime, audio, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING",
    )
    .bind(entry.key)
    .bind(entry.provider)
    .bind(entry.lang)
    .bind(entry.mime)
    .bind(entry.audio.to_vec())
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}
