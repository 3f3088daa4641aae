//! One running game: a task that owns its [`Game`], takes commands in order (joins, answers,
//! the host's controls, a question's deadline) and writes frames to every player's queue.
//! Question frames are serialised once and shared; each player's socket stamps when it wrote
//! one and measures the response time itself (`docs/live.md` § Time).

use std::collections::HashMap;
use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use serde_json::{json, Value};
use tokio::sync::mpsc;
use tokio::time::Instant;

pub use crate::commands::{Command, Control, Frame, Out, Seat};
use crate::game::{Game, Phase};
use crate::host_frames;
use crate::protocol::ToPlayer;
use crate::saving::Saver;

mod host;

/// How long after its opening a question closes at the latest, beyond its limit: time for
/// the frame to reach the last socket.
pub(crate) const SLACK: Duration = Duration::from_secs(1);

pub struct Actor {
    pub game: Game,
    pub show_on_phone: bool,
    pub saver: Saver,
    outs: HashMap<u64, Out>,
    watchers: Vec<Out>,
    deadline: Option<Instant>,
    opened_at: Instant,
    /// When the host paused the open question: its clock stands still until they resume.
    paused_at: Option<Instant>,
    /// The last closed question's results, for a host screen that (re)connects.
    last_results: Option<Utf8Bytes>,
    /// Host screens are told of joins and answers at most every [`TELL_EVERY`].
    players_changed: bool,
    answers_changed: bool,
}

/// How often the game's claim (`registry::LEASE_MS`) is renewed.
const RENEW_EVERY: Duration = Duration::from_secs(10);

/// A game nobody touched for this long (no join, answer or control) is ended.
const IDLE_LIMIT: Duration = Duration::from_secs(3 * 3600);

/// How often host screens hear of new players and answers (a crowd joins by the thousand).
const TELL_EVERY: Duration = Duration::from_millis(250);

impl Actor {
    pub fn new(game: Game, show_on_phone: bool, saver: Saver) -> Self {
        Self {
            game,
            show_on_phone,
            saver,
            outs: HashMap::new(),
            watchers: Vec::new(),
            deadline: None,
            opened_at: Instant::now(),
            paused_at: None,
            last_results: None,
            players_changed: false,
            answers_changed: false,
        }
    }

    /// Runs until the game is over and every command sender is gone.
    pub async fn run(mut self, mut rx: mpsc::Receiver<Command>) {
        let mut tell = tokio::time::interval(TELL_EVERY);
        tell.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut last_command = Instant::now();
        let mut renewed = Instant::now();
        while self.game.phase != Phase::Over {
            let deadline = self.deadline;
            tokio::select! {
                command = rx.recv() => match command {
                    Some(c) => {
                        last_command = Instant::now();
                        self.handle(c).await;
                    }
                    None => break,
                },
                _ = sleep_until(deadline), if deadline.is_some() => {
                    self.deadline = None;
                    self.close(false).await;
                }
                _ = tell.tick() => {
                    self.tell_changes();
                    if renewed.elapsed() > RENEW_EVERY {
                        renewed = Instant::now();
                        if !self.saver.renew().await {
                            // Another server took the game over (this one was cut off past
                            // the claim): step down; the phones here reconnect to it.
                            tracing::warn!(game.id = self.saver.game_id, "live: another server runs this game now; stepping down");
                            return;
                        }
                    }
                    if last_command.elapsed() > IDLE_LIMIT {
                        tracing::info!(game.id = self.saver.game_id, "live: game ended after hours without a move");
                        self.end().await;
                    }
                }
            }
        }
        // Over: the task ends, its queue closes, and the registry lets the game go.
        self.tell_changes();
    }

    /// What host screens have not heard yet: the players, the answer count.
    fn tell_changes(&mut self) {
        if std::mem::take(&mut self.players_changed) {
            self.tell_players_count();
        }
        if std::mem::take(&mut self.answers_changed) {
            if let Phase::Open(n) = self.game.phase {
                self.tell_watchers(json!({
                    "type": "answers",
                    "question": n,
                    "count": self.game.given().len(),
                }));
            }
        }
    }

