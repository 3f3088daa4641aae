//! SQLite backups: `VACUUM INTO` a new file (one consistent snapshot, while the server keeps
//! reading and writing), then the copy is opened read-only and checked.

use std::path::Path;
use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::Connection;

use super::{names, BackupDone};

/// A migration as recorded in `_sqlx_migrations`: version and checksum.
pub type Applied = Vec<(i64, Vec<u8>)>;

/// Copies the database at `url` to `DIR/alif24-<UTC time>.db` and verifies the copy.
pub async fn backup(url: &str, dir: &Path, now_ms: i64) -> anyhow::Result<BackupDone> {
    let started = Instant::now();
    let source = names::sqlite_path(url)?;
    if !source.exists() {
        anyhow::bail!("there is no database at {}", source.display());
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    let file = names::backup_file(dir, now_ms, "db");
    if file.exists() {
        anyhow::bail!("{} exists already; nothing was overwritten", file.display());
    }
    let mut conn = open(&source, false).await?;
    let applied = migrations(&mut conn).await?;
    // One read transaction: writers go on (WAL), the copy is the state when it began.
    let copy = sqlx::query(&format!("VACUUM INTO {}", quote(&file)))
        .execute(&mut conn)
        .await;
    conn.close().await.ok();
    copy.with_context(|| format!("cannot write the copy {}", file.display()))?;
    if let Err(e) = check_copy(&file, &applied).await {
        let _ = std::fs::remove_file(&file);
        return Err(e.context("the copy failed its check and was removed"));
    }
    let bytes = std::fs::metadata(&file)?.len();
    Ok(BackupDone {
        file,
        bytes,
        duration: started.elapsed(),
    })
}

async fn check_copy(file: &Path, source: &Applied) -> anyhow::Result<()> {
    let copied = verify(file).await?;
    if &copied != source {
        anyhow::bail!("the copy's migrations differ from the database's");
    }
    Ok(())
}

/// Opens `file` read-only: it must pass `PRAGMA integrity_check` and hold the migrations
/// table; returns the migrations it records.
pub async fn verify(file: &Path) -> anyhow::Result<Applied> {
    let what = || format!("{} is not a usable Alif24 SQLite backup", file.display());
    if !file.is_file() {
        anyhow::bail!("there is no file {}", file.display());
    }
    let mut conn = open(file, true).await.with_context(what)?;
    let result: anyhow::Result<Applied> = async {
        let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&mut conn)
            .await?;
        if rows != ["ok"] {
            anyhow::bail!("integrity check: {}", rows.join("; "));
        }
        let applied = migrations(&mut conn).await?;
        if applied.is_empty() {
            anyhow::bail!("it records no migrations");
        }
        Ok(applied)
    }
    .await;
    conn.close().await.ok();
    result.with_context(what)
}

/// A single connection to an existing file (never creates one).
pub async fn open(file: &Path, read_only: bool) -> anyhow::Result<SqliteConnection> {
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(file)
        .create_if_missing(false)
        .read_only(read_only)
        .busy_timeout(Duration::from_secs(10));
    SqliteConnection::connect_with(&options)
        .await
        .with_context(|| format!("cannot open {}", file.display()))
}

/// The migrations a database records, in order.
pub async fn migrations(conn: &mut SqliteConnection) -> anyhow::Result<Applied> {
    sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations ORDER BY version")
        .fetch_all(conn)
        .await
        .context("it has no migrations table")
}

/// A path as an SQL string literal.
fn quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}
