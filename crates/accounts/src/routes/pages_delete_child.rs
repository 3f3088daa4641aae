//! `/family/children/{id}/delete`: the page that says what deleting a child's account removes,
//! asks for the parent's password and the child's name, and deletes.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service::delete_child::{self, DeleteChildRequest};

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/family/children/{id}/delete",
        get(confirm_page).post(delete_child),
    )
}

#[derive(Template)]
#[template(path = "accounts/family/delete_child.html")]
struct DeleteChildPage {
    ctx: PageCtx,
    child_id: String,
    child_name: String,
    avatar: String,
    typed_name: String,
    errors: FormErrors,
}

async fn confirm_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let child = delete_child::child_to_delete(&state, &user, &id).await?;
    render(&DeleteChildPage {
        ctx,
        child_id: child.public_id,
        child_name: child.name,
        avatar: child.avatar,
        typed_name: String::new(),
        errors: FormErrors::default(),
    })
}

/// Deletes, or shows the page again with what was wrong (the password is never shown again).
async fn delete_child(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<DeleteChildRequest>,
) -> AppResult<Response> {
    let child = delete_child::child_to_delete(&state, &user, &id).await?;
    match delete_child::delete(&state, &user, &id, &form, true).await {
        Ok(()) => Ok(redirect_with_notice("/family", "family_child_deleted")),
        Err(e) => {
            let status = e.status;
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = DeleteChildPage {
                ctx,
                child_id: child.public_id,
                child_name: child.name,
                avatar: child.avatar,
                typed_name: form.confirm_name.unwrap_or_default(),
                errors,
            };
            Ok((status, render(&page)?).into_response())
        }
    }
}
