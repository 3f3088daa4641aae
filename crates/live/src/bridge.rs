//! The owner's side of a game played across replicas (`REDIS_URL`): the bridge hears what
//! the relays' sockets did on `live.in.{game}` and passes it to the game's task as commands;
//! a [`Link`] per replica takes the frames the game writes to that replica's sockets and sends
//! them, batched, on `live.out.{game}.{replica}`. See [`crate::relay`] for the other side.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use kernel::bus::{Bus, Received, Subscription};
use tokio::sync::{mpsc, oneshot};

use crate::commands::{Command, Frame, FrameTx, Out, SocketGone};
use crate::game::Refused;
use crate::relay_wire::{self, Back, In, Inbound};

/// Items one bus message carries at most.
const BATCH: usize = 2048;

/// The way to one replica's sockets.
#[derive(Debug)]
pub struct Link {
    tx: mpsc::UnboundedSender<Item>,
    /// Sockets that replica could no longer write to (a host screen closed there).
    gone: Mutex<HashSet<u64>>,
}

#[derive(Debug)]
enum Item {
    Frame(u64, Frame),
    Back(Back),
}

impl Link {
    fn start(bus: &Bus, topic: String) -> Arc<Self> {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(forward(bus.clone(), topic, rx));
        Arc::new(Self {
            tx,
            gone: Mutex::new(HashSet::new()),
        })
    }

    /// Queues a frame for socket `conn` there; an error once that socket is gone.
    pub fn send(&self, conn: u64, frame: Frame) -> Result<(), SocketGone> {
        if self.gone.lock().is_ok_and(|g| g.contains(&conn)) {
            return Err(SocketGone);
        }
        self.tx
            .send(Item::Frame(conn, frame))
            .map_err(|_| SocketGone)
    }

    fn back(&self, back: Back) {
        let _ = self.tx.send(Item::Back(back));
    }
}

/// Sends a link's items in order, as many per message as are waiting; says `Over` when the
/// game and every socket of it are gone.
async fn forward(bus: Bus, topic: String, mut rx: mpsc::UnboundedReceiver<Item>) {
    let mut items = Vec::with_capacity(64);
    while rx.recv_many(&mut items, BATCH).await > 0 {
        let mut batch = Vec::new();
        let mut frames = Vec::new();
        for item in items.drain(..) {
            match item {
                Item::Frame(conn, frame) => frames.push((conn, frame)),
                Item::Back(back) => {
                    batch.extend(relay_wire::pack(std::mem::take(&mut frames)));
                    batch.push(back);
                }
            }
        }
        batch.extend(relay_wire::pack(frames));
        publish(&bus, &topic, &batch).await;
    }
    publish(&bus, &topic, &[Back::Over]).await;
}

async fn publish(bus: &Bus, topic: &str, batch: &[Back]) {
    match serde_json::to_vec(batch) {
        Ok(bytes) => {
            let _ = bus.publish(topic, bytes).await;
        }
        Err(e) => tracing::error!(error = %e, "live: a relay batch did not serialise"),
    }
}

/// Listens for the relays of one game; made before the game is claimed, so no relay can
/// speak before the owner hears.
pub struct Bridge {
    bus: Bus,
    game_id: i64,
    sub: Subscription,
}

impl Bridge {
    pub async fn listen(bus: &Bus, game_id: i64) -> Self {
        Self {
            bus: bus.clone(),
            game_id,
            sub: bus.subscribe(&relay_wire::in_topic(game_id)).await,
        }
    }

    /// Runs until the game's task ends.
    pub async fn run(mut self, game: mpsc::Sender<Command>) {
        let mut links: HashMap<String, Arc<Link>> = HashMap::new();
        loop {
            let received = tokio::select! {
                _ = game.closed() => break,
                received = self.sub.recv() => received,
            };
            let bytes = match received {
                None => break,
                Some(Received::Lagged(n)) => {
                    tracing::warn!(
                        game.id = self.game_id,
                        missed = n,
                        "live: the bridge fell behind"
                    );
                    continue;
                }
                Some(Received::Message(bytes)) => bytes,
            };
            let batch: Inbound = match serde_json::from_slice(&bytes) {
                Ok(batch) => batch,
                Err(e) => {
                    tracing::warn!(game.id = self.game_id, error = %e, "live: a relay batch did not read");
                    continue;
                }
            };
            let link = links
                .entry(batch.from.clone())
                .or_insert_with(|| {
                    let topic = relay_wire::out_topic(self.game_id, &batch.from);
                    Link::start(&self.bus, topic)
                })
                .clone();
            for item in batch.items {
                if !pass(item, &link, &game).await {
                    return;
                }
            }
        }
    }
}

/// One relay item as a command to the game; false once the game's task is gone.
async fn pass(item: In, link: &Arc<Link>, game: &mpsc::Sender<Command>) -> bool {
    let out = |conn| Out {
        conn,
        tx: FrameTx::Remote(link.clone()),
    };
    let command = match item {
        In::Join {
            req,
            conn,
            name,
            key,
            user_id,
            resume_hash,
        } => Command::Join {
            name,
            key,
            user_id,
            resume_hash,
            out: out(conn),
            reply: seat_reply(link, req),
        },
        In::Resume {
            req,
            conn,
            resume_hash,
        } => Command::Resume {
            resume_hash,
            out: out(conn),
            reply: seat_reply(link, req),
        },
        In::Answer {
            player_id,
            question,
            choice,
            response_ms,
        } => Command::Answer {
            player_id,
            question,
            choice,
            response_ms,
        },
        In::Left { player_id, conn } => Command::Left { player_id, conn },
        In::Control { req, control } => {
            let (reply, rx) = oneshot::channel();
            let link = link.clone();
            tokio::spawn(async move {
                let result = rx.await.unwrap_or(Err("live_game_over"));
                link.back(Back::Control {
                    req,
                    result: result.map_err(str::to_string),
                });
            });
            Command::Control(control, reply)
        }
        In::Watch { conn } => Command::Watch(out(conn)),
        In::Gone { conn } => {
            if let Ok(mut gone) = link.gone.lock() {
                gone.insert(conn);
            }
            return true;
        }
    };
    game.send(command).await.is_ok()
}

/// Where the game's answer to a relay's join or resume goes: back to that relay, in order
/// with the frames.
fn seat_reply(
    link: &Arc<Link>,
    req: u64,
) -> oneshot::Sender<Result<crate::commands::Seat, Refused>> {
    let (reply, rx) = oneshot::channel();
    let link = link.clone();
    tokio::spawn(async move {
        let seat = rx.await.unwrap_or(Err(Refused::Over));
        link.back(Back::Seat { req, seat });
    });
    reply
}
