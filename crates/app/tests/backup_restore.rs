//! `alif24 backup` and `alif24 restore`: a SQLite copy taken while someone writes is whole, a
//! restored database lets its users log in, a bad backup or a running server changes nothing,
//! and on PostgreSQL the same round trip goes through `pg_dump` and `pg_restore`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use app::backup::{self, Confirm};
use axum::http::StatusCode;
use serde_json::json;
use testkit::{TestApp, PASSWORD, START_MS};

/// A folder of its own for one test's files, removed at the end.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        let dir =
            std::env::temp_dir().join(format!("alif24-backup-{}", &kernel::ids::token()[..12]));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn url(&self, name: &str) -> String {
        format!("sqlite://{}", self.path(name).display())
    }

    /// Names in the folder holding `file`, sorted.
    fn beside(file: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The platform on the SQLite file of `url` (whatever database the suite runs on).
async fn app_on(url: &str) -> TestApp {
    TestApp::spawn_with(&[("DATABASE_URL", url)]).await
}

/// Stops a platform the way stopping the server does: every connection closed, which folds
/// the write-ahead log into the file. The last connection closes on its own thread, so this
/// waits until the log is gone (bounded, so a log that never goes fails the test).
async fn stop(app: TestApp) {
    let file = backup::names::sqlite_path(&app.state.config.database_url).unwrap();
    app.state.db.close().await;
    drop(app);
    let wal = PathBuf::from(format!("{}-wal", file.display()));
    for _ in 0..3000 {
        if !wal.exists() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("{} is still there after the server stopped", wal.display());
}

async fn login_status(app: &TestApp, email: &str) -> StatusCode {
    app.post(
        "/api/v1/auth/login",
        None,
        json!({"login": email, "password": PASSWORD}),
    )
    .await
    .status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_a_writer_keeps_registering_is_whole() {
    let dir = Scratch::new();
    let url = dir.url("live.db");
    // Registrations per address are limited; this writer registers as fast as it can.
    let settings = [
        ("DATABASE_URL", url.as_str()),
        ("ALIF24_RATE_LIMIT_SCALE", "1000"),
    ];
    let app = Arc::new(TestApp::spawn_with(&settings).await);
    let base = app.count("users").await as usize;
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicUsize::new(0));
    let writer = tokio::spawn({
        let (app, stop, written) = (app.clone(), stop.clone(), written.clone());
        async move {
            while !stop.load(Ordering::SeqCst) {
                let n = written.load(Ordering::SeqCst);
                app.register("parent", "Ota", &format!("writer{n}@example.uz"))
                    .await;
                written.store(n + 1, Ordering::SeqCst);
            }
        }
    });
    while written.load(Ordering::SeqCst) < 3 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let before = written.load(Ordering::SeqCst);
    let done = backup::backup(&url, &dir.path("backups"), START_MS)
        .await
        .expect("backup while writing");
    let after = written.load(Ordering::SeqCst);
    // The writer goes on after the copy, and none of its writes failed.
    while written.load(Ordering::SeqCst) < after + 3 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    stop.store(true, Ordering::SeqCst);
    writer.await.expect("every registration succeeded");

    assert_eq!(
        done.file,
        dir.path("backups").join("alif24-20260901-060000.db"),
        "named for the UTC time"
    );
    assert_eq!(done.bytes, std::fs::metadata(&done.file).unwrap().len());
    assert!(backup::verify_sqlite(&done.file).await.unwrap() > 0);
    let restored = dir.url("copy-opened.db");
    backup::restore(&restored, &done.file, Confirm::Refuse, START_MS)
        .await
        .unwrap();
    let copy = app_on(&restored).await;
    let users = copy.count("users").await as usize - base;
    println!(
        "copy holds {users} of the writer's users ({before} done before it began, {after} when it ended), {} bytes",
        done.bytes
    );
    assert!(
        (before..=after).contains(&users),
        "{before} <= {users} <= {after}"
    );
    assert_eq!(
        login_status(&copy, "writer0@example.uz").await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_registered_user_logs_in_against_the_restored_database() {
    let dir = Scratch::new();
    let source = app_on(&dir.url("source.db")).await;
    let parent = source
        .register("parent", "Dilnoza", "dilnoza@example.uz")
        .await;
    source
        .register("teacher", "Oʻlmas", "olmas@example.uz")
        .await;
    let done = backup::backup(&dir.url("source.db"), &dir.path("backups"), START_MS)
        .await
        .unwrap();

    let target = dir.url("fresh/alif24.db");
    let restored = backup::restore(&target, &done.file, Confirm::Refuse, START_MS)
        .await
        .unwrap();
    assert_eq!(restored.kept, None, "there was nothing to keep");
    assert_eq!(restored.pending_migrations, Some(0));
    let app = app_on(&target).await;
    let again = app.login("dilnoza@example.uz", PASSWORD).await;
    assert_eq!(again.id, parent.id);
    assert_eq!(app.count("users").await, source.count("users").await);
    assert_eq!(
        Scratch::beside(&dir.path("fresh/alif24.db")),
        ["alif24.db", "alif24.db-shm", "alif24.db-wal"],
        "no temporary file is left"
    );
}

#[tokio::test]
async fn restoring_over_a_database_with_users_needs_force_and_keeps_the_old_one() {
    let dir = Scratch::new();
    let source = app_on(&dir.url("source.db")).await;
    source.register("parent", "Aziz", "aziz@example.uz").await;
    let done = backup::backup(&dir.url("source.db"), &dir.path("backups"), START_MS)
        .await
        .unwrap();
    let target = dir.url("school/alif24.db");
    let current = app_on(&target).await;
    current
        .register("parent", "Zarina", "zarina@example.uz")
        .await;
    stop(current).await;

    let refused = backup::restore(&target, &done.file, Confirm::Refuse, START_MS)
        .await
        .unwrap_err();
    assert!(
        format!("{refused:#}").contains("has 1 users"),
        "{refused:#}"
    );
    assert_eq!(
        Scratch::beside(&dir.path("school/alif24.db")),
        ["alif24.db"]
    );

    let restored = backup::restore(&target, &done.file, Confirm::Force, START_MS)
        .await
        .unwrap();
    let kept = restored.kept.expect("the old database is kept");
    assert_eq!(
        kept,
        dir.path("school/alif24.db.before-restore-20260901-060000")
    );
    let app = app_on(&target).await;
    assert_eq!(login_status(&app, "aziz@example.uz").await, StatusCode::OK);
    assert_eq!(
        login_status(&app, "zarina@example.uz").await,
        StatusCode::UNAUTHORIZED
    );
    let old = app_on(&format!("sqlite://{}", kept.display())).await;
    assert_eq!(
        login_status(&old, "zarina@example.uz").await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn restore_refuses_while_the_server_has_the_database_open() {
    let dir = Scratch::new();
    let source = app_on(&dir.url("source.db")).await;
    let done = backup::backup(&dir.url("source.db"), &dir.path("backups"), START_MS)
        .await
        .unwrap();
    let target = dir.url("running.db");
    let running = app_on(&target).await;
    running
        .register("parent", "Malika", "malika@example.uz")
        .await;

    let err = backup::restore(&target, &done.file, Confirm::Force, START_MS)
        .await
        .unwrap_err();
    assert!(
        format!("{err:#}").contains("stop the server first"),
        "{err:#}"
    );
    assert_eq!(
        login_status(&running, "malika@example.uz").await,
        StatusCode::OK
    );
    assert!(!Scratch::beside(&dir.path("running.db"))
        .iter()
        .any(|n| n.contains("before-restore") || n.ends_with(".tmp")));
    drop(source);
}

#[tokio::test]
async fn restore_refuses_a_corrupt_backup_and_leaves_the_target_untouched() {
    let dir = Scratch::new();
    let source = app_on(&dir.url("source.db")).await;
    source.register("parent", "Bobur", "bobur@example.uz").await;
    let done = backup::backup(&dir.url("source.db"), &dir.path("backups"), START_MS)
        .await
        .unwrap();
    let good = std::fs::read(&done.file).unwrap();
    let mut scribbled = good.clone();
    for b in &mut scribbled[good.len() / 2..good.len() / 2 + 8192] {
        *b = 0x5A;
    }
    let bad = [
        ("scribbled.db", scribbled),
        ("truncated.db", good[..good.len() / 3].to_vec()),
        ("text.db", b"not a database at all".to_vec()),
    ];
    let target = dir.url("target/alif24.db");
    let current = app_on(&target).await;
    current
        .register("parent", "Zarina", "zarina@example.uz")
        .await;
    stop(current).await;
    let target_file = dir.path("target/alif24.db");
    let before = std::fs::read(&target_file).unwrap();

    for (name, bytes) in bad {
        std::fs::write(dir.path(name), bytes).unwrap();
        let err = backup::restore(&target, &dir.path(name), Confirm::Force, START_MS)
            .await
            .unwrap_err();
        assert!(
            format!("{err:#}").contains("is not a usable Alif24 SQLite backup"),
            "{name}: {err:#}"
        );
        let after = std::fs::read(&target_file).unwrap();
        assert!(
            after == before,
            "{name} changed the target ({} bytes)",
            after.len()
        );
        assert_eq!(Scratch::beside(&target_file), ["alif24.db"], "{name}");
    }
}

#[tokio::test]
async fn a_second_backup_in_the_same_second_never_overwrites_the_first() {
    let dir = Scratch::new();
    let url = dir.url("source.db");
    let source = app_on(&url).await;
    let first = backup::backup(&url, &dir.path("backups"), START_MS)
        .await
        .unwrap();
    let bytes = std::fs::read(&first.file).unwrap();
    source.register("parent", "Aziz", "aziz@example.uz").await;
    let err = backup::backup(&url, &dir.path("backups"), START_MS + 999)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("exists already"), "{err:#}");
    assert_eq!(std::fs::read(&first.file).unwrap(), bytes);
    let next = backup::backup(&url, &dir.path("backups"), START_MS + 1000)
        .await
        .unwrap();
    assert!(next.file.ends_with("alif24-20260901-060001.db"));
}

/// Whether a client tool is on the PATH.
fn installed(tool: &str) -> bool {
    std::process::Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test]
async fn on_postgresql_a_dump_restores_into_an_empty_database_where_users_log_in() {
    if std::env::var("ALIF24_TEST_DATABASE_URL").map_or(true, |u| u.is_empty()) {
        println!("skipped: ALIF24_TEST_DATABASE_URL is not set, so there is no PostgreSQL to dump");
        return;
    }
    if !installed("pg_dump") || !installed("pg_restore") {
        println!("skipped: pg_dump or pg_restore is not installed (apt-get install postgresql-client-15)");
        return;
    }
    let dir = Scratch::new();
    let source = TestApp::spawn().await;
    let source_url = source.state.config.database_url.clone();
    let parent = source
        .register("parent", "Dilnoza", "dilnoza@example.uz")
        .await;
    let done = backup::backup(&source_url, &dir.path("backups"), START_MS)
        .await
        .unwrap();
    assert!(done.file.ends_with("alif24-20260901-060000.dump"));

    let target = testkit::TestDb::create().await;
    std::fs::write(dir.path("garbage.dump"), b"PGDMP but not really").unwrap();
    let err = backup::restore(
        &target.url,
        &dir.path("garbage.dump"),
        Confirm::Force,
        START_MS,
    )
    .await
    .unwrap_err();
    assert!(
        format!("{err:#}").contains("is not a usable PostgreSQL dump"),
        "{err:#}"
    );

    backup::restore(&target.url, &done.file, Confirm::Refuse, START_MS)
        .await
        .unwrap();
    let app = app_on(&target.url).await;
    assert_eq!(
        app.login("dilnoza@example.uz", PASSWORD).await.id,
        parent.id
    );

    let again = backup::restore(&target.url, &done.file, Confirm::Refuse, START_MS)
        .await
        .unwrap_err();
    assert!(format!("{again:#}").contains("has 1 users"), "{again:#}");
}

#[tokio::test]
async fn restore_refuses_a_backup_from_a_newer_version() {
    use sqlx::Connection;
    let dir = Scratch::new();
    let source = app_on(&dir.url("source.db")).await;
    let done = backup::backup(&dir.url("source.db"), &dir.path("backups"), START_MS)
        .await
        .unwrap();
    let mut copy = sqlx::SqliteConnection::connect(&format!("sqlite://{}", done.file.display()))
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (29991231000001, 'from the future', 1, x'00', 0)",
    )
    .execute(&mut copy)
    .await
    .unwrap();
    copy.close().await.unwrap();

    let target = dir.url("fresh.db");
    let err = backup::restore(&target, &done.file, Confirm::Force, START_MS)
        .await
        .unwrap_err();
    assert!(
        format!("{err:#}").contains("comes from a newer Alif24"),
        "{err:#}"
    );
    assert!(!dir.path("fresh.db").exists());
    drop(source);
}
