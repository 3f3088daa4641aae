//! A publish/subscribe bus for events between requests and between replicas (live-quiz
//! answers, leaderboard changes, notifications).
//!
//! [`Bus::in_process`] delivers inside this process through one bounded broadcast channel per
//! topic; a topic disappears when its last subscriber leaves. [`Bus::redis`] publishes through
//! Redis, so every replica with the same prefix sees every message: one shared connection
//! publishes, and one pub/sub connection per process carries all subscribed topics and fans
//! them out to local subscribers (see `bus_redis`). While Redis is away, messages are delivered
//! in this process only, and the pub/sub connection is retried with back-off.
//!
//! Delivery is at most once and only to current subscribers: a message published before
//! `subscribe` returns, or while a replica is cut off from Redis, is not replayed. A
//! subscriber that falls more than [`CAPACITY`] messages behind is told how many it missed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use tokio::sync::broadcast;

use crate::error::AppResult;

/// Messages one subscriber may fall behind before it starts missing them.
pub const CAPACITY: usize = 256;

/// A handle on the bus; cheap to clone, shared by every handler and task.
#[derive(Clone)]
pub struct Bus {
    local: Arc<Local>,
    redis: Option<Arc<crate::bus_redis::RedisLink>>,
}

/// What a subscriber receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received {
    Message(Bytes),
    /// The subscriber was too slow: this many messages were dropped for it.
    Lagged(u64),
}

impl Bus {
    /// A bus inside this process only (the embedded default, and tests).
    pub fn in_process() -> Self {
        Self {
            local: Arc::new(Local::default()),
            redis: None,
        }
    }

    /// A bus shared through Redis by every process that uses the same `prefix`. Fails when
    /// Redis does not answer at start; later outages fall back to in-process delivery.
    pub async fn redis(url: &str, prefix: &str) -> anyhow::Result<Self> {
        let local = Arc::new(Local::default());
        let link = crate::bus_redis::RedisLink::start(url, prefix, local.clone()).await?;
        Ok(Self {
            local,
            redis: Some(Arc::new(link)),
        })
    }

    /// True when messages travel through Redis.
    pub fn is_shared(&self) -> bool {
        self.redis.is_some()
    }

    /// Sends `payload` to every current subscriber of `topic` (on every replica).
    pub async fn publish(&self, topic: &str, payload: impl Into<Bytes>) -> AppResult<()> {
        let payload = payload.into();
        match &self.redis {
            Some(link) => {
                if !link.publish(topic, payload.clone()).await {
                    self.local.deliver(topic, payload);
                }
            }
            None => self.local.deliver(topic, payload),
        }
        Ok(())
    }

    /// Starts listening to `topic`. Once this returns, messages published to the topic from
    /// any replica reach the subscription (while Redis answers).
    pub async fn subscribe(&self, topic: &str) -> Subscription {
        let (receiver, first) = self.local.subscribe(topic);
        if let Some(link) = &self.redis {
            link.listen(topic, first).await;
        }
        Subscription {
            receiver: Some(receiver),
            topic: topic.to_string(),
            local: self.local.clone(),
            redis: self.redis.clone(),
        }
    }

    /// Whether this process hears every message now: `None` while the Redis pub/sub
    /// connection is down (messages from other replicas are being missed), otherwise a number
    /// that changes each time that connection comes back, so a cache kept fresh by messages
    /// can tell that it may have missed some. Always `Some(0)` in process.
    pub fn epoch(&self) -> Option<u64> {
        match &self.redis {
            Some(link) => link.epoch(),
            None => Some(0),
        }
    }

    /// Topics with at least one subscriber in this process.
    pub fn local_topics(&self) -> usize {
        self.local.topics.lock().map(|t| t.len()).unwrap_or(0)
    }
}

/// One subscriber's view of a topic; dropping it unsubscribes.
pub struct Subscription {
    receiver: Option<broadcast::Receiver<Bytes>>,
    topic: String,
    local: Arc<Local>,
    redis: Option<Arc<crate::bus_redis::RedisLink>>,
}

impl Subscription {
    /// The next message, a note that some were missed, or `None` once the bus is gone.
    pub async fn recv(&mut self) -> Option<Received> {
        let receiver = self.receiver.as_mut()?;
        match receiver.recv().await {
            Ok(bytes) => Some(Received::Message(bytes)),
            Err(broadcast::error::RecvError::Lagged(n)) => Some(Received::Lagged(n)),
            Err(broadcast::error::RecvError::Closed) => None,
        }
    }

    pub fn topic(&self) -> &str {
        &self.topic
    }

