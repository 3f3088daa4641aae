//! Metrics of parts that exist once per process whatever the number of app states (the
//! password-hashing threads, the database error conversion): one set of collectors, added to
//! every [`super::Metrics`] registry.

use std::sync::OnceLock;

use prometheus::{Histogram, HistogramOpts, IntCounter, IntGauge, Opts, Registry};

/// The password-hashing queue, as its pool reports it.
#[derive(Clone)]
pub struct HashingMetrics {
    queued: IntGauge,
    running: IntGauge,
    busy: IntCounter,
    seconds: Histogram,
}

impl HashingMetrics {
    /// A job entered the queue.
    pub fn queued(&self) {
        self.queued.inc();
    }

    /// A job left the queue (to run, or dropped because it waited too long).
    pub fn dequeued(&self) {
        self.queued.dec();
    }

    /// A caller was told `busy`: the queue was full or the wait too long.
    pub fn refused(&self) {
        self.busy.inc();
    }

    /// A hash starts on a hashing thread; the guard records its duration when dropped.
    pub fn running(&self) -> HashRun<'_> {
        self.running.inc();
        HashRun {
            metrics: self,
            started: std::time::Instant::now(),
        }
    }
}

/// One hash at work (see [`HashingMetrics::running`]).
pub struct HashRun<'a> {
    metrics: &'a HashingMetrics,
    started: std::time::Instant,
}

impl Drop for HashRun<'_> {
    fn drop(&mut self) {
        self.metrics.running.dec();
        self.metrics
            .seconds
            .observe(self.started.elapsed().as_secs_f64());
    }
}

/// Process-wide collectors.
pub(super) struct Shared {
    pub(super) hashing: HashingMetrics,
    pub(super) db_acquire_timeouts: IntCounter,
}

pub(super) fn get() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| Shared {
        hashing: HashingMetrics {
            queued: IntGauge::new(
                "password_hash_queued",
                "Password hashes waiting for a hashing thread",
            )
            .expect("metric"),
            running: IntGauge::new(
                "password_hash_running",
                "Password hashes being computed now",
            )
            .expect("metric"),
            busy: IntCounter::new(
                "password_hash_rejected_busy_total",
                "Logins and sign-ups refused with 503 busy: hashing queue full or wait too long",
            )
            .expect("metric"),
            seconds: Histogram::with_opts(
                HistogramOpts::new(
                    "password_hash_duration_seconds",
                    "Time one password hash or check takes on its thread",
                )
                .buckets(vec![0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5]),
            )
            .expect("metric"),
        },
        db_acquire_timeouts: IntCounter::with_opts(Opts::new(
            "db_pool_acquire_timeouts_total",
            "Requests that found no free database connection within the pool's time-out \
             (answered 503 database_unavailable)",
        ))
        .expect("metric"),
    })
}

/// Adds the process-wide collectors to a registry.
pub(super) fn register(registry: &Registry) {
    let s = get();
    let h = &s.hashing;
    for c in [
        Box::new(h.queued.clone()) as Box<dyn prometheus::core::Collector>,
        Box::new(h.running.clone()),
        Box::new(h.busy.clone()),
        Box::new(h.seconds.clone()),
        Box::new(s.db_acquire_timeouts.clone()),
    ] {
        registry.register(c).expect("register");
    }
}
