//! Class assignments through the API: a teacher gives a class a story or takes it back and
//! sees the class's readings; a child lists the stories their teachers gave.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::AppResult;

use crate::assignments::{self, AssignInput};
use crate::class_readings;
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/api/v1/smartkids/assignments", post(assign))
        .route(
            "/api/v1/smartkids/assignments/{assignment_id}",
            delete(unassign),
        )
        .route(
            "/api/v1/smartkids/classes/{class_id}/readings",
            get(readings),
        )
        .route("/api/v1/smartkids/assigned", get(assigned))
}

async fn assign(
    State(s): State<KidsState>,
    user: CurrentUser,
    Json(input): Json<AssignInput>,
) -> AppResult<impl IntoResponse> {
    let (new, assignment) = assignments::assign(&s.app, &user, &input).await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(assignment)))
}

async fn unassign(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    assignments::unassign(&s.app, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn readings(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(class_id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        class_readings::of_class(&s.app, &user, class_id).await?,
    ))
}

async fn assigned(State(s): State<KidsState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    let stories = assignments::for_child(&s.app, &user).await?;
    Ok(Json(serde_json::json!({ "stories": stories })))
}
