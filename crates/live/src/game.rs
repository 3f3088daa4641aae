//! One game's state and its rules, without sockets or clocks: who plays, which question is
//! open, who answered what, and what closing a question does to everyone's score. The game's
//! actor owns one [`Game`] and feeds it what happens, in order; response times come measured
//! (see `docs/live.md` § Time).

use std::collections::HashMap;

use questions::grading::credit;
use questions::model::question::Body;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answers;
use crate::protocol::reason;
use crate::ranking::{self, Standing};
use crate::scoring::{self, Mode, Timed};

/// How the keys of signed-in players start (`user:<id>`); nicknames' keys hold no colon.
pub const ACCOUNT_KEY: &str = "user:";

/// A question as the game plays it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Item {
    pub prompt: String,
    pub body: Body,
    pub limit_ms: u64,
    /// For ordering: the stored item at each shown position (one shuffle for everyone).
    #[serde(default)]
    pub shown: Vec<usize>,
    #[serde(default)]
    pub image_url: Option<String>,
}

/// Someone playing.
#[derive(Clone, Debug)]
pub struct Player {
    pub id: u64,
    pub name: String,
    /// `names::key` of the name: unique in the game.
    pub key: String,
    pub user_id: Option<i64>,
    pub resume_hash: String,
    pub join_order: u64,
    pub score: u64,
    pub streak: u32,
    pub correct: u32,
    /// Response times plus the limits of unanswered questions.
    pub total_ms: u64,
    pub kicked: bool,
    pub connected: bool,
}

/// Where the game is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Lobby,
    /// Question `n` takes answers.
    Open(u32),
    /// Question `n` is closed and its results are out.
    Closed(u32),
    Over,
}

/// An answer taken.
#[derive(Clone, Debug, PartialEq)]
pub struct Given {
    pub choice: Value,
    pub credit: f64,
    pub response_ms: u64,
}

/// What closing a question did to one player.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub player_id: u64,
    pub answered: bool,
    pub correct: bool,
    pub points: u32,
    pub score: u64,
    pub streak: u32,
    pub rank: u32,
}

/// Why a join or resume was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Refused {
    NameTaken,
    Over,
    Kicked,
    UnknownPlayer,
}

impl Refused {
    pub fn code(self) -> &'static str {
        match self {
            Refused::NameTaken => "live_name_taken",
            Refused::Over => "live_game_over",
            Refused::Kicked => "live_kicked",
            Refused::UnknownPlayer => "live_resume_unknown",
        }
    }
}

pub struct Game {
    pub mode: Mode,
    pub items: Vec<Item>,
    pub players: Vec<Player>,
    pub phase: Phase,
    by_key: HashMap<String, usize>,
    by_id: HashMap<u64, usize>,
    /// Answers to the open (or just closed) question, by player id.
    given: HashMap<u64, Given>,
    next_id: u64,
    /// Players connected and not kicked (kept as they change: a crowd's every answer asks).
    online: usize,
}

impl Game {
    pub fn new(mode: Mode, items: Vec<Item>) -> Self {
        Self {
            mode,
            items,
            players: Vec::new(),
            phase: Phase::Lobby,
            by_key: HashMap::new(),
            by_id: HashMap::new(),
            given: HashMap::new(),
            next_id: 1,
            online: 0,
        }
    }

    /// A game saved after `closed` questions, its players not connected yet (after a restart).
    pub fn restore(mode: Mode, items: Vec<Item>, mut players: Vec<Player>, closed: u32) -> Self {
        let mut game = Self::new(mode, items);
        players.sort_by_key(|p| p.id);
        for p in &mut players {
            p.connected = false;
        }
        game.next_id = players.last().map_or(1, |p| p.id + 1);
        for (i, p) in players.iter().enumerate() {
            game.by_key.insert(p.key.clone(), i);
            game.by_id.insert(p.id, i);
        }
        game.players = players;
        if closed > 0 {
            game.phase = Phase::Closed(closed - 1);
        }
        game
    }

    /// Adds a player; someone signed in (a key starting with [`ACCOUNT_KEY`]) who joins again
    /// gets their own player back.
    pub fn join(
        &mut self,
        name: String,
        key: String,
        user_id: Option<i64>,
        resume_hash: String,
    ) -> Result<u64, Refused> {
        if self.phase == Phase::Over {
            return Err(Refused::Over);
        }
        if let Some(&i) = self.by_key.get(&key) {
            let p = &mut self.players[i];
            if key.starts_with(ACCOUNT_KEY) {
                if p.kicked {
                    return Err(Refused::Kicked);
                }
                p.resume_hash = resume_hash;
                let id = p.id;
                self.set_connected(i, true);
                return Ok(id);
            }
            return Err(Refused::NameTaken);
        }
        let id = self.next_id;
        self.next_id += 1;
        self.by_key.insert(key.clone(), self.players.len());
        self.by_id.insert(id, self.players.len());
        self.players.push(Player {
            id,
            name,
            key,
            user_id,
            resume_hash,
            join_order: id - 1,
            score: 0,
            streak: 0,
            correct: 0,
            total_ms: self.missed_ms(),
            kicked: false,
            connected: true,
        });
        self.online += 1;
        Ok(id)
    }

    /// The player a resume token (by hash) belongs to, connected again.
    pub fn resume(&mut self, resume_hash: &str) -> Result<&Player, Refused> {
        let i = self
            .players
            .iter()
            .position(|p| p.resume_hash == resume_hash)
            .ok_or(Refused::UnknownPlayer)?;
        if self.players[i].kicked {
            return Err(Refused::Kicked);
        }
        self.set_connected(i, true);
        Ok(&self.players[i])
    }

