//! Exam tests (the tests teachers build): made from a teacher's bank, with settings; shared
//! with the organisation or, after a moderator's approval, with everyone; copied, exported.

use kernel::auth::{AccountStatus, Principal, Role};
use kernel::error::{FieldError, Problems};
use kernel::i18n::Lang;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::service::{own, require_teacher};
use crate::store::exam_tests::{self as store, TestFields, TestRow};
use crate::store::questions;
use ::questions::model::question::Question;
use ::questions::model::settings::{Reveal, Settings};
use ::questions::subjects::{parse_grade, parse_subject};

#[derive(Clone, Debug, Default, Deserialize)]
pub struct TestInput {
    pub title: Option<String>,
    pub subject: Option<String>,
    pub grade: Option<i64>,
    pub language: Option<String>,
    pub time_limit_min: Option<i64>,
    pub max_attempts: Option<i64>,
    pub shuffle_questions: Option<bool>,
    pub shuffle_options: Option<bool>,
    pub pass_percent: Option<i64>,
    pub show_score: Option<String>,
    pub show_answers: Option<String>,
}

/// A test with its questions, as its owner (or someone it is shared with) sees it.
#[derive(Clone, Debug, Serialize)]
pub struct TestView {
    pub id: i64,
    pub owner_id: i64,
    pub title: String,
    pub subject: String,
    pub grade: i64,
    pub language: String,
    pub settings: Settings,
    pub visibility: String,
    pub mine: bool,
    /// Assigned tests are frozen: their questions cannot change.
    pub assigned: bool,
    pub questions: Vec<TestQuestion>,
    pub max_score: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct TestQuestion {
    pub id: i64,
    pub points: i64,
    pub image_id: Option<i64>,
    pub question: Question,
}

struct Valid {
    title: String,
    subject: String,
    grade: i64,
    language: String,
    settings: Settings,
}

/// Reads the input; settings left out take their value from `base` (the defaults for a new
/// test, the stored settings for an existing one). A time limit of 0 means untimed.
fn validate(input: &TestInput, base: &Settings) -> AppResult<Valid> {
    let mut p = Problems::default();
    let title = p.take(parse_title(input.title.as_deref()));
    let subject = p.take(parse_subject(input.subject.as_deref()));
    let grade = p.take(parse_grade(input.grade));
    let language = p.take(
        input
            .language
            .as_deref()
            .and_then(Lang::parse)
            .map(|l| l.code().to_string())
            .ok_or_else(|| FieldError::new("language", "field-invalid")),
    );
    let time_limit_min = p.take(match input.time_limit_min {
        None => Ok(base.time_limit_min),
        Some(0) => Ok(None),
        Some(m @ 1..=300) => Ok(Some(m)),
        Some(_) => Err(FieldError::new("time_limit_min", "exams-field-time-limit")),
    });
    let max_attempts = p.take(match input.max_attempts.unwrap_or(base.max_attempts) {
        n @ 1..=10 => Ok(n),
        _ => Err(FieldError::new("max_attempts", "exams-field-attempts")),
    });
    let pass_percent = p.take(match input.pass_percent.unwrap_or(base.pass_percent) {
        p @ 0..=100 => Ok(p),
        _ => Err(FieldError::new("pass_percent", "exams-field-percent")),
    });
    let reveal = |field: &'static str, v: &Option<String>, default: Reveal| match v.as_deref() {
        None | Some("") => Ok(default),
        Some(s) => Reveal::parse(s).ok_or_else(|| FieldError::new(field, "field-invalid")),
    };
    let show_score = p.take(reveal("show_score", &input.show_score, base.show_score));
    let show_answers = p.take(reveal(
        "show_answers",
        &input.show_answers,
        base.show_answers,
    ));
    p.finish()?;
    Ok(Valid {
        title: title.expect("checked"),
        subject: subject.expect("checked"),
        grade: grade.expect("checked"),
        language: language.expect("checked"),
        settings: Settings {
            time_limit_min: time_limit_min.expect("checked"),
            max_attempts: max_attempts.expect("checked"),
            shuffle_questions: input.shuffle_questions.unwrap_or(base.shuffle_questions),
            shuffle_options: input.shuffle_options.unwrap_or(base.shuffle_options),
            pass_percent: pass_percent.expect("checked"),
            show_score: show_score.expect("checked"),
            show_answers: show_answers.expect("checked"),
        },
    })
}

