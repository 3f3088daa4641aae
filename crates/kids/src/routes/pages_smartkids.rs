//! SmartKids' pages: `/smartkids` (the library shelves, the story writer's form, the child's
//! own stories) and the form post that writes a story and opens it.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, Role};
use kernel::extract::Query;
use kernel::form::Form;
use kernel::page::{render, PageCtx};
use kernel::AppResult;
use serde::Deserialize;

use crate::compose::{self, Choices};
use crate::create::{self, CreateInput};
use crate::model::Lang;
use crate::state::KidsState;
use crate::store;
use crate::stories::{self, Card};

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/smartkids", get(hub))
        .route("/smartkids/write", post(write))
}

#[derive(Template)]
#[template(path = "kids/smartkids.html")]
struct HubPage {
    ctx: PageCtx,
    lang: Lang,
    young: Vec<Card>,
    older: Vec<Card>,
    choices: Choices,
    mine: Vec<Card>,
    /// "From your teacher": stories the child's teachers gave their classes.
    assigned: Vec<Card>,
    /// The signed-in caller may write stories (a child, or a parent for a child).
    can_write: bool,
    children: Vec<kernel::relations::ChildRef>,
}

impl HubPage {
    fn lang_name(&self, l: &Lang) -> String {
        self.ctx.t(&format!("smartkids-lang-{}", l.code()))
    }
    fn langs(&self) -> [Lang; 3] {
        Lang::ALL
    }
    fn uzbek(&self) -> bool {
        self.lang == Lang::Uz
    }
}

#[derive(Deserialize)]
struct HubQuery {
    language: Option<String>,
}

async fn hub(
    State(s): State<KidsState>,
    ctx: PageCtx,
    Query(q): Query<HubQuery>,
) -> AppResult<Response> {
    let lang = q
        .language
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| Lang::parse(ctx.lang()))
        .unwrap_or(Lang::Uz);
    let cards = stories::library(&s.app, &s.library, lang).await?;
    let (young, older) = cards.into_iter().partition(|c| c.age == "4-6");
    let (mine, children, can_write) = match &ctx.user {
        Some(u) if u.role == Role::Student => (
            store::written_for(s.app.db.pool(), u.id, 30)
                .await?
                .iter()
                .map(Card::of)
                .collect(),
            Vec::new(),
            true,
        ),
        Some(u) if u.role == Role::Parent => {
            let children = s.app.directory.children_of(u.id).await?;
            let can = !children.is_empty();
            (Vec::new(), children, can)
        }
        _ => (Vec::new(), Vec::new(), false),
    };
    let assigned = match &ctx.user {
        Some(u) => crate::assignments::for_child(&s.app, u).await?,
        None => Vec::new(),
    };
    render(&HubPage {
        assigned,
        choices: compose::choices(lang),
        ctx,
        lang,
        young,
        older,
        mine,
        can_write,
        children,
    })
}

#[derive(Deserialize)]
struct WriteForm {
    language: Option<String>,
    age: Option<String>,
    hero: Option<String>,
    name: Option<String>,
    place: Option<String>,
    theme: Option<String>,
    length: Option<String>,
    decodable: Option<String>,
    child: Option<String>,
}

async fn write(
    State(s): State<KidsState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(f): Form<WriteForm>,
) -> AppResult<Response> {
    let input = CreateInput {
        language: f.language,
        age: f.age.map(serde_json::Value::String),
        hero: f.hero,
        name: f.name.filter(|n| !n.trim().is_empty()),
        place: f.place.filter(|p| !p.is_empty()),
        theme: f.theme.filter(|t| !t.is_empty()),
        length: f.length,
        decodable: f.decodable.is_some(),
        child: f.child,
    };
    let created = create::create(&s.app, &s.helpers(), &user, &ctx.tr, input).await?;
    let to = match created.reason {
        Some(r) => format!("/smartkids/stories/{}?replaced={r}", created.id),
        None => format!("/smartkids/stories/{}", created.id),
    };
    Ok(Redirect::to(&to).into_response())
}
