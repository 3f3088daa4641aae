//! The Redis side of the [`crate::bus::Bus`]: a shared connection that publishes, and one
//! pub/sub connection per process that subscribes to every topic someone here listens to and
//! hands each message to the local subscribers.
//!
//! The pub/sub connection lives in a task that reconnects with back-off (100 ms doubling to
//! 5 s) and subscribes again to every local topic. While it is down, `publish` reports that
//! Redis will not echo the message back, so the bus delivers it in this process itself.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use futures_util::StreamExt;
use redis::aio::{ConnectionManager, ConnectionManagerConfig, PubSubSink, PubSubStream};
use tokio::sync::{mpsc, oneshot};

use crate::bus::Local;

const MIN_DELAY: Duration = Duration::from_millis(100);
const MAX_DELAY: Duration = Duration::from_secs(5);
/// How often an idle pub/sub connection is checked, so a silently dead one is noticed.
const PING_EVERY: Duration = Duration::from_secs(15);
/// The longest `subscribe` waits for Redis to confirm before carrying on regardless.
const LISTEN_WAIT: Duration = Duration::from_secs(3);

enum Command {
    /// Subscribe to a topic (idempotent in Redis), then acknowledge.
    Listen(String, oneshot::Sender<()>),
    /// Acknowledge once every earlier command is done.
    Sync(oneshot::Sender<()>),
    /// Unsubscribe, unless someone here listens to the topic again.
    Forget(String),
}

pub(crate) struct RedisLink {
    conn: ConnectionManager,
    prefix: String,
    commands: mpsc::UnboundedSender<Command>,
    /// The pub/sub connection is subscribed and reading.
    up: Arc<AtomicBool>,
    /// How many times the pub/sub connection has come up (see [`RedisLink::epoch`]).
    ups: Arc<AtomicU64>,
    /// A failed publish has been logged since the last successful one.
    publish_warned: AtomicBool,
    task: tokio::task::JoinHandle<()>,
}

impl RedisLink {
    pub(crate) async fn start(url: &str, prefix: &str, local: Arc<Local>) -> anyhow::Result<Self> {
        Self::start_pinging(url, prefix, local, PING_EVERY).await
    }

    /// [`RedisLink::start`] with the pub/sub connection checked every `ping_every`.
    async fn start_pinging(
        url: &str,
        prefix: &str,
        local: Arc<Local>,
        ping_every: Duration,
    ) -> anyhow::Result<Self> {
        let client = redis::Client::open(url)?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Duration::from_secs(2))
            .set_response_timeout(Duration::from_secs(2))
            .set_number_of_retries(1);
        let conn = tokio::time::timeout(
            Duration::from_secs(5),
            client.get_connection_manager_with_config(config),
        )
        .await
        .map_err(|_| {
            anyhow::anyhow!(
                "Redis at {} did not answer within 5 seconds",
                crate::config::redact(url)
            )
        })??;
        let prefix = format!("{prefix}bus:");
        let (commands, receiver) = mpsc::unbounded_channel();
        let up = Arc::new(AtomicBool::new(false));
        let ups = Arc::new(AtomicU64::new(0));
        let task = tokio::spawn(run(
            client,
            prefix.clone(),
            local,
            receiver,
            (up.clone(), ups.clone()),
            ping_every,
        ));
        let link = Self {
            conn,
            prefix,
            commands,
            up,
            ups,
            publish_warned: AtomicBool::new(false),
            task,
        };
        // Wait for the first pub/sub connection, so the first subscriber does not miss messages.
        let (ack, done) = oneshot::channel();
        if link.commands.send(Command::Sync(ack)).is_ok() {
            let _ = tokio::time::timeout(LISTEN_WAIT, done).await;
        }
        Ok(link)
    }

    /// Publishes through Redis. True when Redis will also bring the message back to this
    /// process's subscribers; false when the caller must deliver it here itself.
    pub(crate) async fn publish(&self, topic: &str, payload: Bytes) -> bool {
        let echoed = self.up.load(Ordering::SeqCst);
        let mut conn = self.conn.clone();
        let sent: redis::RedisResult<i64> = redis::cmd("PUBLISH")
            .arg(format!("{}{topic}", self.prefix))
            .arg(payload.as_ref())
            .query_async(&mut conn)
            .await;
        match sent {
            Ok(_) => {
                if self.publish_warned.swap(false, Ordering::SeqCst) {
                    tracing::info!("bus: publishing through Redis again");
                }
                echoed
            }
            Err(e) => {
                if !self.publish_warned.swap(true, Ordering::SeqCst) {
                    tracing::warn!(error = %e, "bus: Redis publish failed; delivering in this process only");
                }
                false
            }
        }
    }

    /// Makes sure the pub/sub connection carries `topic` (for its first local subscriber) or
    /// has handled every earlier request (for later ones), waiting a few seconds at most.
    pub(crate) async fn listen(&self, topic: &str, first: bool) {
        let (ack, done) = oneshot::channel();
        let command = if first {
            Command::Listen(topic.to_string(), ack)
        } else {
            Command::Sync(ack)
        };
        if self.commands.send(command).is_ok() {
            let _ = tokio::time::timeout(LISTEN_WAIT, done).await;
        }
    }

    /// `None` while the pub/sub connection is down (messages from other replicas are being
    /// missed); otherwise a number that changes each time the connection comes back.
    pub(crate) fn epoch(&self) -> Option<u64> {
        // `ups` grows before `up` turns true, so a count read on both sides of `up` that did
        // not change belongs to the connection `up` describes.
        loop {
            let before = self.ups.load(Ordering::SeqCst);
            let up = self.up.load(Ordering::SeqCst);
            if self.ups.load(Ordering::SeqCst) == before {
                return up.then_some(before);
            }
        }
    }

    /// The last local subscriber of `topic` has gone.
    pub(crate) fn forget(&self, topic: &str) {
        let _ = self.commands.send(Command::Forget(topic.to_string()));
    }
}

