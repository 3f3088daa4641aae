//! The player's socket (`/ws/live/play`): join or resume, then answers in and frames out. The
//! socket stamps when it writes each question and measures each answer's time from it.

use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use kernel::auth::{MaybeUser, Role};
use kernel::i18n::{Lang, Tr};
use kernel::metrics::SocketKind;
use kernel::ratelimit::{ClientIp, Limit};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::actor::{Command, Frame, Out, Seat};
use crate::protocol::{reason, FromPlayer, ToPlayer};
use crate::registry::GameRef;
use crate::routes::LiveState;
use crate::{names, store};

/// The longest text frame a phone may send.
const MAX_MESSAGE: usize = 4 * 1024;
/// Read and write buffer of a phone's socket (a question frame is well under 1 KiB).
const SOCKET_BUFFER: usize = 4 * 1024;
/// How long a socket may stay open without joining.
const JOIN_WITHIN: Duration = Duration::from_secs(120);
/// Wrong PINs one address may try: enough for a school behind one address full of typing
/// children, far too few to find games by guessing (a PIN is one of a million).
const PIN_MISSES: Limit = Limit {
    max: 60,
    window_s: 600,
};

pub async fn play(
    State(live): State<LiveState>,
    MaybeUser(user): MaybeUser,
    ClientIp(ip): ClientIp,
    lang: Lang,
    ws: WebSocketUpgrade,
) -> Response {
    let tr = Tr::new(live.app.i18n.clone(), lang);
    let cookie_user = user.map(|u| (u.id, u.name, u.role));
    // Frames here are small; tungstenite's default 128 KiB read and write buffers per socket
    // came to 1.3 GiB for 10,000 phones.
    ws.max_message_size(MAX_MESSAGE)
        .read_buffer_size(SOCKET_BUFFER)
        .write_buffer_size(SOCKET_BUFFER)
        .on_upgrade(move |socket| async move {
            let _open = live.app.metrics.socket(SocketKind::LiveQuizPlayer);
            Player::new(live, tr, cookie_user, ip).run(socket).await;
        })
}

struct Player {
    live: LiveState,
    tr: Tr,
    cookie_user: Option<(i64, String, Role)>,
    /// The caller's address, for the limit on wrong PINs.
    ip: String,
}

/// Who joins, as the game keys them.
struct Who {
    name: String,
    key: String,
    user_id: Option<i64>,
}

/// A player in their seat: the game, their id, this socket's number.
struct Seated {
    game: GameRef,
    player_id: u64,
    conn: u64,
}

impl Player {
    fn new(live: LiveState, tr: Tr, cookie_user: Option<(i64, String, Role)>, ip: String) -> Self {
        Self {
            live,
            tr,
            cookie_user,
            ip,
        }
    }

    async fn run(self, socket: WebSocket) {
        let (mut sink, mut stream) = socket.split();
        let (tx, mut rx) = mpsc::unbounded_channel();
        let conn = self.live.registry.connection();
        let out = Out::local(conn, tx);
        let deadline = Instant::now() + JOIN_WITHIN;
        // Until seated: join or resume.
        let seated = loop {
            let next = tokio::time::timeout_at(deadline, stream.next()).await;
            let Ok(Some(Ok(message))) = next else { return };
            let Message::Text(text) = message else {
                if matches!(message, Message::Close(_)) {
                    return;
                }
                continue;
            };
            match self.seat(&text, out.clone()).await {
                Ok((seated, frame)) => {
                    if sink
                        .send(Message::Text(frame.to_text().into()))
                        .await
                        .is_err()
                    {
                        let _ = seated
                            .game
                            .tx
                            .send(Command::Left {
                                player_id: seated.player_id,
                                conn,
                            })
                            .await;
                        return;
                    }
                    break seated;
                }
                Err(frame) => {
                    if sink.send(Message::Text(frame.into())).await.is_err() {
                        return;
                    }
                }
            }
        };
        // Only the game holds this socket's sender now: when its task ends, so does the socket.
        drop(out);
        let mut stamp: Option<(u32, Instant)> = None;
        loop {
            tokio::select! {
                frame = rx.recv() => {
                    let Some(frame) = frame else { break };
                    let (text, last) = match frame {
                        Frame::Question { n, elapsed_ms, frame } => {
                            let sent = sink.send(Message::Text(frame)).await;
                            stamp = Some((n, Instant::now() - Duration::from_millis(elapsed_ms)));
                            if sent.is_err() { break }
                            continue;
                        }
                        Frame::Text(t) => (t, false),
                        Frame::Last(t) => (t, true),
                    };
                    if sink.send(Message::Text(text)).await.is_err() || last {
                        let _ = sink.close().await;
                        break;
                    }
                }
                message = stream.next() => {
                    let keep = match message {
                        Some(Ok(Message::Text(text))) => {
                            self.answer(&seated, &text, stamp, &mut sink).await
                        }
                        Some(Ok(Message::Close(_)) | Err(_)) | None => false,
                        Some(Ok(_)) => true,
                    };
                    if !keep {
                        break;
                    }
                }
            }
        }
        let _ = seated
            .game
            .tx
            .send(Command::Left {
                player_id: seated.player_id,
                conn: seated.conn,
            })
            .await;
    }

