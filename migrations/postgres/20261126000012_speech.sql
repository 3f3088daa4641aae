-- Speech: synthesised audio, stored once per (provider, voice, language, text).
-- `key` is the SHA-256 hex of those four; `provider` and `lang` let an operator drop one
-- provider's audio after changing voices (DELETE FROM speech_cache WHERE provider = 'espeak').
CREATE TABLE speech_cache (
    key TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    lang TEXT NOT NULL,
    mime TEXT NOT NULL,
    audio BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
