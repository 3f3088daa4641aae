//! The job runner on a real database: leases shared by replicas, retries, dead jobs, shutdown.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use kernel::clock::{Clock, ManualClock};
use kernel::jobs::runner::Runner;
use kernel::jobs::{store, NewJob, Registry, RetryPolicy};

use crate::support::{eventually, TestDb};

const START: i64 = 1_800_000_000_000;

#[derive(Default)]
struct Counts {
    ticks: AtomicUsize,
    sent: AtomicUsize,
    started: AtomicUsize,
    finished: AtomicUsize,
}

type Ctx = Arc<Counts>;

fn policy() -> RetryPolicy {
    RetryPolicy {
        backoff: Duration::from_secs(10),
        max_backoff: Duration::from_secs(3600),
    }
}

/// The same jobs every replica registers.
fn registry() -> Registry<Ctx> {
    let mut jobs = Registry::new();
    jobs.every("test.tick", Duration::from_secs(60), |c: Ctx| async move {
        c.ticks.fetch_add(1, Ordering::SeqCst);
        Ok(())
    });
    jobs.queued("test.send", policy(), |c: Ctx, payload| async move {
        anyhow::ensure!(payload != "fail", "the provider refused {payload}");
        c.sent.fetch_add(1, Ordering::SeqCst);
        Ok(())
    });
    jobs.queued("test.slow", policy(), |c: Ctx, _| async move {
        c.started.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(300)).await;
        c.finished.fetch_add(1, Ordering::SeqCst);
        Ok(())
    });
    jobs.queued("test.panic", policy(), |_: Ctx, _| async move {
        panic!("a bug in a job");
    });
    jobs
}

struct Replicas {
    _test_db: TestDb,
    /// A pool of its own, for looking at rows.
    db: kernel::db::Db,
    clock: Arc<ManualClock>,
    counts: Ctx,
    a: Runner<Ctx>,
    b: Runner<Ctx>,
}

async fn two_replicas() -> Replicas {
    let db = TestDb::create().await;
    let clock = Arc::new(ManualClock::new(START));
    let counts: Ctx = Arc::default();
    let runner = |pool, owner: &str| {
        Runner::new(
            pool,
            clock.clone() as Arc<dyn Clock>,
            registry(),
            counts.clone(),
        )
        .owner(owner)
        .poll_every(Duration::from_millis(10))
    };
    let a = runner(db.connect().await, "replica-a");
    let b = runner(db.connect().await, "replica-b");
    Replicas {
        db: db.connect().await,
        _test_db: db,
        clock,
        counts,
        a,
        b,
    }
}

async fn both_run_due(r: &Replicas) -> usize {
    let (a, b) = tokio::join!(r.a.run_due(), r.b.run_due());
    a.unwrap() + b.unwrap()
}

async fn job(db: &kernel::db::Db, id: i64) -> store::JobRow {
    store::find_job(db.pool(), id).await.unwrap().unwrap()
}

#[tokio::test]
async fn two_replicas_run_a_periodic_job_once_per_interval() {
    let r = two_replicas().await;
    assert_eq!(both_run_due(&r).await, 1);
    assert_eq!(both_run_due(&r).await, 0);
    r.clock.advance_ms(59_999);
    assert_eq!(both_run_due(&r).await, 0);
    r.clock.advance_ms(1);
    assert_eq!(both_run_due(&r).await, 1);
    assert_eq!(r.counts.ticks.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn running_replicas_share_a_periodic_job_and_stop_on_shutdown() {
    let r = two_replicas().await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let a = tokio::spawn(r.a.run(stopped.clone()));
    let b = tokio::spawn(r.b.run(stopped));
    let counts = r.counts.clone();
    assert!(eventually(|| counts.ticks.load(Ordering::SeqCst) == 1).await);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        counts.ticks.load(Ordering::SeqCst),
        1,
        "ran twice in one interval"
    );
    r.clock.advance_ms(60_000);
    assert!(eventually(|| counts.ticks.load(Ordering::SeqCst) == 2).await);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        counts.ticks.load(Ordering::SeqCst),
        2,
        "ran twice in one interval"
    );
    stop.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(10), async {
        a.await.unwrap();
        b.await.unwrap();
    })
    .await
    .expect("both runners stop");
}

