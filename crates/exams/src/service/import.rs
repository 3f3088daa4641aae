//! Bringing questions in: importing a teacher's file into a new test, and generating drafts.

use ai::llm::LlmClient;
use kernel::auth::Principal;
use kernel::error::{FieldError, Problems};
use kernel::i18n::{Lang, Tr};
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::service::exam_tests::{self, TestInput};
use crate::service::require_teacher;
use questions::formats::{self, Format};
use questions::generate;
use questions::model::question::Question;

/// Largest file accepted, in characters.
pub const IMPORT_MAX_CHARS: usize = 1_000_000;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ImportInput {
    pub format: Option<String>,
    pub title: Option<String>,
    pub text: Option<String>,
    pub subject: Option<String>,
    pub grade: Option<i64>,
    pub language: Option<String>,
    /// Import the questions that can be used and list the others instead of refusing the file.
    pub skip_unsupported: Option<bool>,
}

/// A question left out of an import: the line it starts on, why, and the reason in words.
#[derive(Clone, Debug, Serialize)]
pub struct Skipped {
    pub line: usize,
    pub code: &'static str,
    pub reason: String,
}

/// What importing a file would give, without saving anything.
#[derive(Clone, Debug, Serialize)]
pub struct ImportPreview {
    pub question_count: usize,
    pub skipped: Vec<Skipped>,
}

/// A test made from a file.
#[derive(Clone, Debug, Serialize)]
pub struct Imported {
    pub test_id: i64,
    pub question_count: usize,
    /// Left out with `skip_unsupported`; empty otherwise.
    pub skipped: Vec<Skipped>,
}

/// Checks the form and reads the file: whole, or (with `skip`) without the questions that
/// cannot be used. A file that cannot be read is a 422 whose `fields.line` holds the first bad
/// line.
fn read(input: &ImportInput, skip: bool) -> AppResult<formats::Imported> {
    let mut p = Problems::default();
    let format = p.take(match input.format.as_deref() {
        None | Some("") => Err(FieldError::new("format", "field-required")),
        Some(f) => Format::parse(f).ok_or_else(|| FieldError::new("format", "field-invalid")),
    });
    let text = input.text.as_deref().unwrap_or("");
    if text.trim().is_empty() {
        p.push(FieldError::new("text", "field-required"));
    } else if text.chars().count() > IMPORT_MAX_CHARS {
        p.push(FieldError::new("text", "field-too-long").arg("max", IMPORT_MAX_CHARS));
    }
    p.finish()?;
    let format = format.expect("checked");
    let read = if skip {
        formats::import_skipping(format, text)
    } else {
        formats::import(format, text).map(|questions| formats::Imported {
            questions,
            skipped: Vec::new(),
        })
    };
    read.map_err(|e| {
        AppError::new(StatusCode::UNPROCESSABLE_ENTITY, "exams_import_failed")
            .arg("line", e.line)
            .with_fields(vec![
                FieldError::new("line", "exams-import-line").arg("line", e.line),
                FieldError {
                    field: "text".into(),
                    key: e.message_key().into(),
                    args: e.args.clone(),
                },
            ])
    })
}

fn skipped(read: &formats::Imported, tr: &Tr) -> Vec<Skipped> {
    read.skipped
        .iter()
        .map(|e| Skipped {
            line: e.line,
            code: e.code,
            reason: tr.ta(e.message_key(), &e.args),
        })
        .collect()
}

/// What the file would give: the questions that can be used and the ones that would be left
/// out with `skip_unsupported`. Nothing is saved.
pub fn preview(who: &Principal, input: &ImportInput, tr: &Tr) -> AppResult<ImportPreview> {
    require_teacher(who)?;
    let read = read(input, true)?;
    Ok(ImportPreview {
        question_count: read.questions.len(),
        skipped: skipped(&read, tr),
    })
}

