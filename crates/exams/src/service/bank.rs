//! A teacher's question bank: questions with subject, grade, topic, language and difficulty.

use kernel::auth::Principal;
use kernel::error::{FieldError, Problems};
use kernel::i18n::Lang;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::service::{own, require_teacher};
use crate::store::questions::{self, BankFilter, QuestionFields, QuestionRow};
use ::questions::check::check;
use ::questions::model::question::Question;
use ::questions::subjects::{parse_grade, parse_subject};

/// A question with its catalogue data, as the API takes it.
#[derive(Clone, Debug, Deserialize)]
pub struct QuestionInput {
    pub subject: Option<String>,
    pub grade: Option<i64>,
    pub topic: Option<String>,
    pub language: Option<String>,
    pub difficulty: Option<i64>,
    pub question: Option<Question>,
    pub image_id: Option<i64>,
    /// `ready` (default) or `draft` (generated, not yet reviewed).
    pub status: Option<String>,
}

/// A question as the API shows it to its owner.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionView {
    pub id: i64,
    pub subject: String,
    pub grade: i64,
    pub topic: String,
    pub language: String,
    pub difficulty: i64,
    pub status: String,
    pub image_id: Option<i64>,
    pub question: Question,
    pub updated_at: i64,
}

impl TryFrom<&QuestionRow> for QuestionView {
    type Error = AppError;
    fn try_from(r: &QuestionRow) -> AppResult<Self> {
        Ok(Self {
            id: r.id,
            subject: r.subject.clone(),
            grade: r.grade,
            topic: r.topic.clone(),
            language: r.language.clone(),
            difficulty: r.difficulty,
            status: r.status.clone(),
            image_id: r.image_id,
            question: serde_json::from_str(&r.body).map_err(AppError::internal)?,
            updated_at: r.updated_at,
        })
    }
}

/// Validated fields of a question.
pub struct Valid {
    pub subject: String,
    pub grade: i64,
    pub topic: String,
    pub language: String,
    pub difficulty: i64,
    pub question: Question,
    pub body: String,
    pub image_id: Option<i64>,
    pub status: String,
}

impl Valid {
    pub fn fields(&self) -> QuestionFields<'_> {
        QuestionFields {
            subject: &self.subject,
            grade: self.grade,
            topic: &self.topic,
            language: &self.language,
            difficulty: self.difficulty,
            kind: self.question.body.kind(),
            body: &self.body,
            image_id: self.image_id,
            status: &self.status,
        }
    }
}

pub fn validate(input: &QuestionInput) -> AppResult<Valid> {
    let mut p = Problems::default();
    let subject = p.take(parse_subject(input.subject.as_deref()));
    let grade = p.take(parse_grade(input.grade));
    let topic = kernel::text::clean_line(input.topic.as_deref().unwrap_or(""));
    let topic = p.take(if topic.chars().count() > 100 {
        Err(FieldError::new("topic", "field-too-long").arg("max", 100))
    } else {
        Ok(topic)
    });
    let language = p.take(match input.language.as_deref().and_then(Lang::parse) {
        Some(l) => Ok(l.code().to_string()),
        None => Err(FieldError::new("language", "field-invalid")),
    });
    let difficulty = p.take(match input.difficulty.unwrap_or(2) {
        d @ 1..=3 => Ok(d),
        _ => Err(FieldError::new("difficulty", "field-invalid")),
    });
    let status = p.take(match input.status.as_deref().unwrap_or("ready") {
        s @ ("ready" | "draft") => Ok(s.to_string()),
        _ => Err(FieldError::new("status", "field-invalid")),
    });
    let question = p.take(match &input.question {
        None => Err(FieldError::new("question", "field-required")),
        Some(q) => check(q)
            .map(|_| q.clone())
            .map_err(|p| FieldError::new("question", problem_key(p))),
    });
    p.finish()?;
    let question = question.expect("checked");
    Ok(Valid {
        subject: subject.expect("checked"),
        grade: grade.expect("checked"),
        topic: topic.expect("checked"),
        language: language.expect("checked"),
        difficulty: difficulty.expect("checked"),
        body: serde_json::to_string(&question).map_err(AppError::internal)?,
        question,
        image_id: input.image_id,
        status: status.expect("checked"),
    })
}

