//! The server under test: the release `alif24` binary beside this one, started as a child
//! process on a free port, watched through /proc, stopped with SIGTERM.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

use crate::http::{self, Conn};

/// The `alif24` binary in the directory of this executable (target/release/), if built.
pub fn find_binary() -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?;
    let path = me.parent()?.join("alif24");
    path.is_file().then_some(path)
}

/// A port nobody listens on right now.
pub fn free_port() -> anyhow::Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(l.local_addr()?.port())
}

/// How to start the server.
#[derive(Clone, Copy)]
pub struct Launch<'a> {
    pub binary: &'a Path,
    pub addr: SocketAddr,
    pub database_url: &'a str,
    pub redis_url: Option<&'a str>,
    pub log: &'a Path,
}

/// The running server.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    /// From spawning to the first 200 of `/healthz`.
    pub start_time: Duration,
}

impl Launch<'_> {
    /// Environment shared by the server and the CLI commands run against the same database.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let mut env = vec![
            ("ALIF24_ADDR", self.addr.to_string()),
            ("DATABASE_URL", self.database_url.to_string()),
            ("ALIF24_RATE_LIMIT_SCALE", "100000".to_string()),
        ];
        if let Some(r) = self.redis_url {
            env.push(("REDIS_URL", r.to_string()));
            // Counters of earlier runs stay in Redis; each run counts afresh.
            env.push((
                "ALIF24_REDIS_PREFIX",
                format!("alif24-bench-{}:", std::process::id()),
            ));
        }
        env
    }

    /// Starts the server and waits for its first healthy answer (at most 60 s).
    pub async fn start(&self) -> anyhow::Result<Server> {
        let log = std::fs::File::create(self.log)
            .with_context(|| format!("cannot write {}", self.log.display()))?;
        let started = Instant::now();
        let mut child = Command::new(self.binary)
            .arg("serve")
            .envs(self.env())
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {}", self.binary.display()))?;
        let health = http::request("GET", "/healthz", &[], None);
        loop {
            if let Some(status) = child.try_wait()? {
                bail!(
                    "the server exited ({status}) before answering; see {}",
                    self.log.display()
                );
            }
            if let Ok(p) = Conn::new(self.addr).send(&health, false).await {
                if p.status == 200 {
                    break;
                }
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                bail!("the server did not answer /healthz within 60 s");
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        Ok(Server {
            start_time: started.elapsed(),
            child,
            addr: self.addr,
        })
    }
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends SIGTERM and waits up to 10 s; the time it took to exit and whether it exited
    /// with success. A server still running after 10 s is killed and reported as `None`.
    pub async fn stop(mut self) -> anyhow::Result<Option<(Duration, bool)>> {
        let sent = Instant::now();
        let status = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .context("cannot run kill")?;
        if !status.success() {
            bail!("kill -TERM {} failed", self.pid());
        }
        while sent.elapsed() < Duration::from_secs(10) {
            if let Some(s) = self.child.try_wait()? {
                return Ok(Some((sent.elapsed(), s.success())));
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        Ok(None)
    }
}

impl Drop for Server {
    /// A run that fails half-way does not leave the server behind.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Resident memory of a process in KiB (`VmRSS` in /proc/PID/status).
pub fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    parse_vm_rss(&status)
}

/// CPU time a process used so far (user and system), from /proc/PID/stat.
pub fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let ticks = parse_cpu_ticks(&stat)?;
    Some(Duration::from_millis(ticks * 1000 / clock_ticks()))
}

/// utime + stime: fields 14 and 15, counted after the command name in parentheses.
fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(user + system)
}

/// Clock ticks a second (`getconf CLK_TCK`, 100 on Linux).
fn clock_ticks() -> u64 {
    static TICKS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|t| t.trim().parse().ok())
            .filter(|t| *t > 0)
            .unwrap_or(100)
    })
}

fn parse_vm_rss(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn vm_rss_is_read_in_kib() {
        let status = "Name:\talif24\nVmPeak:\t  99 kB\nVmRSS:\t   16384 kB\nThreads:\t4\n";
        assert_eq!(super::parse_vm_rss(status), Some(16384));
        assert_eq!(super::parse_vm_rss("Name: x\n"), None);
    }

    #[test]
    fn cpu_ticks_are_user_plus_system_time() {
        let stat = "42 (alif 24) S 1 42 42 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 4 0";
        assert_eq!(super::parse_cpu_ticks(stat), Some(280));
    }
}
