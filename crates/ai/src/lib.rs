//! AI and speech providers behind small traits, each with an offline or disabled mode.
//!
//! Speech: text-to-speech (Azure Speech, else espeak-ng, else the browser's own voice) with a
//! database cache, and speech recognition (Azure Speech only). Domains such as Harf call the
//! HTTP endpoints from their pages; [`speech_router`] serves them.

use std::sync::Arc;

use axum::Router;
use kernel::i18n::{Lang, Resource};
use kernel::AppState;

pub mod llm;
pub mod speech;

pub use speech::config::SpeechConfig;
pub use speech::service::Speech;
pub use speech::{Audio, SpeechError, SpeechLang, SpeechRecognizer, SpeechSynthesizer};

/// `/api/v1/speech/…`, served by the given speech providers.
pub fn speech_router(speech: Arc<Speech>) -> Router<AppState> {
    speech::routes::router(speech)
}

pub const RESOURCES: &[Resource] = &[
    Resource {
        lang: Lang::Uz,
        name: "speech.ftl",
        text: include_str!("../../../locales/uz/speech.ftl"),
    },
    Resource {
        lang: Lang::Ru,
        name: "speech.ftl",
        text: include_str!("../../../locales/ru/speech.ftl"),
    },
    Resource {
        lang: Lang::En,
        name: "speech.ftl",
        text: include_str!("../../../locales/en/speech.ftl"),
    },
];
