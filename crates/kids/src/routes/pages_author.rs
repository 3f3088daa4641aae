//! `/smartkids/author`: a teacher (or moderator) writes a story — Markdown text and questions
//! in a text format, with help and an example in the page's language — and sees their stories
//! with their status and any decline reason; pending and declined ones can be edited or
//! deleted. Links to the teacher's classes' pages.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, Principal};
use kernel::extract::Path;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::relations::ClassRef;
use kernel::{AppError, AppResult};

use crate::authoring::{self, Authored};
use crate::authoring_input::AuthorInput;
use crate::model::Lang;
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/smartkids/author", get(page).post(create))
        .route("/smartkids/author/{story_id}/edit", get(edit))
        .route("/smartkids/author/{story_id}", post(update))
        .route("/smartkids/author/{story_id}/delete", post(delete))
}

/// The question formats a teacher may name (the page's default is to guess).
const FORMATS: [&str; 5] = ["uz-numbered", "gift", "aiken", "uz-blocks", "csv"];

/// The form's values as typed.
#[derive(Default)]
struct Values {
    language: String,
    age: String,
    title: String,
    emoji: String,
    text: String,
    questions: String,
    questions_format: String,
}

impl Values {
    fn of(i: &AuthorInput) -> Self {
        let v = |o: &Option<String>| o.clone().unwrap_or_default();
        Values {
            language: v(&i.language),
            age: v(&i.age),
            title: v(&i.title),
            emoji: v(&i.emoji),
            text: v(&i.text),
            questions: v(&i.questions),
            questions_format: v(&i.questions_format),
        }
    }
}

#[derive(Template)]
#[template(path = "kids/author.html")]
struct AuthorPage {
    ctx: PageCtx,
    form: Values,
    errors: FormErrors,
    /// The story being edited, if any.
    editing: Option<i64>,
    stories: Vec<Authored>,
    classes: Vec<ClassRef>,
    langs: [Lang; 3],
    formats: [&'static str; 5],
}

impl AuthorPage {
    fn lang_name(&self, code: &str) -> String {
        self.ctx.t(&format!("smartkids-lang-{code}"))
    }
    fn status_label(&self, status: &str) -> String {
        self.ctx.t(&format!("smartkids-author-status-{status}"))
    }
    fn format_label(&self, f: &str) -> String {
        self.ctx.t(&format!("smartkids-author-format-{f}"))
    }
}

async fn show(
    s: &KidsState,
    ctx: PageCtx,
    user: &Principal,
    form: Values,
    errors: FormErrors,
    editing: Option<i64>,
) -> AppResult<AuthorPage> {
    let stories = authoring::mine(&s.app, user).await?;
    let classes = s.app.directory.teacher_classes(user.id).await?;
    Ok(AuthorPage {
        ctx,
        form,
        errors,
        editing,
        stories,
        classes,
        langs: Lang::ALL,
        formats: FORMATS,
    })
}

async fn page(State(s): State<KidsState>, user: CurrentUser, ctx: PageCtx) -> AppResult<Response> {
    authoring::may_write(&user)?;
    let form = Values {
        language: ctx.lang().to_string(),
        age: "4-6".into(),
        emoji: "📖".into(),
        ..Values::default()
    };
    render(&show(&s, ctx, &user, form, FormErrors::default(), None).await?)
}

/// The form again with its problems (422), or the error as it is.
async fn again(
    s: &KidsState,
    ctx: PageCtx,
    user: &Principal,
    input: &AuthorInput,
    err: AppError,
    editing: Option<i64>,
) -> AppResult<Response> {
    if err.status != StatusCode::UNPROCESSABLE_ENTITY {
        return Err(err);
    }
    let errors = FormErrors::from_error(err, &ctx.tr)?;
    let page = show(s, ctx, user, Values::of(input), errors, editing).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
}

/// Back to the list, saying where the story went.
fn sent(story: &Authored) -> Response {
    if story.status == "published" {
        redirect_with_notice("/smartkids/author", "smartkids-author-published")
    } else {
        redirect_with_notice("/smartkids/author", "smartkids-author-sent")
    }
}

async fn create(
    State(s): State<KidsState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(input): Form<AuthorInput>,
) -> AppResult<Response> {
    match authoring::create(&s.app, &user, &ctx.tr, &input).await {
        Ok(story) => Ok(sent(&story)),
        Err(e) => again(&s, ctx, &user, &input, e, None).await,
    }
}

async fn edit(
    State(s): State<KidsState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let row = authoring::own(&s.app, &user, id).await?;
    if !Authored::of(&row).editable {
        return Err(AppError::conflict("smartkids_author_locked"));
    }
    let form = Values::of(&authoring::input_of(&row));
    render(&show(&s, ctx, &user, form, FormErrors::default(), Some(id)).await?)
}

async fn update(
    State(s): State<KidsState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(input): Form<AuthorInput>,
) -> AppResult<Response> {
    match authoring::update(&s.app, &user, &ctx.tr, id, &input).await {
        Ok(story) => Ok(sent(&story)),
        Err(e) => again(&s, ctx, &user, &input, e, Some(id)).await,
    }
}

async fn delete(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    authoring::delete(&s.app, &user, id).await?;
    Ok(redirect_with_notice(
        "/smartkids/author",
        "smartkids-author-deleted",
    ))
}
