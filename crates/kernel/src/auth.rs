//! Who is calling: roles, the resolved principal, and the extractors handlers use.
//!
//! The accounts domain owns users and tokens and implements [`Authenticator`]; the kernel only
//! asks it to resolve a token once per request (in [`crate::context`]) and hands the result to
//! handlers through [`CurrentUser`] and [`MaybeUser`].

use std::future::Future;
use std::pin::Pin;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::Lang;

/// What a person is on the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Student,
    Parent,
    Teacher,
    Organization,
    Moderator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Student,
        Role::Parent,
        Role::Teacher,
        Role::Organization,
        Role::Moderator,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Student => "student",
            Role::Parent => "parent",
            Role::Teacher => "teacher",
            Role::Organization => "organization",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Roles that start pending until an admin approves them.
    pub fn needs_approval(self) -> bool {
        matches!(self, Role::Teacher | Role::Organization)
    }

    /// Staff who run the platform.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Moderator | Role::Admin)
    }
}

/// Where an account stands with the platform (blocking is separate and wins over all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountStatus {
    Pending,
    Active,
    Rejected,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Pending => "pending",
            AccountStatus::Active => "active",
            AccountStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(Self::Pending),
            "active" => Some(Self::Active),
            "rejected" => Some(Self::Rejected),
            _ => None,
        }
    }
}

/// The signed-in caller of one request.
#[derive(Clone, Debug)]
pub struct Principal {
    /// Internal key (never shown).
    pub id: i64,
    /// The 8-digit Alif24 ID.
    pub public_id: String,
    pub role: Role,
    pub status: AccountStatus,
    pub name: String,
    pub avatar: String,
    pub language: Lang,
    /// The login session the token belongs to.
    pub session_id: i64,
}

impl Principal {
    /// Fails with 403 unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<(), AppError> {
        if roles.contains(&self.role) {
            Ok(())
        } else {
            Err(AppError::forbidden())
        }
    }

    /// Fails with 403 unless the caller has one of `roles` and is approved.
    pub fn require_active(&self, roles: &[Role]) -> Result<(), AppError> {
        self.require(roles)?;
        match self.status {
            AccountStatus::Active => Ok(()),
            _ => Err(AppError::forbidden().with_code("account_not_approved")),
        }
    }
}

/// An access and refresh token pair as handed to a client.
#[derive(Clone, Debug, Serialize)]
pub struct TokenPair {
    pub access_token: String,
    pub refresh_token: String,
    pub access_expires_in: i64,
    pub refresh_expires_in: i64,
}

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Turns tokens into principals; implemented by the accounts domain.
pub trait Authenticator: Send + Sync + 'static {
    /// The principal behind a valid, unexpired access token of an unblocked user.
    fn resolve<'a>(
        &'a self,
        access_token: &'a str,
    ) -> BoxFuture<'a, Result<Option<Principal>, AppError>>;

    /// Rotates a refresh token (for the web's cookies). `None` when it is not valid; reuse of
    /// a spent token revokes its whole login session.
    fn refresh<'a>(
        &'a self,
        refresh_token: &'a str,
    ) -> BoxFuture<'a, Result<Option<(Principal, TokenPair)>, AppError>>;

    /// The implementation itself, for its own domain's use (its cache, say).
    fn as_any(&self) -> &dyn std::any::Any;
}

/// The resolved caller, put in request extensions by the context layer.
#[derive(Clone, Debug, Default)]
pub struct RequestAuth(pub Option<Principal>);

/// A handler argument that requires a signed-in caller (401 otherwise).
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Principal);

impl std::ops::Deref for CurrentUser {
    type Target = Principal;
    fn deref(&self) -> &Principal {
        &self.0
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<RequestAuth>()
            .and_then(|a| a.0.clone())
            .map(CurrentUser)
            .ok_or_else(AppError::unauthorized)
    }
}

/// A handler argument for pages that anyone may see, signed in or not.
#[derive(Clone, Debug)]
pub struct MaybeUser(pub Option<Principal>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeUser(
            parts
                .extensions
                .get::<RequestAuth>()
                .and_then(|a| a.0.clone()),
        ))
    }
}
