//! The bus through a real Redis: replicas hear each other, topics are let go, and an outage
//! falls back to in-process delivery until Redis is back.

use std::time::Duration;

use axum::body::Bytes;
use kernel::bus::{Bus, Received, Subscription};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use crate::support::redis_url;

fn prefix() -> String {
    format!("alif24test:{}:", &kernel::ids::token()[..10])
}

async fn next(sub: &mut Subscription) -> Option<Received> {
    tokio::time::timeout(Duration::from_secs(5), sub.recv())
        .await
        .ok()
        .flatten()
}

/// True when nothing more arrives for a moment.
async fn quiet(sub: &mut Subscription) -> bool {
    tokio::time::timeout(Duration::from_millis(200), sub.recv())
        .await
        .is_err()
}

fn message(s: &str) -> Option<Received> {
    Some(Received::Message(Bytes::copy_from_slice(s.as_bytes())))
}

#[tokio::test]
async fn two_replicas_with_one_prefix_hear_each_other_once() {
    let Some(url) = redis_url("two_replicas_with_one_prefix_hear_each_other_once") else {
        return;
    };
    let prefix = prefix();
    let a = Bus::redis(&url, &prefix).await.unwrap();
    let b = Bus::redis(&url, &prefix).await.unwrap();
    assert!(a.is_shared());
    let mut on_a = a.subscribe("quiz:1").await;
    let mut on_b = b.subscribe("quiz:1").await;
    let mut elsewhere = b.subscribe("quiz:2").await;
    a.publish("quiz:1", "from a").await.unwrap();
    b.publish("quiz:1", "from b").await.unwrap();
    assert_eq!(next(&mut on_a).await, message("from a"));
    assert_eq!(next(&mut on_a).await, message("from b"));
    assert_eq!(next(&mut on_b).await, message("from a"));
    assert_eq!(next(&mut on_b).await, message("from b"));
    assert!(quiet(&mut on_a).await, "a message came twice");
    assert!(
        quiet(&mut elsewhere).await,
        "a message reached another topic"
    );
}

#[tokio::test]
async fn replicas_with_other_prefixes_do_not_hear_each_other() {
    let Some(url) = redis_url("replicas_with_other_prefixes_do_not_hear_each_other") else {
        return;
    };
    let a = Bus::redis(&url, &prefix()).await.unwrap();
    let b = Bus::redis(&url, &prefix()).await.unwrap();
    let mut on_b = b.subscribe("t").await;
    a.publish("t", "x").await.unwrap();
    assert!(quiet(&mut on_b).await);
}

#[tokio::test]
async fn a_topic_nobody_listens_to_is_unsubscribed_in_redis() {
    let Some(url) = redis_url("a_topic_nobody_listens_to_is_unsubscribed_in_redis") else {
        return;
    };
    let prefix = prefix();
    let bus = Bus::redis(&url, &prefix).await.unwrap();
    let channel = format!("{prefix}bus:room");
    let client = redis::Client::open(url.as_str()).unwrap();
    let conn = client.get_multiplexed_async_connection().await.unwrap();
    let listeners = || {
        let channel = channel.clone();
        let mut conn = conn.clone();
        async move {
            let counts: Vec<(String, i64)> = redis::cmd("PUBSUB")
                .arg("NUMSUB")
                .arg(&channel)
                .query_async(&mut conn)
                .await
                .unwrap();
            counts[0].1
        }
    };
    let first = bus.subscribe("room").await;
    let second = bus.subscribe("room").await;
    // One pub/sub connection per process, however many local subscribers.
    assert_eq!(listeners().await, 1);
    drop(first);
    drop(second);
    let mut gone = false;
    for _ in 0..100 {
        if listeners().await == 0 {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(gone, "the channel is still subscribed");
    assert_eq!(bus.local_topics(), 0);
}

#[tokio::test]
async fn a_redis_that_does_not_answer_at_start_is_an_error() {
    // Port 9 (discard) is closed on test machines; connecting fails at once.
    assert!(Bus::redis("redis://127.0.0.1:9", "x:").await.is_err());
}

/// A TCP relay to Redis that the test can cut and restore.
struct Relay {
    addr: String,
    task: JoinHandle<()>,
}

impl Relay {
    async fn start(target: String, listener: Option<TcpListener>) -> Self {
        let listener = match listener {
            Some(l) => l,
            None => TcpListener::bind("127.0.0.1:0").await.unwrap(),
        };
        let addr = listener.local_addr().unwrap().to_string();
        let task = tokio::spawn(async move {
            let mut pipes = tokio::task::JoinSet::new();
            while let Ok((mut inbound, _)) = listener.accept().await {
                let target = target.clone();
                pipes.spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        Self { addr, task }
    }

    /// Cuts every connection and stops listening (dropping the task drops its pipes).
    fn cut(self) -> String {
        self.task.abort();
        self.addr
    }
}

#[tokio::test]
async fn while_redis_is_away_messages_stay_in_process_then_replicas_meet_again() {
    let Some(url) =
        redis_url("while_redis_is_away_messages_stay_in_process_then_replicas_meet_again")
    else {
        return;
    };
    let target = url
        .trim_start_matches("redis://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let relay = Relay::start(target.clone(), None).await;
    let prefix = prefix();
    let a = Bus::redis(&format!("redis://{}", relay.addr), &prefix)
        .await
        .unwrap();
    let b = Bus::redis(&url, &prefix).await.unwrap();
    let mut on_a = a.subscribe("t").await;
    let mut on_b = b.subscribe("t").await;
    a.publish("t", "before").await.unwrap();
    assert_eq!(next(&mut on_a).await, message("before"));
    assert_eq!(next(&mut on_b).await, message("before"));

    let addr = relay.cut();
    // Give the pub/sub task a moment to notice the cut connection.
    tokio::time::sleep(Duration::from_millis(300)).await;
    a.publish("t", "during").await.unwrap();
    assert_eq!(
        next(&mut on_a).await,
        message("during"),
        "local subscribers still hear"
    );
    assert!(
        quiet(&mut on_b).await,
        "the other replica cannot hear while cut off"
    );

    let listener = TcpListener::bind(&addr).await.unwrap();
    let _relay = Relay::start(target, Some(listener)).await;
    // Back-off is at most 5 s; keep publishing until the other replica hears again.
    let mut heard = false;
    for _ in 0..40 {
        a.publish("t", "after").await.unwrap();
        if let Ok(Some(got)) = tokio::time::timeout(Duration::from_millis(250), on_b.recv()).await {
            assert_eq!(Some(got), message("after"));
            heard = true;
            break;
        }
    }
    assert!(heard, "replicas did not meet again");
    // And the cut replica hears the other one again once its pub/sub connection is back.
    let mut heard_back = false;
    for _ in 0..40 {
        b.publish("t", "from b").await.unwrap();
        let deadline = tokio::time::Instant::now() + Duration::from_millis(250);
        while let Ok(Some(got)) = tokio::time::timeout_at(deadline, on_a.recv()).await {
            if Some(got) == message("from b") {
                heard_back = true;
            }
        }
        if heard_back {
            break;
        }
    }
    assert!(heard_back, "the cut replica did not resubscribe");
}
