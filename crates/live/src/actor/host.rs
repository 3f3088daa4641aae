//! The host's side of a game's task: the controls (start, next, close, skip, pause, resume,
//! end, kick) and what a host screen is told when it (re)connects.

use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use serde_json::json;
use tokio::time::Instant;

use super::{Actor, SLACK};
use crate::commands::{Control, Frame, Out};
use crate::game::Phase;
use crate::host_frames;
use crate::protocol::ToPlayer;

impl Actor {
    pub(super) async fn control(&mut self, control: Control) -> Result<(), &'static str> {
        match control {
            Control::Start if self.game.phase != Phase::Lobby => Err("live_already_started"),
            Control::Start | Control::Next => {
                if self.game.phase == Phase::Over {
                    return Err("live_game_over");
                }
                if matches!(self.game.phase, Phase::Open(_)) {
                    self.close(false).await;
                }
                match self.game.open_next() {
                    Some(n) => self.open(n).await,
                    None => self.end().await,
                }
                Ok(())
            }
            Control::Close | Control::Skip => match self.game.phase {
                Phase::Open(_) => {
                    self.close(control == Control::Skip).await;
                    Ok(())
                }
                _ => Err("live_nothing_open"),
            },
            Control::Pause => self.pause(),
            Control::Resume => self.resume(),
            Control::End => {
                if self.game.phase != Phase::Over {
                    self.end().await;
                }
                Ok(())
            }
            Control::Kick(player_id) => {
                if !self.game.kick(player_id) {
                    return Err("live_player_not_found");
                }
                let gone = ToPlayer::Error {
                    code: "live_kicked",
                    message: String::new(),
                };
                self.send(player_id, Frame::Last(gone.to_text().into()));
                self.outs.remove(&player_id);
                self.tell_players_count();
                if matches!(self.game.phase, Phase::Open(_)) && self.game.all_answered() {
                    self.close(false).await;
                }
                Ok(())
            }
        }
    }

    /// Stops the open question's clock: no answer is taken until the host resumes.
    fn pause(&mut self) -> Result<(), &'static str> {
        let Phase::Open(n) = self.game.phase else {
            return Err("live_nothing_open");
        };
        if self.paused_at.is_some() {
            return Err("live_already_paused");
        }
        self.paused_at = Some(Instant::now());
        self.deadline = None;
        self.to_phones(ToPlayer::Paused { question: n });
        let left = self.left_ms(n);
        self.tell_watchers(json!({"type": "paused", "question": n, "left_ms": left}));
        Ok(())
    }

    /// Starts the clock again where it stopped: each phone still to answer gets the question
    /// again with the time it had left, and times its answer from there.
    fn resume(&mut self) -> Result<(), &'static str> {
        let (Phase::Open(n), Some(paused_at)) = (self.game.phase, self.paused_at) else {
            return Err("live_not_paused");
        };
        let now = Instant::now();
        self.opened_at += now.saturating_duration_since(paused_at);
        self.paused_at = None;
        let limit_ms = self.game.items[n as usize].limit_ms;
        self.deadline = Some(self.opened_at + Duration::from_millis(limit_ms) + SLACK);
        self.to_phones(ToPlayer::Unpaused { question: n });
        let waiting: Vec<u64> = self
            .outs
            .keys()
            .copied()
            .filter(|id| !self.game.given().contains_key(id))
            .collect();
        for player_id in waiting {
            self.question_again(player_id);
        }
        let left = self.left_ms(n);
        self.tell_watchers(json!({"type": "unpaused", "question": n, "left_ms": left}));
        Ok(())
    }

    fn left_ms(&self, n: u32) -> u64 {
        let limit_ms = self.game.items[n as usize].limit_ms;
        limit_ms.saturating_sub(self.elapsed_ms())
    }

    /// One message for every phone, serialised once.
    fn to_phones(&self, message: ToPlayer) {
        let frame: Utf8Bytes = message.to_text().into();
        for out in self.outs.values() {
            let _ = out.send(Frame::Text(frame.clone()));
        }
    }

    /// A host screen joins: the state, then what it would be showing had it been there all
    /// along (the open question with its time left and answers so far, or the last results).
    pub(super) fn watch(&mut self, out: Out) {
        let paused = self.paused_at.is_some();
        let text = |v: serde_json::Value| Utf8Bytes::from(v.to_string());
        let mut frames = vec![text(host_frames::state(&self.game, paused))];
        match self.game.phase {
            Phase::Open(n) => {
                let left = self.left_ms(n);
                let mut question = host_frames::question(&self.game, n);
                question["time_limit_ms"] = json!(left);
                frames.push(text(question));
                let count = self.game.given().len();
                frames.push(text(
                    json!({"type": "answers", "question": n, "count": count}),
                ));
                if paused {
                    frames.push(text(
                        json!({"type": "paused", "question": n, "left_ms": left}),
                    ));
                }
            }
            Phase::Closed(_) => frames.extend(self.last_results.clone()),
            Phase::Lobby | Phase::Over => {}
        }
        for frame in frames {
            let _ = out.send(Frame::Text(frame));
        }
        self.watchers.push(out);
    }
}
