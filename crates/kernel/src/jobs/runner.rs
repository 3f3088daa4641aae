//! The job runner: polls the database for due work, runs it with a bounded number of jobs at
//! once, keeps the leases of long runs alive, and stops cleanly on shutdown (running jobs
//! finish, no new ones start).

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};

use super::store::{self, ClaimedJob};
use super::Registry;
use crate::clock::Clock;
use crate::db::Db;
use crate::metrics::Metrics;

/// The longest error text kept on a job row.
const MAX_ERROR_CHARS: usize = 2000;

/// Runs a registry's jobs in this process, sharing the work with every other replica that
/// runs the same registry on the same database.
pub struct Runner<C> {
    db: Db,
    clock: Arc<dyn Clock>,
    registry: Arc<Registry<C>>,
    ctx: C,
    owner: String,
    poll: Duration,
    lease: Duration,
    concurrency: usize,
    leases_ready: AtomicBool,
    metrics: Option<Metrics>,
}

/// What a finished task tells the loop: the periodic job it ran, if any.
type Finished = Option<&'static str>;

impl<C: Clone + Send + Sync + 'static> Runner<C> {
    /// A runner polling every second, four jobs at a time, with a random owner name.
    pub fn new(db: Db, clock: Arc<dyn Clock>, registry: Registry<C>, ctx: C) -> Self {
        Self {
            db,
            clock,
            registry: Arc::new(registry),
            ctx,
            owner: format!("runner-{}", &crate::ids::token()[..12]),
            poll: Duration::from_secs(1),
            lease: Duration::from_secs(300),
            concurrency: 4,
            leases_ready: AtomicBool::new(false),
            metrics: None,
        }
    }

    /// The name this runner writes into leases (the replica's name in logs).
    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = owner.into();
        self
    }

    pub fn poll_every(mut self, poll: Duration) -> Self {
        self.poll = poll;
        self
    }

    /// How long a claimed queued job stays claimed if this process dies (renewed while the
    /// job runs).
    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease.max(Duration::from_secs(1));
        self
    }

    pub fn concurrency(mut self, jobs: usize) -> Self {
        self.concurrency = jobs.max(1);
        self
    }

    /// Counts every run and failure by job name in `metrics` (each job's series from zero).
    pub fn metrics(mut self, metrics: Metrics) -> Self {
        for name in self.registry.names() {
            metrics.job_known(name);
        }
        self.metrics = Some(metrics);
        self
    }

    /// Polls and runs jobs until `shutdown` turns true, then waits for the running ones.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let mut running: JoinSet<Finished> = JoinSet::new();
        let mut busy: HashSet<&'static str> = HashSet::new();
        tracing::info!(runner.owner = %self.owner, jobs = self.registry.names().len(), "job runner started");
        while !*shutdown.borrow() {
            while let Some(done) = running.try_join_next() {
                settle(done, &mut busy);
            }
            if let Err(e) = self.start_due(&mut running, &mut busy).await {
                tracing::warn!(error = %e, "job runner could not reach the database");
            }
            tokio::select! {
                _ = tokio::time::sleep(self.poll) => {}
                _ = shutdown.changed() => {}
                Some(done) = running.join_next(), if !running.is_empty() => settle(done, &mut busy),
            }
        }
        tracing::info!(jobs.running = running.len(), "job runner stopping");
        while let Some(done) = running.join_next().await {
            settle(done, &mut busy);
        }
    }

    /// Runs everything due now and waits for it; the number of jobs run. Each periodic job
    /// runs at most once per call. For tests and one-off command-line runs.
    pub async fn run_due(&self) -> Result<usize, sqlx::Error> {
        let mut total = 0;
        // Periodic jobs that ran stay in `ran`, so a short interval cannot keep this going.
        let mut ran = HashSet::new();
        loop {
            let mut running: JoinSet<Finished> = JoinSet::new();
            self.start_due(&mut running, &mut ran).await?;
            if running.is_empty() {
                return Ok(total);
            }
            total += running.len();
            while let Some(done) = running.join_next().await {
                settle(done, &mut HashSet::new());
            }
        }
    }

    /// Starts every due periodic job whose lease this runner wins, then claims queued jobs
    /// while there is room.
    async fn start_due(
        &self,
        running: &mut JoinSet<Finished>,
        busy: &mut HashSet<&'static str>,
    ) -> Result<(), sqlx::Error> {
        let pool = self.db.pool();
        if !self.leases_ready.load(Ordering::SeqCst) {
            for job in &self.registry.periodic {
                store::ensure_lease(pool, job.name).await?;
            }
            self.leases_ready.store(true, Ordering::SeqCst);
        }
        for (index, job) in self.registry.periodic.iter().enumerate() {
            if running.len() >= self.concurrency || busy.contains(job.name) {
                continue;
            }
            let now = self.clock.now_ms();
            let interval = job.interval.as_millis() as i64;
            if store::take_lease(pool, job.name, &self.owner, now, now + interval).await? {
                busy.insert(job.name);
                let this = self.handle();
                running.spawn(async move {
                    this.run_periodic(index).await;
                    Some(this.registry.periodic[index].name)
                });
            }
        }
        let names: Vec<&str> = self.registry.queued.iter().map(|q| q.name).collect();
        while running.len() < self.concurrency {
            let now = self.clock.now_ms();
            let lease_until = now + self.lease.as_millis() as i64;
            let Some(claimed) =
                store::claim_job(pool, &names, &self.owner, now, lease_until).await?
            else {
                break;
            };
            let this = self.handle();
            running.spawn(async move {
                this.run_queued(claimed).await;
                None
            });
        }
        Ok(())
    }

    /// What a spawned job task needs of the runner.
    fn handle(&self) -> Arc<Handle<C>> {
        Arc::new(Handle {
            db: self.db.clone(),
            clock: self.clock.clone(),
            registry: self.registry.clone(),
            ctx: self.ctx.clone(),
            owner: self.owner.clone(),
            lease: self.lease,
            metrics: self.metrics.clone(),
        })
    }
}

