//! LLM settings from the environment; a wrong value is a one-line error at start-up.
//!
//! - `ALIF24_LLM_BASE_URL`: the API root; requests go to `{base}/chat/completions`. E.g.
//!   `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1` (Ollama),
//!   `http://gpu:8000/v1` (vLLM), or for Azure OpenAI
//!   `https://<resource>.openai.azure.com/openai/deployments/<deployment>`.
//!   Unset: the LLM generator is off.
//! - `ALIF24_LLM_MODEL`: the model name (required, except on Azure where the deployment in the
//!   URL chooses the model).
//! - `ALIF24_LLM_API_KEY`: sent as `Authorization: Bearer …` (optional for Ollama and vLLM),
//!   or as `api-key: …` with `ALIF24_LLM_AZURE=1` (then required).
//! - `ALIF24_LLM_AZURE_API_VERSION`: Azure's `api-version` (default `2024-10-21`).
//! - `ALIF24_LLM_TIMEOUT_S`: seconds for the whole answer (default 60).
//! - `ALIF24_LLM_JSON_MODE=0`: do not send `response_format` (for servers that reject it).

use std::time::Duration;

use kernel::config::ConfigError;

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
pub const DEFAULT_AZURE_API_VERSION: &str = "2024-10-21";

#[derive(Clone, PartialEq, Eq)]
pub struct LlmConfig {
    /// Without a trailing slash.
    pub base_url: String,
    pub api_key: Option<String>,
    pub model: String,
    /// Azure OpenAI: `api-key` header and `api-version` query parameter.
    pub azure: bool,
    pub azure_api_version: String,
    /// Ask for `response_format: {"type": "json_object"}`.
    pub json_mode: bool,
    pub timeout: Duration,
}

/// The key never reaches a log.
impl std::fmt::Debug for LlmConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmConfig")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "***"))
            .field("model", &self.model)
            .field("azure", &self.azure)
            .field("json_mode", &self.json_mode)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl LlmConfig {
    /// A configuration for `base_url` and `model` with the defaults.
    pub fn new(base_url: &str, api_key: Option<&str>, model: &str) -> Self {
        Self {
            base_url: base_url.trim_end_matches('/').to_string(),
            api_key: api_key.map(String::from),
            model: model.to_string(),
            azure: false,
            azure_api_version: DEFAULT_AZURE_API_VERSION.into(),
            json_mode: true,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// Builds the settings from any key lookup (the environment, or a test's map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Option<Self>, ConfigError> {
        let get = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let Some(base_url) = get("ALIF24_LLM_BASE_URL") else {
            return Ok(None);
        };
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError(format!(
                "ALIF24_LLM_BASE_URL must start with http:// or https:// (got {base_url:?})"
            )));
        }
        let azure = flag(&get, "ALIF24_LLM_AZURE", false)?;
        let api_key = get("ALIF24_LLM_API_KEY");
        if azure && api_key.is_none() {
            return Err(ConfigError(
                "ALIF24_LLM_AZURE=1 needs ALIF24_LLM_API_KEY".into(),
            ));
        }
        let model = match get("ALIF24_LLM_MODEL") {
            Some(m) => m,
            None if azure => String::new(),
            None => {
                return Err(ConfigError(
                    "ALIF24_LLM_BASE_URL is set, so ALIF24_LLM_MODEL must name the model".into(),
                ))
            }
        };
        let timeout = match get("ALIF24_LLM_TIMEOUT_S") {
            None => DEFAULT_TIMEOUT,
            Some(s) => match s.parse::<u64>() {
                Ok(n @ 1..=600) => Duration::from_secs(n),
                _ => {
                    return Err(ConfigError(format!(
                        "ALIF24_LLM_TIMEOUT_S must be a number of seconds from 1 to 600 (got {s:?})"
                    )))
                }
            },
        };
        let mut config = Self::new(&base_url, api_key.as_deref(), &model);
        config.azure = azure;
        config.json_mode = flag(&get, "ALIF24_LLM_JSON_MODE", true)?;
        config.timeout = timeout;
        if let Some(v) = get("ALIF24_LLM_AZURE_API_VERSION") {
            config.azure_api_version = v;
        }
        Ok(Some(config))
    }

    /// The chat-completions URL.
    pub fn url(&self) -> String {
        let url = format!("{}/chat/completions", self.base_url);
        if self.azure {
            format!("{url}?api-version={}", self.azure_api_version)
        } else {
            url
        }
    }
}

