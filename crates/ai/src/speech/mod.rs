//! Speech: the languages, the provider traits and their errors.

use kernel::auth::BoxFuture;

use self::format::AudioFormat;

pub mod azure;
pub mod config;
pub mod encode;
pub mod espeak;
pub mod format;
pub mod inflight;
pub mod routes;
pub mod service;
pub mod store;
pub mod stt;
pub mod tts;
pub mod wav;

/// A language speech is offered in, named by its BCP-47 tag (`uz-UZ`, `ru-RU`, `en-US`).
/// Unknown tags are refused at the edge, so providers only ever see these three.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpeechLang {
    Uz,
    Ru,
    En,
}

impl SpeechLang {
    pub const ALL: [SpeechLang; 3] = [SpeechLang::Uz, SpeechLang::Ru, SpeechLang::En];

    /// The BCP-47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            SpeechLang::Uz => "uz-UZ",
            SpeechLang::Ru => "ru-RU",
            SpeechLang::En => "en-US",
        }
    }

    /// Parses a tag, ignoring case (`uz-uz` is `uz-UZ`).
    pub fn parse(tag: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }
}

/// Encoded audio and its media type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Audio {
    pub bytes: Vec<u8>,
    /// `audio/ogg`, `audio/mpeg` or `audio/wav`.
    pub mime: String,
}

/// Why a provider could not synthesise or recognise. The message is for logs, not for users.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("{provider} has no voice for {lang}")]
    NoVoice {
        provider: &'static str,
        lang: &'static str,
    },
    #[error("{provider} did not answer within {after_ms} ms")]
    Timeout {
        provider: &'static str,
        after_ms: u128,
    },
    #[error("{provider} answered HTTP {status}: {detail}")]
    Refused {
        provider: &'static str,
        status: u16,
        detail: String,
    },
    #[error("{provider} could not be reached: {detail}")]
    Transport {
        provider: &'static str,
        detail: String,
    },
    #[error("{provider} failed: {detail}")]
    Failed {
        provider: &'static str,
        detail: String,
    },
}

/// Turns text into audio.
pub trait SpeechSynthesizer: Send + Sync {
    /// Short stable name, shown by the status endpoint and part of the cache key
    /// (`azure`, `espeak`).
    fn name(&self) -> &'static str;

    /// The voice this provider speaks `lang` with, or `None` when it has none.
    fn voice_for(&self, lang: SpeechLang) -> Option<String>;

    /// Speaks `text` in `lang`.
    fn synthesize<'a>(
        &'a self,
        text: &'a str,
        lang: SpeechLang,
    ) -> BoxFuture<'a, Result<Audio, SpeechError>>;

    /// The formats this provider makes itself. WAV means the server compresses it (see
    /// [`encode`]); a provider that makes compressed audio itself lists those formats.
    fn native_formats(&self) -> &'static [AudioFormat] {
        &[AudioFormat::Wav]
    }

    /// Speaks `text` in `lang` as `format` when it is one of [`Self::native_formats`]; the
    /// answer's `mime` says what was made.
    fn synthesize_as<'a>(
        &'a self,
        text: &'a str,
        lang: SpeechLang,
        format: AudioFormat,
    ) -> BoxFuture<'a, Result<Audio, SpeechError>> {
        let _ = format;
        self.synthesize(text, lang)
    }
}

/// Turns a short recording into text.
pub trait SpeechRecognizer: Send + Sync {
    fn name(&self) -> &'static str;

    /// The words heard in `wav` (16 kHz, 16-bit mono PCM), empty when none were.
    fn recognize(
        &self,
        wav: Vec<u8>,
        lang: SpeechLang,
    ) -> BoxFuture<'_, Result<String, SpeechError>>;
}

#[cfg(test)]
mod tests {
    use super::SpeechLang;

    #[test]
    fn tags_parse_in_any_case_and_unknown_ones_do_not() {
        assert_eq!(SpeechLang::parse("uz-UZ"), Some(SpeechLang::Uz));
        assert_eq!(SpeechLang::parse("RU-ru"), Some(SpeechLang::Ru));
        assert_eq!(SpeechLang::parse(" en-US "), Some(SpeechLang::En));
        assert_eq!(SpeechLang::parse("en-GB"), None);
        assert_eq!(SpeechLang::parse("uz"), None);
    }
}
