//! Speech settings from the environment; a wrong value is a one-line error at start-up.
//!
//! - `AZURE_SPEECH_KEY` and `AZURE_SPEECH_REGION` (together) turn on Azure Speech for
//!   text-to-speech and recognition; `AZURE_SPEECH_ENDPOINT` replaces its base URL.
//! - `ALIF24_ESPEAK`: the espeak-ng program (default `espeak-ng`, used when installed), or
//!   `off`.

use std::time::Duration;

use kernel::config::ConfigError;

/// Azure Speech's answers must come within this long.
pub const AZURE_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeechConfig {
    pub azure: Option<AzureConfig>,
    pub espeak: EspeakSetting,
}

#[derive(Clone, PartialEq, Eq)]
pub struct AzureConfig {
    pub key: String,
    pub region: String,
    /// Replaces `https://{region}.tts.speech.microsoft.com` and
    /// `https://{region}.stt.speech.microsoft.com` (a local fake in tests, a proxy, a sovereign
    /// cloud).
    pub endpoint: Option<String>,
    pub timeout: Duration,
}

/// The key never reaches a log.
impl std::fmt::Debug for AzureConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AzureConfig")
            .field("key", &"***")
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("timeout", &self.timeout)
            .finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EspeakSetting {
    /// Use `espeak-ng` from the PATH when it is installed.
    Auto,
    /// Use this program; start-up fails when it does not run.
    Program(String),
    Off,
}

impl SpeechConfig {
    /// Builds the settings from any key lookup (the environment, or a test's map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let azure = match (get("AZURE_SPEECH_KEY"), get("AZURE_SPEECH_REGION")) {
            (None, None) => None,
            (Some(key), Some(region)) => {
                if !region.chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Err(ConfigError(format!(
                        "AZURE_SPEECH_REGION must be a region name like westeurope (got {region:?})"
                    )));
                }
                let endpoint =
                    get("AZURE_SPEECH_ENDPOINT").map(|e| e.trim_end_matches('/').to_string());
                if let Some(e) = &endpoint {
                    if !(e.starts_with("http://") || e.starts_with("https://")) {
                        return Err(ConfigError(format!(
                            "AZURE_SPEECH_ENDPOINT must start with http:// or https:// (got {e:?})"
                        )));
                    }
                }
                Some(AzureConfig {
                    key,
                    region: region.to_ascii_lowercase(),
                    endpoint,
                    timeout: AZURE_TIMEOUT,
                })
            }
            _ => {
                return Err(ConfigError(
                    "AZURE_SPEECH_KEY and AZURE_SPEECH_REGION must be set together".into(),
                ))
            }
        };
        let espeak = match get("ALIF24_ESPEAK") {
            None => EspeakSetting::Auto,
            Some(v) if v.eq_ignore_ascii_case("off") => EspeakSetting::Off,
            Some(v) => EspeakSetting::Program(v),
        };
        Ok(Self { azure, espeak })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<SpeechConfig, ConfigError> {
        SpeechConfig::from_lookup(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn nothing_set_means_no_azure_and_espeak_when_installed() {
        let c = config(&[]).unwrap();
        assert_eq!(c.azure, None);
        assert_eq!(c.espeak, EspeakSetting::Auto);
        assert_eq!(
            config(&[("ALIF24_ESPEAK", "OFF")]).unwrap().espeak,
            EspeakSetting::Off
        );
    }

    #[test]
    fn azure_needs_key_and_region_together_and_hides_the_key() {
        let c = config(&[
            ("AZURE_SPEECH_KEY", "secret"),
            ("AZURE_SPEECH_REGION", "WestEurope"),
            ("AZURE_SPEECH_ENDPOINT", "http://127.0.0.1:9/"),
        ])
        .unwrap();
        let azure = c.azure.unwrap();
        assert_eq!(azure.region, "westeurope");
        assert_eq!(azure.endpoint.as_deref(), Some("http://127.0.0.1:9"));
        assert!(!format!("{azure:?}").contains("secret"));

        for bad in [
            vec![("AZURE_SPEECH_KEY", "k")],
            vec![("AZURE_SPEECH_REGION", "westeurope")],
            vec![
                ("AZURE_SPEECH_KEY", "k"),
                ("AZURE_SPEECH_REGION", "west europe"),
            ],
            vec![
                ("AZURE_SPEECH_KEY", "k"),
                ("AZURE_SPEECH_REGION", "westeurope"),
                ("AZURE_SPEECH_ENDPOINT", "ftp://x"),
            ],
        ] {
            let e = config(&bad).unwrap_err().to_string();
            assert!(e.contains("AZURE_SPEECH") && !e.contains('\n'), "{e}");
        }
    }
}
