//! What the game's task takes (commands) and gives (frames for sockets).

use std::sync::Arc;

use axum::extract::ws::Utf8Bytes;
use serde::{Deserialize, Serialize};
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
    /// Tells a socket from a later one of the same player (unique across replicas).
    pub conn: u64,
    pub tx: FrameTx,
}

/// A socket's queue in this process, or the link to the replica that holds the socket.
#[derive(Clone, Debug)]
pub enum FrameTx {
    Local(mpsc::UnboundedSender<Frame>),
    Remote(Arc<crate::bridge::Link>),
}

/// The socket a frame was for is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SocketGone;

impl Out {
    pub fn local(conn: u64, tx: mpsc::UnboundedSender<Frame>) -> Self {
        Self {
            conn,
            tx: FrameTx::Local(tx),
        }
    }

    /// Queues a frame; an error when the socket is gone.
    pub fn send(&self, frame: Frame) -> Result<(), SocketGone> {
        match &self.tx {
            FrameTx::Local(tx) => tx.send(frame).map_err(|_| SocketGone),
            FrameTx::Remote(link) => link.send(self.conn, frame),
        }
    }
}

/// The player a join or resume gave.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Seat {
    pub player_id: u64,
    pub name: String,
    pub score: u64,
    pub streak: u32,
}

/// The host's controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Control {
    Start,
    Next,
    /// Close the open question and show its results, without opening the next.
    Close,
    Skip,
    Pause,
    Resume,
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

/// Why a control was refused; a relay maps a code that came over the bus back to one of these.
pub const CONTROL_REFUSALS: &[&str] = &[
    "live_already_started",
    "live_game_over",
    "live_nothing_open",
    "live_player_not_found",
    "live_already_paused",
    "live_not_paused",
];

/// The refusal `code` names (an unknown one reads as the game being over).
pub fn control_refusal(code: &str) -> &'static str {
    CONTROL_REFUSALS
        .iter()
        .find(|c| **c == code)
        .copied()
        .unwrap_or("live_game_over")
}
