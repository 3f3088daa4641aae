//! Forgetting a person: when a parent deletes a child's account, every domain deletes its own
//! rows about that user inside the one transaction that finally deletes the account, so the
//! deletion is all or nothing and no domain writes another's tables.

use std::sync::Arc;

use crate::auth::BoxFuture;
use crate::db::Tx;
use crate::error::AppResult;

/// A domain's part of deleting a user: remove (or detach) every row it keeps about `user_id`.
/// It runs before the accounts domain deletes the user itself, in the same transaction.
pub trait ForgetUser: Send + Sync + 'static {
    /// The domain's name, for logs.
    fn domain(&self) -> &'static str;

    fn forget_in<'a>(&'a self, tx: &'a mut Tx, user_id: i64) -> BoxFuture<'a, AppResult<()>>;
}

/// Runs every domain's [`ForgetUser`] for `user_id` inside `tx`; the first failure stops it
/// (and the caller's transaction rolls back).
pub async fn forget_everywhere(
    forgetters: &[Arc<dyn ForgetUser>],
    tx: &mut Tx,
    user_id: i64,
) -> AppResult<()> {
    for f in forgetters {
        f.forget_in(tx, user_id).await?;
        tracing::debug!(
            forget.domain = f.domain(),
            user.id = user_id,
            "user forgotten"
        );
    }
    Ok(())
}

/// The common case: a domain forgets a user by running a few statements, each taking the
/// user's internal id as `$1` (`DELETE FROM harf_progress WHERE user_id = $1`), in order.
pub struct Statements {
    pub domain: &'static str,
    pub sql: &'static [&'static str],
}

impl ForgetUser for Statements {
    fn domain(&self) -> &'static str {
        self.domain
    }

    fn forget_in<'a>(&'a self, tx: &'a mut Tx, user_id: i64) -> BoxFuture<'a, AppResult<()>> {
        Box::pin(async move {
            for sql in self.sql {
                sqlx::query(sql).bind(user_id).execute(&mut **tx).await?;
            }
            Ok(())
        })
    }
}

/// A module's `forget` list made of [`Statements`].
pub fn statements(domain: &'static str, sql: &'static [&'static str]) -> Vec<Arc<dyn ForgetUser>> {
    vec![Arc::new(Statements { domain, sql })]
}
