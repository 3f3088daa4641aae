//! The audit log as staff read it.

use super::{find_target, given, parse_page, require_staff, PER_PAGE};
use crate::store::audit;
use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// Who did something, or to whom: the 8-digit Alif24 ID and the name.
#[derive(Clone, Debug, Serialize)]
pub struct Person {
    pub id: String,
    pub name: String,
}

/// One audit log entry. `detail` is always a JSON object.
#[derive(Clone, Debug, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub action: String,
    pub actor: Person,
    pub target: Option<Person>,
    pub detail: serde_json::Value,
    /// Unix milliseconds.
    pub created_at: i64,
}

impl From<audit::AuditRow> for AuditEntry {
    fn from(r: audit::AuditRow) -> Self {
        let detail = match serde_json::from_str::<serde_json::Value>(&r.detail) {
            Ok(v @ serde_json::Value::Object(_)) => v,
            _ => json!({ "text": r.detail }),
        };
        Self {
            id: r.id,
            action: r.action,
            actor: Person {
                id: r.actor_public_id,
                name: r.actor_name,
            },
            target: r
                .target_public_id
                .zip(r.target_name)
                .map(|(id, name)| Person { id, name }),
            detail,
            created_at: r.created_at,
        }
    }
}

/// `GET /api/v1/admin/audit`: `user` (an Alif24 ID) keeps entries they did or underwent.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AuditQuery {
    pub user: Option<String>,
    pub page: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

pub async fn audit_log(state: &AppState, who: &Principal, q: &AuditQuery) -> AppResult<AuditPage> {
    require_staff(who)?;
    let page = parse_page(&q.page).map_err(|e| AppError::invalid(vec![e]))?;
    let pool = state.db.pool();
    let user_id = match given(&q.user) {
        Some(u) => Some(find_target(pool, u).await?.id),
        None => None,
    };
    let rows = audit::list_involving(pool, user_id, PER_PAGE, (page - 1) * PER_PAGE).await?;
    Ok(AuditPage {
        entries: rows.into_iter().map(AuditEntry::from).collect(),
        total: audit::count_involving(pool, user_id).await?,
        page,
        per_page: PER_PAGE,
    })
}