fn parse_title(raw: Option<&str>) -> Result<String, FieldError> {
    let title = kernel::text::clean_line(raw.unwrap_or(""));
    match title.chars().count() {
        0 => Err(FieldError::new("title", "field-required")),
        n if n > 200 => Err(FieldError::new("title", "field-too-long").arg("max", 200)),
        _ => Ok(title),
    }
}

/// Inserts a test from validated input inside `tx`.
async fn insert_test(tx: &mut kernel::db::Tx, owner: i64, v: &Valid, now: i64) -> AppResult<i64> {
    let settings = serde_json::to_string(&v.settings).map_err(AppError::internal)?;
    let fields = TestFields {
        title: &v.title,
        subject: &v.subject,
        grade: v.grade,
        language: &v.language,
        settings: &settings,
    };
    Ok(store::insert(&mut **tx, owner, &fields, now).await?)
}

pub async fn create(state: &AppState, who: &Principal, input: &TestInput) -> AppResult<TestView> {
    require_teacher(who)?;
    let v = validate(input, &Settings::default())?;
    let mut tx = state.db.begin().await?;
    let id = insert_test(&mut tx, who.id, &v, state.now_ms()).await?;
    tx.commit().await?;
    view(state, who, id).await
}

pub async fn update(
    state: &AppState,
    who: &Principal,
    id: i64,
    input: &TestInput,
) -> AppResult<TestView> {
    require_teacher(who)?;
    let row = owned(state, who, id).await?;
    let stored: Settings = serde_json::from_str(&row.settings).map_err(AppError::internal)?;
    let v = validate(input, &stored)?;
    let settings = serde_json::to_string(&v.settings).map_err(AppError::internal)?;
    let fields = TestFields {
        title: &v.title,
        subject: &v.subject,
        grade: v.grade,
        language: &v.language,
        settings: &settings,
    };
    let mut tx = state.db.begin().await?;
    if store::is_assigned(&mut *tx, id).await? {
        if let Some(field) = frozen_change(&stored, &v.settings) {
            return Err(AppError::conflict("exams_test_settings_frozen")
                .with_fields(vec![FieldError::new(field, "exams-field-setting-frozen")]));
        }
    }
    store::update(&mut *tx, row.id, &fields, state.now_ms()).await?;
    tx.commit().await?;
    view(state, who, id).await
}

/// The first setting that decides how an assigned test is taken or graded and would change:
/// those stay as they were when the test was first assigned, so every attempt at it is taken
/// under the same rules. What students are shown afterwards (`show_score`, `show_answers`),
/// the title, subject, grade and language may still change.
fn frozen_change(old: &Settings, new: &Settings) -> Option<&'static str> {
    [
        ("time_limit_min", old.time_limit_min != new.time_limit_min),
        ("max_attempts", old.max_attempts != new.max_attempts),
        (
            "shuffle_questions",
            old.shuffle_questions != new.shuffle_questions,
        ),
        (
            "shuffle_options",
            old.shuffle_options != new.shuffle_options,
        ),
        ("pass_percent", old.pass_percent != new.pass_percent),
    ]
    .into_iter()
    .find_map(|(field, changed)| changed.then_some(field))
}

/// The test if the caller owns it (404 otherwise).
pub async fn owned(state: &AppState, who: &Principal, id: i64) -> AppResult<TestRow> {
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    own(who, row.owner_id)?;
    Ok(row)
}

/// The test if the caller may see it: owner, a member of the organisation it is shared with,
/// anyone for public tests, and staff for tests waiting for approval. Tests carry their answer
/// keys, so only teachers and staff read them: never students or parents, and someone else's
/// test only once the account is approved (a pending teacher gets 404, as if it did not exist).
pub async fn visible(state: &AppState, who: &Principal, id: i64) -> AppResult<TestRow> {
    who.require(&[Role::Teacher, Role::Moderator, Role::Admin])?;
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if row.owner_id == who.id {
        return Ok(row);
    }
    if who.status != AccountStatus::Active {
        return Err(AppError::not_found());
    }
    let ok = row.visibility == "public"
        || (row.visibility == "public_pending" && who.role.is_staff())
        || (row.visibility == "org"
            && row.org_id.is_some_and(|o| o > 0)
            && state
                .directory
                .org_ids(who.id)
                .await?
                .contains(&row.org_id.unwrap_or(0)));
    if ok {
        Ok(row)
    } else {
        Err(AppError::not_found())
    }
}

