//! Families: parents create and link children, and see only their own.
//!
//! A child is a `student` account without e-mail or phone; it logs in with its 8-digit Alif24
//! ID. A child may have several parents. Another parent's child is "not found", never
//! "forbidden", so the answer does not tell which IDs exist.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::ids::{normalize_code, sha256_hex, short_code};
use kernel::ratelimit::{limits, Limit};
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Deserializer, Serialize};
use sqlx::{Any, Executor};

use crate::model::{parse_avatar, parse_birth_year, Name, Password, Problems, CHILD_PASSWORD_MIN};
use crate::service::view::UserView;
use crate::store::families;
use crate::store::users::{self, UniqueColumn, UserRow};

/// Children a parent may have, created and linked together.
pub const MAX_CHILDREN: i64 = 20;
/// How long a child's link code works.
pub const LINK_CODE_TTL_MS: i64 = 15 * 60_000;
pub const LINK_CODE_LEN: usize = 6;
/// Children a parent may create in a day. Counted apart from the family size, so unlinking a
/// child does not give the place back for another new account.
pub const CHILDREN_PER_DAY: Limit = Limit {
    max: 10,
    window_s: 24 * 3600,
};
/// Link attempts per parent, and per child ID tried (the same budget as logins per account).
const LINK_PER_ACCOUNT: Limit = limits::LOGIN_PER_ACCOUNT;

/// `POST /api/v1/family/children` and the "add a child" form.
#[derive(Debug, Default, Deserialize)]
pub struct CreateChildRequest {
    pub name: Option<String>,
    /// A number or a string: JSON clients send `2019`, forms send `"2019"`.
    #[serde(default, deserialize_with = "text_or_number")]
    pub birth_year: Option<String>,
    pub avatar: Option<String>,
    pub password: Option<String>,
}

/// `POST /api/v1/family/link` and the "link an existing child" form: the child's ID and
/// password, or a code from the child's account.
#[derive(Debug, Default, Deserialize)]
pub struct LinkRequest {
    #[serde(default, deserialize_with = "text_or_number")]
    pub child_id: Option<String>,
    pub password: Option<String>,
    pub code: Option<String>,
}

/// A fresh link code, shown to the child once.
#[derive(Debug, Serialize)]
pub struct LinkCode {
    pub code: String,
    /// Unix milliseconds.
    pub expires_at: i64,
}

fn text_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Int(i64),
        Float(f64),
    }
    Ok(Option::<Raw>::deserialize(d)?.map(|r| match r {
        Raw::Text(s) => s,
        Raw::Int(n) => n.to_string(),
        Raw::Float(f) => f.to_string(),
    }))
}

/// Creates a child's account, linked to the parent, in the parent's language.
pub async fn create_child(
    state: &AppState,
    parent: &Principal,
    req: &CreateChildRequest,
) -> AppResult<UserView> {
    parent.require_active(&[Role::Parent])?;
    let now = state.now_ms();
    let mut p = Problems::default();
    let name = p.take(Name::parse("name", req.name.as_deref()));
    let this_year = kernel::clock::tashkent(now).year;
    let birth_year = p.take(parse_birth_year(req.birth_year.as_deref(), this_year));
    let avatar = p.take(parse_avatar(req.avatar.as_deref()));
    let password = p.take(Password::parse_new(
        "password",
        req.password.as_deref(),
        CHILD_PASSWORD_MIN,
        &[req.name.as_deref().unwrap_or("")],
    ));
    p.finish()?;
    let (Some(name), Some(avatar), Some(password)) = (name, avatar, password) else {
        unreachable!("Problems::finish returned every error");
    };
    ensure_room(state.db.pool(), parent.id).await?;
    let key = format!("child-create:{}", parent.id);
    state
        .limiter
        .hit(&key, CHILDREN_PER_DAY, now)
        .await
        .map_err(|e| {
            e.with_code("children_per_day")
                .arg("max", CHILDREN_PER_DAY.max)
        })?;
    let hash = crate::password::hash(password.0, state.config.password_cost).await?;

    let mut tx = state.db.begin().await?;
    ensure_room(&mut *tx, parent.id).await?;
    let public_id = crate::service::new_public_id(&mut tx).await?;
    let new = users::NewUser {
        public_id: &public_id,
        role: Role::Student.as_str(),
        status: kernel::auth::AccountStatus::Active.as_str(),
        name: &name.0,
        email: None,
        phone: None,
        password_hash: &hash,
        language: parent.language.code(),
        avatar: &avatar,
        birth_year,
        now,
    };
    let child_id = users::insert(&mut *tx, &new).await?;
    families::link(&mut *tx, parent.id, child_id, now).await?;
    let row = users::find_by_id(&mut *tx, child_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    tx.commit().await?;
    tracing::info!(user.id = parent.id, child.id = child_id, "child created");
    // A child's account is a sign-up too, made by the parent.
    state.metrics.product(kernel::metrics::Product::SignUp(
        kernel::auth::Role::Student,
    ));
    Ok(UserView::from(&row))
}

/// 409 once the parent has [`MAX_CHILDREN`].
async fn ensure_room<'e>(ex: impl Executor<'e, Database = Any>, parent_id: i64) -> AppResult<()> {
    if families::count_children(ex, parent_id).await? >= MAX_CHILDREN {
        return Err(AppError::conflict("family_full").arg("max", MAX_CHILDREN));
    }
    Ok(())
}

/// The caller's own children.
pub async fn list_children(state: &AppState, parent: &Principal) -> AppResult<Vec<UserView>> {
    parent.require(&[Role::Parent])?;
    let rows = families::children_of(state.db.pool(), parent.id).await?;
    Ok(rows.iter().map(UserView::from).collect())
}

