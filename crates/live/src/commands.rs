//! What the game's task takes (commands) and gives (frames for sockets).

use axum::extract::ws::Utf8Bytes;
use serde_json::Value;
use tokio::sync::{mpsc, oneshot};

use crate::game::Refused;

/// A frame for one socket.
#[derive(Clone, Debug)]
pub enum Frame {
    /// Question `n`, opened `elapsed_ms` ago (0 unless a player came back during it): the
    /// socket stamps the moment it wrote it, less that.
    Question {
        n: u32,
        elapsed_ms: u64,
        frame: Utf8Bytes,
    },
    Text(Utf8Bytes),
    /// Send this, then close the socket.
    Last(Utf8Bytes),
}

/// Where a socket's frames go.
#[derive(Clone, Debug)]
pub struct Out {
    /// Tells a socket from a later one of the same player.
    pub conn: u64,
    pub tx: mpsc::UnboundedSender<Frame>,
}

/// The player a join or resume gave.
#[derive(Clone, Debug)]
pub struct Seat {
    pub player_id: u64,
    pub name: String,
    pub score: u64,
    pub streak: u32,
}

/// The host's controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Start,
    Next,
    Skip,
    End,
    Kick(u64),
}

pub enum Command {
    Join {
        name: String,
        key: String,
        user_id: Option<i64>,
        resume_hash: String,
        out: Out,
        reply: oneshot::Sender<Result<Seat, Refused>>,
    },
    Resume {
        resume_hash: String,
        out: Out,
        reply: oneshot::Sender<Result<Seat, Refused>>,
    },
    Answer {
        player_id: u64,
        question: u32,
        choice: Value,
        response_ms: u64,
    },
    Left {
        player_id: u64,
        conn: u64,
    },
    Control(Control, oneshot::Sender<Result<(), &'static str>>),
    /// A host screen's socket.
    Watch(Out),
}
