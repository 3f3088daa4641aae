//! The socket messages: JSON text frames, each with a `type`. The names and fields are the
//! public contract (`docs/live.md`); this module only reads and writes them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a phone sends.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FromPlayer {
    /// Join with the game's PIN and a name; `token` (an access token) plays signed in.
    Join {
        pin: String,
        #[serde(default)]
        name: String,
        #[serde(default)]
        token: Option<String>,
    },
    /// Come back after a refresh or a dropped connection.
    Resume { pin: String, resume_token: String },
    /// An answer to question `question` (0-based); `choice` by the question's type
    /// (see `answers`).
    Answer { question: u32, choice: Value },
}

/// What a phone receives.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToPlayer {
    Joined {
        player_id: u64,
        resume_token: String,
        name: String,
    },
    Resumed {
        player_id: u64,
        name: String,
        score: u64,
        streak: u32,
    },
    Question {
        question: u32,
        /// Questions in the game.
        of: u32,
        kind: &'static str,
        /// Shapes to show (0: type a number).
        options: u32,
        time_limit_ms: u64,
        /// Only when the host chose to show the question on phones.
        #[serde(skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        option_texts: Option<Vec<String>>,
        /// The question's picture, when the host shows questions on phones.
        #[serde(skip_serializing_if = "Option::is_none")]
        image_url: Option<String>,
    },
    Ack {
        question: u32,
        accepted: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<&'static str>,
    },
    Result {
        question: u32,
        correct: bool,
        points: u32,
        score: u64,
        rank: u32,
        streak: u32,
    },
    /// The host stopped the clock of question `question`: answers wait.
    Paused {
        question: u32,
    },
    /// The clock runs again (phones still to answer get the question again).
    Unpaused {
        question: u32,
    },
    GameOver {
        score: u64,
        rank: u32,
        players: u32,
        /// Coins paid to a signed-in child for this game.
        #[serde(skip_serializing_if = "Option::is_none")]
        coins: Option<i64>,
    },
    Error {
        code: &'static str,
        message: String,
    },
}

/// Why an answer was not taken (`ack.reason`).
pub mod reason {
    /// The question is closed: its time is up (or the host moved on).
    pub const TOO_LATE: &str = "too_late";
    /// This player already answered this question; the first answer counts.
    pub const ALREADY_ANSWERED: &str = "already_answered";
    /// Not the question being played now.
    pub const NOT_THIS_QUESTION: &str = "not_this_question";
    /// The choice does not fit the question.
    pub const BAD_CHOICE: &str = "bad_choice";
    /// The host paused the game; answer again when it goes on.
    pub const PAUSED: &str = "paused";
}

impl ToPlayer {
    /// The frame's text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn phone_messages_read_as_the_contract_writes_them() {
        let join: FromPlayer =
            serde_json::from_value(json!({"type": "join", "pin": "123456", "name": "Ali"}))
                .unwrap();
        assert_eq!(
            join,
            FromPlayer::Join {
                pin: "123456".into(),
                name: "Ali".into(),
                token: None
            }
        );
        let answer: FromPlayer =
            serde_json::from_value(json!({"type": "answer", "question": 2, "choice": [0, 3]}))
                .unwrap();
        assert_eq!(
            answer,
            FromPlayer::Answer {
                question: 2,
                choice: json!([0, 3])
            }
        );
        let resume = json!({"type": "resume", "pin": "123456", "resume_token": "abc"});
        assert!(serde_json::from_value::<FromPlayer>(resume).is_ok());
        assert!(serde_json::from_value::<FromPlayer>(json!({"type": "cheat"})).is_err());
    }

    #[test]
    fn server_messages_carry_their_type_and_leave_out_what_is_absent() {
        let ack = ToPlayer::Ack {
            question: 1,
            accepted: false,
            reason: Some(reason::TOO_LATE),
        };
        let v: Value = serde_json::from_str(&ack.to_text()).unwrap();
        assert_eq!(
            v,
            json!({"type": "ack", "question": 1, "accepted": false, "reason": "too_late"})
        );
        let q = ToPlayer::Question {
            question: 0,
            of: 10,
            kind: "single",
            options: 4,
            time_limit_ms: 20_000,
            text: None,
            option_texts: None,
            image_url: None,
        };
        let v: Value = serde_json::from_str(&q.to_text()).unwrap();
        assert_eq!(v["type"], "question");
        assert!(v.get("text").is_none(), "{v}");
        let over: Value = serde_json::from_str(
            &ToPlayer::GameOver {
                score: 5,
                rank: 1,
                players: 3,
                coins: None,
            }
            .to_text(),
        )
        .unwrap();
        assert_eq!(over["type"], "game_over");
        assert!(over.get("coins").is_none(), "{over}");
    }
}