pub async fn view(state: &AppState, who: &Principal, id: i64) -> AppResult<TestView> {
    let row = visible(state, who, id).await?;
    let rows = store::questions(state.db.pool(), id).await?;
    let mut qs = Vec::with_capacity(rows.len());
    for r in &rows {
        qs.push(TestQuestion {
            id: r.question_id,
            points: r.points,
            image_id: r.image_id,
            question: serde_json::from_str(&r.body).map_err(AppError::internal)?,
        });
    }
    Ok(TestView {
        id: row.id,
        owner_id: row.owner_id,
        title: row.title,
        subject: row.subject,
        grade: row.grade,
        language: row.language,
        settings: serde_json::from_str(&row.settings).map_err(AppError::internal)?,
        visibility: row.visibility,
        mine: row.owner_id == who.id,
        assigned: store::is_assigned(state.db.pool(), id).await?,
        max_score: qs.iter().map(|q| q.points).sum(),
        questions: qs,
    })
}

pub async fn list(state: &AppState, who: &Principal) -> AppResult<Vec<TestRow>> {
    require_teacher(who)?;
    let orgs = state.directory.org_ids(who.id).await?;
    Ok(store::list_visible(state.db.pool(), who.id, &orgs).await?)
}

/// Adds questions from the caller's bank; points 1–100 (default 1).
pub async fn add_questions(
    state: &AppState,
    who: &Principal,
    id: i64,
    question_ids: &[i64],
    points: Option<i64>,
) -> AppResult<TestView> {
    require_teacher(who)?;
    owned(state, who, id).await?;
    let points = match points.unwrap_or(1) {
        p @ 1..=100 => p,
        _ => return Err(AppError::field("points", "exams-field-points")),
    };
    if question_ids.is_empty() || question_ids.len() > 200 {
        return Err(AppError::field("question_ids", "field-invalid"));
    }
    let mut tx = state.db.begin().await?;
    if store::is_assigned(&mut *tx, id).await? {
        return Err(AppError::conflict("exams_test_assigned"));
    }
    let mut position = store::next_position(&mut *tx, id).await?;
    for qid in question_ids {
        let q = questions::find(&mut *tx, *qid)
            .await?
            .filter(|q| q.owner_id == who.id && q.status == "ready");
        if q.is_none() {
            return Err(AppError::field(
                "question_ids",
                "exams-field-question-unknown",
            ));
        }
        store::add_question(&mut *tx, id, *qid, position, points).await?;
        position += 1;
    }
    tx.commit().await?;
    view(state, who, id).await
}

pub async fn remove_question(
    state: &AppState,
    who: &Principal,
    id: i64,
    question_id: i64,
) -> AppResult<TestView> {
    require_teacher(who)?;
    owned(state, who, id).await?;
    let mut tx = state.db.begin().await?;
    if store::is_assigned(&mut *tx, id).await? {
        return Err(AppError::conflict("exams_test_assigned"));
    }
    if !store::remove_question(&mut *tx, id, question_id).await? {
        return Err(AppError::not_found());
    }
    tx.commit().await?;
    view(state, who, id).await
}

pub async fn delete(state: &AppState, who: &Principal, id: i64) -> AppResult<()> {
    require_teacher(who)?;
    owned(state, who, id).await?;
    let mut tx = state.db.begin().await?;
    if store::is_assigned(&mut *tx, id).await? {
        return Err(AppError::conflict("exams_test_assigned"));
    }
    store::delete_questions(&mut *tx, id).await?;
    store::delete(&mut *tx, id).await?;
    tx.commit().await?;
    Ok(())
}

