//! The built-in stories as a teacher would check them: both age bands, a picture per
//! paragraph, questions the engine accepts (picture options for the youngest), the language's
//! own letters, and nothing the safety filter would refuse.

use kids::library::entries;
use kids::model::{Age, Lang};
use kids::safety::check_text;
use questions::model::question::Body;

#[test]
fn every_built_in_story_is_complete_and_safe() {
    for lang in Lang::ALL {
        let stories = entries(lang);
        assert!(stories.len() >= 12, "{lang:?}");
        let young = stories.iter().filter(|s| s.age == Age::Young).count();
        assert!(
            young >= 5 && stories.len() - young >= 5,
            "{lang:?}: {young} young"
        );
        let mut slugs = std::collections::HashSet::new();
        for s in stories {
            let who = format!("{lang:?} {}", s.slug);
            assert!(slugs.insert(&s.slug), "{who}: twice");
            let b = &s.body;
            assert_eq!(b.paragraphs.len(), b.pictures.len(), "{who}");
            assert!((3..=8).contains(&b.paragraphs.len()), "{who}");
            assert!((3..=5).contains(&b.questions.len()), "{who}");
            assert!(!b.moral.is_empty(), "{who}");
            for q in &b.questions {
                questions::check::check(q).unwrap_or_else(|e| panic!("{who}: {}: {e:?}", q.prompt));
                match (&q.body, s.age) {
                    (Body::Single { options, .. }, Age::Young) => {
                        for o in options {
                            let first = o.chars().next().unwrap();
                            assert!(
                                !first.is_alphanumeric(),
                                "{who}: «{o}» starts with a picture"
                            );
                        }
                    }
                    (Body::Single { .. } | Body::TrueFalse { .. }, _) => {}
                    (Body::Short { .. }, Age::Older) => {}
                    (other, age) => panic!("{who}: {} for {age:?}", other.kind()),
                }
            }
            if s.age == Age::Older {
                assert!(
                    b.questions
                        .iter()
                        .any(|q| matches!(q.body, Body::Short { .. })),
                    "{who}"
                );
                assert!(!b.talk.is_empty(), "{who}");
            }
            for t in &b.talk {
                assert!(!t.keywords.is_empty(), "{who}: {}", t.prompt);
            }
            let mut texts: Vec<&str> = vec![&s.title, &b.moral];
            texts.extend(b.paragraphs.iter().map(String::as_str));
            texts.extend(b.questions.iter().map(|q| q.prompt.as_str()));
            for t in texts {
                assert_eq!(check_text(t, 2000), Ok(()), "{who}: {t}");
                match lang {
                    Lang::Uz => {
                        assert!(!t.contains(['\'', '‘', '’']), "{who}: apostrophe in «{t}»")
                    }
                    Lang::Ru => assert!(
                        !t.chars().any(|c| c.is_ascii_alphabetic()),
                        "{who}: Latin in «{t}»"
                    ),
                    Lang::En => {}
                }
            }
        }
    }
}
