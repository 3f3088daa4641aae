//! A game another replica runs, served to this replica's sockets (`REDIS_URL`). The relay
//! stands in for the game's task: the sockets send it the same commands, it passes them to
//! the owner in batches on `live.in.{game}` and hands the owner's frames and answers from
//! `live.out.{game}.{replica}` to its sockets. Sockets here stamp and time their questions
//! themselves, so a player's time is the same on any replica.
//!
//! The relay ends when the owner says the game is over, or when the owner stops holding the
//! game (its claim lapsed or moved): its sockets close, the phones reconnect and resume, and
//! whichever replica they reach then claims the game from its last save.

use std::collections::HashMap;
use std::time::Duration;

use kernel::bus::{Bus, Received, Subscription};
use kernel::AppState;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::commands::{control_refusal, Command, Frame, Out, Seat};
use crate::game::Refused;
use crate::relay_wire::{self, Back, In, Inbound};
use crate::store;

/// How often the relay checks that the owner still holds the game.
const CHECK_EVERY: Duration = Duration::from_secs(5);
/// A join or control the owner has not answered in this long is given up.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);
/// Items one bus message carries at most.
const BATCH: usize = 2048;

type SeatReply = oneshot::Sender<Result<Seat, Refused>>;
type ControlReply = oneshot::Sender<Result<(), &'static str>>;

pub struct Relay {
    state: AppState,
    game_id: i64,
    /// The replica that runs the game.
    owner: String,
    sub: Subscription,
    to_owner: mpsc::UnboundedSender<In>,
    /// This replica's sockets of the game, by connection number.
    outs: HashMap<u64, Out>,
    seats: HashMap<u64, (u64, Instant, SeatReply)>,
    controls: HashMap<u64, (Instant, ControlReply)>,
    next_req: u64,
}

impl Relay {
    /// Subscribes to the owner's frames for `replica` (this process) before anything is sent.
    pub async fn listen(state: &AppState, game_id: i64, replica: &str, owner: String) -> Self {
        let sub = state
            .bus
            .subscribe(&relay_wire::out_topic(game_id, replica))
            .await;
        let (to_owner, rx) = mpsc::unbounded_channel();
        tokio::spawn(send_to_owner(
            state.bus.clone(),
            relay_wire::in_topic(game_id),
            replica.to_string(),
            rx,
        ));
        Self {
            state: state.clone(),
            game_id,
            owner,
            sub,
            to_owner,
            outs: HashMap::new(),
            seats: HashMap::new(),
            controls: HashMap::new(),
            next_req: 0,
        }
    }

