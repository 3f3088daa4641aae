//! [`Speech`]: the configured providers, and which one speaks each language.

use std::collections::BTreeMap;
use std::sync::Arc;

use kernel::config::ConfigError;
use serde::Serialize;

use super::azure::AzureSpeech;
use super::config::{EspeakSetting, SpeechConfig};
use super::encode::Encoders;
use super::espeak::Espeak;
use super::format::AudioFormat;
use super::inflight::InFlight;
use super::{SpeechLang, SpeechRecognizer, SpeechSynthesizer};

/// The speech providers of this server.
pub struct Speech {
    /// In order of preference; each language goes to the first one with a voice for it.
    synthesizers: Vec<Arc<dyn SpeechSynthesizer>>,
    recognizer: Option<Arc<dyn SpeechRecognizer>>,
    /// Compress what providers make as WAV.
    encoders: Encoders,
    /// Phrases being made right now, one request each.
    pub(crate) in_flight: InFlight,
}

/// What `GET /api/v1/speech/status` tells pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpeechStatus {
    /// Per language tag: `azure`, `espeak`, or `browser` (the page speaks with the browser's
    /// own speech synthesis).
    pub tts: BTreeMap<&'static str, &'static str>,
    /// Whether speech recognition is available.
    pub stt: bool,
    /// Media types the server's audio comes in, preferred first (empty without a server voice).
    pub formats: Vec<&'static str>,
}

impl Speech {
    pub fn new(
        synthesizers: Vec<Arc<dyn SpeechSynthesizer>>,
        recognizer: Option<Arc<dyn SpeechRecognizer>>,
    ) -> Self {
        Self {
            synthesizers,
            recognizer,
            encoders: Encoders::none(),
            in_flight: InFlight::default(),
        }
    }

    /// The same providers, their WAV compressed by these encoders.
    pub fn with_encoders(mut self, encoders: Encoders) -> Self {
        self.encoders = encoders;
        self
    }

    /// No server speech at all: pages use the browser's voice and hide speaking activities.
    pub fn disabled() -> Self {
        Self::new(Vec::new(), None)
    }

    /// Azure Speech when configured, then espeak-ng when installed.
    pub async fn start(config: &SpeechConfig) -> Result<Self, ConfigError> {
        let mut synthesizers: Vec<Arc<dyn SpeechSynthesizer>> = Vec::new();
        let mut recognizer: Option<Arc<dyn SpeechRecognizer>> = None;
        if let Some(azure) = &config.azure {
            let azure = Arc::new(
                AzureSpeech::new(azure.clone())
                    .map_err(|e| ConfigError(format!("Azure Speech cannot start: {e}")))?,
            );
            synthesizers.push(azure.clone());
            recognizer = Some(azure);
        }
        match &config.espeak {
            EspeakSetting::Off => {}
            EspeakSetting::Auto => match Espeak::detect("espeak-ng").await {
                Ok(Some(espeak)) => synthesizers.push(Arc::new(espeak)),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "espeak-ng is installed but unusable"),
            },
            EspeakSetting::Program(program) => match Espeak::detect(program).await {
                Ok(Some(espeak)) => synthesizers.push(Arc::new(espeak)),
                Ok(None) => {
                    return Err(ConfigError(format!(
                        "ALIF24_ESPEAK={program:?} is not an installed program (or use off)"
                    )))
                }
                Err(e) => return Err(ConfigError(format!("ALIF24_ESPEAK: {e}"))),
            },
        }
        let encoders = Encoders::detect().await;
        let speech = Self::new(synthesizers, recognizer).with_encoders(encoders);
        let status = speech.status();
        tracing::info!(
            speech.tts = ?status.tts,
            speech.stt = status.stt,
            speech.formats = ?status.formats,
            "speech providers"
        );
        Ok(speech)
    }

    /// The provider that speaks `lang`, and its voice.
    pub fn synthesizer_for(&self, lang: SpeechLang) -> Option<(&dyn SpeechSynthesizer, String)> {
        self.synthesizers
            .iter()
            .find_map(|s| s.voice_for(lang).map(|v| (s.as_ref(), v)))
    }

    pub fn recognizer(&self) -> Option<&dyn SpeechRecognizer> {
        self.recognizer.as_deref()
    }

    pub fn encoders(&self) -> &Encoders {
        &self.encoders
    }

    /// The formats `provider`'s audio can be served in here, smallest first.
    pub fn formats_of(&self, provider: &dyn SpeechSynthesizer) -> Vec<AudioFormat> {
        let native = provider.native_formats();
        AudioFormat::ALL
            .into_iter()
            .filter(|f| {
                native.contains(f) || (native.contains(&AudioFormat::Wav) && self.encoders.can(*f))
            })
            .collect()
    }

    /// What a request for `wanted` from `provider` gets: `wanted` when it can be made, else
    /// its best fallback.
    pub fn format_for(&self, provider: &dyn SpeechSynthesizer, wanted: AudioFormat) -> AudioFormat {
        let can = self.formats_of(provider);
        wanted
            .fallbacks()
            .iter()
            .copied()
            .find(|f| can.contains(f))
            .unwrap_or(AudioFormat::Wav)
    }

    /// The server voice for `/readyz` and the admin overview.
    pub fn report(&self) -> kernel::voice::VoiceReport {
        let status = self.status();
        let providers: BTreeMap<String, String> = status
            .tts
            .iter()
            .filter(|(_, by)| **by != "browser")
            .map(|(l, by)| (l.to_string(), by.to_string()))
            .collect();
        kernel::voice::VoiceReport {
            server_voice: !providers.is_empty(),
            languages: providers.keys().cloned().collect(),
            formats: status.formats.iter().map(|f| f.to_string()).collect(),
            providers,
        }
    }

    pub fn status(&self) -> SpeechStatus {
        SpeechStatus {
            tts: SpeechLang::ALL
                .into_iter()
                .map(|l| {
                    let by = self.synthesizer_for(l).map(|(s, _)| s.name());
                    (l.tag(), by.unwrap_or("browser"))
                })
                .collect(),
            stt: self.recognizer.is_some(),
            formats: AudioFormat::ALL
                .into_iter()
                .filter(|f| {
                    SpeechLang::ALL.into_iter().any(|l| {
                        self.synthesizer_for(l)
                            .is_some_and(|(s, _)| self.formats_of(s).contains(f))
                    })
                })
                .map(AudioFormat::mime)
                .collect(),
        }
    }
}
