//! Fixed-window rate limits on abuse-prone actions (login, registration, code entry).
//!
//! With `REDIS_URL` the counters live in Redis, shared by every replica; without it they live
//! in this process. If Redis stops answering, the process counts on its own until it is back:
//! the platform stays up, and the limit is briefly per replica.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::error::AppError;

/// A limit: at most `max` hits per `window_s` seconds.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: u32,
    pub window_s: i64,
}

pub struct RateLimiter {
    scale: u32,
    local: Mutex<HashMap<String, (i64, u32)>>,
    redis: Option<Shared>,
}

/// Counters in Redis under `prefix`.
struct Shared {
    conn: redis::aio::ConnectionManager,
    prefix: String,
}

impl RateLimiter {
    /// In-process counters. `scale` multiplies every limit (load tests, large schools behind NAT).
    pub fn new(scale: u32) -> Self {
        Self {
            scale: scale.max(1),
            local: Mutex::new(HashMap::new()),
            redis: None,
        }
    }

    /// Counters shared through Redis; keys start with `prefix`.
    pub async fn with_redis(scale: u32, url: &str, prefix: &str) -> anyhow::Result<Self> {
        let client = redis::Client::open(url)?;
        let conn = tokio::time::timeout(Duration::from_secs(5), client.get_connection_manager())
            .await
            .map_err(|_| {
                anyhow::anyhow!(
                    "Redis at {} did not answer within 5 seconds",
                    crate::config::redact(url)
                )
            })??;
        Ok(Self {
            redis: Some(Shared {
                conn,
                prefix: prefix.to_string(),
            }),
            ..Self::new(scale)
        })
    }

    pub fn is_shared(&self) -> bool {
        self.redis.is_some()
    }

    /// The Redis connection (multiplexed, cheap to clone) and the deployment's key prefix,
    /// for other state every replica shares, such as leaderboards; `None` without `REDIS_URL`.
    pub fn redis(&self) -> Option<(redis::aio::ConnectionManager, &str)> {
        self.redis
            .as_ref()
            .map(|s| (s.conn.clone(), s.prefix.as_str()))
    }

    /// Counts one hit on `key` at `now_ms`; 429 with the seconds to wait once over the limit.
    pub async fn hit(&self, key: &str, limit: Limit, now_ms: i64) -> Result<(), AppError> {
        let max = limit.max.saturating_mul(self.scale) as i64;
        if let Some(shared) = &self.redis {
            let window_ms = limit.window_s * 1000;
            let bucket = now_ms.div_euclid(window_ms);
            let redis_key = format!("{}rl:{key}:{bucket}", shared.prefix);
            let mut conn = shared.conn.clone();
            let counted: Result<(i64, i64), redis::RedisError> = redis::pipe()
                .atomic()
                .cmd("INCR")
                .arg(&redis_key)
                .cmd("PEXPIRE")
                .arg(&redis_key)
                .arg(window_ms + 1000)
                .query_async(&mut conn)
                .await;
            match counted {
                Ok((count, _)) if count > max => {
                    let wait_s = (((bucket + 1) * window_ms - now_ms) / 1000).max(1);
                    return Err(AppError::rate_limited(wait_s as u64));
                }
                Ok(_) => return Ok(()),
                Err(e) => {
                    tracing::warn!(error = %e, "Redis rate limit unavailable; counting in process")
                }
            }
        }
        self.hit_local(key, limit, max, now_ms)
    }