    /// Runs until the game is over or its owner is gone; dropping the sockets' senders then
    /// closes them.
    pub async fn run(mut self, mut rx: mpsc::Receiver<Command>) {
        let mut check = tokio::time::interval(CHECK_EVERY);
        check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                command = rx.recv() => match command {
                    Some(command) => self.command(command),
                    None => break,
                },
                received = self.sub.recv() => match received {
                    None => break,
                    Some(Received::Lagged(n)) => {
                        tracing::warn!(game.id = self.game_id, missed = n, "live: a relay fell behind");
                    }
                    Some(Received::Message(bytes)) => {
                        if !self.back(&bytes) {
                            break;
                        }
                    }
                },
                _ = check.tick() => {
                    if !self.owner_holds().await {
                        tracing::info!(game.id = self.game_id, "live: the game's server is gone; phones here reconnect");
                        break;
                    }
                    self.expire();
                }
            }
        }
    }

    fn command(&mut self, command: Command) {
        let item = match command {
            Command::Join {
                name,
                key,
                user_id,
                resume_hash,
                out,
                reply,
            } => {
                let (req, conn) = (self.request(), out.conn);
                self.seats.insert(req, (conn, Instant::now(), reply));
                self.outs.insert(conn, out);
                In::Join {
                    req,
                    conn,
                    name,
                    key,
                    user_id,
                    resume_hash,
                }
            }
            Command::Resume {
                resume_hash,
                out,
                reply,
            } => {
                let (req, conn) = (self.request(), out.conn);
                self.seats.insert(req, (conn, Instant::now(), reply));
                self.outs.insert(conn, out);
                In::Resume {
                    req,
                    conn,
                    resume_hash,
                }
            }
            Command::Answer {
                player_id,
                question,
                choice,
                response_ms,
            } => In::Answer {
                player_id,
                question,
                choice,
                response_ms,
            },
            Command::Left { player_id, conn } => {
                self.outs.remove(&conn);
                In::Left { player_id, conn }
            }
            Command::Control(control, reply) => {
                let req = self.request();
                self.controls.insert(req, (Instant::now(), reply));
                In::Control { req, control }
            }
            Command::Watch(out) => {
                let conn = out.conn;
                self.outs.insert(conn, out);
                In::Watch { conn }
            }
        };
        let _ = self.to_owner.send(item);
    }

    fn request(&mut self) -> u64 {
        self.next_req += 1;
        self.next_req
    }

    /// A batch from the owner; false when the game's task has ended.
    fn back(&mut self, bytes: &[u8]) -> bool {
        let batch: Vec<Back> = match serde_json::from_slice(bytes) {
            Ok(batch) => batch,
            Err(e) => {
                tracing::warn!(game.id = self.game_id, error = %e, "live: an owner batch did not read");
                return true;
            }
        };
        for back in batch {
            match back {
                Back::Seat { req, seat } => {
                    if let Some((conn, _, reply)) = self.seats.remove(&req) {
                        if seat.is_err() {
                            self.outs.remove(&conn);
                        }
                        let _ = reply.send(seat);
                    }
                }
                Back::Control { req, result } => {
                    if let Some((_, reply)) = self.controls.remove(&req) {
                        let _ = reply.send(result.map_err(|code| control_refusal(&code)));
                    }
                }
                Back::Frame { to, frame } => self.deliver(&to, Frame::from(frame)),
                Back::Over => return false,
            }
        }
        true
    }

    fn deliver(&mut self, to: &[u64], frame: Frame) {
        let last = matches!(frame, Frame::Last(_));
        for conn in to {
            let Some(out) = self.outs.get(conn) else {
                continue;
            };
            if out.send(frame.clone()).is_err() {
                self.outs.remove(conn);
                let _ = self.to_owner.send(In::Gone { conn: *conn });
            } else if last {
                self.outs.remove(conn);
            }
        }
    }

    /// True while the owner still runs the game and renews its claim.
    async fn owner_holds(&self) -> bool {
        let now = self.state.now_ms();
        match store::holder(self.state.db.pool(), self.game_id).await {
            Ok(Some((owner, until))) => owner == self.owner && until >= now,
            Ok(None) => false,
            // The database did not answer: keep going and ask again.
            Err(_) => true,
        }
    }

    /// Drops requests the owner never answered: the sockets waiting on them are told the game
    /// is not there.
    fn expire(&mut self) {
        let late = |at: &Instant| at.elapsed() > ANSWER_WITHIN;
        let outs = &mut self.outs;
        self.seats.retain(|_, (conn, at, _)| {
            let keep = !late(at);
            if !keep {
                outs.remove(conn);
            }
            keep
        });
        self.controls.retain(|_, (at, _)| !late(at));
    }
}

/// Sends the relay's items to the owner, as many per message as are waiting.
async fn send_to_owner(bus: Bus, topic: String, from: String, mut rx: mpsc::UnboundedReceiver<In>) {
    let mut items = Vec::with_capacity(64);
    while rx.recv_many(&mut items, BATCH).await > 0 {
        let batch = Inbound {
            from: from.clone(),
            items: std::mem::take(&mut items),
        };
        match serde_json::to_vec(&batch) {
            Ok(bytes) => {
                let _ = bus.publish(&topic, bytes).await;
            }
            Err(e) => tracing::error!(error = %e, "live: a relay batch did not serialise"),
        }
    }
}
