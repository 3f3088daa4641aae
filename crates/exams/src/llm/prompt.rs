//! The instructions sent to the LLM: a data file (`content/llm-prompt.json`) filled with the
//! request. Written in English, which models follow best; the answer language is named.

use std::collections::HashMap;
use std::sync::LazyLock;

use ai::llm::{questions::SHAPE, Message};
use serde::Deserialize;

use questions::generate::template::fill_pairs;
use questions::generate::Request;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LlmPrompt {
    /// `{shape}`.
    system: String,
    /// `{count}`, `{grade}`, `{age}`, `{subject}`, `{language}`.
    user: String,
    /// `{text}`: the teacher's pasted text.
    source: String,
    languages: HashMap<String, String>,
    subjects: HashMap<String, String>,
}

static PROMPT: LazyLock<LlmPrompt> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../content/llm-prompt.json"))
        .expect("built-in LLM prompt is valid")
});

/// The system and user messages for a request about `subject`.
pub fn messages(req: &Request, subject: &str, source: Option<&str>) -> Vec<Message> {
    let p = &*PROMPT;
    let count = req.count.to_string();
    let grade = req.grade.to_string();
    let age = (req.grade + 6).to_string();
    let subject = p.subjects.get(subject).map_or(subject, String::as_str);
    let language = p
        .languages
        .get(req.language.code())
        .map_or("Uzbek", String::as_str);
    let mut user = fill_pairs(
        &p.user,
        &[
            ("count", &count),
            ("grade", &grade),
            ("age", &age),
            ("subject", subject),
            ("language", language),
        ],
    );
    if let Some(text) = source {
        user.push_str("\n\n");
        user.push_str(&fill_pairs(&p.source, &[("text", text)]));
    }
    vec![
        Message::system(fill_pairs(&p.system, &[("shape", SHAPE)])),
        Message::user(user),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use kernel::i18n::Lang;
    use questions::generate::Generator;

    #[test]
    fn the_messages_name_count_grade_subject_language_and_shape() {
        let req = Request {
            generator: Generator::Llm,
            grade: 3,
            topic: Some("math".into()),
            count: 7,
            language: Lang::Ru,
            source_text: None,
        };
        let m = messages(&req, "math", Some("Ali has 5 apples."));
        assert_eq!(m.len(), 2);
        assert!(
            m[0].content.contains(r#""questions":[{"prompt""#),
            "{}",
            m[0].content
        );
        let user = &m[1].content;
        for needle in [
            "Write 7 test questions",
            "grade 3",
            "aged about 9",
            "mathematics",
            "in Russian",
            "Ali has 5 apples.",
        ] {
            assert!(user.contains(needle), "{needle}: {user}");
        }
        assert!(!user.contains('{'), "{user}");
    }
}
