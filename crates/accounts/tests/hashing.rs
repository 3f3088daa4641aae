//! The hashing pool: bounded memory, reused blocks, and 503 `busy` when it is full.

use std::time::Duration;

use accounts::password::pool::HashPool;
use axum::http::StatusCode;

/// `alif24_password_hash_rejected_busy_total` as `/metrics` shows it.
fn refused_total() -> f64 {
    kernel::metrics::Metrics::new()
        .render()
        .lines()
        .find_map(|l| l.strip_prefix("alif24_password_hash_rejected_busy_total "))
        .and_then(|v| v.parse().ok())
        .expect("the series exists")
}

#[tokio::test]
async fn a_full_pool_answers_busy_with_retry_after_instead_of_queueing_forever() {
    let pool = HashPool::new(1, 1, Duration::from_millis(200), Duration::from_secs(60));
    let slow = || {
        pool.run(|_| {
            std::thread::sleep(Duration::from_millis(400));
            7
        })
    };
    let refused_before = refused_total();
    let (a, b, c) = tokio::join!(slow(), slow(), slow());
    let results = [a, b, c];
    // Metrics are one per process and other tests hash at once: at least these two refusals.
    assert!(refused_total() >= refused_before + 2.0, "refusals counted");
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "one worker, one job done"
    );
    for e in results.iter().filter_map(|r| r.as_ref().err()) {
        assert_eq!(e.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(e.code, "busy");
        assert!(e.retry_after_s.is_some());
    }
    assert_eq!(
        pool.run(|_| 8).await.unwrap(),
        8,
        "the pool serves again once free"
    );
}

#[tokio::test]
async fn a_worker_keeps_its_memory_block_between_hashes() {
    let pool = HashPool::new(1, 4, Duration::from_secs(5), Duration::from_secs(60));
    let grown = pool
        .run(|memory| {
            memory.resize(19 * 1024, argon2::Block::new());
            memory.as_ptr() as usize
        })
        .await
        .unwrap();
    let (len, ptr) = pool
        .run(|memory| (memory.len(), memory.as_ptr() as usize))
        .await
        .unwrap();
    assert_eq!(
        (len, ptr),
        (19 * 1024, grown),
        "the same 19 MiB block, not a new one"
    );
}

#[tokio::test]
async fn an_idle_worker_gives_its_memory_block_back() {
    let pool = HashPool::new(1, 4, Duration::from_secs(5), Duration::from_millis(50));
    pool.run(|memory| memory.resize(1024, argon2::Block::new()))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(pool.run(|memory| memory.capacity()).await.unwrap(), 0);
}

#[tokio::test]
async fn hashes_at_the_standard_cost_verify_through_the_pool() {
    let cost = kernel::config::PasswordCost::Standard;
    let hash = accounts::password::hash("yashil daryo 42".into(), cost)
        .await
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(
        accounts::password::verify("yashil daryo 42".into(), hash.clone())
            .await
            .unwrap()
    );
    assert!(!accounts::password::verify("yashil daryo 43".into(), hash)
        .await
        .unwrap());
}