    pub fn player(&self, id: u64) -> Option<&Player> {
        self.by_id.get(&id).map(|&i| &self.players[i])
    }

    pub fn disconnected(&mut self, id: u64) {
        if let Some(&i) = self.by_id.get(&id) {
            self.set_connected(i, false);
        }
    }

    fn set_connected(&mut self, i: usize, connected: bool) {
        let p = &mut self.players[i];
        if p.connected != connected && !p.kicked {
            if connected {
                self.online += 1;
            } else {
                self.online -= 1;
            }
        }
        p.connected = connected;
    }

    /// Removes a player from play; their name stays taken and they cannot come back.
    pub fn kick(&mut self, id: u64) -> bool {
        match self.by_id.get(&id) {
            Some(&i) if !self.players[i].kicked => {
                self.set_connected(i, false);
                self.players[i].kicked = true;
                self.given.remove(&id);
                true
            }
            _ => false,
        }
    }

    /// Opens the question after the current one; `None` when there is none left.
    pub fn open_next(&mut self) -> Option<u32> {
        let next = match self.phase {
            Phase::Lobby => 0,
            Phase::Closed(n) => n + 1,
            Phase::Open(_) | Phase::Over => return None,
        };
        if next as usize >= self.items.len() {
            return None;
        }
        self.given.clear();
        self.phase = Phase::Open(next);
        Some(next)
    }

    /// Takes an answer measured at `response_ms` from its question reaching the player.
    /// `Err` holds the `ack` reason.
    pub fn answer(
        &mut self,
        player_id: u64,
        question: u32,
        choice: Value,
        response_ms: u64,
    ) -> Result<(), &'static str> {
        let open = match self.phase {
            Phase::Open(n) => n,
            Phase::Closed(n) if n == question => return Err(reason::TOO_LATE),
            _ => return Err(reason::NOT_THIS_QUESTION),
        };
        if open != question {
            return Err(reason::NOT_THIS_QUESTION);
        }
        match self.player(player_id) {
            Some(p) if !p.kicked => {}
            _ => return Err(reason::NOT_THIS_QUESTION),
        }
        if self.given.contains_key(&player_id) {
            return Err(reason::ALREADY_ANSWERED);
        }
        let item = &self.items[open as usize];
        if response_ms > item.limit_ms {
            return Err(reason::TOO_LATE);
        }
        let answer = answers::read(&item.body, &item.shown, &choice).ok_or(reason::BAD_CHOICE)?;
        let credit = credit(&item.body, &answer);
        self.given.insert(
            player_id,
            Given {
                choice,
                credit,
                response_ms,
            },
        );
        Ok(())
    }

    /// Whether every connected player still in the game has answered the open question.
    pub fn all_answered(&self) -> bool {
        // Cheap until enough answers are in to possibly cover everyone online.
        if self.given.len() < self.online {
            return false;
        }
        self.players
            .iter()
            .filter(|p| p.connected && !p.kicked)
            .all(|p| self.given.contains_key(&p.id))
    }

    /// The answers to the open or just closed question.
    pub fn given(&self) -> &HashMap<u64, Given> {
        &self.given
    }

    /// Closes the open question: scores it and ranks everyone. With `skip` the question does
    /// not count (no points, streaks and times kept).
    pub fn close(&mut self, skip: bool) -> Vec<Outcome> {
        let Phase::Open(n) = self.phase else {
            return Vec::new();
        };
        self.phase = Phase::Closed(n);
        let limit = self.items[n as usize].limit_ms;
        let mut scored = HashMap::new();
        for p in self.players.iter_mut().filter(|p| !p.kicked) {
            let given = self.given.get(&p.id);
            if skip {
                scored.insert(p.id, (false, false, 0));
                continue;
            }
            let timed = given.map(|g| Timed {
                credit: g.credit,
                response_ms: g.response_ms,
                limit_ms: limit,
            });
            let s = scoring::score(self.mode, timed, p.streak);
            p.score += u64::from(s.points);
            p.streak = s.streak;
            p.correct += u32::from(s.correct);
            p.total_ms += given.map_or(limit, |g| g.response_ms);
            scored.insert(p.id, (given.is_some(), s.correct, s.points));
        }
        let places = self.places();
        self.players
            .iter()
            .zip(places)
            .filter(|(p, _)| !p.kicked)
            .map(|(p, rank)| {
                let (answered, correct, points) = scored[&p.id];
                Outcome {
                    player_id: p.id,
                    answered,
                    correct,
                    points,
                    score: p.score,
                    streak: p.streak,
                    rank,
                }
            })
            .collect()
    }

    /// Ends the game (closing an open question first, scored).
    pub fn end(&mut self) -> Vec<Outcome> {
        let outcomes = self.close(false);
        self.phase = Phase::Over;
        outcomes
    }

    /// Places of all players by index (kicked players rank last, in join order).
    pub fn places(&self) -> Vec<u32> {
        let standings: Vec<Standing> = self
            .players
            .iter()
            .map(|p| Standing {
                score: if p.kicked { 0 } else { p.score },
                total_ms: if p.kicked { u64::MAX } else { p.total_ms },
                join_order: p.join_order,
            })
            .collect();
        ranking::places(&standings)
    }

    /// The time a player joining now has missed: the limits of the questions already closed.
    fn missed_ms(&self) -> u64 {
        let closed = match self.phase {
            Phase::Lobby => 0,
            Phase::Open(n) => n as usize,
            Phase::Closed(n) => n as usize + 1,
            Phase::Over => self.items.len(),
        };
        self.items[..closed].iter().map(|i| i.limit_ms).sum()
    }
}

#[cfg(test)]
#[path = "game_tests.rs"]
mod tests;
