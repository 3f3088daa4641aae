//! A fresh database for each run: a new SQLite file, or a PostgreSQL database emptied only
//! when its name says it is for benchmarks (or the operator insists).

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use sqlx::Connection;

/// The database of one run.
pub struct Fresh {
    pub url: String,
    /// The SQLite file and its WAL companions, removed at the end.
    files: Vec<PathBuf>,
}

impl Fresh {
    /// A new SQLite file in `dir`.
    pub fn sqlite(dir: &Path) -> Self {
        let file = dir.join("alif24-bench.db");
        let files = ["", "-wal", "-shm"]
            .iter()
            .map(|s| PathBuf::from(format!("{}{s}", file.display())))
            .collect::<Vec<_>>();
        for f in &files {
            let _ = std::fs::remove_file(f);
        }
        Fresh {
            url: format!("sqlite://{}", file.display()),
            files,
        }
    }

    /// Empties the PostgreSQL database at `url` (`DROP SCHEMA public CASCADE`), refusing
    /// unless its name contains "bench" or `force` is set.
    pub async fn postgres(url: &str, force: bool) -> anyhow::Result<Self> {
        let name = database_name(url).context("the PostgreSQL URL names no database")?;
        if !name.contains("bench") && !force {
            bail!(
                "refusing to wipe PostgreSQL database {name:?}: every table in it would be \
                 dropped. Use a database whose name contains \"bench\" (e.g. alif24_bench), \
                 or pass --reset-database if you really mean it"
            );
        }
        let mut conn = sqlx::PgConnection::connect(url)
            .await
            .with_context(|| format!("cannot connect to PostgreSQL database {name:?}"))?;
        sqlx::raw_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            .execute(&mut conn)
            .await
            .with_context(|| format!("cannot reset database {name:?}"))?;
        conn.close().await?;
        Ok(Fresh {
            url: url.to_string(),
            files: Vec::new(),
        })
    }
}

impl Drop for Fresh {
    /// Removes the SQLite files, also after a failed run (PostgreSQL keeps its data for a
    /// look afterwards).
    fn drop(&mut self) {
        for f in &self.files {
            let _ = std::fs::remove_file(f);
        }
    }
}

/// The database name of a `postgres://user:pass@host:port/name?options` URL.
pub fn database_name(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))?;
    let (_, path) = rest.split_once('/')?;
    let name = path.split('?').next()?;
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::database_name;

    #[test]
    fn the_database_name_comes_from_the_url_path() {
        assert_eq!(
            database_name("postgres://a:b@127.0.0.1:5432/alif24_bench_a?sslmode=disable"),
            Some("alif24_bench_a")
        );
        assert_eq!(database_name("postgresql://h/x"), Some("x"));
        assert_eq!(database_name("postgres://h:5432"), None);
        assert_eq!(database_name("postgres://h/"), None);
        assert_eq!(database_name("sqlite://x.db"), None);
    }
}
