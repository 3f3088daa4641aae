//! The live quiz under a crowd: N phones on real WebSockets (spread over eight loopback source
//! addresses) join one game of the seeded 3-question test; the host starts it and moves on
//! over HTTP; each phone answers after a think time of 0.3–3 s. Measured: the broadcast (the
//! host's `start`/`next` request sent → each phone holding the question frame) and the answer
//! acknowledgement (answer sent → its `ack` back), plus the server's RSS and CPU.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpSocket;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

use crate::api::Api;
use crate::seed::World;
use crate::server::{self, Server};
use crate::stats::percentile;

/// Questions in the seeded test.
const QUESTIONS: u32 = 3;
/// Loopback source addresses the phones connect from (127.0.0.1–127.0.0.8).
const SOURCES: u8 = 8;

/// What one crowd measured.
pub struct Crowd {
    pub players: usize,
    pub joined_in: Duration,
    pub broadcast_us: Vec<u32>,
    pub ack_us: Vec<u32>,
    pub errors: usize,
    pub peak_rss_kib: u64,
    pub idle_rss_kib: u64,
    pub cpu_server: Duration,
    pub elapsed: Duration,
}

/// What a phone tells the driver.
enum Event {
    Joined,
    Question(u32, Instant),
    Ack(u32, Duration, bool),
    Result(u32),
    Failed(String),
}

/// Plays one game with `players` phones; with a `relay`, every other phone joins through it.
pub async fn crowd(
    server: &Server,
    relay: Option<&Server>,
    world: &World,
    players: usize,
) -> anyhow::Result<Crowd> {
    check_open_files(players)?;
    let mut api = Api::new(server.addr);
    let body = json!({"test_id": world.test_id, "mode": "classic", "seconds_per_question": 60});
    let game = api
        .expect(
            201,
            "POST",
            "/api/v1/live/games",
            Some(&world.teacher_access),
            Some(body),
        )
        .await?;
    let game_id = game["game_id"].as_i64().context("game id")?;
    let pin = game["pin"].as_str().context("pin")?.to_string();
    let started = Instant::now();
    let cpu_before = server::cpu_time(server.pid()).unwrap_or_default();
    let peak = Arc::new(Mutex::new(0u64));
    let sampler = tokio::spawn(sample(server.pid(), peak.clone()));
    let (tx, mut rx) = mpsc::unbounded_channel();
    for i in 0..players {
        let addr = match relay {
            Some(relay) if i % 2 == 1 => relay.addr,
            _ => server.addr,
        };
        tokio::spawn(phone(addr, pin.clone(), i, tx.clone()));
        if i % 200 == 199 {
            tokio::task::yield_now().await;
        }
    }
    drop(tx);
    let mut errors = 0;
    let mut joined = 0;
    while joined + errors < players {
        match rx.recv().await.context("phones gone")? {
            Event::Joined => joined += 1,
            Event::Failed(e) => {
                if errors == 0 {
                    eprintln!("bench: live: a phone failed: {e}");
                }
                errors += 1;
            }
            _ => {}
        }
    }
    let joined_in = started.elapsed();
    let idle_rss_kib = server::rss_kib(server.pid()).unwrap_or(0);
    let (mut broadcast_us, mut ack_us) = (Vec::new(), Vec::new());
    for q in 0..QUESTIONS {
        let what = if q == 0 { "start" } else { "next" };
        let sent = Instant::now();
        let path = format!("/api/v1/live/games/{game_id}/{what}");
        api.expect(
            200,
            "POST",
            &path,
            Some(&world.teacher_access),
            Some(json!({})),
        )
        .await?;
        let mut results = 0;
        while results + errors < players {
            match rx.recv().await.context("phones gone")? {
                Event::Question(n, at) if n == q => {
                    broadcast_us.push(at.saturating_duration_since(sent).as_micros() as u32)
                }
                Event::Ack(n, took, accepted) if n == q => {
                    ack_us.push(took.as_micros() as u32);
                    errors += usize::from(!accepted);
                }
                Event::Result(n) if n == q => results += 1,
                Event::Failed(_) => errors += 1,
                _ => {}
            }
        }
    }
    let path = format!("/api/v1/live/games/{game_id}/end");
    api.expect(
        200,
        "POST",
        &path,
        Some(&world.teacher_access),
        Some(json!({})),
    )
    .await?;
    let elapsed = started.elapsed();
    sampler.abort();
    broadcast_us.sort_unstable();
    ack_us.sort_unstable();
    let peak_rss_kib = *peak.lock().unwrap_or_else(|e| e.into_inner());
    Ok(Crowd {
        players,
        joined_in,
        broadcast_us,
        ack_us,
        errors,
        peak_rss_kib,
        idle_rss_kib,
        cpu_server: server::cpu_time(server.pid())
            .unwrap_or_default()
            .saturating_sub(cpu_before),
        elapsed,
    })
}

