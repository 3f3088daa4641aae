//! What replicas say to each other about a game they share (`docs/live.md` § Replicas). A
//! relay tells the owner what its sockets did on `live.in.{game}`; the owner sends each relay
//! the frames for its sockets and the answers to its requests on `live.out.{game}.{replica}`.
//! A bus message carries a batch, and a frame for many sockets travels once with their list,
//! so a question for thousands of phones or a crowd's answers cost a few messages.

use axum::extract::ws::Utf8Bytes;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::commands::{Control, Frame, Seat};
use crate::game::Refused;

/// Where relays speak to the game's owner.
pub fn in_topic(game_id: i64) -> String {
    format!("live.in.{game_id}")
}

/// Where the owner speaks to one replica's relay.
pub fn out_topic(game_id: i64, replica: &str) -> String {
    format!("live.out.{game_id}.{replica}")
}

/// A batch from a relay: `from` names its replica.
#[derive(Debug, Serialize, Deserialize)]
pub struct Inbound {
    pub from: String,
    pub items: Vec<In>,
}

/// What a relay's sockets did; `conn` numbers are unique across replicas.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum In {
    Join {
        req: u64,
        conn: u64,
        name: String,
        key: String,
        user_id: Option<i64>,
        resume_hash: String,
    },
    Resume {
        req: u64,
        conn: u64,
        resume_hash: String,
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
    Control {
        req: u64,
        control: Control,
    },
    /// A host screen's socket.
    Watch {
        conn: u64,
    },
    /// A socket the relay could not write to any more.
    Gone {
        conn: u64,
    },
}

/// What the owner sends a relay.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Back {
    Seat {
        req: u64,
        seat: Result<Seat, Refused>,
    },
    Control {
        req: u64,
        result: Result<(), String>,
    },
    /// One frame for each of these sockets.
    Frame { to: Vec<u64>, frame: WireFrame },
    /// The game's task ended: nothing more will come.
    Over,
}

/// A [`Frame`] as text.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "as", rename_all = "snake_case")]
pub enum WireFrame {
    Question {
        n: u32,
        elapsed_ms: u64,
        text: String,
    },
    Text {
        text: String,
    },
    Last {
        text: String,
    },
}

impl From<&Frame> for WireFrame {
    fn from(frame: &Frame) -> Self {
        match frame {
            Frame::Question {
                n,
                elapsed_ms,
                frame,
            } => WireFrame::Question {
                n: *n,
                elapsed_ms: *elapsed_ms,
                text: frame.to_string(),
            },
            Frame::Text(t) => WireFrame::Text {
                text: t.to_string(),
            },
            Frame::Last(t) => WireFrame::Last {
                text: t.to_string(),
            },
        }
    }
}

impl From<WireFrame> for Frame {
    fn from(frame: WireFrame) -> Self {
        match frame {
            WireFrame::Question {
                n,
                elapsed_ms,
                text,
            } => Frame::Question {
                n,
                elapsed_ms,
                frame: Utf8Bytes::from(text),
            },
            WireFrame::Text { text } => Frame::Text(text.into()),
            WireFrame::Last { text } => Frame::Last(text.into()),
        }
    }
}

/// True when two frames are the same shared frame (a question or notice sent to everyone):
/// the owner sends it once with the list of sockets.
pub fn same(a: &Frame, b: &Frame) -> bool {
    fn ptr(t: &Utf8Bytes) -> (*const u8, usize) {
        (t.as_str().as_ptr(), t.len())
    }
    match (a, b) {
        (
            Frame::Question {
                n: n1,
                elapsed_ms: e1,
                frame: f1,
            },
            Frame::Question {
                n: n2,
                elapsed_ms: e2,
                frame: f2,
            },
        ) => n1 == n2 && e1 == e2 && ptr(f1) == ptr(f2),
        (Frame::Text(a), Frame::Text(b)) | (Frame::Last(a), Frame::Last(b)) => ptr(a) == ptr(b),
        _ => false,
    }
}

/// Items in order, with runs of the same frame for several sockets folded into one.
pub fn pack(items: Vec<(u64, Frame)>) -> Vec<Back> {
    let mut out: Vec<(Vec<u64>, Frame)> = Vec::new();
    for (conn, frame) in items {
        match out.last_mut() {
            Some((to, last)) if same(last, &frame) => to.push(conn),
            _ => out.push((vec![conn], frame)),
        }
    }
    out.into_iter()
        .map(|(to, frame)| Back::Frame {
            frame: WireFrame::from(&frame),
            to,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_question_for_many_sockets_travels_once() {
        let q = Utf8Bytes::from("{\"type\":\"question\"}");
        let frame = |n| Frame::Question {
            n,
            elapsed_ms: 0,
            frame: q.clone(),
        };
        let mine = Frame::Text(Utf8Bytes::from("{\"type\":\"ack\"}"));
        let packed = pack(vec![(1, frame(0)), (2, frame(0)), (3, mine), (4, frame(0))]);
        let to: Vec<Vec<u64>> = packed
            .iter()
            .map(|b| match b {
                Back::Frame { to, .. } => to.clone(),
                _ => vec![],
            })
            .collect();
        assert_eq!(to, vec![vec![1, 2], vec![3], vec![4]]);
    }

    #[test]
    fn a_frame_comes_back_as_it_went() {
        let text = serde_json::to_string(&vec![Back::Frame {
            to: vec![7],
            frame: WireFrame::from(&Frame::Question {
                n: 2,
                elapsed_ms: 40,
                frame: Utf8Bytes::from("{\"a\":\"\\\"\"}"),
            }),
        }])
        .unwrap();
        let back: Vec<Back> = serde_json::from_str(&text).unwrap();
        let Some(Back::Frame { to, frame }) = back.into_iter().next() else {
            panic!("{text}")
        };
        assert_eq!(to, vec![7]);
        match Frame::from(frame) {
            Frame::Question {
                n,
                elapsed_ms,
                frame,
            } => assert_eq!((n, elapsed_ms, frame.as_str()), (2, 40, "{\"a\":\"\\\"\"}")),
            other => panic!("{other:?}"),
        }
    }
}