fn flag(
    get: &impl Fn(&str) -> Option<String>,
    key: &str,
    default: bool,
) -> Result<bool, ConfigError> {
    match get(key).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(ConfigError(format!("{key} must be 1 or 0 (got {other:?})"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Option<LlmConfig>, ConfigError> {
        LlmConfig::from_lookup(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn without_a_base_url_the_llm_is_off() {
        assert_eq!(config(&[]).unwrap(), None);
        assert_eq!(
            config(&[("ALIF24_LLM_MODEL", "gpt-4o-mini")]).unwrap(),
            None
        );
    }

    #[test]
    fn openai_and_ollama_settings_are_read() {
        let c = config(&[
            ("ALIF24_LLM_BASE_URL", "https://api.openai.com/v1/"),
            ("ALIF24_LLM_API_KEY", "sk-test"),
            ("ALIF24_LLM_MODEL", "gpt-4o-mini"),
            ("ALIF24_LLM_TIMEOUT_S", "30"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(c.url(), "https://api.openai.com/v1/chat/completions");
        assert_eq!(c.api_key.as_deref(), Some("sk-test"));
        assert_eq!(c.timeout, Duration::from_secs(30));
        assert!(c.json_mode && !c.azure);
        assert!(!format!("{c:?}").contains("sk-test"));
        let ollama = config(&[
            ("ALIF24_LLM_BASE_URL", "http://127.0.0.1:11434/v1"),
            ("ALIF24_LLM_MODEL", "llama3.1"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(ollama.api_key, None);
        assert_eq!(ollama.timeout, DEFAULT_TIMEOUT);
    }

    #[test]
    fn azure_uses_the_deployment_url_and_an_api_version() {
        let c = config(&[
            (
                "ALIF24_LLM_BASE_URL",
                "https://res.openai.azure.com/openai/deployments/gpt4o",
            ),
            ("ALIF24_LLM_API_KEY", "k"),
            ("ALIF24_LLM_AZURE", "1"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(
            c.url(),
            "https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"
        );
    }

    #[test]
    fn wrong_values_explain_themselves_in_one_line() {
        for (pairs, needle) in [
            (
                vec![("ALIF24_LLM_BASE_URL", "api.openai.com")],
                "ALIF24_LLM_BASE_URL",
            ),
            (
                vec![("ALIF24_LLM_BASE_URL", "http://x")],
                "ALIF24_LLM_MODEL",
            ),
            (
                vec![
                    ("ALIF24_LLM_BASE_URL", "http://x"),
                    ("ALIF24_LLM_AZURE", "1"),
                ],
                "ALIF24_LLM_API_KEY",
            ),
            (
                vec![
                    ("ALIF24_LLM_BASE_URL", "http://x"),
                    ("ALIF24_LLM_MODEL", "m"),
                    ("ALIF24_LLM_TIMEOUT_S", "0"),
                ],
                "ALIF24_LLM_TIMEOUT_S",
            ),
            (
                vec![
                    ("ALIF24_LLM_BASE_URL", "http://x"),
                    ("ALIF24_LLM_MODEL", "m"),
                    ("ALIF24_LLM_JSON_MODE", "maybe"),
                ],
                "ALIF24_LLM_JSON_MODE",
            ),
        ] {
            let e = config(&pairs).unwrap_err().0;
            assert!(e.contains(needle) && !e.contains('\n'), "{e}");
        }
    }
}
