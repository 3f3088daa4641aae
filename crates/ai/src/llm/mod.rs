//! A client for OpenAI-compatible chat-completions endpoints (OpenAI, Azure OpenAI, Ollama,
//! vLLM), used to generate test questions. Off unless configured; every failure is an
//! [`LlmError`] the caller can explain, never a panic.

pub mod client;
pub mod config;
pub mod questions;

pub use client::LlmClient;
pub use config::LlmConfig;
pub use questions::{Correct, LlmQuestion, QuestionSet};

use serde::Serialize;

/// One chat message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    /// `system`, `user` or `assistant`.
    pub role: &'static str,
    pub content: String,
}

impl Message {
    pub fn system(content: impl Into<String>) -> Self {
        Self {
            role: "system",
            content: content.into(),
        }
    }

    pub fn user(content: impl Into<String>) -> Self {
        Self {
            role: "user",
            content: content.into(),
        }
    }
}

/// Why the endpoint gave no usable answer. `Display` is a one-line detail for logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    /// No complete answer within the configured time.
    #[error("the LLM did not answer within {after_ms} ms")]
    Timeout { after_ms: u128 },
    /// The endpoint could not be reached (DNS, refused connection, TLS).
    #[error("the LLM endpoint is unreachable: {0}")]
    Network(String),
    /// The endpoint answered with an HTTP error status.
    #[error("the LLM endpoint answered HTTP {status}: {detail}")]
    Http { status: u16, detail: String },
    /// The answer (or the message inside it) is not JSON.
    #[error("the LLM answer is not JSON: {0}")]
    NotJson(String),
    /// JSON, but not of the expected shape.
    #[error("the LLM answer has the wrong shape: {0}")]
    Shape(String),
}
