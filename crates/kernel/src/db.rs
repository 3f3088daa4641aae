//! The database: one sqlx `Any` pool over SQLite or PostgreSQL, with one code path for both.
//!
//! Rules that keep the SQL portable are in DESIGN.md §5. Write transactions on SQLite start with
//! `BEGIN IMMEDIATE`, so two writers queue on the busy timeout instead of failing on upgrade.

use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyPoolOptions, AnyQueryResult};
use sqlx::{Any, AnyPool, Executor, Transaction};

/// Which database engine a URL points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }

    pub fn accepts(url: &str) -> bool {
        Self::of(url).is_some()
    }
}

/// A pooled connection to the platform's database.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

/// Write transaction on the platform database.
pub type Tx = Transaction<'static, Any>;

/// How long a pooled connection may sit unused before it is checked on the way out.
const PING_WHEN_IDLE: Duration = Duration::from_secs(5);

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");

impl Db {
    /// Connects, creating the SQLite file (and its folder) when needed.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url).context("DATABASE_URL must be sqlite: or postgres://")?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_url(url)?,
            Backend::Postgres => url.to_string(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .min_connections(1)
            // While the database is down, requests fail after two seconds instead of queueing.
            .acquire_timeout(Duration::from_secs(2))
            // A connection in steady use is not pinged before each query (that doubled the
            // round trips of every read); one idle for a while is, so a database restart
            // costs no request an error.
            .test_before_acquire(false)
            .before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for >= PING_WHEN_IDLE {
                        sqlx::Connection::ping(conn).await?;
                    }
                    Ok(true)
                })
            })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .with_context(|| {
                format!(
                    "cannot open the database at {}",
                    crate::config::redact(&url)
                )
            })?;
        Ok(Self { pool, backend })
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// Applies the embedded migrations on a dedicated connection, giving up after a minute
    /// (a stuck run on PostgreSQL would otherwise hold its advisory lock indefinitely).
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let mut conn = self.pool.acquire().await?;
        tokio::time::timeout(Duration::from_secs(60), migrator.run(&mut *conn))
            .await
            .context("migrations did not finish within 60 seconds")?
            .context("migration failed")?;
        Ok(())
    }

    /// Names of the embedded migrations for this backend, in order (for `alif24 migrate`).
    pub fn migration_names(&self) -> Vec<String> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .iter()
            .map(|m| format!("{} {}", m.version, m.description))
            .collect()
    }

    /// A round trip to the database, for readiness checks.
    /// Whether the database answers within a second (for `/readyz`, which must answer at once).
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        let query = sqlx::query("SELECT 1").execute(&self.pool);
        match tokio::time::timeout(Duration::from_secs(1), query).await {
            Ok(r) => r.map(|_: AnyQueryResult| ()),
            Err(_) => Err(sqlx::Error::PoolTimedOut),
        }
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Versions and names of migrations, in order.
pub type MigrationList = Vec<(i64, String)>;

/// Embedded migration versions and names per backend, for the test that keeps them parallel.
pub fn migration_versions() -> (MigrationList, MigrationList) {
    let list = |m: &sqlx::migrate::Migrator| {
        m.iter()
            .map(|m| (m.version, m.description.to_string()))
            .collect()
    };
    (list(&SQLITE_MIGRATIONS), list(&POSTGRES_MIGRATIONS))
}

fn prepare_sqlite_url(url: &str) -> anyhow::Result<String> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if !path.is_empty() && !path.contains(":memory:") && !query.contains("mode=memory") {
        if let Some(dir) = std::path::Path::new(path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create the folder {}", dir.display()))?;
            }
        }
    }
    Ok(if query.contains("mode=") {
        url.to_string()
    } else if query.is_empty() {
        format!("sqlite://{path}?mode=rwc")
    } else {
        format!("sqlite://{path}?{query}&mode=rwc")
    })
}

/// True when a database error is a unique-constraint violation on either backend.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => {
            db.is_unique_violation()
                || db.code().as_deref() == Some("23505")
                || db.message().contains("UNIQUE constraint failed")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn migration_folders_hold_the_same_versions_and_names() {
        let (sqlite, postgres) = super::migration_versions();
        assert!(!sqlite.is_empty());
        assert_eq!(sqlite, postgres);
    }

    #[test]
    fn sqlite_urls_get_create_mode() {
        assert_eq!(
            super::prepare_sqlite_url("sqlite://x.db").unwrap(),
            "sqlite://x.db?mode=rwc"
        );
    }
}
