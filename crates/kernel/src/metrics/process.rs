//! Process metrics read from `/proc/self` at scrape time (memory, CPU, file descriptors,
//! threads, start time), under the names every Prometheus client uses. Elsewhere than Linux
//! there is no `/proc` and these series are simply absent.

use std::fmt::Write;

/// Clock ticks per second in `/proc/*/stat` (`USER_HZ`), 100 on every Linux architecture we
/// ship for; asking `sysconf` would take `unsafe` and a libc dependency for a constant.
const TICKS_PER_SECOND: f64 = 100.0;

/// One reading of the process.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProcessStats {
    pub resident_bytes: u64,
    pub virtual_bytes: u64,
    pub cpu_seconds: f64,
    pub open_fds: u64,
    pub max_fds: Option<u64>,
    pub start_time_seconds: f64,
    pub threads: u64,
}

/// Reads `/proc/self`; `None` where it does not exist.
pub fn read() -> Option<ProcessStats> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let boot = std::fs::read_to_string("/proc/stat").ok()?;
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
    let open_fds = std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count() as u64);
    let mut stats = parse(&stat, &status, &boot)?;
    stats.open_fds = open_fds;
    stats.max_fds = max_open_files(&limits);
    Some(stats)
}

/// The figures in `/proc/self/stat`, `/proc/self/status` and `/proc/stat`.
fn parse(stat: &str, status: &str, boot: &str) -> Option<ProcessStats> {
    // The command name (field 2) may hold spaces and parentheses: fields count from the last ')'.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // `fields[0]` is field 3 (state), so field n sits at index n - 3.
    let field = |n: usize| fields.get(n - 3).and_then(|v| v.parse::<u64>().ok());
    let ticks = (field(14)? + field(15)?) as f64;
    let started_ticks = field(22)? as f64;
    let boot_time: f64 = boot
        .lines()
        .find_map(|l| l.strip_prefix("btime "))?
        .trim()
        .parse()
        .ok()?;
    let kib = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
    };
    Some(ProcessStats {
        resident_bytes: kib("VmRSS:").unwrap_or(0) * 1024,
        virtual_bytes: kib("VmSize:").unwrap_or(0) * 1024,
        cpu_seconds: ticks / TICKS_PER_SECOND,
        open_fds: 0,
        max_fds: None,
        start_time_seconds: boot_time + started_ticks / TICKS_PER_SECOND,
        threads: kib("Threads:").or(field(20)).unwrap_or(0),
    })
}

/// The soft limit on open files, from `/proc/self/limits`.
fn max_open_files(limits: &str) -> Option<u64> {
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line["Max open files".len()..]
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The Prometheus text exposition of one reading.
pub fn render(stats: &ProcessStats) -> String {
    let mut out = String::new();
    let mut put = |name: &str, kind: &str, help: &str, value: String| {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
        );
    };
    put(
        "process_cpu_seconds_total",
        "counter",
        "Total user and system CPU time spent in seconds.",
        stats.cpu_seconds.to_string(),
    );
    put(
        "process_open_fds",
        "gauge",
        "Number of open file descriptors.",
        stats.open_fds.to_string(),
    );
    if let Some(max) = stats.max_fds {
        put(
            "process_max_fds",
            "gauge",
            "Maximum number of open file descriptors.",
            max.to_string(),
        );
    }
    put(
        "process_resident_memory_bytes",
        "gauge",
        "Resident memory size in bytes.",
        stats.resident_bytes.to_string(),
    );
    put(
        "process_virtual_memory_bytes",
        "gauge",
        "Virtual memory size in bytes.",
        stats.virtual_bytes.to_string(),
    );
    put(
        "process_start_time_seconds",
        "gauge",
        "Start time of the process since unix epoch in seconds.",
        stats.start_time_seconds.to_string(),
    );
    put(
        "process_threads",
        "gauge",
        "Number of OS threads in the process.",
        stats.threads.to_string(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAT: &str = "4242 (alif24 (x) y) S 1 4242 4242 0 -1 4194560 1000 0 0 0 \
        250 50 0 0 20 0 9 0 123400 1048576000 5000 18446744073709551615";
    const STATUS: &str = "Name:\talif24\nVmSize:\t 1024000 kB\nVmRSS:\t   20480 kB\nThreads:\t9\n";
    const BOOT: &str = "cpu  1 2 3\nbtime 1790000000\nprocesses 10\n";
    const LIMITS: &str =
        "Limit                     Soft Limit           Hard Limit           Units\n\
        Max open files            1024                 524288               files\n";

    #[test]
    fn proc_files_become_the_usual_process_figures() {
        let s = parse(STAT, STATUS, BOOT).expect("parses");
        assert_eq!(s.resident_bytes, 20_480 * 1024);
        assert_eq!(s.virtual_bytes, 1_024_000 * 1024);
        assert_eq!(s.cpu_seconds, 3.0);
        assert_eq!(s.threads, 9);
        assert_eq!(s.start_time_seconds, 1_790_000_000.0 + 1_234.0);
        assert_eq!(max_open_files(LIMITS), Some(1024));
        assert_eq!(parse("garbage", STATUS, BOOT), None);
    }

    #[test]
    fn this_process_is_read_and_rendered_under_prometheus_names() {
        let Some(s) = read() else { return };
        assert!(s.resident_bytes > 0 && s.open_fds > 0 && s.threads > 0);
        let text = render(&s);
        for name in [
            "process_resident_memory_bytes ",
            "process_cpu_seconds_total ",
            "process_open_fds ",
            "process_max_fds ",
            "process_start_time_seconds ",
            "process_threads ",
            "process_virtual_memory_bytes ",
        ] {
            assert!(text.contains(&format!("\n{name}")), "{name} in {text}");
        }
    }
}
