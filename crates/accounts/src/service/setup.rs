//! The first administrator: a one-time setup link printed at first start, or the CLI.

use kernel::auth::{AccountStatus, Role};
use kernel::ids::{sha256_hex, token};
use kernel::{AppError, AppResult, AppState};

use crate::model::{parse_avatar, Email, Name, Password, Problems, PASSWORD_MIN};
use crate::store::{setup, users};

pub const SETUP_TTL_MS: i64 = 24 * 3_600_000;

/// When no administrator exists yet, a fresh setup link (valid 24 hours) to print.
pub async fn setup_link_if_needed(state: &AppState) -> AppResult<Option<String>> {
    if users::count_admins(state.db.pool()).await? > 0 {
        return Ok(None);
    }
    let t = token();
    let now = state.now_ms();
    setup::insert(state.db.pool(), &sha256_hex(&t), now, now + SETUP_TTL_MS).await?;
    Ok(Some(format!("{}/setup/{t}", state.config.public_url)))
}

pub async fn setup_token_valid(state: &AppState, t: &str) -> AppResult<bool> {
    // A link only ever lets the first administrator in.
    if users::count_admins(state.db.pool()).await? > 0 {
        return Ok(false);
    }
    Ok(setup::is_valid(state.db.pool(), &sha256_hex(t), state.now_ms()).await?)
}

/// Validated fields of a new administrator.
pub struct NewAdmin {
    pub name: Name,
    pub email: Email,
    pub password: Password,
}

impl NewAdmin {
    pub fn parse(
        name: Option<&str>,
        email: Option<&str>,
        password: Option<&str>,
    ) -> AppResult<Self> {
        let mut p = Problems::default();
        let personal = [name.unwrap_or(""), email.unwrap_or("")];
        let name = p.take(Name::parse("name", name));
        let email = p.take(Email::parse(email.unwrap_or("")));
        let password = p.take(Password::parse_new(
            "password",
            password,
            PASSWORD_MIN,
            &personal,
        ));
        p.finish()?;
        Ok(Self {
            name: name.expect("checked"),
            email: email.expect("checked"),
            password: password.expect("checked"),
        })
    }
}

/// Creates an administrator. With a setup token, the token is spent in the same transaction,
/// so a link works once.
pub async fn create_admin(
    state: &AppState,
    admin: NewAdmin,
    setup_token: Option<&str>,
) -> AppResult<String> {
    let now = state.now_ms();
    if users::find_by(state.db.pool(), users::UniqueColumn::Email, &admin.email.0)
        .await?
        .is_some()
    {
        return Err(AppError::conflict("already_registered").with_fields(vec![
            kernel::error::FieldError::new("email", "field-email-taken"),
        ]));
    }
    let hash = crate::password::hash(admin.password.0.clone(), state.config.password_cost).await?;
    let mut tx = state.db.begin().await?;
    if let Some(t) = setup_token {
        // Once any administrator exists (the CLI, another link), no link works.
        if users::count_admins(&mut *tx).await? > 0
            || !setup::spend(&mut *tx, &sha256_hex(t), now).await?
        {
            return Err(AppError::not_found().with_code("setup_link_invalid"));
        }
    }
    let public_id = crate::service::new_public_id(&mut tx).await?;
    users::insert(
        &mut *tx,
        &users::NewUser {
            public_id: &public_id,
            role: Role::Admin.as_str(),
            status: AccountStatus::Active.as_str(),
            name: &admin.name.0,
            email: Some(&admin.email.0),
            phone: None,
            password_hash: &hash,
            language: "uz",
            avatar: &parse_avatar(Some("🌟")).expect("avatar in set"),
            birth_year: None,
            now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(public_id)
}

/// Sets a new password for the user an identifier names and ends their sessions (CLI).
pub async fn reset_password_cli(
    state: &AppState,
    login: &str,
    password: &str,
) -> AppResult<String> {
    let id = crate::model::LoginId::parse(Some(login)).map_err(|f| AppError::invalid(vec![f]))?;
    let user = crate::service::login::find_user(state, &id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let personal = crate::service::personal(&user);
    let password = Password::parse_new("password", Some(password), PASSWORD_MIN, &personal)
        .map_err(|f| AppError::invalid(vec![f]))?;
    let hash = crate::password::hash(password.0, state.config.password_cost).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, user.id, &hash, now).await?;
    crate::store::sessions::revoke_all(&mut *tx, user.id, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::User(user.id)],
    )
    .await;
    Ok(user.public_id)
}
