//! `/exams/generate`: a teacher asks a generator for drafts, edits them, keeps some, and saves
//! the kept ones as a new test (all or nothing; every question checked again).

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::error::FieldError;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppError, AppResult};

use super::pages_common::{languages, reshow, subject_key, teacher_gate, Fields, Gate};
use super::pages_editor::QEdit;
use crate::service::exam_tests::{self, TestInput};
use crate::service::import::{self, GenerateInput};
use questions::generate::{self, Generator};
use questions::subjects::{GRADES, SUBJECTS};

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/exams/generate", get(generate_page).post(generate_submit))
        .route("/exams/generate/save", post(save_submit))
}

/// A topic offered in the form, with the grades it exists for (scripts hide the others).
pub struct TopicOpt {
    pub code: &'static str,
    pub grades: String,
}

pub struct TopicGroup {
    pub generator: &'static str,
    pub topics: Vec<TopicOpt>,
}

/// The generators on offer: the LLM only when an endpoint is configured.
fn topic_groups(llm: bool) -> Vec<TopicGroup> {
    Generator::ALL
        .iter()
        .filter(|g| llm || **g != Generator::Llm)
        .map(|g| {
            let mut topics: Vec<TopicOpt> = Vec::new();
            for grade in GRADES {
                for code in generate::topics(*g, grade) {
                    match topics.iter_mut().find(|t| t.code == code) {
                        Some(t) => t.grades.push_str(&format!(" {grade}")),
                        None => topics.push(TopicOpt {
                            code,
                            grades: grade.to_string(),
                        }),
                    }
                }
            }
            TopicGroup {
                generator: g.as_str(),
                topics,
            }
        })
        .collect()
}

/// The generator form as typed.
#[derive(Clone, Debug)]
pub struct GenForm {
    pub generator: String,
    pub grade: String,
    pub topic: String,
    pub count: String,
    pub language: String,
    pub text: String,
    pub title: String,
    pub subject: String,
}

impl GenForm {
    fn from_fields(f: &Fields) -> Self {
        Self {
            generator: f.text("generator"),
            grade: f.text("grade"),
            topic: f.text("topic"),
            count: f.text("count"),
            language: f.text("language"),
            text: f.text("text"),
            title: f.text("title"),
            subject: f.text("subject"),
        }
    }
}

#[derive(Template)]
#[template(path = "exams/generate.html")]
struct GeneratePage {
    ctx: PageCtx,
    form: GenForm,
    groups: Vec<TopicGroup>,
    grades: Vec<i64>,
    languages: Vec<(&'static str, &'static str)>,
    subjects: &'static [&'static str],
    /// Drafts being reviewed, and which of them are kept.
    drafts: Vec<QEdit>,
    keep: Vec<bool>,
    errors: FormErrors,
    /// A whole-page problem: the AI generator not set up, or failing.
    trouble: Option<String>,
}

impl GeneratePage {
    fn new(ctx: PageCtx, form: GenForm, llm: bool) -> Self {
        Self {
            ctx,
            form,
            groups: topic_groups(llm),
            grades: GRADES.collect(),
            languages: languages(),
            subjects: &SUBJECTS,
            drafts: Vec::new(),
            keep: Vec::new(),
            errors: FormErrors::default(),
            trouble: None,
        }
    }

    fn kept(&self, i: &usize) -> bool {
        self.keep.get(*i).copied().unwrap_or(true)
    }

    fn subject_label(&self, code: &str) -> String {
        self.ctx.t(&subject_key(code))
    }

    fn kind_label(&self, code: &str) -> String {
        self.ctx.t(&super::pages_common::kind_key(code))
    }
}

async fn generate_page(
    State(exams): State<ExamsState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    if let Gate::Waiting(page) = teacher_gate(&ctx, &user)? {
        return Ok(page);
    }
    let form = GenForm {
        generator: "arithmetic".into(),
        grade: "2".into(),
        topic: String::new(),
        count: "10".into(),
        language: ctx.lang().into(),
        text: String::new(),
        title: String::new(),
        subject: "math".into(),
    };
    render(&GeneratePage::new(ctx, form, exams.llm.is_some()))
}

