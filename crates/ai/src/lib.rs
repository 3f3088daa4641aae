//! AI and speech providers behind small traits, each with an offline or disabled mode.
//!
//! Speech: text-to-speech (Azure Speech, else espeak-ng, else the browser's own voice) with a
//! database cache, and speech recognition (Azure Speech only). Domains such as Harf call the
//! HTTP endpoints from their pages; [`speech_module`] serves them.

use std::sync::Arc;

use kernel::i18n::Resource;
use kernel::module::Module;
use kernel::routes::Routes;

pub mod llm;
pub mod speech;

pub use speech::config::SpeechConfig;
pub use speech::service::Speech;
pub use speech::{Audio, SpeechError, SpeechLang, SpeechRecognizer, SpeechSynthesizer};

/// Speech as the app mounts it: `/api/v1/speech/…`, served by the given providers.
pub fn speech_module(speech: Arc<Speech>) -> Module {
    Module {
        resources: RESOURCES,
        openapi: &[include_str!("../openapi/speech.json")],
        ..Module::new("speech", move |app| {
            Routes::default().api(speech::routes::router(app, speech))
        })
    }
}

pub const RESOURCES: &[Resource] = kernel::ftl!("speech.ftl", "speech-voice.ftl");
