//! The leaderboards' sorted sets in Redis, under `{prefix}lb:`: one `ZADD GT` per board a
//! round touches, in one pipeline; week and month boards expire after their period.

use kernel::{AppError, AppResult};
use redis::aio::ConnectionManager;

use super::sets::Raise;

/// A member's score and the count of higher scores, or nil when absent.
const STANDING: &str = "local s = redis.call('ZSCORE', KEYS[1], ARGV[1]) \
    if not s then return nil end \
    return {s, redis.call('ZCOUNT', KEYS[1], '(' .. s, '+inf')}";

pub struct RedisSets {
    conn: ConnectionManager,
    prefix: String,
}

fn fail(e: redis::RedisError) -> AppError {
    AppError::internal(anyhow::anyhow!("leaderboards in Redis: {e}"))
}

impl RedisSets {
    pub fn new(conn: ConnectionManager, prefix: &str) -> Self {
        Self {
            conn,
            prefix: format!("{prefix}lb:"),
        }
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub async fn raise(&self, raises: &[Raise], ttl_s: Option<i64>) -> AppResult<()> {
        if raises.is_empty() {
            return Ok(());
        }
        let mut pipe = redis::pipe();
        for (key, user, score) in raises {
            let key = self.key(key);
            pipe.cmd("ZADD")
                .arg(&key)
                .arg("GT")
                .arg(*score)
                .arg(*user)
                .ignore();
            if let Some(ttl) = ttl_s {
                pipe.cmd("EXPIRE").arg(&key).arg(ttl).ignore();
            }
        }
        let mut conn = self.conn.clone();
        pipe.query_async::<()>(&mut conn).await.map_err(fail)
    }

    pub async fn remove(&self, keys: &[String], user: i64) -> AppResult<()> {
        if keys.is_empty() {
            return Ok(());
        }
        let mut pipe = redis::pipe();
        for key in keys {
            pipe.cmd("ZREM").arg(self.key(key)).arg(user).ignore();
        }
        let mut conn = self.conn.clone();
        pipe.query_async::<()>(&mut conn).await.map_err(fail)
    }

    pub async fn top(&self, key: &str, n: usize) -> AppResult<Vec<(i64, i64)>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        let mut conn = self.conn.clone();
        redis::cmd("ZRANGE")
            .arg(self.key(key))
            .arg(0)
            .arg(n as i64 - 1)
            .arg("REV")
            .arg("WITHSCORES")
            .query_async(&mut conn)
            .await
            .map_err(fail)
    }

    /// One round trip: the score, then how many are strictly higher.
    pub async fn standing(&self, key: &str, user: i64) -> AppResult<Option<(i64, u64)>> {
        let mut conn = self.conn.clone();
        let found: Option<(i64, u64)> = redis::cmd("EVAL")
            .arg(STANDING)
            .arg(1)
            .arg(self.key(key))
            .arg(user)
            .query_async(&mut conn)
            .await
            .map_err(fail)?;
        Ok(found)
    }

    pub async fn claim_build(&self, marker: &str, ttl_s: Option<i64>) -> AppResult<bool> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.key(&format!("built:{marker}")))
            .arg(1)
            .arg("NX");
        if let Some(ttl) = ttl_s {
            cmd.arg("EX").arg(ttl);
        }
        let mut conn = self.conn.clone();
        let set: Option<String> = cmd.query_async(&mut conn).await.map_err(fail)?;
        Ok(set.is_some())
    }
}
