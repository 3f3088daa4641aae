//! A fresh database per test (a temporary SQLite file, or a new PostgreSQL database when
//! `ALIF24_TEST_DATABASE_URL` is set), migrated, and removed when the test ends.

use sqlx::Connection;

pub struct TestDb {
    pub url: String,
    cleanup: Option<(String, String)>,
    path: Option<std::path::PathBuf>,
}

impl TestDb {
    pub async fn create() -> Self {
        sqlx::any::install_default_drivers();
        let suffix = &kernel::ids::token()[..16];
        match std::env::var("ALIF24_TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(admin_url) => {
                let name = format!("alif24_k_{suffix}");
                let mut conn = sqlx::AnyConnection::connect(&admin_url)
                    .await
                    .expect("connect to ALIF24_TEST_DATABASE_URL");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .await
                    .expect("create test database");
                conn.close().await.ok();
                let (base, query) = admin_url.split_once('?').unwrap_or((&admin_url, ""));
                let server = &base[..base
                    .rfind('/')
                    .filter(|i| *i > base.find("://").unwrap() + 2)
                    .unwrap_or(base.len())];
                let url = if query.is_empty() {
                    format!("{server}/{name}")
                } else {
                    format!("{server}/{name}?{query}")
                };
                Self {
                    url,
                    cleanup: Some((admin_url.clone(), name)),
                    path: None,
                }
            }
            None => {
                let path = std::env::temp_dir().join(format!("alif24-kernel-{suffix}.db"));
                Self {
                    url: format!("sqlite://{}?mode=rwc", path.display()),
                    cleanup: None,
                    path: Some(path),
                }
            }
        }
    }

    /// A new pool on the test database (each replica of a test opens its own), migrated.
    pub async fn connect(&self) -> kernel::db::Db {
        let db = kernel::db::Db::connect(&self.url).await.expect("connect");
        db.migrate().await.expect("migrate");
        db
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(path) = &self.path {
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
            }
        }
        if let Some((admin_url, name)) = self.cleanup.clone() {
            // Drop runs inside the test's runtime; a separate thread may block on its own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                rt.block_on(async {
                    if let Ok(mut conn) = sqlx::AnyConnection::connect(&admin_url).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&mut conn)
                                .await;
                    }
                });
            })
            .join();
        }
    }
}

/// The Redis URL of the test run, or `None` after saying the test is skipped.
pub fn redis_url(test: &str) -> Option<String> {
    match std::env::var("ALIF24_TEST_REDIS_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(url) => Some(url),
        None => {
            eprintln!("skipped {test}: ALIF24_TEST_REDIS_URL is not set");
            None
        }
    }
}

/// Waits (up to ten seconds) until `check` holds; false if it never did.
pub async fn eventually(mut check: impl FnMut() -> bool) -> bool {
    for _ in 0..1000 {
        if check() {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    check()
}
