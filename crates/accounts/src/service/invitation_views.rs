//! How an invitation looks to the organisation that sent it (only the ID its admin typed) and
//! to the person invited or their parent (the organisation's name and kind).

use serde::Serialize;

use crate::store::org_invitations::{ReceivedRow, SentRow};

/// An invitation as the organisation sees it: the ID its admin typed, never a name.
#[derive(Clone, Debug, Serialize)]
pub struct SentInvitation {
    pub id: i64,
    /// The 8-digit Alif24 ID as typed (spaces removed).
    pub user_id: String,
    pub member_role: String,
    /// Always `pending`: answered, withdrawn and expired invitations are not listed.
    pub status: &'static str,
    /// Unix milliseconds.
    pub created_at: i64,
    /// Unix milliseconds.
    pub expires_at: i64,
}

impl SentInvitation {
    pub(crate) fn from(r: &SentRow) -> Self {
        Self {
            id: r.id,
            user_id: r.typed_id.clone(),
            member_role: r.member_role.clone(),
            status: "pending",
            created_at: r.created_at,
            expires_at: r.expires_at,
        }
    }
}

/// The person an invitation is for.
#[derive(Clone, Debug, Serialize)]
pub struct Invitee {
    /// The 8-digit Alif24 ID.
    pub id: String,
    pub name: String,
}

/// The organisation that invites.
#[derive(Clone, Debug, Serialize)]
pub struct InvitingOrg {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

/// An invitation as the invited person, or their parent, sees it.
#[derive(Clone, Debug, Serialize)]
pub struct ReceivedInvitation {
    pub id: i64,
    pub org: InvitingOrg,
    pub member_role: String,
    /// The invited person: the caller, or one of the caller's children.
    pub invitee: Invitee,
    /// False for a child whose parent answers.
    pub can_answer: bool,
    /// Unix milliseconds.
    pub expires_at: i64,
}

impl ReceivedInvitation {
    pub(crate) fn from(r: &ReceivedRow, can_answer: bool) -> Self {
        Self {
            id: r.id,
            org: InvitingOrg {
                id: r.org_id,
                name: r.org_name.clone(),
                kind: r.org_kind.clone(),
            },
            member_role: r.member_role.clone(),
            invitee: Invitee {
                id: r.user_public_id.clone(),
                name: r.user_name.clone(),
            },
            can_answer,
            expires_at: r.expires_at,
        }
    }

    pub fn kind_key(&self) -> String {
        format!("org-kind-{}", self.org.kind)
    }

    pub fn role_key(&self) -> String {
        format!("orgs-member-role-{}", self.member_role)
    }
}
