//! An organisation's region and district, which its admins set (for leaderboards by region and
//! olympiads). Describing itself is allowed while the organisation waits for approval.

use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::service::orgs::managed;
use crate::service::regions::{Place, PlaceChange};
use crate::store::orgs::OrgRow;
use crate::store::regions;

/// An organisation as the API shows it on its own (the members list, a change).
#[derive(Clone, Debug, Serialize)]
pub struct OrgDetail {
    pub id: i64,
    pub name: String,
    pub kind: String,
    /// Region and district codes (`kernel::regions`), or null.
    pub region: Option<String>,
    pub district: Option<String>,
}

impl From<&OrgRow> for OrgDetail {
    fn from(o: &OrgRow) -> Self {
        Self {
            id: o.id,
            name: o.name.clone(),
            kind: o.kind.clone(),
            region: o.region.clone(),
            district: o.district.clone(),
        }
    }
}

/// The organisation's place as stored.
pub fn place_of(org: &OrgRow) -> Place {
    Place {
        region: org.region.clone(),
        district: org.district.clone(),
    }
}

/// Sets the region and district of an organisation the caller administers (403 for people
/// outside it, 404 for other organisations); bad codes are 422 and change nothing. A change is
/// recorded in the audit log.
pub async fn set(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    change: &PlaceChange,
) -> AppResult<OrgDetail> {
    let mut org = managed(state, who, org_id).await?;
    let before = place_of(&org);
    let after = change.apply(&before).map_err(AppError::invalid)?;
    if after == before {
        return Ok(OrgDetail::from(&org));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    regions::set_org_place(
        &mut *tx,
        org.id,
        after.region.as_deref(),
        after.district.as_deref(),
    )
    .await?;
    let detail = serde_json::json!({
        "org_id": org.id,
        "org_name": org.name,
        "region": after.region,
        "district": after.district,
        "previous_region": before.region,
        "previous_district": before.district,
    });
    let entry = kernel::audit::Entry {
        actor_id: who.id,
        action: "org.set_region",
        target_id: None,
        detail: &detail,
    };
    kernel::audit::record(&mut *tx, entry, now).await?;
    tx.commit().await?;
    tracing::info!(org.id = org.id, "organisation region set");
    org.region = after.region;
    org.district = after.district;
    Ok(OrgDetail::from(&org))
}