/// Imports a file into a new test in one transaction: the whole file, or with
/// `skip_unsupported` the questions that can be used.
pub async fn import(
    state: &AppState,
    who: &Principal,
    input: &ImportInput,
    tr: &Tr,
) -> AppResult<Imported> {
    require_teacher(who)?;
    let read = read(input, input.skip_unsupported.unwrap_or(false))?;
    let test = TestInput {
        title: input.title.clone(),
        subject: input.subject.clone().or_else(|| Some("other".into())),
        grade: input.grade.or(Some(1)),
        language: input.language.clone().or_else(|| Some("uz".into())),
        ..TestInput::default()
    };
    let id = exam_tests::create_with_questions(state, who, &test, &read.questions, "").await?;
    tracing::info!(
        test.id = id,
        questions = read.questions.len(),
        skipped = read.skipped.len(),
        "test imported"
    );
    Ok(Imported {
        test_id: id,
        question_count: read.questions.len(),
        skipped: skipped(&read, tr),
    })
}

use axum::http::StatusCode;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GenerateInput {
    pub generator: Option<String>,
    pub grade: Option<i64>,
    pub topic: Option<String>,
    pub count: Option<usize>,
    pub language: Option<String>,
    /// For the LLM generator: a text to build questions from.
    pub text: Option<String>,
}

/// A generated question waiting for the teacher's review.
#[derive(Clone, Debug, Serialize)]
pub struct DraftView {
    pub subject: String,
    pub topic: String,
    pub grade: i64,
    pub language: String,
    pub difficulty: i64,
    pub question: Question,
}

/// Generates drafts; nothing is saved until the teacher accepts them.
pub async fn generate(
    llm: Option<&LlmClient>,
    who: &Principal,
    input: &GenerateInput,
) -> AppResult<Vec<DraftView>> {
    require_teacher(who)?;
    let mut p = Problems::default();
    let generator = p.take(match input.generator.as_deref() {
        None | Some("") => Err(FieldError::new("generator", "field-required")),
        Some(g) => generate::Generator::parse(g)
            .ok_or_else(|| FieldError::new("generator", "field-invalid")),
    });
    let grade = p.take(questions::subjects::parse_grade(input.grade));
    let count = p.take(match input.count.unwrap_or(10) {
        n @ 1..=50 => Ok(n),
        _ => Err(FieldError::new("count", "exams-field-count")),
    });
    let language = p.take(match input.language.as_deref() {
        None | Some("") => Ok(Lang::Uz),
        Some(l) => Lang::parse(l).ok_or_else(|| FieldError::new("language", "field-invalid")),
    });
    p.finish()?;
    let req = generate::Request {
        generator: generator.expect("checked"),
        grade: grade.expect("checked"),
        topic: input.topic.clone().filter(|t| !t.trim().is_empty()),
        count: count.expect("checked"),
        language: language.expect("checked"),
        source_text: input.text.clone(),
    };
    let drafts = match req.generator {
        generate::Generator::Llm => {
            let client = llm.ok_or_else(|| generate_error(generate::GenerateError::Unavailable))?;
            crate::llm::generate_llm(client, &req)
                .await
                .map_err(generate_error)?
        }
        _ => generate::generate_offline(&req, &mut rand::thread_rng()).map_err(generate_error)?,
    };
    Ok(drafts
        .into_iter()
        .map(|d| DraftView {
            subject: d.subject,
            topic: d.topic,
            grade: req.grade,
            language: req.language.code().to_string(),
            difficulty: d.difficulty,
            question: d.question,
        })
        .collect())
}

fn generate_error(e: generate::GenerateError) -> AppError {
    match e {
        generate::GenerateError::Invalid { field, key } => AppError::field(field, key),
        generate::GenerateError::Unavailable => {
            AppError::new(StatusCode::SERVICE_UNAVAILABLE, "exams_llm_unavailable")
        }
        // The endpoint did not answer in time: 504; any other failure of it: 502.
        generate::GenerateError::Failed { key } if key == "exams-generate-llm-timeout" => {
            AppError::new(StatusCode::GATEWAY_TIMEOUT, "exams_llm_failed").arg("reason", key)
        }
        generate::GenerateError::Failed { key } => {
            AppError::new(StatusCode::BAD_GATEWAY, "exams_llm_failed").arg("reason", key)
        }
    }
}
