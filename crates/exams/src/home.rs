//! Exams' tile on a child's home page: the test a teacher assigned, on top and big while it is
//! open and not finished; otherwise a calm "Tests" tile.

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::home::{HomeTile, HomeTiles};
use kernel::i18n::Tr;
use kernel::{AppResult, AppState};

use crate::service::assign::{self, AssignmentView};

/// The exams domain as a source of home tiles.
pub struct ExamsHome;

impl HomeTiles for ExamsHome {
    fn tiles<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a Principal,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<HomeTile>>> {
        Box::pin(async move {
            if child.role != Role::Student {
                return Ok(Vec::new());
            }
            let list = assign::list(state, child, None).await?;
            Ok(vec![tile(list, tr)])
        })
    }
}

/// Waiting for the child: open, and either in progress or not handed in yet with an attempt
/// left.
fn waiting(a: &AssignmentView) -> bool {
    let Some(m) = &a.mine else { return false };
    a.status == "open"
        && (m.in_progress.is_some()
            || (m.last_attempt.is_none() && m.attempts_used < a.max_attempts))
}

/// The tile: the open test due soonest (one already started first), or the tests page.
pub fn tile(list: Vec<AssignmentView>, tr: &Tr) -> HomeTile {
    let due = list.into_iter().filter(waiting).min_by_key(|a| {
        (
            a.mine.as_ref().and_then(|m| m.in_progress).is_none(),
            a.due_at,
        )
    });
    match due {
        Some(a) => {
            let title = a.title.clone();
            let started = a.mine.as_ref().and_then(|m| m.in_progress);
            HomeTile {
                kind: "assigned-test",
                picture: "📝".into(),
                label: tr.ta("exams-child-tile-assigned", &[("title", title.clone())]),
                detail: Some(tr.t(if started.is_some() {
                    "exams-child-tile-continue"
                } else {
                    "exams-child-tile-start"
                })),
                say: tr.ta("exams-child-tile-assigned-say", &[("title", title)]),
                href: match started {
                    Some(id) => format!("/exams/attempts/{id}"),
                    None => format!("/exams#assignment-{}", a.id),
                },
                order: 0,
                urgent: true,
            }
        }
        None => HomeTile {
            kind: "tests",
            picture: "📝".into(),
            label: tr.t("exams-child-tile-tests"),
            detail: None,
            say: tr.t("exams-child-tile-tests-say"),
            href: "/exams".into(),
            order: 60,
            urgent: false,
        },
    }
}
