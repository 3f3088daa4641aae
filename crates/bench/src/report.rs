//! The printed result: Markdown tables ready to paste into `docs/performance.md`.

use std::fmt::Write;
use std::time::Duration;

use crate::scenarios::{Kind, Memory, Row};

/// What the run was, for the heading.
pub struct Setup<'a> {
    pub database: &'a str,
    pub seconds: u64,
    pub connections: usize,
    pub redis: bool,
    /// [`machine`], read before the server started.
    pub machine: String,
}

/// Start, idle memory and stop figures.
pub struct Lifecycle {
    pub start: Duration,
    pub idle_start_kib: u64,
    pub idle_seeded_kib: u64,
    pub accounts: usize,
    /// Time from SIGTERM to exit and whether the exit was clean; `None`: killed after 10 s.
    pub stop: Option<(Duration, bool)>,
}

pub fn render(setup: &Setup, rows: &[Row], memory: Option<&Memory>, life: &Lifecycle) -> String {
    let mut s = String::new();
    let redis = if setup.redis { " + Redis" } else { "" };
    let _ = writeln!(s, "### {}{redis}\n", setup.database);
    let _ = writeln!(
        s,
        "{}; server and load generator on the same cores. Release build, fresh database, {} s \
         per scenario, {} connections (login 8).\n",
        setup.machine, setup.seconds, setup.connections
    );
    let _ = writeln!(
        s,
        "| Scenario | Conn. | req/s | % of ceiling | p50 ms | p99 ms | Errors | Server RSS peak | CPU server / bench |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
    let ceiling = rows
        .iter()
        .find(|r| r.kind == Kind::Ceiling)
        .map(|r| r.outcome.rate());
    for r in rows {
        let share = match (r.kind, ceiling) {
            (Kind::Read, Some(c)) if c > 0.0 => format!("{:.1} %", r.outcome.rate() / c * 100.0),
            (Kind::Ceiling, _) => "100 %".into(),
            _ => String::new(),
        };
        line(&mut s, r, &share);
    }
    let _ = writeln!(s);
    half_load(&mut s, rows);
    let _ = writeln!(s, "| Start and memory | |");
    let _ = writeln!(s, "|---|---|");
    let _ = writeln!(
        s,
        "| Start (spawn to first 200 of `/healthz`, fresh database) | {} ms |",
        life.start.as_millis()
    );
    let _ = writeln!(s, "| RSS idle after start | {} |", mib(life.idle_start_kib));
    let _ = writeln!(
        s,
        "| RSS idle after seeding ({} accounts) | {} |",
        life.accounts,
        mib(life.idle_seeded_kib)
    );
    if let Some(memory) = memory {
        memory_lines(&mut s, setup, memory);
    }
    let stop = match life.stop {
        Some((d, true)) => format!("exited cleanly in {} ms", d.as_millis()),
        Some((d, false)) => format!("exited with an error after {} ms", d.as_millis()),
        None => "still running after 10 s (killed)".into(),
    };
    let _ = writeln!(s, "| SIGTERM | {stop} |");
    s
}

fn memory_lines(s: &mut String, setup: &Setup, memory: &Memory) {
    let _ = writeln!(
        s,
        "| RSS idle 5 s after 1,000 more logins ({:.0}/s, errors {}) | {} |",
        memory.logins.rate(),
        errors_text(&memory.logins),
        mib(memory.after_logins_kib)
    );
    let m = &memory.mixed.outcome;
    let _ = writeln!(
        s,
        "| RSS peak, 200 connections of login + page for {} s ({:.0} req/s, p99 {:.0} ms, errors {}) | {} |",
        setup.seconds,
        m.rate(),
        m.percentile_ms(99.0),
        errors_text(m),
        mib(m.peak_rss_kib)
    );
    let _ = writeln!(s, "| RSS 10 s later | {} |", mib(memory.after_mixed_kib));
}

fn line(s: &mut String, r: &Row, share: &str) {
    let o = &r.outcome;
    let mark = if o.error_count() > 0 { "⚠ " } else { "" };
    let _ = writeln!(
        s,
        "| {mark}{} | {} | {} | {share} | {:.2} | {:.2} | {} | {} | {:.0} % / {:.0} % |",
        r.name,
        r.connections,
        thousands(o.rate().round() as u64),
        o.percentile_ms(50.0),
        o.percentile_ms(99.0),
        errors_text(o),
        mib(o.peak_rss_kib),
        o.cpu_percent().0,
        o.cpu_percent().1
    );
}

/// "61.2 (4.31)": the slowest latency and when that request was due in the run.
fn slowest_text(o: &crate::stats::Outcome) -> String {
    match o.slowest {
        Some((us, at)) => format!("{:.1} ({:.2})", us as f64 / 1000.0, at.as_secs_f64()),
        None => "–".into(),
    }
}

/// Below this share of its target a paced run is marked: the server did not keep up.
const KEPT_UP: f64 = 0.95;

/// The reads again, open loop at half the rate each reached above.
fn half_load(s: &mut String, rows: &[Row]) {
    let paced: Vec<_> = rows
        .iter()
        .filter_map(|r| r.half.as_ref().map(|h| (r, h)))
        .collect();
    if paced.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "| At half load (open loop) | Conn. | target req/s | achieved req/s | p50 ms | p99 ms | slowest ms (due at s) | Errors |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|");
    for (r, h) in paced {
        let o = &h.outcome;
        let behind = o.rate() < h.target * KEPT_UP;
        let mark = if o.error_count() > 0 || behind {
            "⚠ "
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "| {mark}{} | {} | {} | {} | {:.2} | {:.2} | {} | {} |",
            r.name,
            r.connections,
            thousands(h.target.round() as u64),
            thousands(o.rate().round() as u64),
            o.percentile_ms(50.0),
            o.percentile_ms(99.0),
            slowest_text(o),
            errors_text(o)
        );
    }
    let _ = writeln!(s);
}

