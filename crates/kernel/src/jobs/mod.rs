//! Background jobs: periodic jobs (every N seconds, on one replica at a time) and queued jobs
//! (one row each in `jobs`, run once, retried with back-off, given up as `dead` after their
//! last attempt).
//!
//! A domain builds a [`Registry`] of its jobs; the app merges them and starts one
//! [`runner::Runner`] per process. Leases live in the database, so any number of replicas can
//! run the same registry: a periodic job's turn is a row in `job_leases` taken with one
//! conditional `UPDATE`, and a queued job is claimed the same way. The context `C` is whatever
//! the jobs need (the app passes its `AppState`; tests pass what they count with).

pub mod runner;
pub mod store;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use sqlx::{Any, Executor};

type JobFuture = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>;
type PeriodicFn<C> = Arc<dyn Fn(C) -> JobFuture + Send + Sync>;
type QueuedFn<C> = Arc<dyn Fn(C, String) -> JobFuture + Send + Sync>;

/// How a queued job is retried.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// Wait before the second attempt; each later wait doubles, up to `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            backoff: Duration::from_secs(30),
            max_backoff: Duration::from_secs(3600),
        }
    }
}

impl RetryPolicy {
    /// Milliseconds to wait after attempt number `attempts` (1-based) failed.
    pub fn delay_ms(&self, attempts: i64) -> i64 {
        let base = self.backoff.as_millis() as i64;
        let exp = attempts.clamp(1, 31) - 1;
        base.saturating_mul(1i64 << exp)
            .min(self.max_backoff.as_millis() as i64)
    }
}

pub(crate) struct Periodic<C> {
    pub(crate) name: &'static str,
    pub(crate) interval: Duration,
    pub(crate) run: PeriodicFn<C>,
}

pub(crate) struct Queued<C> {
    pub(crate) name: &'static str,
    pub(crate) policy: RetryPolicy,
    pub(crate) run: QueuedFn<C>,
}

/// The jobs of one domain, or of the whole app once merged.
pub struct Registry<C> {
    pub(crate) periodic: Vec<Periodic<C>>,
    pub(crate) queued: Vec<Queued<C>>,
}

impl<C> Default for Registry<C> {
    fn default() -> Self {
        Self {
            periodic: Vec::new(),
            queued: Vec::new(),
        }
    }
}

impl<C: Clone + Send + Sync + 'static> Registry<C> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs `job` every `interval` on one replica. Names are global: prefix them with the
    /// domain (`rewards.reset_daily_caps`).
    pub fn every<F, Fut>(&mut self, name: &'static str, interval: Duration, job: F) -> &mut Self
    where
        F: Fn(C) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        self.periodic.push(Periodic {
            name,
            interval: interval.max(Duration::from_millis(1)),
            run: Arc::new(move |ctx| Box::pin(job(ctx))),
        });
        self
    }

    /// Handles queued jobs called `name`; the job receives the payload it was queued with.
    pub fn queued<F, Fut>(&mut self, name: &'static str, policy: RetryPolicy, job: F) -> &mut Self
    where
        F: Fn(C, String) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        self.queued.push(Queued {
            name,
            policy,
            run: Arc::new(move |ctx, payload| Box::pin(job(ctx, payload))),
        });
        self
    }

    /// Adds another registry's jobs (each domain hands the app its own).
    pub fn merge(&mut self, other: Registry<C>) -> &mut Self {
        self.periodic.extend(other.periodic);
        self.queued.extend(other.queued);
        self
    }

    /// Names of every registered job, periodic then queued.
    pub fn names(&self) -> Vec<&'static str> {
        self.periodic
            .iter()
            .map(|p| p.name)
            .chain(self.queued.iter().map(|q| q.name))
            .collect()
    }
}

/// A job to queue: `NewJob::new("notify.send", payload).at(ms)`.
#[derive(Clone, Debug)]
pub struct NewJob {
    pub name: String,
    pub payload: String,
    /// Not before this moment (unix ms); `None` for as soon as possible.
    pub run_at: Option<i64>,
    /// Attempts before the job is given up as dead.
    pub max_attempts: u32,
}

impl NewJob {
    pub fn new(name: impl Into<String>, payload: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            payload: payload.into(),
            run_at: None,
            max_attempts: 5,
        }
    }

    pub fn at(mut self, run_at_ms: i64) -> Self {
        self.run_at = Some(run_at_ms);
        self
    }

    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }
}

/// Queues a job, returning its id. Pass a transaction (`&mut *tx`) to queue it together with
/// the change that asks for it: the job exists exactly when the change committed.
pub async fn enqueue<'e>(
    ex: impl Executor<'e, Database = Any>,
    job: &NewJob,
    now_ms: i64,
) -> Result<i64, sqlx::Error> {
    store::insert_job(
        ex,
        &job.name,
        &job.payload,
        job.run_at.unwrap_or(now_ms),
        i64::from(job.max_attempts),
        now_ms,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_up_to_its_ceiling() {
        let policy = RetryPolicy {
            backoff: Duration::from_secs(10),
            max_backoff: Duration::from_secs(60),
        };
        let delays: Vec<i64> = (1..=5).map(|n| policy.delay_ms(n)).collect();
        assert_eq!(delays, [10_000, 20_000, 40_000, 60_000, 60_000]);
        assert_eq!(policy.delay_ms(1_000), 60_000);
    }

    #[test]
    fn registries_merge() {
        let mut a = Registry::<()>::new();
        a.every("a.tick", Duration::from_secs(60), |_| async { Ok(()) });
        let mut b = Registry::<()>::new();
        b.queued("b.send", RetryPolicy::default(), |_, _| async { Ok(()) });
        a.merge(b);
        assert_eq!(a.names(), ["a.tick", "b.send"]);
    }
}
