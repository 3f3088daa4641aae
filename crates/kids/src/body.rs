//! What a story is made of, whoever wrote it: paragraphs with a picture each, comprehension
//! questions on the question engine, open questions to talk about and the moral. Stored as
//! JSON in `kids_stories.body`.

use questions::model::question::{Body as QuestionBody, Question};
use serde::{Deserialize, Serialize};

/// An open question about a story and the words a good answer likely holds (the offline judge
/// looks for them; an LLM judges by meaning when one is configured).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Talk {
    pub prompt: String,
    #[serde(default)]
    pub keywords: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryBody {
    pub paragraphs: Vec<String>,
    /// One emoji per paragraph.
    #[serde(default)]
    pub pictures: Vec<String>,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub talk: Vec<Talk>,
    #[serde(default)]
    pub moral: String,
}

impl StoryBody {
    /// Words in the story's text, for reading speed.
    pub fn words(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| {
                p.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            })
            .sum()
    }

    /// The questions as a reader gets them: no keys.
    pub fn public_questions(&self) -> Vec<PublicQuestion> {
        self.questions.iter().map(PublicQuestion::of).collect()
    }
}

/// A question without its answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicQuestion {
    pub prompt: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
}

impl PublicQuestion {
    pub fn of(q: &Question) -> Self {
        let options = match &q.body {
            QuestionBody::Single { options, .. } | QuestionBody::Multiple { options, .. } => {
                Some(options.clone())
            }
            _ => None,
        };
        PublicQuestion {
            prompt: q.prompt.clone(),
            kind: q.body.kind(),
            options,
        }
    }
}
