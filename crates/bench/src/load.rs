//! The load generator: a fixed number of keep-alive connections, each its own task, each
//! sending its own list of pre-built requests in turn as fast as answers come back.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::http::Conn;
use crate::server;
use crate::stats::Outcome;

/// When a run ends.
#[derive(Clone, Copy, Debug)]
pub enum Stop {
    /// After this long.
    After(Duration),
    /// Once this many requests were answered 2xx (or after `limit`, whichever comes first).
    Successes { count: u64, limit: Duration },
}

/// Runs one load: connection `c` sends `lists[c]` round and round; the server's RSS is
/// sampled every 100 ms meanwhile.
pub async fn run(
    addr: SocketAddr,
    lists: Vec<Vec<Vec<u8>>>,
    stop: Stop,
    server_pid: u32,
) -> Outcome {
    let cpu = || {
        (
            server::cpu_time(server_pid).unwrap_or_default(),
            server::cpu_time(std::process::id()).unwrap_or_default(),
        )
    };
    let cpu_before = cpu();
    let started = Instant::now();
    let deadline = started
        + match stop {
            Stop::After(d) => d,
            Stop::Successes { limit, .. } => limit,
        };
    let wanted = match stop {
        Stop::After(_) => u64::MAX,
        Stop::Successes { count, .. } => count,
    };
    let successes = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = tokio::spawn(sample_rss(server_pid, done.clone()));
    let tasks: Vec<_> = lists
        .into_iter()
        .map(|list| {
            let successes = successes.clone();
            tokio::spawn(connection(addr, list, deadline, wanted, successes))
        })
        .collect();
    let mut parts = Vec::with_capacity(tasks.len());
    for t in tasks {
        if let Ok(part) = t.await {
            parts.push(part);
        }
    }
    let elapsed = started.elapsed();
    let cpu_after = cpu();
    done.store(true, Ordering::Relaxed);
    let peak = sampler.await.unwrap_or(0);
    let mut out = Outcome::merge(parts, elapsed);
    out.peak_rss_kib = peak;
    out.cpu_server = cpu_after.0.saturating_sub(cpu_before.0);
    out.cpu_client = cpu_after.1.saturating_sub(cpu_before.1);
    out
}

type Part = (Vec<u32>, BTreeMap<u16, u64>);

async fn connection(
    addr: SocketAddr,
    list: Vec<Vec<u8>>,
    deadline: Instant,
    wanted: u64,
    successes: Arc<AtomicU64>,
) -> Part {
    let mut conn = Conn::new(addr);
    let mut latencies = Vec::with_capacity(64 * 1024);
    let mut errors = BTreeMap::new();
    let mut i = 0;
    while Instant::now() < deadline && successes.load(Ordering::Relaxed) < wanted {
        let sent = Instant::now();
        match conn.send(&list[i % list.len()], false).await {
            Ok(p) => {
                let us = sent.elapsed().as_micros().min(u32::MAX as u128) as u32;
                latencies.push(us);
                if (200..300).contains(&p.status) {
                    successes.fetch_add(1, Ordering::Relaxed);
                } else {
                    *errors.entry(p.status).or_insert(0) += 1;
                }
            }
            Err(_) => {
                *errors.entry(0).or_insert(0) += 1;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
        i += 1;
    }
    (latencies, errors)
}

/// The highest RSS of the server seen until `done`, in KiB.
async fn sample_rss(pid: u32, done: Arc<AtomicBool>) -> u64 {
    let mut peak = 0;
    loop {
        peak = peak.max(server::rss_kib(pid).unwrap_or(0));
        if done.load(Ordering::Relaxed) {
            return peak;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
