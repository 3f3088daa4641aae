//! What one scenario measured: request rate, latency percentiles, answers that were not 2xx.

use std::collections::BTreeMap;
use std::time::Duration;

/// The figures of one scenario run.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Latency of every answered request, in microseconds, sorted.
    pub latencies_us: Vec<u32>,
    /// Answers by status that were not 2xx; status 0 counts failed connections.
    pub errors: BTreeMap<u16, u64>,
    pub elapsed: Duration,
    /// Highest server RSS sampled during the run, in KiB.
    pub peak_rss_kib: u64,
    /// CPU time used during the run by the server and by this load generator.
    pub cpu_server: Duration,
    pub cpu_client: Duration,
    /// The slowest request: its latency in microseconds and when it was due, from the start.
    pub slowest: Option<(u32, Duration)>,
}

/// What one connection measured.
#[derive(Debug, Default)]
pub struct Part {
    pub latencies_us: Vec<u32>,
    pub errors: BTreeMap<u16, u64>,
    pub slowest: Option<(u32, Duration)>,
}

impl Outcome {
    /// Joins what the connections measured; sorts the latencies.
    pub fn merge(parts: Vec<Part>, elapsed: Duration) -> Self {
        let mut out = Outcome {
            elapsed,
            ..Outcome::default()
        };
        for part in parts {
            out.latencies_us.extend(part.latencies_us);
            for (status, n) in part.errors {
                *out.errors.entry(status).or_default() += n;
            }
            out.slowest = out.slowest.max(part.slowest);
        }
        out.latencies_us.sort_unstable();
        out
    }

    /// Every request that got an answer (errors included) per second.
    pub fn rate(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs <= 0.0 {
            return 0.0;
        }
        self.latencies_us.len() as f64 / secs
    }

    /// CPU used as a share of one core over the run, in percent: (server, load generator).
    pub fn cpu_percent(&self) -> (f64, f64) {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        (
            self.cpu_server.as_secs_f64() / secs * 100.0,
            self.cpu_client.as_secs_f64() / secs * 100.0,
        )
    }

    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }

    /// The `p`-th percentile latency in milliseconds.
    pub fn percentile_ms(&self, p: f64) -> f64 {
        percentile(&self.latencies_us, p) as f64 / 1000.0
    }

    /// "503×12, 0×1" style summary of the errors.
    pub fn error_summary(&self) -> String {
        self.errors
            .iter()
            .map(|(s, n)| {
                if *s == 0 {
                    format!("connection failed×{n}")
                } else {
                    format!("{s}×{n}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The nearest-rank percentile of sorted values (`p` from 0 to 100); 0 when empty.
pub fn percentile(sorted: &[u32], p: f64) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let v: Vec<u32> = (1..=100).collect();
        assert_eq!(percentile(&v, 50.0), 50);
        assert_eq!(percentile(&v, 99.0), 99);
        assert_eq!(percentile(&v, 100.0), 100);
        assert_eq!(percentile(&v, 0.0), 1);
        assert_eq!(percentile(&[7], 99.0), 7);
        assert_eq!(percentile(&[], 50.0), 0);
    }

    #[test]
    fn merged_outcomes_add_errors_and_sort_latencies() {
        let a = Part {
            latencies_us: vec![30, 10],
            errors: BTreeMap::from([(503, 2)]),
            slowest: Some((30, Duration::from_millis(5))),
        };
        let b = Part {
            latencies_us: vec![20],
            errors: BTreeMap::from([(503, 1), (0, 1)]),
            slowest: Some((20, Duration::from_millis(9))),
        };
        let o = Outcome::merge(vec![a, b], Duration::from_secs(2));
        assert_eq!(o.latencies_us, vec![10, 20, 30]);
        assert_eq!(o.slowest, Some((30, Duration::from_millis(5))));
        assert_eq!(o.error_count(), 4);
        assert_eq!(o.error_summary(), "connection failed×1, 503×3");
        assert_eq!(o.rate(), 1.5);
    }
}
