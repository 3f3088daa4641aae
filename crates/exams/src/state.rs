//! What the exams routes hold: the platform's state and the outside services exams uses, as
//! typed values (a missing wire is a compile error, not a 503 at run time).

use std::sync::Arc;

use ai::llm::LlmClient;
use axum::extract::FromRef;
use kernel::AppState;

#[derive(Clone)]
pub struct ExamsState {
    pub app: AppState,
    /// The LLM question generator, when an endpoint is configured.
    pub llm: Option<Arc<LlmClient>>,
}

impl FromRef<ExamsState> for AppState {
    fn from_ref(s: &ExamsState) -> AppState {
        s.app.clone()
    }
}
