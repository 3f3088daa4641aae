//! Tests lent to live games (`kernel::relations::QuizSource`): a teacher hosts a test they may
//! see (their own, their organisation's, or a public one), with its questions in order.

use kernel::auth::{BoxFuture, Principal};
use kernel::relations::{QuizQuestion, QuizSource, QuizTest};
use kernel::{AppError, AppResult, AppState};

use crate::service::{bank, exam_tests};
use crate::store;

pub struct ExamQuizzes;

impl QuizSource for ExamQuizzes {
    fn hostable<'a>(
        &'a self,
        state: &'a AppState,
        who: &'a Principal,
        test_id: i64,
    ) -> BoxFuture<'a, AppResult<Option<QuizTest>>> {
        Box::pin(async move {
            let test = match exam_tests::visible(state, who, test_id).await {
                Ok(test) => test,
                Err(e) if hidden(&e) => return Ok(None),
                Err(e) => return Err(e),
            };
            let rows = store::exam_tests::questions(state.db.pool(), test_id).await?;
            let mut questions = Vec::with_capacity(rows.len());
            for r in rows {
                questions.push(QuizQuestion {
                    question: serde_json::from_str(&r.body).map_err(AppError::internal)?,
                    image_url: match (r.image_id, r.image_token) {
                        (Some(id), Some(token)) => Some(bank::image_url(id, &token)),
                        _ => None,
                    },
                });
            }
            Ok(Some(QuizTest {
                id: test.id,
                title: test.title,
                language: test.language,
                questions,
            }))
        })
    }
}

/// Refusals that mean "not yours to host": the test stays unknown to the caller.
fn hidden(e: &AppError) -> bool {
    matches!(e.status.as_u16(), 403 | 404)
}
