//! Azure Speech over REST: neural text-to-speech (Ogg Opus or MP3, made by Azure itself) and
//! short-audio recognition.

use kernel::auth::BoxFuture;
use serde::Deserialize;

use super::config::AzureConfig;
use super::format::AudioFormat;
use super::{Audio, SpeechError, SpeechLang, SpeechRecognizer, SpeechSynthesizer};

const NAME: &str = "azure";
const KEY_HEADER: &str = "Ocp-Apim-Subscription-Key";
/// MP3 for browsers without Opus: 32 kbit/s, about 4 KB a word.
pub const OUTPUT_FORMAT: &str = "audio-16khz-32kbitrate-mono-mp3";
/// Ogg Opus, the smallest: about 3 KB a word.
pub const OUTPUT_FORMAT_OGG: &str = "ogg-24khz-16bit-mono-opus";
pub const STT_CONTENT_TYPE: &str = "audio/wav; codecs=audio/pcm; samplerate=16000";

/// One client for both directions; it implements [`SpeechSynthesizer`] and
/// [`SpeechRecognizer`].
pub struct AzureSpeech {
    client: reqwest::Client,
    config: AzureConfig,
}

impl AzureSpeech {
    pub fn new(config: AzureConfig) -> Result<Self, SpeechError> {
        // reqwest is built without a TLS crypto provider of its own; ring is ours. Installing
        // fails harmlessly when another client already installed it.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .user_agent("alif24")
            .build()
            .map_err(|e| SpeechError::Failed {
                provider: NAME,
                detail: describe(&e),
            })?;
        Ok(Self { client, config })
    }

    fn base(&self, service: &str) -> String {
        match &self.config.endpoint {
            Some(e) => e.clone(),
            None => format!(
                "https://{}.{service}.speech.microsoft.com",
                self.config.region
            ),
        }
    }

    fn error(&self, e: reqwest::Error) -> SpeechError {
        if e.is_timeout() {
            SpeechError::Timeout {
                provider: NAME,
                after_ms: self.config.timeout.as_millis(),
            }
        } else {
            SpeechError::Transport {
                provider: NAME,
                detail: describe(&e),
            }
        }
    }

    /// Sends the request and reads the whole body, turning every failure into a [`SpeechError`].
    async fn send(&self, req: reqwest::RequestBuilder) -> Result<Vec<u8>, SpeechError> {
        let res = req
            .header(KEY_HEADER, &self.config.key)
            .send()
            .await
            .map_err(|e| self.error(e))?;
        let status = res.status();
        let body = res.bytes().await.map_err(|e| self.error(e))?;
        if !status.is_success() {
            let detail: String = String::from_utf8_lossy(&body).chars().take(200).collect();
            return Err(SpeechError::Refused {
                provider: NAME,
                status: status.as_u16(),
                detail,
            });
        }
        Ok(body.to_vec())
    }
}

/// Azure's neural voice for each language.
pub fn voice(lang: SpeechLang) -> &'static str {
    match lang {
        SpeechLang::Uz => "uz-UZ-MadinaNeural",
        SpeechLang::Ru => "ru-RU-SvetlanaNeural",
        SpeechLang::En => "en-US-JennyNeural",
    }
}

/// The SSML document for `text`, a little slower than normal speech for young listeners.
pub fn ssml(text: &str, lang: SpeechLang) -> String {
    format!(
        "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{tag}\">\
         <voice name=\"{voice}\"><prosody rate=\"-10%\">{text}</prosody></voice></speak>",
        tag = lang.tag(),
        voice = voice(lang),
        text = xml_escape(text),
    )
}

pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

impl SpeechSynthesizer for AzureSpeech {
    fn name(&self) -> &'static str {
        NAME
    }

    fn voice_for(&self, lang: SpeechLang) -> Option<String> {
        Some(voice(lang).to_string())
    }

    fn synthesize<'a>(
        &'a self,
        text: &'a str,
        lang: SpeechLang,
    ) -> BoxFuture<'a, Result<Audio, SpeechError>> {
        self.synthesize_as(text, lang, AudioFormat::Mp3)
    }

    fn native_formats(&self) -> &'static [AudioFormat] {
        &[AudioFormat::Ogg, AudioFormat::Mp3]
    }

    fn synthesize_as<'a>(
        &'a self,
        text: &'a str,
        lang: SpeechLang,
        format: AudioFormat,
    ) -> BoxFuture<'a, Result<Audio, SpeechError>> {
        Box::pin(async move {
            let (output, mime) = match format {
                AudioFormat::Ogg => (OUTPUT_FORMAT_OGG, AudioFormat::Ogg.mime()),
                _ => (OUTPUT_FORMAT, AudioFormat::Mp3.mime()),
            };
            let url = format!("{}/cognitiveservices/v1", self.base("tts"));
            let req = self
                .client
                .post(url)
                .header("Content-Type", "application/ssml+xml")
                .header("X-Microsoft-OutputFormat", output)
                .body(ssml(text, lang));
            let bytes = self.send(req).await?;
            if bytes.is_empty() {
                return Err(SpeechError::Failed {
                    provider: NAME,
                    detail: "empty audio".into(),
                });
            }
            Ok(Audio {
                bytes,
                mime: mime.into(),
            })
        })
    }
}

/// The `format=simple` answer of short-audio recognition.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Recognition {
    recognition_status: String,
    #[serde(default)]
    display_text: String,
}

impl SpeechRecognizer for AzureSpeech {
    fn name(&self) -> &'static str {
        NAME
    }

    fn recognize(
        &self,
        wav: Vec<u8>,
        lang: SpeechLang,
    ) -> BoxFuture<'_, Result<String, SpeechError>> {
        Box::pin(async move {
            let url = format!(
                "{}/speech/recognition/conversation/cognitiveservices/v1?language={}&format=simple",
                self.base("stt"),
                lang.tag()
            );
            let req = self
                .client
                .post(url)
                .header("Content-Type", STT_CONTENT_TYPE)
                .header("Accept", "application/json")
                .body(wav);
            let body = self.send(req).await?;
            let answer: Recognition =
                serde_json::from_slice(&body).map_err(|e| SpeechError::Failed {
                    provider: NAME,
                    detail: format!("unreadable answer: {e}"),
                })?;
            match answer.recognition_status.as_str() {
                "Success" => Ok(answer.display_text),
                // Silence or noise: nothing was said, which the child can simply try again.
                "NoMatch" | "InitialSilenceTimeout" | "BabbleTimeout" => Ok(String::new()),
                other => Err(SpeechError::Failed {
                    provider: NAME,
                    detail: format!("recognition status {other}"),
                }),
            }
        })
    }
}

/// The error and its causes on one line (reqwest keeps the useful part in the sources).
fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssml_names_the_voice_and_escapes_the_text() {
        let doc = ssml("<b>Tom & Jerry's \"A\"</b>", SpeechLang::En);
        assert!(doc.contains("name=\"en-US-JennyNeural\""));
        assert!(doc.contains("xml:lang=\"en-US\""));
        assert!(doc.contains("&lt;b&gt;Tom &amp; Jerry&apos;s &quot;A&quot;&lt;/b&gt;"));
        assert!(!doc.contains("<b>"));
    }
}