impl Drop for RedisLink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Keeps a pub/sub connection open for as long as the link lives.
async fn run(
    client: redis::Client,
    prefix: String,
    local: Arc<Local>,
    mut commands: mpsc::UnboundedReceiver<Command>,
    (up, ups): (Arc<AtomicBool>, Arc<AtomicU64>),
    ping_every: Duration,
) {
    let mut delay = MIN_DELAY;
    let mut down_logged = false;
    loop {
        if let Ok(Ok(pubsub)) =
            tokio::time::timeout(Duration::from_secs(5), client.get_async_pubsub()).await
        {
            let (mut sink, mut stream) = pubsub.split();
            let mut subscribed = true;
            for topic in local.topic_names() {
                if sink.subscribe(format!("{prefix}{topic}")).await.is_err() {
                    subscribed = false;
                    break;
                }
            }
            if subscribed {
                ups.fetch_add(1, Ordering::SeqCst);
                up.store(true, Ordering::SeqCst);
                if down_logged {
                    tracing::info!("bus: Redis pub/sub connection is back");
                    down_logged = false;
                }
                delay = MIN_DELAY;
                let closed = serve(
                    &mut sink,
                    &mut stream,
                    &mut commands,
                    &local,
                    &prefix,
                    ping_every,
                )
                .await;
                up.store(false, Ordering::SeqCst);
                if closed {
                    return;
                }
            }
        }
        if !down_logged {
            tracing::warn!(
                "bus: Redis pub/sub unavailable; delivering in this process until it returns"
            );
            down_logged = true;
        }
        // Wait before trying again, answering requests meanwhile: topics are subscribed on
        // reconnect from the local list, so a request needs no Redis now.
        let pause = tokio::time::sleep(delay);
        tokio::pin!(pause);
        loop {
            tokio::select! {
                _ = &mut pause => break,
                command = commands.recv() => match command {
                    None => return,
                    Some(Command::Listen(_, ack) | Command::Sync(ack)) => { let _ = ack.send(()); }
                    Some(Command::Forget(_)) => {}
                },
            }
        }
        delay = (delay * 2).min(MAX_DELAY);
    }
}

/// Reads messages and requests until the connection is lost (false) or the link is dropped
/// (true).
async fn serve(
    sink: &mut PubSubSink,
    stream: &mut PubSubStream,
    commands: &mut mpsc::UnboundedReceiver<Command>,
    local: &Local,
    prefix: &str,
    ping_every: Duration,
) -> bool {
    let mut ping = tokio::time::interval(ping_every);
    ping.tick().await;
    loop {
        tokio::select! {
            message = stream.next() => match message {
                Some(message) => {
                    if let Some(topic) = message.get_channel_name().strip_prefix(prefix) {
                        local.deliver(topic, Bytes::copy_from_slice(message.get_payload_bytes()));
                    }
                }
                None => return false,
            },
            command = commands.recv() => match command {
                None => return true,
                Some(Command::Listen(topic, ack)) => {
                    let done = sink.subscribe(format!("{prefix}{topic}")).await;
                    let _ = ack.send(());
                    if done.is_err() {
                        return false;
                    }
                }
                Some(Command::Sync(ack)) => { let _ = ack.send(()); }
                Some(Command::Forget(topic)) => {
                    if !local.has(&topic) && sink.unsubscribe(format!("{prefix}{topic}")).await.is_err() {
                        return false;
                    }
                }
            },
            _ = ping.tick() => {
                // A subscribed connection answers PING with `["pong", ""]`, not `PONG`: any
                // answer will do (asking for a string failed every time and dropped the link).
                let answered = tokio::time::timeout(Duration::from_secs(5), sink.ping::<redis::Value>()).await;
                if !matches!(answered, Ok(Ok(_))) {
                    return false;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_subscribed_connection_stays_up_through_its_pings() {
        let Ok(url) = std::env::var("ALIF24_TEST_REDIS_URL") else {
            eprintln!("skipped: ALIF24_TEST_REDIS_URL is not set");
            return;
        };
        let local = Arc::new(Local::default());
        let every = Duration::from_millis(50);
        let link = RedisLink::start_pinging(&url, "alif24-test-ping:", local, every)
            .await
            .unwrap();
        link.listen("pinged", true).await;
        let first = link.epoch();
        assert!(first.is_some(), "the link came up");
        for _ in 0..10 {
            tokio::time::sleep(every).await;
            assert_eq!(
                link.epoch(),
                first,
                "the link fell and came back between pings"
            );
        }
    }
}