fn errors_text(o: &crate::stats::Outcome) -> String {
    match o.error_count() {
        0 => "0".into(),
        _ => format!("{} ({})", thousands(o.error_count()), o.error_summary()),
    }
}

fn mib(kib: u64) -> String {
    format!("{:.0} MiB", kib as f64 / 1024.0)
}

/// 12345 → "12,345".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "Intel(R) Xeon(R) … × 2 cores, 7.8 GiB, load average 0.12 at the start".
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpu
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU", |(_, v)| v.trim())
        .to_string();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let total_kib: u64 = mem
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    // Other work on the machine lowers every figure; the load average says how much there was.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("?").to_string();
    format!(
        "{model} × {cores} cores, {:.1} GiB, load average {load} at the start",
        total_kib as f64 / 1024.0 / 1024.0
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use crate::scenarios::{Kind, Paced, Row};
    use crate::stats::Outcome;

    fn read(name: &'static str, target: f64, answered: u32) -> Row {
        let outcome = || Outcome {
            latencies_us: (1..=answered).map(|i| i * 100).collect(),
            elapsed: Duration::from_secs(1),
            slowest: Some((answered * 100, Duration::from_millis(250))),
            ..Outcome::default()
        };
        Row {
            name,
            kind: Kind::Read,
            connections: 4,
            outcome: outcome(),
            half: Some(Paced {
                target,
                outcome: outcome(),
            }),
        }
    }

    #[test]
    fn the_half_load_table_shows_target_and_achieved_and_marks_a_run_that_fell_behind() {
        let mut s = String::new();
        super::half_load(
            &mut s,
            &[read("me", 1000.0, 1000), read("list", 1000.0, 900)],
        );
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[0].starts_with("| At half load (open loop) |"), "{s}");
        let me = "| me | 4 | 1,000 | 1,000 | 50.00 | 99.00 | 100.0 (0.25) | 0 |";
        assert_eq!(lines[2], me);
        let list = "| ⚠ list | 4 | 1,000 | 900 | 45.00 | 89.10 | 90.0 (0.25) | 0 |";
        assert_eq!(lines[3], list);
    }

    #[test]
    fn rows_without_a_paced_run_print_no_half_load_table() {
        let mut row = read("me", 10.0, 10);
        row.half = None;
        let mut s = String::new();
        super::half_load(&mut s, &[row]);
        assert_eq!(s, "");
    }

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1000), "1,000");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
