//! The profile: name, avatar, interface language, region and district, password.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::i18n::Lang;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::model::{parse_avatar, Name, Password, Problems, PASSWORD_MIN};
use crate::service::regions::{Place, PlaceChange};
use crate::service::view::UserView;
use crate::store::{regions, sessions, users};

/// `PATCH /api/v1/profile` and the profile form; absent fields stay as they are. `region`
/// and `district` are codes; `null` or `""` clears them.
#[derive(Debug, Default, Deserialize)]
pub struct ProfileRequest {
    pub name: Option<String>,
    pub avatar: Option<String>,
    pub language: Option<String>,
    #[serde(flatten)]
    pub place: PlaceChange,
}

pub async fn update(
    state: &AppState,
    who: &Principal,
    req: &ProfileRequest,
) -> AppResult<UserView> {
    let current = users::find_by_id(state.db.pool(), who.id)
        .await?
        .ok_or_else(AppError::unauthorized)?;
    let mut p = Problems::default();
    let name = match &req.name {
        Some(n) => p.take(Name::parse("name", Some(n))).map(|n| n.0),
        None => Some(current.name.clone()),
    };
    let avatar = match &req.avatar {
        Some(a) => p.take(parse_avatar(Some(a))),
        None => Some(current.avatar.clone()),
    };
    let language = match &req.language {
        Some(l) => p
            .take(Lang::parse(l).ok_or_else(|| FieldError::new("language", "field-invalid")))
            .map(|l| l.code().to_string()),
        None => Some(current.language.clone()),
    };
    let place = Place {
        region: current.region.clone(),
        district: current.district.clone(),
    };
    let place = match req.place.apply(&place) {
        Ok(place) => Some(place),
        Err(problems) => {
            p.0.extend(problems);
            None
        }
    };
    p.finish()?;
    let place = place.expect("checked");
    let (name, avatar, language) = (
        name.expect("checked"),
        avatar.expect("checked"),
        language.expect("checked"),
    );
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    users::set_profile(&mut *tx, who.id, &name, &avatar, &language, now).await?;
    regions::set_user_place(
        &mut *tx,
        who.id,
        place.region.as_deref(),
        place.district.as_deref(),
        now,
    )
    .await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[crate::service::auth_cache::Change::User(who.id)])
        .await;
    let row = users::find_by_id(state.db.pool(), who.id)
        .await?
        .ok_or_else(AppError::unauthorized)?;
    Ok(UserView::from(&row))
}

/// `POST /api/v1/profile/password` and the password form.
#[derive(Debug, Default, Deserialize)]
pub struct PasswordChange {
    pub current_password: Option<String>,
    pub new_password: Option<String>,
}

/// Changes the password after checking the current one; every other login session ends.
/// Children cannot: their parent sets it (403 `child_password_by_parent`).
pub async fn change_password(
    state: &AppState,
    who: &Principal,
    req: &PasswordChange,
) -> AppResult<()> {
    if who.role == Role::Student {
        return Err(AppError::forbidden().with_code("child_password_by_parent"));
    }
    let row = users::find_by_id(state.db.pool(), who.id)
        .await?
        .ok_or_else(AppError::unauthorized)?;
    let mut p = Problems::default();
    let current = req.current_password.clone().unwrap_or_default();
    if current.is_empty() {
        p.0.push(FieldError::new("current_password", "field-required"));
    }
    let new = p.take(Password::parse_new(
        "new_password",
        req.new_password.as_deref(),
        PASSWORD_MIN,
        &crate::service::personal(&row),
    ));
    p.finish()?;
    // Someone at an unlocked device must not get unlimited guesses at the current password.
    let limit_key = format!("password-change:{}", who.id);
    let limit = kernel::ratelimit::limits::LOGIN_PER_ACCOUNT;
    state.limiter.hit(&limit_key, limit, state.now_ms()).await?;
    if !crate::password::verify(current, row.password_hash).await? {
        return Err(AppError::field("current_password", "field-password-wrong"));
    }
    let hash = crate::password::hash(new.expect("checked").0, state.config.password_cost).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, who.id, &hash, now).await?;
    sessions::revoke_all_but(&mut *tx, who.id, who.session_id, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[crate::service::auth_cache::Change::User(who.id)])
        .await;
    tracing::info!(user.id = who.id, "password changed");
    Ok(())
}
