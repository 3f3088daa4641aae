//! The host screen's socket (`/ws/live/host/{game_id}`): the game's host (or an admin) sees
//! players arrive, answer counts, each question, its results and the podium, and may send the
//! same controls as the HTTP API (`{"type": "start" | "next" | "close" | "skip" | "pause" | "resume" | "end"}`,
//! `{"type": "kick", "player_id": n}`).

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::metrics::SocketKind;
use kernel::AppResult;
use serde::Deserialize;
use serde_json::json;
use tokio::sync::{mpsc, oneshot};

use crate::actor::{Command, Control, Frame, Out};
use crate::registry::{self, GameRef};
use crate::routes::LiveState;
use crate::service;

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum FromHost {
    Start,
    Next,
    Close,
    Skip,
    Pause,
    Resume,
    End,
    Kick { player_id: u64 },
}

pub async fn host(
    State(live): State<LiveState>,
    user: CurrentUser,
    Path(game_id): Path<i64>,
    ws: WebSocketUpgrade,
) -> AppResult<Response> {
    let row = registry::find(&live.app, game_id).await?;
    service::owns(&user, row.host_id)?;
    let game = live.registry.get(&live.app, &row).await?;
    Ok(ws
        .max_message_size(4096)
        .on_upgrade(move |socket| async move {
            let _open = live.app.metrics.socket(SocketKind::LiveQuizHost);
            match game {
                Some(game) => watch(live, game, socket).await,
                None => over(socket).await,
            }
        })
        .into_response())
}

/// A game already over: one frame saying so.
async fn over(mut socket: WebSocket) {
    let frame = json!({"type": "state", "game": {"phase": "over"}}).to_string();
    let _ = socket.send(Message::Text(frame.into())).await;
    let _ = socket.close().await;
}

async fn watch(live: LiveState, game: GameRef, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let out = Out::local(live.registry.connection(), tx);
    if game.tx.send(Command::Watch(out)).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            frame = rx.recv() => {
                let text = match frame {
                    Some(Frame::Text(t) | Frame::Last(t) | Frame::Question { frame: t, .. }) => t,
                    None => break,
                };
                if sink.send(Message::Text(text)).await.is_err() {
                    break;
                }
            }
            message = stream.next() => {
                let Some(Ok(message)) = message else { break };
                let Message::Text(text) = message else { continue };
                let Ok(command) = serde_json::from_str::<FromHost>(&text) else { continue };
                let control = match command {
                    FromHost::Start => Control::Start,
                    FromHost::Next => Control::Next,
                    FromHost::Close => Control::Close,
                    FromHost::Skip => Control::Skip,
                    FromHost::Pause => Control::Pause,
                    FromHost::Resume => Control::Resume,
                    FromHost::End => Control::End,
                    FromHost::Kick { player_id } => Control::Kick(player_id),
                };
                let (reply, done) = oneshot::channel();
                if game.tx.send(Command::Control(control, reply)).await.is_err() {
                    break;
                }
                if let Ok(Err(code)) = done.await {
                    let frame = json!({"type": "error", "code": code}).to_string();
                    if sink.send(Message::Text(frame.into())).await.is_err() {
                        break;
                    }
                }
            }
        }
    }
}
