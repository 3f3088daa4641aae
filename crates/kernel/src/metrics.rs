//! Prometheus metrics served at `/metrics`: requests per route, the process, the database
//! pool, the password-hashing queue, background jobs, WebSockets and product counters.
//!
//! Every label comes from a fixed set (route templates, methods, roles, job names, kinds), so
//! the number of series stays bounded whatever the traffic.

mod process;
mod product;
mod shared;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

pub use product::{LoginResult, Product, SocketGuard, SocketKind};
pub use shared::{HashRun, HashingMetrics};

use crate::db::Db;

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool: PoolGauges,
    jobs: JobCounters,
    product: product::ProductMetrics,
}

/// The database pool as sampled at scrape time.
#[derive(Clone)]
struct PoolGauges {
    in_use: IntGauge,
    idle: IntGauge,
    max: IntGauge,
}

/// Background job outcomes by job name.
#[derive(Clone)]
struct JobCounters {
    runs: IntCounterVec,
    failures: IntCounterVec,
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new_custom(Some("alif24".into()), None).expect("registry");
        let register = |c: Box<dyn prometheus::core::Collector>| {
            registry.register(c).expect("register");
        };
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests by route and status"),
            &["method", "route", "status"],
        )
        .expect("metric");
        let latency = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "HTTP request latency").buckets(
                vec![
                    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                ],
            ),
            &["method", "route"],
        )
        .expect("metric");
        let gauge = |name: &str, help: &str| IntGauge::new(name, help).expect("metric");
        let pool = PoolGauges {
            in_use: gauge(
                "db_pool_connections_in_use",
                "Database connections lent out",
            ),
            idle: gauge("db_pool_connections_idle", "Open database connections idle"),
            max: gauge("db_pool_connections_max", "Most connections the pool opens"),
        };
        let jobs = JobCounters {
            runs: IntCounterVec::new(
                Opts::new("job_runs_total", "Background job runs, by job name"),
                &["job"],
            )
            .expect("metric"),
            failures: IntCounterVec::new(
                Opts::new(
                    "job_failures_total",
                    "Background job runs that failed, by job name",
                ),
                &["job"],
            )
            .expect("metric"),
        };
        register(Box::new(requests.clone()));
        register(Box::new(latency.clone()));
        register(Box::new(pool.in_use.clone()));
        register(Box::new(pool.idle.clone()));
        register(Box::new(pool.max.clone()));
        register(Box::new(jobs.runs.clone()));
        register(Box::new(jobs.failures.clone()));
        shared::register(&registry);
        let product = product::ProductMetrics::new(&registry);
        Self {
            registry,
            requests,
            latency,
            pool,
            jobs,
            product,
        }
    }

    /// The registry, for domains that add metrics of their own.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.requests
            .with_label_values(&[method, route, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[method, route])
            .observe(seconds);
    }

    /// Counts one product event: `state.metrics.product(Product::SignUp(role))`.
    pub fn product(&self, event: Product) {
        self.product.count(event);
    }

    /// Counts an open WebSocket of `kind` until the returned guard is dropped.
    pub fn socket(&self, kind: SocketKind) -> SocketGuard {
        self.product.socket(kind)
    }

    /// Makes the job's series exist at zero, so a job that never ran still shows.
    pub fn job_known(&self, job: &str) {
        self.jobs.runs.with_label_values(&[job]);
        self.jobs.failures.with_label_values(&[job]);
    }

    /// Counts one finished run of a background job (`job` is its registered name).
    pub fn job_ran(&self, job: &str, ok: bool) {
        self.jobs.runs.with_label_values(&[job]).inc();
        if !ok {
            self.jobs.failures.with_label_values(&[job]).inc();
        }
    }

    /// Samples the database pool's connections into its gauges (call before [`Self::render`]).
    pub fn observe_pool(&self, db: &Db) {
        let pool = db.pool();
        let size = i64::from(pool.size());
        let idle = pool.num_idle() as i64;
        self.pool.in_use.set((size - idle).max(0));
        self.pool.idle.set(idle);
        self.pool
            .max
            .set(i64::from(pool.options().get_max_connections()));
    }

    /// The Prometheus text exposition of every metric, with the process read now.
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut buf)
            .expect("encode metrics");
        let mut text = String::from_utf8(buf).unwrap_or_default();
        if let Some(stats) = process::read() {
            text.push_str(&process::render(&stats));
        }
        text
    }
}

/// The password-hashing queue's metrics (one queue per process).
pub fn hashing() -> &'static HashingMetrics {
    &shared::get().hashing
}

/// Counts a request that found no database connection in time.
pub fn db_acquire_timed_out() {
    shared::get().db_acquire_timeouts.inc();
}

/// The method as a label from a fixed set: anything unusual is `other`.
pub fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_websocket_counts_while_its_guard_lives() {
        let m = Metrics::new();
        let line = |m: &Metrics| {
            m.render()
                .lines()
                .find(|l| l.starts_with("alif24_websocket_connections{kind=\"live_quiz_player\"}"))
                .map(str::to_string)
        };
        assert!(line(&m).unwrap().ends_with(" 0"));
        let a = m.socket(SocketKind::LiveQuizPlayer);
        let _b = m.socket(SocketKind::LiveQuizPlayer);
        assert!(line(&m).unwrap().ends_with(" 2"));
        drop(a);
        assert!(line(&m).unwrap().ends_with(" 1"));
    }
}