/// One of the caller's children by Alif24 ID; 404 for anyone else's.
pub async fn get_child(
    state: &AppState,
    parent: &Principal,
    public_id: &str,
) -> AppResult<UserView> {
    Ok(UserView::from(&own_child(state, parent, public_id).await?))
}

async fn own_child(state: &AppState, parent: &Principal, public_id: &str) -> AppResult<UserRow> {
    parent.require(&[Role::Parent])?;
    families::child_of(state.db.pool(), parent.id, public_id.trim())
        .await?
        .ok_or_else(AppError::not_found)
}

/// Removes a child from the caller's family; the child's account stays.
pub async fn unlink_child(state: &AppState, parent: &Principal, public_id: &str) -> AppResult<()> {
    let child = own_child(state, parent, public_id).await?;
    families::unlink(state.db.pool(), parent.id, child.id).await?;
    tracing::info!(user.id = parent.id, child.id = child.id, "child unlinked");
    Ok(())
}

/// What a parent offers as proof that a child is theirs.
enum Proof {
    Password { public_id: String, password: String },
    Code(String),
}

fn parse_proof(req: &LinkRequest) -> AppResult<Proof> {
    if let Some(code) = req.code.as_deref().filter(|c| !c.trim().is_empty()) {
        return Ok(Proof::Code(normalize_code(code)));
    }
    let public_id: String = (req.child_id.as_deref().unwrap_or(""))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let password = req.password.clone().unwrap_or_default();
    let mut fields = Vec::new();
    if public_id.is_empty() {
        fields.push(FieldError::new("child_id", "field-required"));
    } else if !kernel::ids::is_public_id(&public_id) {
        fields.push(FieldError::new("child_id", "field-family-child-id-invalid"));
    }
    if password.is_empty() {
        fields.push(FieldError::new("password", "field-required"));
    }
    if fields.is_empty() {
        Ok(Proof::Password {
            public_id,
            password,
        })
    } else if public_id.is_empty() && password.is_empty() {
        Err(AppError::invalid(fields).with_code("family_link_missing"))
    } else {
        Err(AppError::invalid(fields))
    }
}

/// One answer for every wrong ID, password or code.
fn link_failed() -> AppError {
    AppError::invalid(Vec::new()).with_code("family_link_failed")
}

fn linkable(u: &UserRow) -> bool {
    u.role == Role::Student.as_str() && u.blocked_at.is_none()
}

/// Links an existing student account to the caller. Linking an own child again is a no-op.
pub async fn link_child(
    state: &AppState,
    parent: &Principal,
    req: &LinkRequest,
    ip: &str,
) -> AppResult<UserView> {
    parent.require_active(&[Role::Parent])?;
    let proof = parse_proof(req)?;
    let now = state.now_ms();
    let limiter = &state.limiter;
    limiter
        .hit(&format!("family-link-ip:{ip}"), limits::CODE_PER_IP, now)
        .await?;
    limiter
        .hit(&format!("family-link:{}", parent.id), LINK_PER_ACCOUNT, now)
        .await?;
    // The password is checked before the write transaction: hashing is slow.
    let by_password = match &proof {
        Proof::Password {
            public_id,
            password,
        } => {
            limiter
                .hit(
                    &format!("family-link-child:{public_id}"),
                    LINK_PER_ACCOUNT,
                    now,
                )
                .await?;
            Some(child_by_password(state, public_id, password).await?)
        }
        Proof::Code(_) => None,
    };
    let mut tx = state.db.begin().await?;
    let child = match (by_password, &proof) {
        (Some(child), _) => child,
        (None, Proof::Code(code)) => {
            let id = families::take_link_code(&mut *tx, &sha256_hex(code), now).await?;
            let row = match id {
                Some(id) => users::find_by_id(&mut *tx, id).await?,
                None => None,
            };
            row.filter(linkable).ok_or_else(link_failed)?
        }
        (None, Proof::Password { .. }) => unreachable!("checked above"),
    };
    if !families::is_linked(&mut *tx, parent.id, child.id).await? {
        ensure_room(&mut *tx, parent.id).await?;
        families::link(&mut *tx, parent.id, child.id, now).await?;
    }
    tx.commit().await?;
    tracing::info!(user.id = parent.id, child.id = child.id, "child linked");
    Ok(UserView::from(&child))
}

async fn child_by_password(
    state: &AppState,
    public_id: &str,
    password: &str,
) -> AppResult<UserRow> {
    let user = users::find_by(state.db.pool(), UniqueColumn::PublicId, public_id).await?;
    let stored = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| crate::password::DUMMY_HASH.into());
    let ok = crate::password::verify(password.to_string(), stored).await?;
    user.filter(|u| ok && linkable(u)).ok_or_else(link_failed)
}

/// A new one-time code for the calling student; older codes stop working.
pub async fn new_link_code(state: &AppState, child: &Principal) -> AppResult<LinkCode> {
    child.require_active(&[Role::Student])?;
    let now = state.now_ms();
    let expires_at = now + LINK_CODE_TTL_MS;
    let mut tx = state.db.begin().await?;
    families::delete_link_codes(&mut *tx, child.id).await?;
    for _ in 0..20 {
        let code = short_code(LINK_CODE_LEN);
        let hash = sha256_hex(&code);
        // Another child's live or spent code: draw again rather than break the unique key.
        if families::link_code_taken(&mut *tx, &hash).await? {
            continue;
        }
        families::insert_link_code(&mut *tx, &hash, child.id, now, expires_at).await?;
        tx.commit().await?;
        return Ok(LinkCode { code, expires_at });
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free link code after 20 draws"
    )))
}
