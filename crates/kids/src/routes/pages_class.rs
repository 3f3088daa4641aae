//! `/smartkids/classes/{class_id}`: a teacher gives the class a story from a picker of
//! published stories in the languages the class likely reads, takes one back, and sees for
//! each assigned story who read it (best speed, accuracy and quiz score, when) and who has not.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::AppResult;
use serde::Deserialize;

use crate::assignments::{self, AssignInput};
use crate::class_readings::{self, ClassReadings};
use crate::model::Lang;
use crate::state::KidsState;
use crate::stories::Card;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/smartkids/classes/{class_id}", get(page))
        .route("/smartkids/classes/{class_id}/assign", post(assign))
        .route(
            "/smartkids/classes/{class_id}/assignments/{assignment_id}/delete",
            post(unassign),
        )
}

#[derive(Template)]
#[template(path = "kids/class.html")]
struct ClassPage {
    ctx: PageCtx,
    table: ClassReadings,
    picker: Vec<(Lang, Vec<Card>)>,
    /// Languages not in the picker, to add one.
    more: Vec<Lang>,
}

impl ClassPage {
    fn lang_name(&self, code: &str) -> String {
        self.ctx.t(&format!("smartkids-lang-{code}"))
    }
    fn percent(&self, v: &Option<i64>) -> String {
        v.map_or_else(|| "—".into(), |v| format!("{v}%"))
    }
    fn number(&self, v: &Option<i64>) -> String {
        v.map_or_else(|| "—".into(), |v| v.to_string())
    }
}

#[derive(Deserialize)]
struct LangQuery {
    language: Option<String>,
}

async fn page(
    State(s): State<KidsState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(class_id): Path<i64>,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let table = class_readings::of_class(&s.app, &user, class_id).await?;
    let class = assignments::own_class(&s.app, &user, class_id).await?;
    let mut langs = class_readings::likely_languages(&s.app, &user, &class).await?;
    if let Some(l) = q.language.as_deref().and_then(Lang::parse) {
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    let picker = class_readings::picker(&s.app, &s.library, &langs).await?;
    let more = Lang::ALL
        .into_iter()
        .filter(|l| !langs.contains(l))
        .collect();
    render(&ClassPage {
        ctx,
        table,
        picker,
        more,
    })
}

#[derive(Deserialize)]
struct AssignForm {
    story_id: Option<String>,
}

async fn assign(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(class_id): Path<i64>,
    Form(f): Form<AssignForm>,
) -> AppResult<Response> {
    let input = AssignInput {
        class_id: Some(class_id),
        story_id: f.story_id.and_then(|v| v.trim().parse().ok()),
    };
    let (new, _) = assignments::assign(&s.app, &user, &input).await?;
    let notice = if new {
        "smartkids-class-assigned"
    } else {
        "smartkids-class-already"
    };
    Ok(redirect_with_notice(
        &format!("/smartkids/classes/{class_id}"),
        notice,
    ))
}

async fn unassign(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path((_, id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let class_id = assignments::unassign(&s.app, &user, id).await?;
    Ok(redirect_with_notice(
        &format!("/smartkids/classes/{class_id}"),
        "smartkids-class-unassigned",
    ))
}
