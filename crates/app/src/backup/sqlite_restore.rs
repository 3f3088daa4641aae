//! SQLite restores: the backup is checked, the database must not be open anywhere, the current
//! file is kept beside it, and the backup takes its place in one rename.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::sqlite::SqliteConnection;
use sqlx::Connection;

use super::{names, sqlite, Confirm, RestoreDone};

/// Restores `file` over the database of `url` (which may not exist yet).
pub async fn restore(
    url: &str,
    file: &Path,
    confirm: Confirm,
    now_ms: i64,
) -> anyhow::Result<RestoreDone> {
    let started = Instant::now();
    let applied = sqlite::verify(file).await?;
    let known: Vec<i64> = kernel::db::migration_versions()
        .0
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    if let Some((newer, _)) = applied.iter().find(|(v, _)| !known.contains(v)) {
        anyhow::bail!(
            "the backup comes from a newer Alif24 (migration {newer} is unknown to this one); \
             restore it with that version"
        );
    }
    let pending = known.len() - applied.len();
    let target = names::sqlite_path(url)?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    let lock = match target.exists() {
        true => Some(take_over(&target, confirm).await?),
        false => None,
    };
    let temp = dir.join(format!(
        ".{}.restore-{}.tmp",
        target.file_name().unwrap_or_default().to_string_lossy(),
        names::utc_stamp(now_ms)
    ));
    let swapped = swap(file, &target, &temp, lock, now_ms).await;
    if swapped.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    Ok(RestoreDone {
        target: target.display().to_string(),
        kept: swapped?,
        pending_migrations: Some(pending),
        duration: started.elapsed(),
    })
}

/// Copies the backup beside the target, then puts it in place; returns the kept database.
async fn swap(
    file: &Path,
    target: &Path,
    temp: &Path,
    lock: Option<SqliteConnection>,
    now_ms: i64,
) -> anyhow::Result<Option<PathBuf>> {
    std::fs::copy(file, temp).with_context(|| format!("cannot write {}", temp.display()))?;
    File::open(temp)?.sync_all()?;
    let mut kept = None;
    if let Some(mut conn) = lock {
        // Everything in the old write-ahead log goes into its main file, so the kept copy is whole.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut conn)
            .await
            .context("cannot fold the database's log into it before keeping it")?;
        conn.close().await?;
        let keep = names::kept_file(target, now_ms);
        if std::fs::hard_link(target, &keep).is_err() {
            std::fs::copy(target, &keep)
                .with_context(|| format!("cannot keep the database as {}", keep.display()))?;
        }
        kept = Some(keep);
    }
    // A log or index left by the old file would be read as the new one's.
    for ext in ["-wal", "-shm"] {
        let stale = PathBuf::from(format!("{}{ext}", target.display()));
        if stale.exists() {
            std::fs::remove_file(&stale)
                .with_context(|| format!("cannot remove {}", stale.display()))?;
        }
    }
    std::fs::rename(temp, target)
        .with_context(|| format!("cannot put the backup at {}", target.display()))?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        File::open(dir)?.sync_all()?;
    }
    Ok(kept)
}

/// Locks the current database against every other connection (a running server holds one
/// open even while idle) and asks before replacing one that has users. The lock holds until
/// the returned connection closes.
async fn take_over(target: &Path, confirm: Confirm) -> anyhow::Result<SqliteConnection> {
    let mut conn = sqlite::open(target, false).await?;
    match may_replace(&mut conn, target, confirm).await {
        Ok(()) => Ok(conn),
        Err(e) => {
            // Closed before returning, so nothing of this attempt is left beside the database.
            conn.close().await.ok();
            Err(e)
        }
    }
}

async fn may_replace(
    conn: &mut SqliteConnection,
    target: &Path,
    confirm: Confirm,
) -> anyhow::Result<()> {
    let lock = async {
        sqlx::query("PRAGMA busy_timeout = 200")
            .execute(&mut *conn)
            .await?;
        sqlx::query("PRAGMA locking_mode = EXCLUSIVE")
            .execute(&mut *conn)
            .await?;
        sqlx::query("BEGIN EXCLUSIVE").execute(&mut *conn).await?;
        sqlx::query("ROLLBACK").execute(&mut *conn).await
    };
    if tokio::time::timeout(Duration::from_secs(2), lock)
        .await
        .map_or(true, |r| r.is_err())
    {
        anyhow::bail!(
            "{} is in use by a running Alif24 (or another program); stop the server first, \
             then restore",
            target.display()
        );
    }
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&mut *conn)
        .await
        .unwrap_or(0);
    super::confirm::replace(confirm, &target.display().to_string(), users)
}
