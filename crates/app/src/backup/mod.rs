//! `alif24 backup` and `alif24 restore`: a checked copy of the database (SQLite through
//! `VACUUM INTO`, PostgreSQL through `pg_dump`) and its way back.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kernel::db::Backend;

pub mod command;
mod confirm;
pub mod names;
mod postgres;
mod sqlite;
mod sqlite_restore;

pub use confirm::Confirm;

/// A backup written and checked.
#[derive(Debug)]
pub struct BackupDone {
    pub file: PathBuf,
    pub bytes: u64,
    pub duration: Duration,
}

/// A restore done.
#[derive(Debug)]
pub struct RestoreDone {
    /// The database replaced (a file, or a URL without its password).
    pub target: String,
    /// Where the replaced SQLite database was kept.
    pub kept: Option<PathBuf>,
    /// Migrations of this version the backup lacks (applied by the next `migrate` or start);
    /// unknown for a PostgreSQL dump.
    pub pending_migrations: Option<usize>,
    pub duration: Duration,
}

/// Backs up the database at `url` into `dir`, named for the UTC time `now_ms`; never overwrites.
pub async fn backup(url: &str, dir: &Path, now_ms: i64) -> anyhow::Result<BackupDone> {
    match backend(url)? {
        Backend::Sqlite => sqlite::backup(url, dir, now_ms).await,
        Backend::Postgres => postgres::backup(url, dir, now_ms).await,
    }
}

/// Checks a SQLite backup file as `backup` and `restore` do: opens read-only, passes
/// `PRAGMA integrity_check`, records migrations. Returns how many.
pub async fn verify_sqlite(file: &Path) -> anyhow::Result<usize> {
    Ok(sqlite::verify(file).await?.len())
}

/// Puts the backup `file` in place of the database at `url`. On SQLite the server must be
/// stopped and the current file is kept beside it as `<name>.before-restore-<UTC time>`.
pub async fn restore(
    url: &str,
    file: &Path,
    confirm: Confirm,
    now_ms: i64,
) -> anyhow::Result<RestoreDone> {
    match backend(url)? {
        Backend::Sqlite => sqlite_restore::restore(url, file, confirm, now_ms).await,
        Backend::Postgres => postgres::restore(url, file, confirm).await,
    }
}

fn backend(url: &str) -> anyhow::Result<Backend> {
    Backend::of(url).ok_or_else(|| anyhow::anyhow!("DATABASE_URL must be sqlite: or postgres://"))
}
