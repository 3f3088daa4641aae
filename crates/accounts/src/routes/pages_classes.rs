//! Class pages: a teacher's classes and rosters (`/classes`, `/classes/{id}`) and the student's
//! join form (`/classes/join`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{AccountStatus, CurrentUser, Role};
use kernel::extract::Path;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use super::api_classes::class_id;
use crate::service::classes::{
    self, ClassDetail, ClassView, CreateClassRequest, JoinRequest, OrgRef, UpdateClassRequest,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/classes", get(classes_page).post(create_submit))
        .route("/classes/join", get(join_page).post(join_submit))
        .route("/classes/{id}", get(class_page))
        .route("/classes/{id}/rename", post(rename_submit))
        .route("/classes/{id}/code", post(code_submit))
        .route("/classes/{id}/archive", post(archive_submit))
        .route(
            "/classes/{id}/students/{student_id}/remove",
            post(remove_submit),
        )
        .route("/classes/{id}/leave", post(leave_submit))
}

#[derive(Template)]
#[template(path = "accounts/classes/index.html")]
struct ClassesPage {
    ctx: PageCtx,
    classes: Vec<ClassView>,
    teaching_orgs: Vec<OrgRef>,
    can_create: bool,
    form_name: String,
    errors: FormErrors,
}

async fn teacher_page(
    state: &AppState,
    ctx: PageCtx,
    user: &CurrentUser,
    form_name: String,
    errors: FormErrors,
) -> AppResult<ClassesPage> {
    Ok(ClassesPage {
        classes: classes::list(state, user).await?,
        teaching_orgs: classes::teaching_orgs(state, user).await?,
        can_create: user.status == AccountStatus::Active,
        ctx,
        form_name,
        errors,
    })
}

async fn classes_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    match user.role {
        Role::Teacher => {}
        Role::Student => return Ok(Redirect::to("/classes/join").into_response()),
        Role::Organization => return Ok(Redirect::to("/org").into_response()),
        _ => return Err(AppError::forbidden()),
    }
    render(&teacher_page(&state, ctx, &user, String::new(), FormErrors::default()).await?)
}

#[derive(Deserialize)]
struct CreateForm {
    name: Option<String>,
    org_id: Option<String>,
}

async fn create_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<CreateForm>,
) -> AppResult<Response> {
    let org_id = match form.org_id.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(raw) => raw
            .parse()
            .map(Some)
            .map_err(|_| AppError::field("org_id", "field-invalid")),
    };
    let created = match org_id {
        Ok(org_id) => {
            let req = CreateClassRequest {
                name: form.name.clone(),
                org_id,
            };
            classes::create(&state, &user, &req).await
        }
        Err(e) => Err(e),
    };
    match created {
        Ok(class) => Ok(redirect_with_notice(
            &format!("/classes/{}", class.id),
            "class_created",
        )),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let name = form.name.unwrap_or_default();
            let page = teacher_page(&state, ctx, &user, name, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "accounts/classes/show.html")]
struct ClassPage {
    ctx: PageCtx,
    d: ClassDetail,
    form_name: String,
    errors: FormErrors,
}

async fn class_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let d = classes::detail(&state, &user, class_id(&id)?).await?;
    let form_name = d.class.name.clone();
    render(&ClassPage {
        ctx,
        d,
        form_name,
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct RenameForm {
    name: Option<String>,
}

async fn rename_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<RenameForm>,
) -> AppResult<Response> {
    let id = class_id(&id)?;
    let req = UpdateClassRequest {
        name: Some(form.name.clone().unwrap_or_default()),
        archived: None,
    };
    match classes::update(&state, &user, id, &req).await {
        Ok(_) => Ok(redirect_with_notice(
            &format!("/classes/{id}"),
            "class_renamed",
        )),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let d = classes::detail(&state, &user, id).await?;
            let page = ClassPage {
                ctx,
                d,
                form_name: form.name.unwrap_or_default(),
                errors,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}

async fn code_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let class = classes::new_code(&state, &user, class_id(&id)?).await?;
    Ok(redirect_with_notice(
        &format!("/classes/{}", class.id),
        "class_code_changed",
    ))
}

#[derive(Deserialize)]
struct ArchiveForm {
    archived: Option<String>,
}

async fn archive_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<ArchiveForm>,
) -> AppResult<Response> {
    let archived = form.archived.as_deref() != Some("0");
    let req = UpdateClassRequest {
        name: None,
        archived: Some(archived),
    };
    let class = classes::update(&state, &user, class_id(&id)?, &req).await?;
    let notice = if archived {
        "class_archived"
    } else {
        "class_reopened"
    };
    Ok(redirect_with_notice(
        &format!("/classes/{}", class.id),
        notice,
    ))
}

async fn remove_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, student_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = class_id(&id)?;
    classes::remove_student(&state, &user, id, &student_id).await?;
    Ok(redirect_with_notice(
        &format!("/classes/{id}"),
        "class_student_removed",
    ))
}

async fn leave_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    classes::leave(&state, &user, class_id(&id)?).await?;
    Ok(redirect_with_notice("/dashboard", "class_left"))
}

#[derive(Template)]
#[template(path = "accounts/classes/join.html")]
struct JoinPage {
    ctx: PageCtx,
    code: String,
    errors: FormErrors,
    classes: Vec<ClassView>,
}

async fn join_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    user.require(&[Role::Student])?;
    render(&JoinPage {
        classes: classes::list(&state, &user).await?,
        ctx,
        code: String::new(),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct JoinForm {
    code: Option<String>,
}

async fn join_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Form(form): Form<JoinForm>,
) -> AppResult<Response> {
    let req = JoinRequest {
        code: form.code.clone(),
    };
    match classes::join(&state, &user, &ip, &req).await {
        Ok(_) => Ok(redirect_with_notice("/dashboard", "class_joined")),
        Err(e) if e.status.is_client_error() && user.role == Role::Student => {
            let status = e.status;
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = JoinPage {
                classes: classes::list(&state, &user).await?,
                ctx,
                code: form.code.unwrap_or_default(),
                errors,
            };
            Ok((status, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}