    /// Passes an answer on, timed from when its question was written to this socket.
    async fn answer(
        &self,
        seated: &Seated,
        text: &str,
        stamp: Option<(u32, Instant)>,
        sink: &mut futures_util::stream::SplitSink<WebSocket, Message>,
    ) -> bool {
        let arrived = Instant::now();
        let Ok(FromPlayer::Answer { question, choice }) = serde_json::from_str(text) else {
            let frame = self.error("live_bad_message");
            return sink.send(Message::Text(frame.into())).await.is_ok();
        };
        let Some((_, sent)) = stamp.filter(|(n, _)| *n == question) else {
            let ack = ToPlayer::Ack {
                question,
                accepted: false,
                reason: Some(reason::NOT_THIS_QUESTION),
            };
            return sink.send(Message::Text(ack.to_text().into())).await.is_ok();
        };
        let response_ms = arrived.saturating_duration_since(sent).as_millis() as u64;
        let command = Command::Answer {
            player_id: seated.player_id,
            question,
            choice,
            response_ms,
        };
        seated.game.tx.send(command).await.is_ok()
    }

    /// A join or resume: the seat and its first frame, or an error frame.
    async fn seat(&self, text: &str, out: Out) -> Result<(Seated, ToPlayer), String> {
        let conn = out.conn;
        let message: FromPlayer =
            serde_json::from_str(text).map_err(|_| self.error("live_bad_message"))?;
        let (reply, rx) = oneshot::channel();
        let (game, command, resume_token) = match message {
            FromPlayer::Join { pin, name, token } => {
                let who = self.who(&name, token.as_deref()).await?;
                let game = self.game(&pin).await?;
                let resume_token = kernel::ids::token();
                let command = Command::Join {
                    name: who.name,
                    key: who.key,
                    user_id: who.user_id,
                    resume_hash: kernel::ids::sha256_hex(&resume_token),
                    out,
                    reply,
                };
                (game, command, Some(resume_token))
            }
            FromPlayer::Resume { pin, resume_token } => {
                let game = self.game(&pin).await?;
                let command = Command::Resume {
                    resume_hash: kernel::ids::sha256_hex(&resume_token),
                    out,
                    reply,
                };
                (game, command, None)
            }
            FromPlayer::Answer { .. } => return Err(self.error("live_not_joined")),
        };
        let gone = || self.error("live_game_not_found");
        game.tx.send(command).await.map_err(|_| gone())?;
        let seat: Seat = rx
            .await
            .map_err(|_| gone())?
            .map_err(|r| self.error(r.code()))?;
        let frame = match resume_token {
            Some(resume_token) => ToPlayer::Joined {
                player_id: seat.player_id,
                resume_token,
                name: seat.name,
            },
            None => ToPlayer::Resumed {
                player_id: seat.player_id,
                name: seat.name,
                score: seat.score,
                streak: seat.streak,
            },
        };
        let seated = Seated {
            game,
            player_id: seat.player_id,
            conn,
        };
        Ok((seated, frame))
    }

    /// Who joins: the signed-in user (by the message's token or the page's cookies) under
    /// their profile's name, else a visitor under a clean nickname. Only a student's account
    /// is kept with the player (for coins and the child's history); a grown-up plays under
    /// their name.
    async fn who(&self, name: &str, token: Option<&str>) -> Result<Who, String> {
        let user = match token {
            Some(token) => match self.live.app.auth.resolve(token).await {
                Ok(Some(p)) => Some((p.id, p.name, p.role)),
                _ => return Err(self.error("live_token_invalid")),
            },
            None => self.cookie_user.clone(),
        };
        match user {
            // A user's key cannot clash with a nickname's (nicknames hold no colon).
            Some((id, name, role)) => Ok(Who {
                name,
                key: format!("{}{id}", crate::game::ACCOUNT_KEY),
                user_id: (role == Role::Student).then_some(id),
            }),
            None => {
                let name = names::clean(name).map_err(|e| self.error(e.code()))?;
                let key = names::key(&name);
                Ok(Who {
                    name,
                    key,
                    user_id: None,
                })
            }
        }
    }

    /// The running game a PIN opens. Wrong PINs are counted per address, and an address
    /// past [`PIN_MISSES`] is refused before its PIN is looked at.
    async fn game(&self, pin: &str) -> Result<GameRef, String> {
        let unknown = || self.error("live_game_not_found");
        let app = &self.live.app;
        let key = format!("live-pin:{}", self.ip);
        let limits = &app.limiter;
        if limits.peek(&key, PIN_MISSES, app.now_ms()).await.is_err() {
            return Err(self.error("live_too_many_tries"));
        }
        let found = match pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()) {
            true => store::find_open_by_pin(app.db.pool(), pin)
                .await
                .map_err(|_| unknown())?,
            false => None,
        };
        let Some(row) = found else {
            let _ = limits.hit(&key, PIN_MISSES, app.now_ms()).await;
            return Err(unknown());
        };
        match self.live.registry.get(app, &row).await {
            Ok(Some(game)) => Ok(game),
            Ok(None) => Err(unknown()),
            Err(e) if e.code == "live_other_server" => Err(self.error(e.code)),
            Err(_) => Err(unknown()),
        }
    }

    fn error(&self, code: &'static str) -> String {
        ToPlayer::Error {
            code,
            message: self.tr.t(&format!("error-{code}")),
        }
        .to_text()
    }
}
