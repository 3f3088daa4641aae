//! What domains need to know about each other's people without reading each other's tables:
//! family ties (for parents' views), coin balances (for the page header) and per-child
//! progress lines (for the parent's dashboard). The owning domains implement these traits;
//! the app wires them into the state.

use crate::auth::{BoxFuture, Principal};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

/// A child as another domain may show them.
#[derive(Clone, Debug)]
pub struct ChildRef {
    pub id: i64,
    pub public_id: String,
    pub name: String,
    pub avatar: String,
}

/// A class (roster) as another domain may show it.
#[derive(Clone, Debug)]
pub struct ClassRef {
    pub id: i64,
    pub name: String,
    pub teacher_id: i64,
    pub teacher_name: String,
}

/// Where a person sits, for rankings that are scoped to a class, an organisation or a region.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    pub id: i64,
    /// The Alif24 ID.
    pub public_id: String,
    /// `student`, `teacher`, … as stored.
    pub role: String,
    pub name: String,
    pub avatar: String,
    pub birth_year: Option<i64>,
    /// The person's own region, else the region of their first organisation with one.
    pub region: Option<String>,
    /// Open classes they are a student of.
    pub classes: Vec<i64>,
    /// Organisations they belong to: as a member, or through a class's organisation.
    pub orgs: Vec<i64>,
}

/// Family ties and class rosters, owned by the accounts domain.
pub trait Directory: Send + Sync + 'static {
    /// The child with this Alif24 ID if it is `parent_id`'s own child.
    fn child_of<'a>(
        &'a self,
        parent_id: i64,
        child_public_id: &'a str,
    ) -> BoxFuture<'a, AppResult<Option<ChildRef>>>;

    /// All of a parent's children.
    fn children_of(&self, parent_id: i64) -> BoxFuture<'_, AppResult<Vec<ChildRef>>>;

    /// The class if `teacher_id` teaches it (archived classes included).
    fn teacher_class(
        &self,
        teacher_id: i64,
        class_id: i64,
    ) -> BoxFuture<'_, AppResult<Option<ClassRef>>>;

    /// Open classes a teacher teaches.
    fn teacher_classes(&self, teacher_id: i64) -> BoxFuture<'_, AppResult<Vec<ClassRef>>>;

    /// Classes a student is in.
    fn student_classes(&self, student_id: i64) -> BoxFuture<'_, AppResult<Vec<ClassRef>>>;

    /// Organisations a user belongs to (any member role).
    fn org_ids(&self, user_id: i64) -> BoxFuture<'_, AppResult<Vec<i64>>>;

    /// The students of a class, by name.
    fn class_students(&self, class_id: i64) -> BoxFuture<'_, AppResult<Vec<ChildRef>>>;

    /// Where each of `ids` sits (unknown ids are left out), in one batch of queries.
    fn placements<'a>(&'a self, ids: &'a [i64]) -> BoxFuture<'a, AppResult<Vec<Placement>>>;

    /// Makes `avatar` (one emoji) the user's avatar everywhere. For avatars another domain
    /// vouches for, such as a shop avatar the child owns; the profile's own choices are the
    /// accounts domain's business.
    fn set_avatar<'a>(
        &'a self,
        user_id: i64,
        avatar: &'a str,
        now: i64,
    ) -> BoxFuture<'a, AppResult<()>>;
}

/// Coin balances, owned by the rewards service.
pub trait Wallet: Send + Sync + 'static {
    fn balance(&self, user_id: i64) -> BoxFuture<'_, AppResult<i64>>;
}

/// A test as a live game plays it: its questions in order, as the question engine stores them.
#[derive(Clone, Debug)]
pub struct QuizTest {
    pub id: i64,
    pub title: String,
    /// The test's language (`uz`, `ru`, `en`): questions are read aloud in it.
    pub language: String,
    pub questions: Vec<QuizQuestion>,
}

#[derive(Clone, Debug)]
pub struct QuizQuestion {
    /// The question engine's `Question` as JSON.
    pub question: serde_json::Value,
    /// Its picture, if any, as a URL the big screen can show.
    pub image_url: Option<String>,
}

/// Tests a teacher may play in a live game, owned by the exams domain.
pub trait QuizSource: Send + Sync + 'static {
    /// The test if `who` may host it (their own, one shared with their organisation, or a
    /// public one), `None` otherwise: a test someone may not see does not exist for them.
    fn hostable<'a>(
        &'a self,
        state: &'a AppState,
        who: &'a Principal,
        test_id: i64,
    ) -> BoxFuture<'a, AppResult<Option<QuizTest>>>;
}

/// One line of a child's progress in some part of the platform.
#[derive(Clone, Debug)]
pub struct ProgressLine {
    pub icon: String,
    /// Already translated.
    pub label: String,
    /// Already translated, e.g. "12 of 30 letters".
    pub detail: String,
    pub percent: Option<u8>,
    /// Where the parent can see more.
    pub href: Option<String>,
}

/// A part of the platform that can summarise a child's progress for their parent.
pub trait ProgressSource: Send + Sync + 'static {
    fn child_progress<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a ChildRef,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<ProgressLine>>>;
}

/// The person a request is about: the caller, or, when `child` names one (an Alif24 ID), the
/// calling parent's own child. Anyone but a parent asking for a child is refused (403); a parent
/// naming a child who is not theirs gets 404, as if the ID did not exist.
pub async fn caller_or_child(
    state: &AppState,
    caller: &crate::auth::Principal,
    child: Option<&str>,
) -> AppResult<ChildRef> {
    match child.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(ChildRef {
            id: caller.id,
            public_id: caller.public_id.clone(),
            name: caller.name.clone(),
            avatar: caller.avatar.clone(),
        }),
        Some(c) => {
            caller.require(&[crate::auth::Role::Parent])?;
            state
                .directory
                .child_of(caller.id, c)
                .await?
                .ok_or_else(crate::AppError::not_found)
        }
    }
}

/// The letters a learner has learned, owned by Harf: SmartKids writes decodable stories from
/// them.
pub trait LetterProgress: Send + Sync + 'static {
    /// The letters of `alphabet` (`uz`, `ru`, `en`) that `user_id` has learned, in lower case as
    /// the alphabet writes them, in the alphabet's order.
    fn learned<'a>(
        &'a self,
        state: &'a AppState,
        user_id: i64,
        alphabet: &'a str,
    ) -> BoxFuture<'a, AppResult<Vec<String>>>;
}
