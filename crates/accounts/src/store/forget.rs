//! Deleting an account and every accounts row about it, once the other domains have deleted
//! theirs (`kernel::forget`). Audit entries by others about the person stay, without the person.

use kernel::db::Tx;

/// Statements run in order with `$1` = the user's internal id. Tokens go before their
/// sessions, and the user row last: the foreign keys then prove nothing still points at it.
const BY_ID: &[&str] = &[
    "DELETE FROM auth_tokens WHERE session_id IN (SELECT id FROM auth_sessions WHERE user_id = $1)",
    "DELETE FROM auth_sessions WHERE user_id = $1",
    "DELETE FROM known_devices WHERE user_id = $1",
    "DELETE FROM login_cards WHERE user_id = $1",
    "UPDATE login_cards SET created_by = NULL WHERE created_by = $1",
    "DELETE FROM picture_passwords WHERE user_id = $1",
    "DELETE FROM signin_alerts WHERE user_id = $1",
    "DELETE FROM child_link_codes WHERE child_id = $1",
    "DELETE FROM families WHERE child_id = $1 OR parent_id = $1",
    "DELETE FROM class_members WHERE student_id = $1",
    "DELETE FROM org_members WHERE user_id = $1",
    "DELETE FROM org_invitations WHERE user_id = $1",
    "UPDATE org_invitations SET answered_by = NULL WHERE answered_by = $1",
    "DELETE FROM org_join_requests WHERE user_id = $1",
    "DELETE FROM audit_log WHERE actor_id = $1",
    "UPDATE audit_log SET target_id = NULL, detail = '{\"forgotten\":true}' WHERE target_id = $1",
];

/// Deletes user `user_id` (public ID `public_id`) and every accounts row about them.
pub async fn delete_user(tx: &mut Tx, user_id: i64, public_id: &str) -> Result<(), sqlx::Error> {
    for sql in BY_ID {
        sqlx::query(sql).bind(user_id).execute(&mut **tx).await?;
    }
    // Invitations typed with the ID before the account was found, and the login counters
    // kept under the account's key or under the typed ID.
    sqlx::query("DELETE FROM org_invitations WHERE typed_id = $1")
        .bind(public_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM login_throttles WHERE throttle_key LIKE $1 OR throttle_key LIKE $2")
        .bind(format!("user:{user_id}@%"))
        .bind(format!("login:{public_id}@%"))
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
