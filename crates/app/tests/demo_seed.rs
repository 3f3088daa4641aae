//! `alif24 seed --demo`: the demo made on a fresh database has classes of 20–30 children with
//! parents, Harf progress with coins, and finished tests whose scores and item statistics
//! have real shapes; a second run adds nothing; a database with real users is left alone
//! unless forced.

use app::demo::{self, Outcome};
use kernel::clock::Clock;
use serde_json::Value;
use testkit::{TestApp, START_MS};

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn column(app: &TestApp, sql: &str) -> Vec<i64> {
    sqlx::query_scalar(sql)
        .fetch_all(app.state.db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn seed(app: &TestApp, force: bool) -> Outcome {
    demo::seed(&app.state, &app.clock, force)
        .await
        .unwrap_or_else(|e| panic!("demo seed: {e}"))
}

/// Rows in the tables the demo fills, to tell whether a run wrote anything.
async fn footprint(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for table in [
        "users",
        "classes",
        "class_members",
        "families",
        "harf_progress",
        "coin_ledger",
        "exam_tests",
        "exam_assignments",
        "exam_attempts",
        "exam_answers",
        "demo_accounts",
    ] {
        out.push(app.count(table).await);
    }
    out
}

/// The statistics of the teacher's assignment of `title`, read through the API.
async fn stats(app: &TestApp, email: &str, title: &str) -> Value {
    let teacher = app.login(email, demo::PASSWORD).await;
    let list = app
        .get("/api/v1/exams/assignments", Some(&teacher.access))
        .await
        .json();
    let id = list["assignments"]
        .as_array()
        .expect("assignments")
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no assignment {title}: {list}"))["id"]
        .as_i64()
        .expect("id");
    let res = app
        .get(
            &format!("/api/v1/exams/assignments/{id}/stats"),
            Some(&teacher.access),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    res.json()
}

#[tokio::test]
async fn a_fresh_database_gets_a_living_demo_and_a_second_run_adds_nothing() {
    let app = TestApp::spawn().await;
    let Outcome::Seeded(summary) = seed(&app, false).await else {
        panic!("the first run seeds");
    };
    assert_eq!(app.clock.now_ms(), START_MS, "the clock is put back");
    assert_eq!((summary.organisations, summary.classes), (2, 5));

    let sizes = column(
        &app,
        "SELECT COUNT(*) FROM class_members GROUP BY class_id ORDER BY class_id",
    )
    .await;
    assert_eq!(sizes.len(), 5, "{sizes:?}");
    assert!(sizes.iter().all(|n| (20..=30).contains(n)), "{sizes:?}");
    let students = scalar(&app, "SELECT COUNT(*) FROM users WHERE role = 'student'").await;
    assert_eq!(students, sizes.iter().sum::<i64>());
    let orphans = scalar(
        &app,
        "SELECT COUNT(*) FROM users u WHERE u.role = 'student' \
         AND NOT EXISTS (SELECT 1 FROM families f WHERE f.child_id = u.id)",
    )
    .await;
    assert_eq!(orphans, 0, "every child has a parent");
    let two_children = scalar(
        &app,
        "SELECT COUNT(*) FROM (SELECT parent_id FROM families GROUP BY parent_id \
         HAVING COUNT(*) = 2) t",
    )
    .await;
    assert!(
        two_children >= 5,
        "{two_children} parents with two children"
    );
    let languages = scalar(&app, "SELECT COUNT(DISTINCT language) FROM users").await;
    assert_eq!(languages, 3);
    let pending = scalar(
        &app,
        "SELECT COUNT(*) FROM users WHERE role IN ('teacher', 'organization') AND status <> 'active'",
    )
    .await;
    assert_eq!(pending, 0, "teachers and organisations are approved");

    let without_progress = scalar(
        &app,
        "SELECT COUNT(*) FROM users u WHERE u.role = 'student' \
         AND NOT EXISTS (SELECT 1 FROM harf_progress h WHERE h.user_id = u.id)",
    )
    .await;
    assert_eq!(without_progress, 0, "every child has played Harf");
    let poor = scalar(
        &app,
        "SELECT COUNT(*) FROM users u WHERE u.role = 'student' AND NOT EXISTS \
         (SELECT 1 FROM reward_accounts r WHERE r.user_id = u.id AND r.balance > 0)",
    )
    .await;
    assert_eq!(poor, 0, "every child has coins");
    let ledger_matches = scalar(
        &app,
        "SELECT COUNT(*) FROM reward_accounts r WHERE r.balance = \
         (SELECT CAST(SUM(l.amount) AS BIGINT) FROM coin_ledger l WHERE l.user_id = r.user_id)",
    )
    .await;
    assert_eq!(ledger_matches, students, "balances are the ledger's sums");

    let percents: Vec<f64> = sqlx::query_scalar(
        "SELECT score * 100.0 / max_score FROM exam_attempts WHERE submitted_at IS NOT NULL",
    )
    .fetch_all(app.state.db.pool())
    .await
    .unwrap();
    assert!(percents.len() > 100, "{} attempts", percents.len());
    let mean = percents.iter().sum::<f64>() / percents.len() as f64;
    let sd =
        (percents.iter().map(|p| (p - mean).powi(2)).sum::<f64>() / percents.len() as f64).sqrt();
    let weak = percents.iter().filter(|p| **p < 40.0).count();
    let strong = percents.iter().filter(|p| **p >= 90.0).count();
    assert!((58.0..=82.0).contains(&mean), "mean {mean:.1}");
    assert!(sd > 12.0, "spread {sd:.1}");
    assert!(weak > 0 && strong > 0, "{weak} weak, {strong} strong");

    let math = stats(
        &app,
        "oktam.ganiyev@demo.alif24.uz",
        "Qoʻshish va ayirish: 100 ichida",
    )
    .await;
    let items = math["questions"].as_array().expect("questions");
    let correct: Vec<f64> = items
        .iter()
        .map(|q| q["percent_correct"].as_f64().expect("percent"))
        .collect();
    assert!(
        correct.iter().any(|p| *p >= 85.0),
        "an easy item: {correct:?}"
    );
    assert!(
        correct.iter().any(|p| *p <= 45.0),
        "a hard item: {correct:?}"
    );
    let lure = items
        .iter()
        .find(|q| q["prompt"] == "52 − 17 = ?")
        .expect("the subtraction item");
    let picks: Vec<(bool, i64)> = lure["options"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| {
            (
                o["correct"].as_bool().unwrap(),
                o["count"].as_i64().unwrap(),
            )
        })
        .collect();
    let wrong: Vec<i64> = picks.iter().filter(|(c, _)| !c).map(|(_, n)| *n).collect();
    let top = *wrong.iter().max().unwrap();
    assert!(
        top * 2 > wrong.iter().sum::<i64>(),
        "one distractor attracts: {picks:?}"
    );

    let before = footprint(&app).await;
    let Outcome::AlreadySeeded(again) = seed(&app, false).await else {
        panic!("the second run finds the demo");
    };
    assert_eq!(again.logins.len(), summary.logins.len());
    assert_eq!(footprint(&app).await, before, "a second run writes nothing");
}

#[tokio::test]
async fn a_database_with_a_real_user_is_refused_unless_forced_and_administrators_do_not_count() {
    let app = TestApp::spawn().await;
    app.admin().await;
    app.register("parent", "Nodira Islomova", "nodira@example.uz")
        .await;
    let before = footprint(&app).await;
    let err = demo::seed(&app.state, &app.clock, false)
        .await
        .expect_err("refused");
    assert_eq!(err.code, "demo_real_users");
    assert_eq!(err.args, vec![("count", "1".to_string())]);
    assert_eq!(footprint(&app).await, before, "nothing written");
    let message = app
        .state
        .i18n
        .get(kernel::i18n::Lang::En, &err.message_key(), &err.args);
    assert!(
        message.contains("1 account the demo did not make"),
        "{message}"
    );
    assert!(message.contains("--force"), "{message}");

    assert!(matches!(seed(&app, true).await, Outcome::Seeded(_)));
    let parents = scalar(&app, "SELECT COUNT(*) FROM users WHERE role = 'parent'").await;
    assert!(parents > 100, "{parents} parents");
}