#[tokio::test]
async fn a_queued_job_runs_once_when_it_is_due() {
    let r = two_replicas().await;
    let db = r.db.clone();
    let now = r.clock.now_ms();
    let soon = kernel::jobs::enqueue(db.pool(), &NewJob::new("test.send", "hello"), now)
        .await
        .unwrap();
    let later = NewJob::new("test.send", "tomorrow").at(now + 86_400_000);
    let later = kernel::jobs::enqueue(db.pool(), &later, now).await.unwrap();
    let unknown = kernel::jobs::enqueue(db.pool(), &NewJob::new("other.job", ""), now)
        .await
        .unwrap();
    // The periodic job runs too on the first pass.
    assert_eq!(both_run_due(&r).await, 2);
    assert_eq!(both_run_due(&r).await, 0);
    assert_eq!(r.counts.sent.load(Ordering::SeqCst), 1);
    let done = job(&db, soon).await;
    assert_eq!((done.state.as_str(), done.attempts), ("done", 1));
    assert_eq!(job(&db, later).await.state, "queued");
    let other = job(&db, unknown).await;
    assert_eq!((other.state.as_str(), other.attempts), ("queued", 0));
}

#[tokio::test]
async fn a_failing_job_retries_with_back_off_then_goes_dead() {
    let r = two_replicas().await;
    let db = r.db.clone();
    let job_id = kernel::jobs::enqueue(
        db.pool(),
        &NewJob::new("test.send", "fail").max_attempts(3),
        START,
    )
    .await
    .unwrap();
    r.a.run_due().await.unwrap();
    let first = job(&db, job_id).await;
    assert_eq!((first.state.as_str(), first.attempts), ("queued", 1));
    assert_eq!(first.run_at, START + 10_000);
    assert!(first
        .last_error
        .unwrap()
        .contains("the provider refused fail"));
    // Not again before the back-off is over.
    r.clock.advance_ms(9_999);
    assert_eq!(r.b.run_due().await.unwrap(), 0);
    r.clock.advance_ms(1);
    assert_eq!(r.b.run_due().await.unwrap(), 1);
    let second = job(&db, job_id).await;
    assert_eq!(
        (second.attempts, second.run_at),
        (2, START + 10_000 + 20_000)
    );
    r.clock.advance_ms(20_000);
    r.a.run_due().await.unwrap();
    let third = job(&db, job_id).await;
    assert_eq!((third.state.as_str(), third.attempts), ("dead", 3));
    r.clock.advance_ms(86_400_000);
    both_run_due(&r).await;
    assert_eq!(job(&db, job_id).await.attempts, 3);
    assert_eq!(r.counts.sent.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_panicking_job_is_recorded_as_a_failure() {
    let r = two_replicas().await;
    let db = r.db.clone();
    let job_id = kernel::jobs::enqueue(db.pool(), &NewJob::new("test.panic", ""), START)
        .await
        .unwrap();
    r.a.run_due().await.unwrap();
    let row = job(&db, job_id).await;
    assert_eq!((row.state.as_str(), row.attempts), ("queued", 1));
    assert!(row.last_error.unwrap().contains("panicked"));
}

#[tokio::test]
async fn shutdown_lets_running_jobs_finish_and_starts_no_new_ones() {
    let r = two_replicas().await;
    let db = r.db.clone();
    let first = kernel::jobs::enqueue(db.pool(), &NewJob::new("test.slow", "1"), START)
        .await
        .unwrap();
    let second = kernel::jobs::enqueue(db.pool(), &NewJob::new("test.slow", "2"), START)
        .await
        .unwrap();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    // One job at a time: the periodic tick, then the first slow job.
    let runner = tokio::spawn(r.a.concurrency(1).run(stopped));
    let counts = r.counts.clone();
    assert!(eventually(|| counts.started.load(Ordering::SeqCst) == 1).await);
    stop.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(10), runner)
        .await
        .expect("the runner stops")
        .unwrap();
    assert_eq!(
        counts.finished.load(Ordering::SeqCst),
        1,
        "the running job finished"
    );
    assert_eq!(
        counts.started.load(Ordering::SeqCst),
        1,
        "no job started after shutdown"
    );
    let (first, second) = (job(&db, first).await, job(&db, second).await);
    let states = [first.state.as_str(), second.state.as_str()];
    assert!(
        states.contains(&"done") && states.contains(&"queued"),
        "{states:?}"
    );
}