async fn generate_submit(
    State(exams): State<ExamsState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = Fields(f);
    let mut form = GenForm::from_fields(&f);
    let input = GenerateInput {
        generator: f.opt("generator"),
        grade: f.int("grade"),
        topic: f.opt("topic"),
        count: f
            .int("count")
            .map(|c| usize::try_from(c).unwrap_or(usize::MAX)),
        language: f.opt("language"),
        text: f.opt("text"),
    };
    match import::generate(exams.llm.as_deref(), &user, &input).await {
        Ok(drafts) => {
            let lang = form.language.clone();
            if let Some(d) = drafts.first() {
                form.subject = d.subject.clone();
            }
            let generator = ctx.t(&format!("exams-generate-generator-{}", form.generator));
            form.title = ctx.tr.ta(
                "exams-ui-generated-title",
                &[("generator", generator), ("grade", form.grade.clone())],
            );
            let mut page = GeneratePage::new(ctx, form, exams.llm.is_some());
            page.drafts = drafts
                .iter()
                .enumerate()
                .map(|(i, d)| QEdit::from_question(&format!("d{i}_"), &d.question, &lang))
                .collect();
            render(&page)
        }
        Err(e) if e.status.is_server_error() && e.code != "internal" => {
            let status = e.status;
            let mut page = GeneratePage::new(ctx, form, exams.llm.is_some());
            page.trouble = Some(page.ctx.tr.ta(&e.message_key(), &e.args));
            reshow(status, &page)
        }
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let mut page = GeneratePage::new(ctx, form, exams.llm.is_some());
            page.errors = FormErrors::from_error(e, &page.ctx.tr)?;
            reshow(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

/// Reads the drafts back; the kept ones must all be valid questions.
fn read_drafts(f: &Fields) -> (Vec<QEdit>, Vec<bool>, Vec<FieldError>) {
    let n = f
        .int("drafts")
        .unwrap_or(0)
        .clamp(0, generate::COUNT_MAX as i64) as usize;
    let mut drafts = Vec::new();
    let mut keep = Vec::new();
    let mut problems = Vec::new();
    for i in 0..n {
        let prefix = format!("d{i}_");
        let e = QEdit::from_fields(&prefix, &f.text(&format!("{prefix}type")), f, false);
        let kept = f.flag(&format!("{prefix}keep"));
        if kept {
            if let Err(p) = e.to_question() {
                problems.push(p);
            }
        }
        drafts.push(e);
        keep.push(kept);
    }
    (drafts, keep, problems)
}

async fn save_submit(
    State(exams): State<ExamsState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let state = &exams.app;
    let f = Fields(f);
    let (drafts, keep, mut problems) = read_drafts(&f);
    let kept: Vec<usize> = (0..drafts.len()).filter(|i| keep[*i]).collect();
    if kept.is_empty() {
        problems.push(FieldError::new("drafts", "exams-ui-keep-one"));
    }
    let result = if problems.is_empty() {
        let questions: Vec<_> = kept
            .iter()
            .filter_map(|i| drafts[*i].to_question().ok())
            .collect();
        let input = TestInput {
            title: f.opt("title"),
            subject: f.opt("subject"),
            grade: f.int("grade"),
            language: f.opt("language"),
            ..TestInput::default()
        };
        let topic = f.text("topic");
        exam_tests::create_with_questions(state, &user, &input, &questions, topic.trim()).await
    } else {
        Err(AppError::invalid(problems))
    };
    match result {
        Ok(id) => Ok(redirect_with_notice(
            &format!("/exams/tests/{id}"),
            "exams_generated_saved",
        )),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let e = on_drafts(e, &kept);
            let mut page = GeneratePage::new(ctx, GenForm::from_fields(&f), exams.llm.is_some());
            page.errors = FormErrors::from_error(e, &page.ctx.tr)?;
            page.drafts = drafts;
            page.keep = keep;
            reshow(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

/// The service names a bad question by its place among the kept ones (`questions`, n); the
/// page shows the problem at that draft.
fn on_drafts(e: AppError, kept: &[usize]) -> AppError {
    let fields = e
        .fields
        .iter()
        .map(|p| {
            let n = p
                .args
                .iter()
                .find(|(k, _)| *k == "n")
                .and_then(|(_, v)| v.parse::<usize>().ok());
            match (p.field.as_str(), n) {
                ("questions", Some(n)) if n >= 1 && n <= kept.len() => FieldError {
                    field: format!("d{}_question", kept[n - 1]),
                    key: p.key.clone(),
                    args: p.args.clone(),
                },
                _ => p.clone(),
            }
        })
        .collect();
    let status = e.status;
    let code = e.code;
    AppError::new(status, code).with_fields(fields)
}