/// The Fluent key of a check problem (static, as field errors need).
pub fn problem_key(p: ::questions::check::Problem) -> &'static str {
    use ::questions::check::Problem::*;
    match p {
        EmptyPrompt => "exams-problem-empty-prompt",
        PromptTooLong => "exams-problem-prompt-too-long",
        TooFewOptions => "exams-problem-too-few-options",
        TooManyOptions => "exams-problem-too-many-options",
        EmptyOption => "exams-problem-empty-option",
        OptionTooLong => "exams-problem-option-too-long",
        DuplicateOptions => "exams-problem-duplicate-options",
        KeyOutOfRange => "exams-problem-key-out-of-range",
        NoKey => "exams-problem-no-key",
        AllKeys => "exams-problem-all-keys",
        NoAcceptedAnswer => "exams-problem-no-accepted-answer",
        BadNumber => "exams-problem-bad-number",
        TooFewItems => "exams-problem-too-few-items",
        BlanksMismatch => "exams-problem-blanks-mismatch",
    }
}

/// Checks that an image exists and belongs to the caller.
async fn check_image(state: &AppState, who: &Principal, image_id: Option<i64>) -> AppResult<()> {
    if let Some(id) = image_id {
        match questions::find_image(state.db.pool(), id).await? {
            Some(img) if img.owner_id == who.id => {}
            _ => return Err(AppError::field("image_id", "field-invalid")),
        }
    }
    Ok(())
}

pub async fn create(
    state: &AppState,
    who: &Principal,
    input: &QuestionInput,
) -> AppResult<QuestionView> {
    require_teacher(who)?;
    let v = validate(input)?;
    check_image(state, who, v.image_id).await?;
    let id = questions::insert(state.db.pool(), who.id, &v.fields(), state.now_ms()).await?;
    get(state, who, id).await
}

pub async fn get(state: &AppState, who: &Principal, id: i64) -> AppResult<QuestionView> {
    let row = questions::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    own(who, row.owner_id)?;
    QuestionView::try_from(&row)
}

pub async fn update(
    state: &AppState,
    who: &Principal,
    id: i64,
    input: &QuestionInput,
) -> AppResult<QuestionView> {
    require_teacher(who)?;
    let v = validate(input)?;
    let row = questions::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    own(who, row.owner_id)?;
    check_image(state, who, v.image_id).await?;
    let mut tx = state.db.begin().await?;
    if questions::is_assigned(&mut *tx, id).await? {
        return Err(AppError::conflict("exams_question_in_use"));
    }
    questions::update(&mut *tx, id, &v.fields(), state.now_ms()).await?;
    tx.commit().await?;
    get(state, who, id).await
}

pub async fn delete(state: &AppState, who: &Principal, id: i64) -> AppResult<()> {
    require_teacher(who)?;
    let row = questions::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    own(who, row.owner_id)?;
    if !questions::delete_unused(state.db.pool(), id).await? {
        return Err(AppError::conflict("exams_question_in_use"));
    }
    Ok(())
}

pub async fn list(
    state: &AppState,
    who: &Principal,
    filter: &BankFilter,
) -> AppResult<Vec<QuestionView>> {
    require_teacher(who)?;
    questions::list_owned(state.db.pool(), who.id, filter, 500)
        .await?
        .iter()
        .map(QuestionView::try_from)
        .collect()
}

/// Largest picture a question may carry.
pub const IMAGE_MAX_BYTES: usize = 512 * 1024;

/// The image type from the file's first bytes; the declared type is not trusted.
pub fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else {
        None
    }
}

/// Stores a question picture; returns its id and its URL.
pub async fn upload_image(
    state: &AppState,
    who: &Principal,
    bytes: &[u8],
) -> AppResult<(i64, String)> {
    require_teacher(who)?;
    if bytes.len() > IMAGE_MAX_BYTES {
        return Err(AppError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            "exams_image_too_big",
        )
        .arg("kb", IMAGE_MAX_BYTES / 1024));
    }
    let mime =
        sniff_image(bytes).ok_or_else(|| AppError::field("image", "exams-field-image-type"))?;
    let token = kernel::ids::token()[..24].to_string();
    let id = questions::insert_image(state.db.pool(), who.id, &token, mime, bytes, state.now_ms())
        .await?;
    Ok((id, image_url(id, &token)))
}

/// Where a picture is served; the token makes the address unguessable.
pub fn image_url(id: i64, token: &str) -> String {
    format!("/exams/images/{id}/{token}")
}

/// A picture by its address, for anyone holding it.
pub async fn image(state: &AppState, id: i64, token: &str) -> AppResult<(String, Vec<u8>)> {
    match questions::find_image(state.db.pool(), id).await? {
        Some(img) if img.token == token => Ok((img.mime, img.bytes)),
        _ => Err(AppError::not_found()),
    }
}
