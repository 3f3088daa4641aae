//! The games running in this process, by id: each an actor task reached through its command
//! channel. A game not running here but not over in the database (the server restarted) is
//! loaded from its last save when someone asks for it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use axum::http::StatusCode;
use kernel::{AppError, AppResult, AppState};
use tokio::sync::mpsc;

use crate::actor::{Actor, Command};
use crate::bridge::Bridge;
use crate::game::{Game, Item, Player};
use crate::relay::Relay;
use crate::saving::Saver;
use crate::scoring::Mode;
use crate::store::{self, GameRow};
use crate::store_play;

/// Commands waiting for a game's actor; joins beyond this wait their turn.
const QUEUE: usize = 4096;

/// A running game as the handlers see it.
#[derive(Clone)]
pub struct GameRef {
    pub id: i64,
    pub host_id: i64,
    pub tx: mpsc::Sender<Command>,
}

/// How long a claim on a game lasts; the game's task renews it well before.
pub const LEASE_MS: i64 = 30_000;

pub struct Registry {
    games: Mutex<HashMap<i64, GameRef>>,
    connections: AtomicU64,
    /// This process among the replicas (the `owner` of the games it runs).
    pub owner: String,
}

impl Default for Registry {
    fn default() -> Self {
        Self {
            games: Mutex::new(HashMap::new()),
            // Connection numbers are unique across replicas: each process starts at random.
            connections: AtomicU64::new(rand::random::<u64>() >> 2),
            owner: kernel::ids::token()[..16].to_string(),
        }
    }
}

impl Registry {
    /// A number for a new socket.
    pub fn connection(&self) -> u64 {
        self.connections.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// The running game, started from its saved state when it is not running anywhere;
    /// `None` when it does not exist or is over. A game another replica runs is reached
    /// through a relay when the replicas share a bus, and refused otherwise.
    pub async fn get(&self, state: &AppState, row: &GameRow) -> AppResult<Option<GameRef>> {
        if let Some(g) = self.running(row.id) {
            return Ok(Some(g));
        }
        if row.state == "over" {
            return Ok(None);
        }
        // Listening before claiming: a relay can exist only once the claim is visible.
        let bridge = match state.bus.is_shared() {
            true => Some(Bridge::listen(&state.bus, row.id).await),
            false => None,
        };
        // One process runs a game: it is never run twice.
        let now = state.now_ms();
        if !store::claim(state.db.pool(), row.id, &self.owner, now, now + LEASE_MS).await? {
            return match bridge {
                Some(_) => self.relay(state, row).await.map(Some),
                None => Err(other_server()),
            };
        }
        let game = restore(state, row).await?;
        let (tx, rx) = mpsc::channel(QUEUE);
        let saver = Saver {
            state: state.clone(),
            game_id: row.id,
            owner: self.owner.clone(),
        };
        let mut games = self.games.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(g) = games.get(&row.id).filter(|g| !g.tx.is_closed()) {
            return Ok(Some(g.clone()));
        }
        let handle = GameRef {
            id: row.id,
            host_id: row.host_id,
            tx,
        };
        games.insert(row.id, handle.clone());
        if let Some(bridge) = bridge {
            tokio::spawn(bridge.run(handle.tx.clone()));
        }
        tokio::spawn(Actor::new(game, row.show_on_phone != 0, saver).run(rx));
        Ok(Some(handle))
    }

    /// A relay to the replica that holds the game.
    async fn relay(&self, state: &AppState, row: &GameRow) -> AppResult<GameRef> {
        let Some((owner, until)) = store::holder(state.db.pool(), row.id).await? else {
            return Err(other_server());
        };
        if until < state.now_ms() {
            // The claim lapsed a moment ago: the phone tries again and claims it.
            return Err(other_server());
        }
        let relay = Relay::listen(state, row.id, &self.owner, owner).await;
        let (tx, rx) = mpsc::channel(QUEUE);
        let mut games = self.games.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(g) = games.get(&row.id).filter(|g| !g.tx.is_closed()) {
            return Ok(g.clone());
        }
        let handle = GameRef {
            id: row.id,
            host_id: row.host_id,
            tx,
        };
        games.insert(row.id, handle.clone());
        tokio::spawn(relay.run(rx));
        Ok(handle)
    }

    fn running(&self, id: i64) -> Option<GameRef> {
        let mut games = self.games.lock().unwrap_or_else(|e| e.into_inner());
        match games.get(&id) {
            Some(g) if !g.tx.is_closed() => Some(g.clone()),
            Some(_) => {
                games.remove(&id);
                None
            }
            None => None,
        }
    }
}

/// The game as it was last saved.
async fn restore(state: &AppState, row: &GameRow) -> AppResult<Game> {
    let items: Vec<Item> = serde_json::from_str(&row.items).map_err(AppError::internal)?;
    let mode = Mode::parse(&row.mode).unwrap_or(Mode::Classic);
    let saved = store_play::saved_players(state.db.pool(), row.id).await?;
    let players = saved
        .into_iter()
        .map(|p| Player {
            id: p.player_no as u64,
            name: p.name,
            key: p.name_key,
            user_id: p.user_id,
            resume_hash: p.resume_hash,
            join_order: p.player_no.saturating_sub(1) as u64,
            score: p.score as u64,
            streak: p.streak as u32,
            correct: p.correct as u32,
            total_ms: p.total_ms as u64,
            kicked: p.kicked != 0,
            connected: false,
        })
        .collect();
    Ok(Game::restore(
        mode,
        items,
        players,
        row.closed_questions as u32,
    ))
}

fn other_server() -> AppError {
    AppError::new(StatusCode::SERVICE_UNAVAILABLE, "live_other_server")
}

/// A game row by id, for handlers.
pub async fn find(state: &AppState, id: i64) -> AppResult<GameRow> {
    store::find(state.db.pool(), id)
        .await?
        .ok_or_else(|| AppError::not_found().with_code("live_game_not_found"))
}
