//! PostgreSQL backups and restores through the client tools `pg_dump` and `pg_restore`, with the
//! password passed in the environment, never on the command line.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

use anyhow::Context;
use sqlx::Connection;

use super::{names, Confirm, RestoreDone};

/// What to install when a tool is missing.
const INSTALL: &str = "install the PostgreSQL client tools of the server's major version, \
                       for example `apt-get install postgresql-client-15`";

/// `pg_dump --format=custom` of the database at `url` to `DIR/alif24-<UTC time>.dump`, checked
/// with `pg_restore --list`.
pub async fn backup(url: &str, dir: &Path, now_ms: i64) -> anyhow::Result<super::BackupDone> {
    let started = Instant::now();
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    let file = names::backup_file(dir, now_ms, "dump");
    if file.exists() {
        anyhow::bail!("{} exists already; nothing was overwritten", file.display());
    }
    let (bare, password) = names::split_password(url);
    let args: Vec<OsString> = vec![
        "--format=custom".into(),
        "--file".into(),
        file.clone().into(),
        "--dbname".into(),
        bare.into(),
    ];
    let dumped = run("pg_dump", args, password).await;
    if let Err(e) = dumped.and(list(&file).await) {
        let _ = std::fs::remove_file(&file);
        return Err(e);
    }
    Ok(super::BackupDone {
        bytes: std::fs::metadata(&file)?.len(),
        file,
        duration: started.elapsed(),
    })
}

/// `pg_restore --clean --if-exists --no-owner` of `file` into the database at `url`, in one
/// transaction: on any error the database stays as it was.
pub async fn restore(url: &str, file: &Path, confirm: Confirm) -> anyhow::Result<RestoreDone> {
    let started = Instant::now();
    if !file.is_file() {
        anyhow::bail!("there is no file {}", file.display());
    }
    list(file).await?;
    let (bare, password) = names::split_password(url);
    let users = count_users(url).await?;
    super::confirm::replace(confirm, &bare, users)?;
    let args: Vec<OsString> = vec![
        "--clean".into(),
        "--if-exists".into(),
        "--no-owner".into(),
        "--single-transaction".into(),
        "--dbname".into(),
        bare.clone().into(),
        file.into(),
    ];
    run("pg_restore", args, password).await?;
    Ok(RestoreDone {
        target: bare,
        kept: None,
        pending_migrations: None,
        duration: started.elapsed(),
    })
}

/// Checks that `file` is a dump `pg_restore` reads and that it holds Alif24's tables.
async fn list(file: &Path) -> anyhow::Result<()> {
    let out = run("pg_restore", vec!["--list".into(), file.into()], None)
        .await
        .with_context(|| format!("{} is not a usable PostgreSQL dump", file.display()))?;
    let toc = String::from_utf8_lossy(&out.stdout);
    if !toc.contains("_sqlx_migrations") {
        anyhow::bail!(
            "{} is not an Alif24 dump: it holds no migrations table",
            file.display()
        );
    }
    Ok(())
}

async fn count_users(url: &str) -> anyhow::Result<i64> {
    let mut conn = sqlx::PgConnection::connect(url).await.with_context(|| {
        format!(
            "cannot open the database at {}",
            names::split_password(url).0
        )
    })?;
    // A database without the table (a new one) has nobody to lose.
    let users = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&mut conn)
        .await
        .unwrap_or(0);
    conn.close().await.ok();
    Ok(users)
}

/// Runs a client tool; its error output becomes the error when it fails.
async fn run(
    program: &str,
    args: Vec<OsString>,
    password: Option<String>,
) -> anyhow::Result<Output> {
    let mut cmd = Command::new(program);
    cmd.args(args);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let program = program.to_string();
    let out = tokio::task::spawn_blocking(move || cmd.output()).await?;
    let out = match out {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            anyhow::bail!("{program} is not installed: {INSTALL}")
        }
        other => other.with_context(|| format!("cannot run {program}"))?,
    };
    if !out.status.success() {
        anyhow::bail!(
            "{program} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_missing_tool_says_what_to_install() {
        let err = super::run("pg_dump-not-installed", vec![], None)
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("is not installed"), "{err}");
        assert!(
            err.contains("apt-get install postgresql-client-15"),
            "{err}"
        );
    }
}