/// Shares a test: `private`, `org` (with one of the caller's organisations) or `public`
/// (waits as `public_pending` until a moderator approves it).
pub async fn set_visibility(
    state: &AppState,
    who: &Principal,
    id: i64,
    visibility: &str,
    org_id: Option<i64>,
) -> AppResult<TestView> {
    require_teacher(who)?;
    owned(state, who, id).await?;
    let (visibility, org) = match visibility {
        "private" => ("private", None),
        "public" => ("public_pending", None),
        "org" => {
            let orgs = state.directory.org_ids(who.id).await?;
            let org = match org_id {
                Some(o) if orgs.contains(&o) => o,
                None if orgs.len() == 1 => orgs[0],
                _ => return Err(AppError::field("org_id", "exams-field-org")),
            };
            ("org", Some(org))
        }
        _ => return Err(AppError::field("visibility", "field-invalid")),
    };
    store::set_visibility(state.db.pool(), id, visibility, org, state.now_ms()).await?;
    view(state, who, id).await
}

/// A moderator's decision on a test waiting to be public.
pub async fn moderate(state: &AppState, who: &Principal, id: i64, approve: bool) -> AppResult<()> {
    who.require_active(&[Role::Moderator, Role::Admin])?;
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if row.visibility != "public_pending" {
        return Err(AppError::conflict("exams_not_pending"));
    }
    let to = if approve { "public" } else { "private" };
    store::set_visibility(state.db.pool(), id, to, None, state.now_ms()).await?;
    tracing::info!(
        test.id = id,
        moderator.id = who.id,
        approved = approve,
        "public test moderated"
    );
    Ok(())
}

pub async fn pending_public(state: &AppState, who: &Principal) -> AppResult<Vec<TestRow>> {
    who.require_active(&[Role::Moderator, Role::Admin])?;
    Ok(store::list_by_visibility(state.db.pool(), "public_pending").await?)
}

/// Copies a test the caller can see into their own bank, questions included.
pub async fn copy(state: &AppState, who: &Principal, id: i64) -> AppResult<TestView> {
    require_teacher(who)?;
    let row = visible(state, who, id).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let fields = TestFields {
        title: &row.title,
        subject: &row.subject,
        grade: row.grade,
        language: &row.language,
        settings: &row.settings,
    };
    let new_id = store::insert(&mut *tx, who.id, &fields, now).await?;
    for q in store::questions(&mut *tx, id).await? {
        let src = questions::find(&mut *tx, q.question_id)
            .await?
            .ok_or_else(AppError::not_found)?;
        let f = questions::QuestionFields {
            subject: &src.subject,
            grade: src.grade,
            topic: &src.topic,
            language: &src.language,
            difficulty: src.difficulty,
            kind: &src.kind,
            body: &src.body,
            image_id: src.image_id,
            status: "ready",
        };
        let qid = questions::insert(&mut *tx, who.id, &f, now).await?;
        store::add_question(&mut *tx, new_id, qid, q.position, q.points).await?;
    }
    tx.commit().await?;
    view(state, who, new_id).await
}

/// Creates a test with freshly imported or accepted questions, all in one transaction.
pub async fn create_with_questions(
    state: &AppState,
    who: &Principal,
    input: &TestInput,
    questions_in: &[Question],
    topic: &str,
) -> AppResult<i64> {
    require_teacher(who)?;
    let v = validate(input, &Settings::default())?;
    let topic = kernel::text::clean_line(topic);
    if topic.chars().count() > 100 {
        return Err(AppError::field("topic", "field-too-long").arg("max", 100));
    }
    let topic = topic.as_str();
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let test_id = insert_test(&mut tx, who.id, &v, now).await?;
    for (i, q) in questions_in.iter().enumerate() {
        ::questions::check::check(q).map_err(|p| {
            AppError::field("questions", crate::service::bank::problem_key(p)).arg("n", i + 1)
        })?;
        let body = serde_json::to_string(q).map_err(AppError::internal)?;
        let f = questions::QuestionFields {
            subject: &v.subject,
            grade: v.grade,
            topic,
            language: &v.language,
            difficulty: 2,
            kind: q.body.kind(),
            body: &body,
            image_id: None,
            status: "ready",
        };
        let qid = questions::insert(&mut *tx, who.id, &f, now).await?;
        store::add_question(&mut *tx, test_id, qid, i as i64 + 1, 1).await?;
    }
    tx.commit().await?;
    Ok(test_id)
}