    async fn handle(&mut self, command: Command) {
        match command {
            Command::Join {
                name,
                key,
                user_id,
                resume_hash,
                out,
                reply,
            } => {
                let seat = self
                    .game
                    .join(name, key, user_id, resume_hash)
                    .map(|id| self.seat(id));
                if let Ok(seat) = &seat {
                    self.seated(seat.player_id, out);
                }
                let _ = reply.send(seat);
            }
            Command::Resume {
                resume_hash,
                out,
                reply,
            } => {
                let seat = self.game.resume(&resume_hash).map(|p| p.id);
                let seat = seat.map(|id| self.seat(id));
                if let Ok(seat) = &seat {
                    self.seated(seat.player_id, out);
                }
                let back = seat.as_ref().ok().map(|s| s.player_id);
                let _ = reply.send(seat);
                if let Some(player_id) = back {
                    self.question_again(player_id);
                }
            }
            Command::Answer {
                player_id,
                question,
                choice,
                response_ms,
            } => {
                let taken = match self.paused_at {
                    Some(_) => Err(crate::protocol::reason::PAUSED),
                    None => self.game.answer(player_id, question, choice, response_ms),
                };
                let ack = ToPlayer::Ack {
                    question,
                    accepted: taken.is_ok(),
                    reason: taken.err(),
                };
                self.send(player_id, Frame::Text(ack.to_text().into()));
                if taken.is_ok() {
                    self.answers_changed = true;
                    if self.game.all_answered() {
                        self.close(false).await;
                    }
                }
            }
            Command::Left { player_id, conn } => {
                if self.outs.get(&player_id).is_some_and(|o| o.conn == conn) {
                    self.outs.remove(&player_id);
                    self.game.disconnected(player_id);
                    self.players_changed = true;
                    if matches!(self.game.phase, Phase::Open(_)) && self.game.all_answered() {
                        self.close(false).await;
                    }
                }
            }
            Command::Control(control, reply) => {
                let done = self.control(control).await;
                let _ = reply.send(done);
            }
            Command::Watch(out) => self.watch(out),
        }
    }

    async fn open(&mut self, n: u32) {
        if n == 0 {
            self.saver.started().await;
        }
        let limit_ms = self.game.items[n as usize].limit_ms;
        let frame: Utf8Bytes = self.phone_question(n, limit_ms).to_text().into();
        for out in self.outs.values() {
            let _ = out.send(Frame::Question {
                n,
                elapsed_ms: 0,
                frame: frame.clone(),
            });
        }
        self.opened_at = Instant::now();
        self.deadline = Some(self.opened_at + Duration::from_millis(limit_ms) + SLACK);
        self.tell_watchers(host_frames::question(&self.game, n));
    }

    async fn close(&mut self, skip: bool) {
        self.deadline = None;
        self.paused_at = None;
        let Phase::Open(n) = self.game.phase else {
            return;
        };
        let outcomes = self.game.close(skip);
        self.saver.closed(&self.game, n, skip, &outcomes).await;
        for o in &outcomes {
            let frame = ToPlayer::Result {
                question: n,
                correct: o.correct,
                points: o.points,
                score: o.score,
                rank: o.rank,
                streak: o.streak,
            };
            self.send(o.player_id, Frame::Text(frame.to_text().into()));
        }
        let results: Utf8Bytes = host_frames::results(&self.game, n, skip, &outcomes)
            .to_string()
            .into();
        self.last_results = Some(results.clone());
        self.tell_watchers_frame(results);
    }

