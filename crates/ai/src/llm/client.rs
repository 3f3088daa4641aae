//! The HTTP side: one chat-completions request, its answer read as JSON.

use serde::Serialize;
use serde_json::Value;

use super::questions::QuestionSet;
use super::{LlmConfig, LlmError, Message};

/// A configured endpoint. Cheap to share behind an `Arc`.
pub struct LlmClient {
    http: reqwest::Client,
    config: LlmConfig,
}

#[derive(Serialize)]
struct ChatRequest<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    model: &'a str,
    messages: &'a [Message],
    #[serde(skip_serializing_if = "Option::is_none")]
    response_format: Option<Value>,
}

impl LlmClient {
    pub fn new(config: LlmConfig) -> Result<Self, LlmError> {
        // reqwest is built without a TLS crypto provider of its own; ring is ours. Installing
        // fails harmlessly when another client already installed it.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .user_agent("alif24")
            .build()
            .map_err(|e| LlmError::Network(describe(&e)))?;
        Ok(Self { http, config })
    }

    pub fn config(&self) -> &LlmConfig {
        &self.config
    }

    /// Sends the messages and returns the assistant's answer parsed as a JSON value.
    pub async fn chat_json(&self, messages: &[Message]) -> Result<Value, LlmError> {
        let body = ChatRequest {
            model: &self.config.model,
            messages,
            response_format: self
                .config
                .json_mode
                .then(|| serde_json::json!({"type": "json_object"})),
        };
        let body = serde_json::to_vec(&body).map_err(|e| LlmError::Shape(e.to_string()))?;
        let mut req = self
            .http
            .post(self.config.url())
            .header("content-type", "application/json")
            .body(body);
        if let Some(key) = &self.config.api_key {
            req = if self.config.azure {
                req.header("api-key", key)
            } else {
                req.header("authorization", format!("Bearer {key}"))
            };
        }
        let res = req.send().await.map_err(|e| self.error(e))?;
        let status = res.status();
        let bytes = res.bytes().await.map_err(|e| self.error(e))?;
        if !status.is_success() {
            return Err(LlmError::Http {
                status: status.as_u16(),
                detail: snippet(&String::from_utf8_lossy(&bytes)),
            });
        }
        let envelope: Value = serde_json::from_slice(&bytes)
            .map_err(|e| LlmError::NotJson(format!("response body: {e}")))?;
        let content = envelope
            .pointer("/choices/0/message/content")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                LlmError::Shape("no choices[0].message.content in the response".into())
            })?;
        serde_json::from_str(strip_fences(content))
            .map_err(|e| LlmError::NotJson(format!("message content: {e}: {}", snippet(content))))
    }

    /// Sends the messages and reads the answer as a [`QuestionSet`].
    pub async fn questions(&self, messages: &[Message]) -> Result<QuestionSet, LlmError> {
        let value = self.chat_json(messages).await?;
        serde_json::from_value(value).map_err(|e| LlmError::Shape(e.to_string()))
    }

    fn error(&self, e: reqwest::Error) -> LlmError {
        if e.is_timeout() {
            LlmError::Timeout {
                after_ms: self.config.timeout.as_millis(),
            }
        } else {
            LlmError::Network(describe(&e))
        }
    }
}

/// Models without a JSON mode often wrap their JSON in a Markdown code fence.
fn strip_fences(content: &str) -> &str {
    let t = content.trim();
    let Some(rest) = t.strip_prefix("```") else {
        return t;
    };
    let rest = rest.split_once('\n').map_or("", |(_, body)| body);
    rest.trim_end().strip_suffix("```").unwrap_or(rest).trim()
}

/// The start of a text, on one line, for error details.
fn snippet(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(300).collect()
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
    fn code_fences_around_json_are_removed() {
        assert_eq!(strip_fences("```json\n{\"a\": 1}\n```"), "{\"a\": 1}");
        assert_eq!(strip_fences("```\n{}\n```\n"), "{}");
        assert_eq!(strip_fences("  {\"a\": 1} "), "{\"a\": 1}");
    }

    #[test]
    fn snippets_are_short_single_lines() {
        let long = "x\n".repeat(1000);
        let s = snippet(&long);
        assert!(!s.contains('\n') && s.chars().count() <= 300);
    }
}
