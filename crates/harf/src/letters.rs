//! The letters a learner has learned, for other domains (SmartKids' decodable stories).

use kernel::auth::BoxFuture;
use kernel::relations::LetterProgress;
use kernel::{AppResult, AppState};

use crate::progress::card_states;
use crate::store;

/// Harf as the source of learned letters.
pub struct HarfLetters;

impl LetterProgress for HarfLetters {
    fn learned<'a>(
        &'a self,
        state: &'a AppState,
        user_id: i64,
        alphabet: &'a str,
    ) -> BoxFuture<'a, AppResult<Vec<String>>> {
        Box::pin(async move {
            let Some(a) = alphabets::CONTENT.alphabet(alphabet) else {
                return Ok(Vec::new());
            };
            let rows = store::for_alphabet(state.db.pool(), user_id, alphabet).await?;
            let states = card_states(a, &rows);
            Ok(a.cards
                .iter()
                .zip(&states)
                .filter(|(_, s)| s.learned)
                .map(|(c, _)| c.lower.clone())
                .collect())
        })
    }
}
