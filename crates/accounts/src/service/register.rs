//! Registration of students, parents, teachers and organisations.

use kernel::auth::{AccountStatus, Role, TokenPair};
use kernel::error::FieldError;
use kernel::i18n::Lang;
use kernel::ratelimit::limits;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::model::{parse_avatar, Email, Name, Password, Problems, PASSWORD_MIN};
use crate::service::view::UserView;
use crate::store::{orgs, users};
use kernel::phone::Phone;

/// `POST /api/v1/auth/register` and the sign-up form.
#[derive(Debug, Default, Deserialize)]
pub struct RegisterRequest {
    pub role: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub password: Option<String>,
    pub language: Option<String>,
    /// For organisations: `school` or `learning_centre`.
    pub org_kind: Option<String>,
}

/// A signed-in user with their first token pair.
#[derive(Debug, serde::Serialize)]
pub struct SessionResponse {
    pub user: UserView,
    #[serde(flatten)]
    pub tokens: TokenPair,
    /// After a login: the token that makes this device known to the account; send it back as
    /// `device_token` at the next login.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_token: Option<String>,
}

/// Roles anyone may choose at sign-up.
pub const SELF_SERVICE_ROLES: [Role; 4] = [
    Role::Parent,
    Role::Student,
    Role::Teacher,
    Role::Organization,
];

struct Valid {
    role: Role,
    name: Name,
    email: Option<Email>,
    phone: Option<Phone>,
    password: Password,
    language: Lang,
    org_kind: Option<orgs::OrgKind>,
}

fn validate(req: &RegisterRequest, fallback_lang: Lang) -> AppResult<Valid> {
    let mut p = Problems::default();
    let role = p.take(match req.role.as_deref().map(str::trim) {
        None | Some("") => Err(FieldError::new("role", "field-required")),
        Some(r) => match Role::parse(r) {
            Some(role) if SELF_SERVICE_ROLES.contains(&role) => Ok(role),
            Some(_) => Err(FieldError::new("role", "field-role-not-allowed")),
            None => Err(FieldError::new("role", "field-invalid")),
        },
    });
    let name = p.take(Name::parse("name", req.name.as_deref()));
    let email = req
        .email
        .as_deref()
        .filter(|e| !e.trim().is_empty())
        .map(Email::parse);
    let phone = req
        .phone
        .as_deref()
        .filter(|e| !e.trim().is_empty())
        .map(Phone::parse);
    if email.is_none() && phone.is_none() {
        p.0.push(FieldError::new("email", "field-email-or-phone"));
    }
    let email = email.and_then(|e| p.take(e));
    let phone = phone.and_then(|e| p.take(e));
    let personal = [&req.email, &req.phone, &req.name].map(|s| s.as_deref().unwrap_or(""));
    let password = p.take(Password::parse_new(
        "password",
        req.password.as_deref(),
        PASSWORD_MIN,
        &personal,
    ));
    let language = match req.language.as_deref().filter(|l| !l.trim().is_empty()) {
        None => Some(fallback_lang),
        Some(l) => {
            p.take(Lang::parse(l).ok_or_else(|| FieldError::new("language", "field-invalid")))
        }
    };
    let org_kind = match (
        role,
        req.org_kind.as_deref().filter(|k| !k.trim().is_empty()),
    ) {
        (Some(Role::Organization), None) => Some(orgs::OrgKind::LearningCentre),
        (Some(Role::Organization), Some(k)) => p.take(
            orgs::OrgKind::parse(k).ok_or_else(|| FieldError::new("org_kind", "field-invalid")),
        ),
        _ => None,
    };
    p.finish()?;
    Ok(Valid {
        role: role.expect("checked"),
        name: name.expect("checked"),
        email,
        phone,
        password: password.expect("checked"),
        language: language.expect("checked"),
        org_kind,
    })
}

/// Creates the account (and, for an organisation, the organisation it runs) and signs it in.
pub async fn register(
    state: &AppState,
    req: &RegisterRequest,
    lang: Lang,
    ip: &str,
    user_agent: &str,
) -> AppResult<SessionResponse> {
    let v = validate(req, lang)?;
    let now = state.now_ms();
    state
        .limiter
        .hit(&format!("register:{ip}"), limits::REGISTER_PER_IP, now)
        .await?;
    ensure_free(state, v.email.as_ref(), v.phone.as_ref()).await?;
    let hash = crate::password::hash(v.password.0.clone(), state.config.password_cost).await?;
    let status = if v.role.needs_approval() {
        AccountStatus::Pending
    } else {
        AccountStatus::Active
    };

    let mut tx = state.db.begin().await?;
    let public_id = crate::service::new_public_id(&mut tx).await?;
    let new = users::NewUser {
        public_id: &public_id,
        role: v.role.as_str(),
        status: status.as_str(),
        name: &v.name.0,
        email: v.email.as_ref().map(|e| e.0.as_str()),
        phone: v.phone.as_ref().map(|p| p.0.as_str()),
        password_hash: &hash,
        language: v.language.code(),
        avatar: &parse_avatar(None).expect("default avatar"),
        birth_year: None,
        now,
    };
    let user_id = match users::insert(&mut *tx, &new).await {
        Ok(id) => id,
        Err(e) if kernel::db::is_unique_violation(&e) => return Err(taken(&e)),
        Err(e) => return Err(e.into()),
    };
    if let Some(kind) = v.org_kind {
        let org_id = orgs::insert(&mut *tx, user_id, &v.name.0, kind, now).await?;
        orgs::add_member(&mut *tx, org_id, user_id, orgs::MemberRole::Admin, now).await?;
    }
    let (_, tokens) =
        crate::service::tokens::start_session(&mut tx, user_id, user_agent, now).await?;
    let row = users::find_by_id(&mut *tx, user_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    tx.commit().await?;
    tracing::info!(user.id = user_id, user.role = v.role.as_str(), "registered");
    state
        .metrics
        .product(kernel::metrics::Product::SignUp(v.role));
    Ok(SessionResponse {
        user: UserView::from(&row),
        tokens,
        device_token: None,
    })
}

/// 409 when the e-mail or phone already belongs to someone.
async fn ensure_free(
    state: &AppState,
    email: Option<&Email>,
    phone: Option<&Phone>,
) -> AppResult<()> {
    let mut fields = Vec::new();
    if let Some(e) = email {
        if users::find_by(state.db.pool(), users::UniqueColumn::Email, &e.0)
            .await?
            .is_some()
        {
            fields.push(FieldError::new("email", "field-email-taken"));
        }
    }
    if let Some(p) = phone {
        if users::find_by(state.db.pool(), users::UniqueColumn::Phone, &p.0)
            .await?
            .is_some()
        {
            fields.push(FieldError::new("phone", "field-phone-taken"));
        }
    }
    if fields.is_empty() {
        Ok(())
    } else {
        Err(AppError::conflict("already_registered").with_fields(fields))
    }
}

/// A unique violation that slipped past [`ensure_free`] in a race.
fn taken(e: &sqlx::Error) -> AppError {
    let msg = e.to_string();
    let field = if msg.contains("phone") {
        FieldError::new("phone", "field-phone-taken")
    } else {
        FieldError::new("email", "field-email-taken")
    };
    AppError::conflict("already_registered").with_fields(vec![field])
}
