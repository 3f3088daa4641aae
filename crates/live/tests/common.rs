//! Shared steps: a teacher's test, a game, and phones on real sockets.

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::StatusCode;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use testkit::{Browser, TestApp, TestUser, PASSWORD};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// A browser signed in as `login` (every test user has the same password).
pub async fn signed_in<'a>(app: &'a TestApp, login: &str) -> Browser<'a> {
    let mut b = app.browser();
    let res = b
        .post_form("/login", &[("login", login), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    b
}

/// A question in the teacher's bank; returns its id.
pub async fn question(app: &TestApp, teacher: &TestUser, q: Value) -> i64 {
    let res = app
        .post(
            "/api/v1/exams/questions",
            Some(&teacher.access),
            json!({"subject": "math", "grade": 2, "language": "uz", "question": q}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    res.json()["id"].as_i64().unwrap()
}

/// A test of the given questions.
pub async fn test_of(app: &TestApp, teacher: &TestUser, questions: &[Value]) -> i64 {
    let mut ids = Vec::new();
    for q in questions {
        ids.push(question(app, teacher, q.clone()).await);
    }
    let body = json!({"title": "Tez hisob", "subject": "math", "grade": 2, "language": "uz"});
    let res = app
        .post("/api/v1/exams/tests", Some(&teacher.access), body)
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let id = res.json()["id"].as_i64().unwrap();
    let res = app
        .post(
            &format!("/api/v1/exams/tests/{id}/questions"),
            Some(&teacher.access),
            json!({"question_ids": ids}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    id
}

/// 2 + 2 with four options, the right one at index 1.
pub fn two_plus_two() -> Value {
    json!({"prompt": "2 + 2 = ?", "type": "single", "options": ["3", "4", "5", "6"], "correct": 1})
}

/// A game created by `teacher`: (game id, PIN).
pub async fn game(app: &TestApp, teacher: &TestUser, test_id: i64, mode: &str) -> (i64, String) {
    let res = app
        .post(
            "/api/v1/live/games",
            Some(&teacher.access),
            json!({"test_id": test_id, "mode": mode}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let v = res.json();
    (
        v["game_id"].as_i64().unwrap(),
        v["pin"].as_str().unwrap().to_string(),
    )
}

/// The host presses a control (`start`, `next`, `skip`, `end`).
pub async fn control(app: &TestApp, teacher: &TestUser, game_id: i64, what: &str) {
    let res = app
        .post(
            &format!("/api/v1/live/games/{game_id}/{what}"),
            Some(&teacher.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{what}: {}", res.text);
}

/// A phone's socket.
pub struct Phone {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Phone {
    pub async fn open(addr: SocketAddr) -> Self {
        let (ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/ws/live/play"))
            .await
            .expect("the socket opens");
        Self { ws }
    }

    /// A host screen's socket for `game_id`, signed in with `access`.
    pub async fn host(addr: SocketAddr, game_id: i64, access: &str) -> Self {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let mut request = format!("ws://{addr}/ws/live/host/{game_id}")
            .into_client_request()
            .expect("a request");
        let bearer = format!("Bearer {access}").parse().expect("a header");
        request.headers_mut().insert("authorization", bearer);
        let (ws, _) = tokio_tungstenite::connect_async(request)
            .await
            .expect("the host socket opens");
        Self { ws }
    }

    pub async fn send(&mut self, message: Value) {
        self.ws
            .send(Message::Text(message.to_string().into()))
            .await
            .expect("sent");
    }

    /// The next text frame as JSON (fails after 10 s).
    pub async fn next(&mut self) -> Value {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("a frame within 10 s")
                .expect("the socket is open")
                .expect("a frame");
            if let Message::Text(text) = frame {
                return serde_json::from_str(&text).expect("JSON");
            }
        }
    }

    /// The next frame of this `type`, skipping others.
    pub async fn next_of(&mut self, kind: &str) -> Value {
        loop {
            let v = self.next().await;
            if v["type"] == kind {
                return v;
            }
        }
    }

    /// Opens a socket and joins; returns the phone and its `joined` frame.
    pub async fn join(addr: SocketAddr, pin: &str, name: &str) -> (Self, Value) {
        let mut phone = Self::open(addr).await;
        phone
            .send(json!({"type": "join", "pin": pin, "name": name}))
            .await;
        let joined = phone.next().await;
        assert_eq!(joined["type"], "joined", "{joined}");
        (phone, joined)
    }

    /// Whether the server closed the socket (within 10 s).
    pub async fn closed(&mut self) -> bool {
        loop {
            match tokio::time::timeout(Duration::from_secs(10), self.ws.next()).await {
                Ok(None) | Ok(Some(Err(_))) => return true,
                Ok(Some(Ok(Message::Close(_)))) => return true,
                Ok(Some(Ok(_))) => continue,
                Err(_) => return false,
            }
        }
    }
}