    fn hit_local(&self, key: &str, limit: Limit, max: i64, now_ms: i64) -> Result<(), AppError> {
        let window_ms = limit.window_s * 1000;
        let mut windows = self.local.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now_ms - *start < window_ms);
        }
        let entry = windows.entry(key.to_string()).or_insert((now_ms, 0));
        if now_ms - entry.0 >= window_ms {
            *entry = (now_ms, 0);
        }
        if i64::from(entry.1) >= max {
            let wait_s = ((entry.0 + window_ms - now_ms) / 1000).max(1);
            return Err(AppError::rate_limited(wait_s as u64));
        }
        entry.1 += 1;
        Ok(())
    }

    /// Refuses (429) when `key` is already at its limit, without counting a hit: for actions
    /// limited by their failures only, checked before the attempt and hit when it fails, so a
    /// caller over the limit learns nothing from trying.
    pub async fn peek(&self, key: &str, limit: Limit, now_ms: i64) -> Result<(), AppError> {
        let max = limit.max.saturating_mul(self.scale) as i64;
        let window_ms = limit.window_s * 1000;
        if let Some(shared) = &self.redis {
            let bucket = now_ms.div_euclid(window_ms);
            let mut conn = shared.conn.clone();
            let count: Result<Option<i64>, redis::RedisError> = redis::cmd("GET")
                .arg(format!("{}rl:{key}:{bucket}", shared.prefix))
                .query_async(&mut conn)
                .await;
            match count {
                Ok(count) if count.unwrap_or(0) >= max => {
                    let wait_s = (((bucket + 1) * window_ms - now_ms) / 1000).max(1);
                    return Err(AppError::rate_limited(wait_s as u64));
                }
                Ok(_) => return Ok(()),
                Err(e) => {
                    tracing::warn!(error = %e, "Redis rate limit unavailable; counting in process")
                }
            }
        }
        let windows = self.local.lock().unwrap_or_else(|p| p.into_inner());
        match windows.get(key) {
            Some((start, count)) if now_ms - start < window_ms && i64::from(*count) >= max => {
                let wait_s = ((start + window_ms - now_ms) / 1000).max(1);
                Err(AppError::rate_limited(wait_s as u64))
            }
            _ => Ok(()),
        }
    }

    /// Forgets the hits on `key` in the current window (a successful login clears its failures).
    pub async fn reset(&self, key: &str, limit: Limit, now_ms: i64) {
        if let Some(shared) = &self.redis {
            let bucket = now_ms.div_euclid(limit.window_s * 1000);
            let mut conn = shared.conn.clone();
            let done: Result<i64, redis::RedisError> = redis::cmd("DEL")
                .arg(format!("{}rl:{key}:{bucket}", shared.prefix))
                .query_async(&mut conn)
                .await;
            if let Err(e) = done {
                tracing::warn!(error = %e, "Redis rate limit reset failed");
            }
        }
        self.local
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn refuses_past_the_limit_until_the_window_passes() {
        let rl = RateLimiter::new(1);
        let limit = Limit {
            max: 2,
            window_s: 60,
        };
        assert!(rl.hit("k", limit, 0).await.is_ok());
        assert!(rl.hit("k", limit, 1).await.is_ok());
        let err = rl.hit("k", limit, 2).await.unwrap_err();
        assert_eq!(err.status.as_u16(), 429);
        assert!(rl.hit("other", limit, 2).await.is_ok());
        assert!(rl.hit("k", limit, 60_000).await.is_ok());
        rl.hit("k", limit, 60_001).await.unwrap();
        assert!(rl.hit("k", limit, 60_002).await.is_err());
        rl.reset("k", limit, 60_003).await;
        assert!(rl.hit("k", limit, 60_004).await.is_ok());
    }

    #[tokio::test]
    async fn a_peek_refuses_at_the_limit_and_counts_nothing() {
        let rl = RateLimiter::new(1);
        let limit = Limit {
            max: 2,
            window_s: 60,
        };
        for _ in 0..5 {
            assert!(rl.peek("k", limit, 0).await.is_ok(), "peeks are not hits");
        }
        rl.hit("k", limit, 1).await.unwrap();
        rl.hit("k", limit, 2).await.unwrap();
        let err = rl.peek("k", limit, 3).await.unwrap_err();
        assert_eq!(err.status.as_u16(), 429);
        assert!(rl.peek("k", limit, 60_001).await.is_ok(), "a new window");
    }
}

/// The caller's address for rate limiting: the socket peer, or the proxy's `X-Forwarded-For`
/// when `ALIF24_TRUST_PROXY` is set.
#[derive(Clone, Debug)]
pub struct ClientIp(pub String);

impl<S> axum::extract::FromRequestParts<S> for ClientIp
where
    crate::AppState: axum::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let state = &<crate::AppState as axum::extract::FromRef<S>>::from_ref(state);
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
