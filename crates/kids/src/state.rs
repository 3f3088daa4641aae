//! What SmartKids' and MathKids' routes hold.

use std::sync::Arc;

use ai::llm::LlmClient;
use axum::extract::FromRef;
use kernel::relations::LetterProgress;
use kernel::AppState;

use crate::create::Helpers;
use crate::stories::LibraryReady;

#[derive(Clone)]
pub struct KidsState {
    pub app: AppState,
    /// The LLM, when an endpoint is configured.
    pub llm: Option<Arc<LlmClient>>,
    /// Harf's learned letters, for decodable stories.
    pub letters: Arc<dyn LetterProgress>,
    pub library: LibraryReady,
    /// Reading photographed problems, when tesseract is installed.
    pub photo: crate::photo::PhotoReader,
    /// The speech providers: recognising a child reading aloud, when a recogniser is
    /// configured.
    pub speech: Arc<ai::Speech>,
}

impl KidsState {
    pub fn helpers(&self) -> Helpers<'_> {
        Helpers {
            llm: self.llm.as_deref(),
            letters: &self.letters,
        }
    }
}

impl FromRef<KidsState> for AppState {
    fn from_ref(s: &KidsState) -> AppState {
        s.app.clone()
    }
}
