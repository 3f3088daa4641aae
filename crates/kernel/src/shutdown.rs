//! The process's stop signal: flagged once when SIGTERM or Ctrl-C arrives, before the server
//! stops accepting, so `/readyz` turns 503 and long-lived connections can leave first.
//!
//! WebSocket handlers (the live quiz) select on [`Shutdown::stopping`] next to their socket and,
//! when it resolves, send a Close frame with [`GOING_AWAY`] (1001, "going away") and return;
//! the browser then reconnects, and the load balancer (which saw `/readyz` answer 503) sends it
//! to another replica. Axum's graceful shutdown does not wait for upgraded connections, so a
//! socket that ignores the signal is cut when the process exits.

use std::sync::Arc;

use tokio::sync::watch;

/// WebSocket close code for a server that is going away (RFC 6455 §7.4.1).
pub const GOING_AWAY: u16 = 1001;

/// Cheap to clone; every clone sees the same flag.
#[derive(Clone, Debug)]
pub struct Shutdown {
    flag: Arc<watch::Sender<bool>>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Self::new()
    }
}

impl Shutdown {
    /// A process that is not stopping.
    pub fn new() -> Self {
        Self {
            flag: Arc::new(watch::Sender::new(false)),
        }
    }

    /// Marks the process as stopping (again is harmless). Readiness answers 503 from now on.
    pub fn begin(&self) {
        self.flag.send_replace(true);
    }

    /// Whether [`Shutdown::begin`] was called.
    pub fn is_stopping(&self) -> bool {
        *self.flag.borrow()
    }

    /// Resolves once the process is stopping (at once if it already is).
    pub async fn stopping(&self) {
        let mut rx = self.flag.subscribe();
        // The sender lives as long as `self`, so this cannot fail while we wait.
        let _ = rx.wait_for(|stopping| *stopping).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waiters_wake_when_the_stop_begins_and_late_waiters_return_at_once() {
        let shutdown = Shutdown::new();
        assert!(!shutdown.is_stopping());
        let waiter = tokio::spawn({
            let s = shutdown.clone();
            async move { s.stopping().await }
        });
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished());
        shutdown.begin();
        waiter.await.unwrap();
        assert!(shutdown.clone().is_stopping());
        // Someone who asks after the stop began is not left waiting.
        tokio::time::timeout(std::time::Duration::from_secs(5), shutdown.stopping())
            .await
            .expect("resolves at once");
        shutdown.begin();
        assert!(shutdown.is_stopping());
    }
}