    /// The subscription as a `Stream`, for code written against streams (a WebSocket's
    /// outgoing half, say); it ends when the bus is gone.
    pub fn into_stream(self) -> impl futures_util::Stream<Item = Received> + Send {
        futures_util::stream::unfold(self, |mut sub| async move {
            sub.recv().await.map(|received| (received, sub))
        })
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        drop(self.receiver.take());
        if self.local.release(&self.topic) {
            if let Some(link) = &self.redis {
                link.forget(&self.topic);
            }
        }
    }
}

/// The topics subscribed in this process, each a bounded broadcast channel.
#[derive(Default)]
pub(crate) struct Local {
    topics: Mutex<HashMap<String, broadcast::Sender<Bytes>>>,
}

impl Local {
    /// A receiver for `topic`, and whether it is the topic's first subscriber here.
    fn subscribe(&self, topic: &str) -> (broadcast::Receiver<Bytes>, bool) {
        let mut topics = self.topics.lock().unwrap_or_else(|e| e.into_inner());
        match topics.get(topic) {
            Some(sender) => (sender.subscribe(), false),
            None => {
                let (sender, receiver) = broadcast::channel(CAPACITY);
                topics.insert(topic.to_string(), sender);
                (receiver, true)
            }
        }
    }

    /// Forgets `topic` if nobody listens any more; true when it was forgotten.
    fn release(&self, topic: &str) -> bool {
        let mut topics = self.topics.lock().unwrap_or_else(|e| e.into_inner());
        if topics.get(topic).is_some_and(|s| s.receiver_count() == 0) {
            topics.remove(topic);
            return true;
        }
        false
    }

    /// Hands a message to this process's subscribers of `topic`, if any.
    pub(crate) fn deliver(&self, topic: &str, payload: Bytes) {
        let topics = self.topics.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(sender) = topics.get(topic) {
            // An error only means every receiver has just gone; `release` tidies up.
            let _ = sender.send(payload);
        }
    }

    /// True when someone here listens to `topic`.
    pub(crate) fn has(&self, topic: &str) -> bool {
        let topics = self.topics.lock().unwrap_or_else(|e| e.into_inner());
        topics.contains_key(topic)
    }

    /// The topics someone listens to here (to subscribe again after a reconnect).
    pub(crate) fn topic_names(&self) -> Vec<String> {
        let topics = self.topics.lock().unwrap_or_else(|e| e.into_inner());
        topics.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn delivers_to_every_subscriber_of_a_topic_only() {
        let bus = Bus::in_process();
        let mut a = bus.subscribe("quiz:1").await;
        let mut b = bus.subscribe("quiz:1").await;
        let mut other = bus.subscribe("quiz:2").await;
        bus.publish("quiz:1", "hello").await.unwrap();
        assert_eq!(
            a.recv().await,
            Some(Received::Message(Bytes::from("hello")))
        );
        assert_eq!(
            b.recv().await,
            Some(Received::Message(Bytes::from("hello")))
        );
        bus.publish("quiz:2", "x").await.unwrap();
        assert_eq!(
            other.recv().await,
            Some(Received::Message(Bytes::from("x")))
        );
    }

    #[tokio::test]
    async fn topics_are_dropped_when_nobody_listens() {
        let bus = Bus::in_process();
        bus.publish("nobody", "lost").await.unwrap();
        assert_eq!(bus.local_topics(), 0);
        let a = bus.subscribe("t").await;
        let b = bus.subscribe("t").await;
        assert_eq!(bus.local_topics(), 1);
        drop(a);
        assert_eq!(bus.local_topics(), 1);
        drop(b);
        assert_eq!(bus.local_topics(), 0);
    }

    #[tokio::test]
    async fn a_subscription_reads_as_a_stream() {
        use futures_util::StreamExt;
        let bus = Bus::in_process();
        let mut stream = Box::pin(bus.subscribe("t").await.into_stream());
        bus.publish("t", "one").await.unwrap();
        assert_eq!(
            stream.next().await,
            Some(Received::Message(Bytes::from("one")))
        );
        drop(stream);
        assert_eq!(bus.local_topics(), 0);
    }

    #[tokio::test]
    async fn a_slow_subscriber_is_told_it_lagged() {
        let bus = Bus::in_process();
        let mut slow = bus.subscribe("t").await;
        for i in 0..CAPACITY + 10 {
            bus.publish("t", i.to_string()).await.unwrap();
        }
        assert_eq!(slow.recv().await, Some(Received::Lagged(10)));
        assert_eq!(
            slow.recv().await,
            Some(Received::Message(Bytes::from("10")))
        );
    }
}
