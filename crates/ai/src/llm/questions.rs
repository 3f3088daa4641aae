//! The JSON shape the model is asked to answer with. Types are checked here; whether an item
//! makes a sound question (options distinct, key in range) is the caller's check.

use serde::Deserialize;
use serde_json::Value;

/// `{"questions": [...]}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct QuestionSet {
    pub questions: Vec<LlmQuestion>,
}

/// One item: `{"prompt", "type", "options", "correct" | "answer", "explanation"}`. Unknown
/// extra fields are ignored; missing or mistyped known ones fail the whole answer.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct LlmQuestion {
    pub prompt: String,
    /// `single`, `multiple`, `true_false`, `short` or `numeric`.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub options: Vec<String>,
    /// Index or indices (from 0) of the right options.
    #[serde(default)]
    pub correct: Option<Correct>,
    /// true/false, a number, or accepted text answer(s).
    #[serde(default)]
    pub answer: Option<Value>,
    #[serde(default)]
    pub explanation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Correct {
    One(usize),
    Many(Vec<usize>),
}

impl Correct {
    pub fn indices(&self) -> Vec<usize> {
        match self {
            Correct::One(i) => vec![*i],
            Correct::Many(v) => v.clone(),
        }
    }
}

/// The shape as the model is told it, for the system message.
pub const SHAPE: &str = r#"{"questions":[{"prompt":"…","type":"single|multiple|true_false|short|numeric","options":["…"],"correct":[0],"answer":null,"explanation":"…"}]}"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_item() {
        let set: QuestionSet = serde_json::from_str(
            r#"{"questions":[
                {"prompt":"2+2?","type":"single","options":["3","4"],"correct":1,"explanation":"2+2=4","difficulty":1},
                {"prompt":"Even?","type":"multiple","options":["2","3","4"],"correct":[0,2]},
                {"prompt":"Sky is blue","type":"true_false","answer":true},
                {"prompt":"Capital?","type":"short","answer":["Toshkent","Tashkent"]},
                {"prompt":"7*8","type":"numeric","answer":56}
            ]}"#,
        )
        .unwrap();
        assert_eq!(set.questions.len(), 5);
        assert_eq!(set.questions[0].correct, Some(Correct::One(1)));
        assert_eq!(
            set.questions[1].correct.as_ref().unwrap().indices(),
            vec![0, 2]
        );
        assert_eq!(set.questions[4].answer, Some(serde_json::json!(56)));
    }

    #[test]
    fn a_wrong_shape_is_an_error() {
        assert!(serde_json::from_str::<QuestionSet>(r#"{"items":[]}"#).is_err());
        assert!(serde_json::from_str::<QuestionSet>(
            r#"{"questions":[{"prompt":1,"type":"single"}]}"#
        )
        .is_err());
        assert!(serde_json::from_str::<QuestionSet>(
            r#"{"questions":[{"prompt":"x","type":"single","correct":-1}]}"#
        )
        .is_err());
    }
}
