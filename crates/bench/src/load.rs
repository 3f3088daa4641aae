//! The load generator: a fixed number of keep-alive connections, each its own task, each
//! sending its own list of pre-built requests in turn, as fast as answers come back or on a
//! fixed schedule.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::http::Conn;
use crate::server;
use crate::stats::{Outcome, Part};

/// When a run ends.
#[derive(Clone, Copy, Debug)]
pub enum Stop {
    /// After this long.
    After(Duration),
    /// Once this many requests were answered 2xx (or after `limit`, whichever comes first).
    Successes { count: u64, limit: Duration },
}

/// When a connection sends its next request.
#[derive(Clone, Copy, Debug)]
pub enum Pace {
    /// Closed loop: as soon as the answer to the previous one came back (saturation).
    Closed,
    /// Open loop: `per_second` requests a second over all connections, each at its time in
    /// [`send_at`]. A late answer does not move the schedule: the next request goes out at
    /// once and its latency counts from when it was due, so a stall is not hidden
    /// ("coordinated omission").
    Open { per_second: f64 },
}

/// When connection `index` of `connections` is due to send its `k`-th request, from the start
/// of the run, at `per_second` (> 0) over all connections: each connection every
/// `connections / per_second` seconds, the connections staggered so that together they send
/// one request every `1 / per_second` seconds.
pub fn send_at(index: usize, k: u64, connections: usize, per_second: f64) -> Duration {
    let n = k as f64 * connections as f64 + index as f64;
    Duration::from_secs_f64(n / per_second)
}

/// Runs one load: connection `c` sends `lists[c]` round and round at `pace`; the server's RSS
/// is sampled every 100 ms meanwhile.
pub async fn run(
    addr: SocketAddr,
    lists: Vec<Vec<Vec<u8>>>,
    stop: Stop,
    pace: Pace,
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
    let connections = lists.len();
    let tasks: Vec<_> = lists
        .into_iter()
        .enumerate()
        .map(|(index, list)| {
            let due = move |k| match pace {
                Pace::Closed => Instant::now(),
                Pace::Open { per_second } => started + send_at(index, k, connections, per_second),
            };
            let until = Until {
                deadline,
                wanted,
                successes: successes.clone(),
            };
            tokio::spawn(connection(addr, list, started, due, until))
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

/// When a connection stops sending: at the deadline or once enough requests succeeded.
struct Until {
    deadline: Instant,
    wanted: u64,
    successes: Arc<AtomicU64>,
}

/// One connection: its `k`-th request goes out at `due(k)` (or as soon as the previous answer
/// came back, if later); its latency counts from `due(k)`. Requests due at or after the
/// deadline are not sent.
async fn connection(
    addr: SocketAddr,
    list: Vec<Vec<u8>>,
    started: Instant,
    due: impl Fn(u64) -> Instant,
    until: Until,
) -> Part {
    let mut conn = Conn::new(addr);
    let mut part = Part {
        latencies_us: Vec::with_capacity(64 * 1024),
        ..Part::default()
    };
    let mut k: u64 = 0;
    loop {
        let sent = due(k);
        if sent >= until.deadline
            || Instant::now() >= until.deadline
            || until.successes.load(Ordering::Relaxed) >= until.wanted
        {
            break;
        }
        if sent > Instant::now() {
            tokio::time::sleep_until(sent.into()).await;
        }
        match conn.send(&list[k as usize % list.len()], false).await {
            Ok(p) => {
                let us = sent.elapsed().as_micros().min(u32::MAX as u128) as u32;
                part.latencies_us.push(us);
                if part.slowest.is_none_or(|(slowest, _)| us > slowest) {
                    part.slowest = Some((us, sent.saturating_duration_since(started)));
                }
                if (200..300).contains(&p.status) {
                    until.successes.fetch_add(1, Ordering::Relaxed);
                } else {
                    *part.errors.entry(p.status).or_insert(0) += 1;
                }
            }
            Err(_) => {
                *part.errors.entry(0).or_insert(0) += 1;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
        k += 1;
    }
    part
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(index: usize, k: u64, connections: usize, per_second: f64) -> f64 {
        send_at(index, k, connections, per_second).as_secs_f64() * 1000.0
    }

    #[test]
    fn each_connection_sends_at_its_share_of_the_rate() {
        // 100/s over 4 connections: each sends every 40 ms, 25 a second.
        let times: Vec<f64> = (0..4).map(|k| ms(1, k, 4, 100.0)).collect();
        assert_eq!(times, vec![10.0, 50.0, 90.0, 130.0]);
        assert_eq!(ms(0, 25, 4, 100.0), 1000.0);
    }

    #[test]
    fn the_connections_together_send_evenly_spaced() {
        let mut times: Vec<f64> = (0..3)
            .flat_map(|c| (0..5).map(move |k| ms(c, k, 3, 600.0)))
            .collect();
        times.sort_by(f64::total_cmp);
        for (n, t) in times.iter().enumerate() {
            assert!((t - n as f64 * 1000.0 / 600.0).abs() < 1e-6, "{n}: {t}");
        }
    }

    /// A server on one connection that holds its first answer for `stall`, then answers at once.
    async fn stalling_server(stall: Duration) -> SocketAddr {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut stream, _) = listener.accept().await.unwrap();
            let (mut buf, mut answered) = (Vec::new(), 0);
            let mut chunk = [0u8; 4096];
            while let Ok(n @ 1..) = stream.read(&mut chunk).await {
                buf.extend_from_slice(&chunk[..n]);
                while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    buf.drain(..end + 4);
                    if answered == 0 {
                        tokio::time::sleep(stall).await;
                    }
                    answered += 1;
                    let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
                    stream.write_all(ok).await.unwrap();
                }
            }
        });
        addr
    }

    #[tokio::test]
    async fn requests_due_while_the_server_stalled_count_the_stall_in_their_latency() {
        let addr = stalling_server(Duration::from_millis(200)).await;
        let lists = vec![vec![crate::http::request("GET", "/", &[], None)]];
        let stop = Stop::After(Duration::from_millis(500));
        let pace = Pace::Open { per_second: 100.0 };
        let out = run(addr, lists, stop, pace, std::process::id()).await;
        // Due every 10 ms; those due at 10…100 ms went out after the 200 ms stall, so they
        // waited at least 100 ms from their time: measured from sending, only the first would.
        let slow = out.latencies_us.iter().filter(|&&us| us >= 100_000).count();
        assert!(slow >= 5, "{slow} slow of {:?}", out.latencies_us);
        assert_eq!(out.error_count(), 0);
    }

    #[test]
    fn a_fractional_rate_keeps_its_fractions() {
        // 1.5/s over one connection: every 666.67 ms, not rounded to whole seconds.
        assert_eq!(send_at(0, 3, 1, 1.5), Duration::from_secs(2));
        assert!((ms(0, 1, 1, 1.5) - 666.666).abs() < 0.001);
    }
}