/// One phone: join, then answer each question after a think time, until the game is over.
async fn phone(addr: SocketAddr, pin: String, i: usize, events: mpsc::UnboundedSender<Event>) {
    if let Err(e) = play(addr, &pin, i, &events).await {
        let _ = events.send(Event::Failed(format!("{e:#}")));
    }
}

async fn play(
    addr: SocketAddr,
    pin: &str,
    i: usize,
    events: &mpsc::UnboundedSender<Event>,
) -> anyhow::Result<()> {
    let source = Ipv4Addr::new(127, 0, 0, 1 + (i % SOURCES as usize) as u8);
    let socket = TcpSocket::new_v4()?;
    socket.bind((source, 0).into())?;
    let stream = socket.connect(addr).await.context("connect")?;
    let url = format!("ws://{addr}/ws/live/play");
    let (mut ws, _) = tokio_tungstenite::client_async(url, stream)
        .await
        .context("handshake")?;
    let join = json!({"type": "join", "pin": pin, "name": format!("Oʻyinchi {i}")});
    ws.send(Message::Text(join.to_string().into())).await?;
    let mut asked: Option<(u32, Instant)> = None;
    let think = Duration::from_millis(300 + (i as u64 * 7919) % 2700);
    loop {
        let frame = match asked {
            // Think, then answer (one in four wrong), unless a frame comes first.
            Some((n, at)) if at.elapsed() >= think => {
                let choice = if i.is_multiple_of(4) { 0 } else { 1 };
                let answer = json!({"type": "answer", "question": n, "choice": choice});
                ws.send(Message::Text(answer.to_string().into())).await?;
                asked = None;
                let sent = Instant::now();
                let ack = next_json(&mut ws).await?;
                if ack["type"] != "ack" {
                    bail!("expected an ack, got {ack}");
                }
                let _ = events.send(Event::Ack(n, sent.elapsed(), ack["accepted"] == true));
                continue;
            }
            Some((_, at)) => {
                match tokio::time::timeout(think.saturating_sub(at.elapsed()), next_json(&mut ws))
                    .await
                {
                    Ok(frame) => frame?,
                    Err(_) => continue,
                }
            }
            None => next_json(&mut ws).await?,
        };
        match frame["type"].as_str() {
            Some("joined") => {
                let _ = events.send(Event::Joined);
            }
            Some("question") => {
                let n = frame["question"].as_u64().context("question")? as u32;
                let now = Instant::now();
                let _ = events.send(Event::Question(n, now));
                asked = Some((n, now));
            }
            Some("result") => {
                let n = frame["question"].as_u64().context("question")? as u32;
                let _ = events.send(Event::Result(n));
            }
            Some("game_over") => return Ok(()),
            _ => bail!("unexpected frame {frame}"),
        }
    }
}

async fn next_json<S>(ws: &mut S) -> anyhow::Result<Value>
where
    S: StreamExt<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        match ws.next().await.context("closed")?? {
            Message::Text(text) => return Ok(serde_json::from_str(&text)?),
            Message::Close(_) => bail!("closed by the server"),
            _ => {}
        }
    }
}

async fn sample(pid: u32, peak: Arc<Mutex<u64>>) {
    loop {
        let rss = server::rss_kib(pid).unwrap_or(0);
        {
            let mut p = peak.lock().unwrap_or_else(|e| e.into_inner());
            *p = (*p).max(rss);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Each phone is a file descriptor here and one in the server (which inherits this limit).
fn check_open_files(players: usize) -> anyhow::Result<()> {
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
    let soft = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|v| v.parse::<usize>().ok());
    match soft {
        Some(n) if n < players + 200 => bail!(
            "{players} phones need more open files than the limit of {n}: raise it (ulimit -n {})",
            players + 1000
        ),
        _ => Ok(()),
    }
}

/// The crowds as a Markdown table.
pub fn table(crowds: &[Crowd]) -> String {
    let mut s = String::from(
        "| Players | joined in | broadcast p50 / p99 ms | ack p50 / p99 ms | errors | server RSS with everyone in / peak | server CPU |\n|---|---|---|---|---|---|---|\n",
    );
    for c in crowds {
        let ms = |v: &[u32], p: f64| percentile(v, p) as f64 / 1000.0;
        s.push_str(&format!(
            "| {} | {:.1} s | {:.1} / {:.1} | {:.1} / {:.1} | {} | {} / {} MiB | {:.1} s in {:.1} s |\n",
            c.players,
            c.joined_in.as_secs_f64(),
            ms(&c.broadcast_us, 50.0),
            ms(&c.broadcast_us, 99.0),
            ms(&c.ack_us, 50.0),
            ms(&c.ack_us, 99.0),
            c.errors,
            c.idle_rss_kib / 1024,
            c.peak_rss_kib / 1024,
            c.cpu_server.as_secs_f64(),
            c.elapsed.as_secs_f64(),
        ));
    }
    s
}
