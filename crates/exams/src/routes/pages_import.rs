//! `/exams/import`: a teacher pastes (or, with scripts, picks) a file in one of the supported
//! formats; it becomes a new test, or the page says which line is wrong and keeps the text.
//! When only some questions cannot be used (an essay, say), it lists them with their lines and
//! offers to import the rest.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppResult, AppState};

use super::pages_common::{
    form_errors, languages, reshow, subject_key, teacher_gate, Fields, Gate,
};
use crate::service::import::{self, ImportInput, ImportPreview};
use questions::formats::Format;
use questions::subjects::{GRADES, SUBJECTS};

pub fn router() -> Router<ExamsState> {
    Router::new().route("/exams/import", get(import_page).post(import_submit))
}

/// A short example of each format, shown beside the text box (numbers read in any language).
pub const EXAMPLES: [(&str, &str); 5] = [
    (
        "gift",
        "::Q1:: 7 × 8 = ? {\n=56\n~54\n~64\n}\n\n::Q2:: 2 + 2 = 4 {T}\n\n::Q3:: 1,5 + 2,25 = ? {#3.75}",
    ),
    ("aiken", "7 × 8 = ?\nA. 54\nB. 56\nC. 64\nANSWER: B"),
    (
        "csv",
        "type,prompt,options,answer\nsingle,7 × 8 = ?,54|56|64,B\ntrue_false,2 + 2 = 4,,true\nnumeric,1.5 + 2.25 = ?,,3.75",
    ),
    (
        "uz-numbered",
        "1. 25 + 17 = ?\nA) 32  B) 42  C) 43\n2. 12 × 12 = ?\nA) 124\nB) 144\nC) 142\n\nJavoblar:\n1-B 2-B",
    ),
    ("uz-blocks", "++++\n7 × 8 = ?\n====\n#56\n====\n54\n====\n64"),
];

/// The import form as typed.
#[derive(Clone, Debug, Default)]
pub struct ImportForm {
    pub format: String,
    pub title: String,
    pub subject: String,
    pub grade: String,
    pub language: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "exams/import.html")]
struct ImportPage {
    ctx: PageCtx,
    form: ImportForm,
    errors: FormErrors,
    /// "Line 12: why", when the file itself was refused.
    line_error: Option<String>,
    line: String,
    /// When the file failed on questions that can be left out: what importing the rest gives.
    rest: Option<ImportPreview>,
    examples: &'static [(&'static str, &'static str)],
    subjects: &'static [&'static str],
    grades: Vec<i64>,
    languages: Vec<(&'static str, &'static str)>,
}

impl ImportPage {
    fn new(ctx: PageCtx, form: ImportForm) -> Self {
        Self {
            ctx,
            form,
            errors: FormErrors::default(),
            line_error: None,
            line: String::new(),
            rest: None,
            examples: &EXAMPLES,
            subjects: &SUBJECTS,
            grades: GRADES.collect(),
            languages: languages(),
        }
    }

    fn format_label(&self, code: &str) -> String {
        self.ctx.t(&format!("exams-format-{code}"))
    }

    fn subject_label(&self, code: &str) -> String {
        self.ctx.t(&subject_key(code))
    }
}

async fn import_page(ctx: PageCtx, user: CurrentUser) -> AppResult<Response> {
    if let Gate::Waiting(page) = teacher_gate(&ctx, &user)? {
        return Ok(page);
    }
    let form = ImportForm {
        format: Format::Gift.as_str().into(),
        subject: "math".into(),
        grade: "1".into(),
        language: ctx.lang().into(),
        ..ImportForm::default()
    };
    render(&ImportPage::new(ctx, form))
}

async fn import_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = Fields(f);
    let input = ImportInput {
        format: f.opt("format"),
        title: f.opt("title"),
        text: f.opt("text"),
        subject: f.opt("subject"),
        grade: f.int("grade"),
        language: f.opt("language"),
        skip_unsupported: Some(f.flag("skip_unsupported")),
    };
    match import::import(&state, &user, &input, &ctx.tr).await {
        Ok(done) => Ok(redirect_with_notice(
            &format!("/exams/tests/{}", done.test_id),
            if done.skipped.is_empty() {
                "exams_imported"
            } else {
                "exams_imported_rest"
            },
        )),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let (status, errors) = form_errors(e, &ctx)?;
            let form = ImportForm {
                format: f.text("format"),
                title: f.text("title"),
                subject: f.text("subject"),
                grade: f.text("grade"),
                language: f.text("language"),
                text: f.text("text"),
            };
            let mut page = ImportPage::new(ctx, form);
            if errors.has("line") {
                page.line = errors.get("line").to_string();
                page.line_error = Some(page.ctx.tr.ta(
                    "exams-ui-import-line-error",
                    &[
                        ("line", page.line.clone()),
                        ("reason", errors.get("text").to_string()),
                    ],
                ));
            }
            page.errors = errors;
            // Offer the rest only when something would be left and something imported.
            page.rest = import::preview(&user, &input, &page.ctx.tr)
                .ok()
                .filter(|p| !p.skipped.is_empty() && p.question_count > 0);
            reshow(status, &page)
        }
        Err(e) => Err(e),
    }
}