    async fn end(&mut self) {
        if matches!(self.game.phase, Phase::Open(_)) {
            self.close(false).await;
        }
        let closed = match self.game.phase {
            Phase::Closed(n) => n + 1,
            _ => 0,
        };
        self.game.end();
        let coins = self.saver.over(&self.game, closed).await;
        let places = self.game.places();
        let players = self.game.players.iter().filter(|p| !p.kicked).count() as u32;
        for (p, rank) in self.game.players.iter().zip(places) {
            if let Some(out) = self.outs.get(&p.id) {
                let frame = ToPlayer::GameOver {
                    score: p.score,
                    rank,
                    players,
                    coins: coins.get(&p.id).copied(),
                };
                let _ = out.send(Frame::Last(frame.to_text().into()));
            }
        }
        self.outs.clear();
        self.tell_watchers(json!({"type": "game_over", "podium": host_frames::top(&self.game, 3)}));
    }

    /// The open question again, for a player who came back before answering it: its time
    /// still counts from when it opened.
    fn question_again(&self, player_id: u64) {
        let Phase::Open(n) = self.game.phase else {
            return;
        };
        if self.game.given().contains_key(&player_id) {
            return;
        }
        if self.paused_at.is_some() {
            let paused = ToPlayer::Paused { question: n };
            self.send(player_id, Frame::Text(paused.to_text().into()));
            return;
        }
        let item = &self.game.items[n as usize];
        let elapsed_ms = self.elapsed_ms();
        if elapsed_ms >= item.limit_ms {
            return;
        }
        let frame = self.phone_question(n, item.limit_ms - elapsed_ms);
        self.send(
            player_id,
            Frame::Question {
                n,
                elapsed_ms,
                frame: frame.to_text().into(),
            },
        );
    }

    /// Question `n` as phones see it, with `time_limit_ms` left to answer.
    fn phone_question(&self, n: u32, time_limit_ms: u64) -> ToPlayer {
        let item = &self.game.items[n as usize];
        ToPlayer::Question {
            question: n,
            of: self.game.items.len() as u32,
            kind: item.body.kind(),
            options: crate::answers::shapes(&item.body) as u32,
            time_limit_ms,
            text: self.show_on_phone.then(|| item.prompt.clone()),
            option_texts: self
                .show_on_phone
                .then(|| host_frames::option_texts(item))
                .flatten(),
            image_url: self.show_on_phone.then(|| item.image_url.clone()).flatten(),
        }
    }

    fn seat(&self, id: u64) -> Seat {
        let p = self.game.player(id).expect("a seated player exists");
        Seat {
            player_id: p.id,
            name: p.name.clone(),
            score: p.score,
            streak: p.streak,
        }
    }

    /// Routes the player's frames to `out` (a newer socket replaces an older one).
    fn seated(&mut self, player_id: u64, out: Out) {
        if let Some(old) = self.outs.insert(player_id, out) {
            let replaced = ToPlayer::Error {
                code: "live_replaced",
                message: String::new(),
            };
            let _ = old.send(Frame::Last(replaced.to_text().into()));
        }
        self.players_changed = true;
    }

    fn send(&self, player_id: u64, frame: Frame) {
        if let Some(out) = self.outs.get(&player_id) {
            let _ = out.send(frame);
        }
    }

    /// How long the open question has run, not counting a pause.
    fn elapsed_ms(&self) -> u64 {
        let now = self.paused_at.unwrap_or_else(Instant::now);
        now.saturating_duration_since(self.opened_at).as_millis() as u64
    }

    fn tell_watchers(&mut self, message: Value) {
        if self.watchers.is_empty() {
            return;
        }
        self.tell_watchers_frame(message.to_string().into());
    }

    fn tell_watchers_frame(&mut self, frame: Utf8Bytes) {
        self.watchers
            .retain(|w| w.send(Frame::Text(frame.clone())).is_ok());
    }

    fn tell_players_count(&mut self) {
        if self.watchers.is_empty() {
            return;
        }
        let names: Vec<Value> = self
            .game
            .players
            .iter()
            .filter(|p| !p.kicked && p.connected)
            .take(200)
            .map(|p| json!({"id": p.id, "name": p.name}))
            .collect();
        let message = json!({
            "type": "players",
            "count": self.game.players.iter().filter(|p| !p.kicked && p.connected).count(),
            "players": names,
        });
        self.tell_watchers(message);
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}