struct Handle<C> {
    db: Db,
    clock: Arc<dyn Clock>,
    registry: Arc<Registry<C>>,
    ctx: C,
    owner: String,
    lease: Duration,
    metrics: Option<Metrics>,
}

impl<C: Clone + Send + Sync + 'static> Handle<C> {
    async fn run_periodic(&self, index: usize) {
        let job = &self.registry.periodic[index];
        let interval = job.interval.as_millis() as i64;
        let started = std::time::Instant::now();
        let task = tokio::spawn((job.run)(self.ctx.clone()));
        let result = self
            .finish(task, job.interval / 2, |now| {
                store::extend_lease(self.db.pool(), job.name, &self.owner, now + interval)
            })
            .await;
        let duration_ms = started.elapsed().as_millis() as u64;
        self.count(job.name, result.is_ok());
        match result {
            Ok(()) => tracing::debug!(job.name = job.name, duration_ms, "periodic job done"),
            Err(e) => {
                tracing::warn!(job.name = job.name, duration_ms, error = %format!("{e:#}"), "periodic job failed")
            }
        }
    }

    async fn run_queued(&self, claimed: ClaimedJob) {
        let Some(job) = self.registry.queued.iter().find(|q| q.name == claimed.name) else {
            return;
        };
        let lease = self.lease.as_millis() as i64;
        let task = tokio::spawn((job.run)(self.ctx.clone(), claimed.payload.clone()));
        let result = self
            .finish(task, self.lease / 3, |now| {
                store::extend_job_lease(self.db.pool(), claimed.id, &self.owner, now + lease)
            })
            .await;
        self.count(job.name, result.is_ok());
        let now = self.clock.now_ms();
        let pool = self.db.pool();
        let saved = match result {
            Ok(()) => store::finish_job(pool, claimed.id, &self.owner, now).await,
            Err(e) => {
                let error: String = format!("{e:#}").chars().take(MAX_ERROR_CHARS).collect();
                let dead = claimed.attempts >= claimed.max_attempts;
                let run_at = now + job.policy.delay_ms(claimed.attempts);
                if dead {
                    tracing::warn!(job.id = claimed.id, job.name = job.name, job.attempts = claimed.attempts, error = %error, "queued job gave up");
                } else {
                    tracing::info!(job.id = claimed.id, job.name = job.name, job.attempts = claimed.attempts, error = %error, "queued job failed; will retry");
                }
                store::fail_job(pool, claimed.id, &self.owner, &error, run_at, dead, now).await
            }
        };
        match saved {
            Ok(true) => {}
            Ok(false) => tracing::warn!(
                job.id = claimed.id,
                job.name = job.name,
                "queued job outlived its lease; outcome not saved"
            ),
            Err(e) => {
                tracing::warn!(job.id = claimed.id, error = %e, "could not save a queued job's outcome")
            }
        }
    }

    fn count(&self, job: &str, ok: bool) {
        if let Some(m) = &self.metrics {
            m.job_ran(job, ok);
        }
    }

    /// Waits for a job's task, renewing its lease every `renew_every`; a panic is a failure.
    async fn finish<F, Fut>(
        &self,
        task: JoinHandle<anyhow::Result<()>>,
        renew_every: Duration,
        renew: F,
    ) -> anyhow::Result<()>
    where
        F: Fn(i64) -> Fut,
        Fut: std::future::Future<Output = Result<(), sqlx::Error>>,
    {
        tokio::pin!(task);
        let mut tick = tokio::time::interval(renew_every.max(Duration::from_millis(500)));
        tick.tick().await;
        loop {
            tokio::select! {
                joined = &mut task => {
                    return joined.unwrap_or_else(|e| Err(anyhow::anyhow!("job panicked: {e}")));
                }
                _ = tick.tick() => {
                    if let Err(e) = renew(self.clock.now_ms()).await {
                        tracing::warn!(error = %e, "could not renew a job lease");
                    }
                }
            }
        }
    }
}

fn settle(done: Result<Finished, tokio::task::JoinError>, busy: &mut HashSet<&'static str>) {
    match done {
        Ok(Some(name)) => {
            busy.remove(name);
        }
        Ok(None) => {}
        // The job itself runs in its own task; this one only records, so it should not fail.
        Err(e) => tracing::error!(error = %e, "job bookkeeping task failed"),
    }
}
