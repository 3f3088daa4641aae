//! Fixed-window rate limits on abuse-prone actions (login, registration, code entry).
//!
//! Counters live in this process. Behind several replicas each replica counts on its own, so
//! the effective limit is the configured one times the replica count.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::error::AppError;

/// A limit: at most `max` hits per `window_s` seconds.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: u32,
    pub window_s: i64,
}

pub struct RateLimiter {
    scale: u32,
    windows: Mutex<HashMap<String, (i64, u32)>>,
}

impl RateLimiter {
    /// `scale` multiplies every limit (configuration, for load tests and large schools behind NAT).
    pub fn new(scale: u32) -> Self {
        Self {
            scale: scale.max(1),
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one hit on `key` at `now_ms`; 429 with the seconds to wait once over the limit.
    pub fn hit(&self, key: &str, limit: Limit, now_ms: i64) -> Result<(), AppError> {
        let window_ms = limit.window_s * 1000;
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now_ms - *start < window_ms);
        }
        let entry = windows.entry(key.to_string()).or_insert((now_ms, 0));
        if now_ms - entry.0 >= window_ms {
            *entry = (now_ms, 0);
        }
        if entry.1 >= limit.max.saturating_mul(self.scale) {
            let wait_s = ((entry.0 + window_ms - now_ms) / 1000).max(1);
            return Err(AppError::rate_limited(wait_s as u64));
        }
        entry.1 += 1;
        Ok(())
    }

    /// Forgets the hits on `key` (a successful login clears its failure count).
    pub fn reset(&self, key: &str) {
        self.windows
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_past_the_limit_until_the_window_passes() {
        let rl = RateLimiter::new(1);
        let limit = Limit {
            max: 2,
            window_s: 60,
        };
        assert!(rl.hit("k", limit, 0).is_ok());
        assert!(rl.hit("k", limit, 1).is_ok());
        let err = rl.hit("k", limit, 2).unwrap_err();
        assert_eq!(err.status.as_u16(), 429);
        assert!(rl.hit("other", limit, 2).is_ok());
        assert!(rl.hit("k", limit, 60_000).is_ok());
    }
}

/// The caller's address for rate limiting: the socket peer, or the proxy's `X-Forwarded-For`
/// when `ALIF24_TRUST_PROXY` is set.
#[derive(Clone, Debug)]
pub struct ClientIp(pub String);

impl axum::extract::FromRequestParts<crate::AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config.trust_proxy {
            if let Some(ip) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
            {
                return Ok(ClientIp(ip));
            }
        }
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "local".into());
        Ok(ClientIp(peer))
    }
}

/// Limits of the account actions, per client address and per account.
pub mod limits {
    use super::Limit;

    pub const LOGIN_PER_IP: Limit = Limit {
        max: 30,
        window_s: 300,
    };
    pub const LOGIN_PER_ACCOUNT: Limit = Limit {
        max: 10,
        window_s: 900,
    };
    pub const REGISTER_PER_IP: Limit = Limit {
        max: 30,
        window_s: 3600,
    };
    pub const CODE_PER_IP: Limit = Limit {
        max: 20,
        window_s: 600,
    };
}
