use serde::Deserialize;

use super::*;

#[derive(Deserialize)]
struct DrawVector {
    lang: String,
    level: u32,
    seed: u32,
    items: Vec<String>,
}

#[derive(Deserialize)]
struct Typed {
    item: String,
    typed: String,
    normal: String,
    points: i64,
}

#[derive(Deserialize)]
struct Round {
    lang: String,
    level: u32,
    seed: u32,
    answers: Vec<(i64, String)>,
    score: i64,
    stars: u8,
    passed: bool,
}

#[derive(Deserialize)]
struct Illegal {
    why: String,
    answers: Vec<(i64, String)>,
}

#[derive(Deserialize)]
struct Vectors {
    draws: Vec<DrawVector>,
    typed: Vec<Typed>,
    rounds: Vec<Round>,
    illegal: Vec<Illegal>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../vectors/dictation.json")).unwrap()
}

fn log(answers: &[(i64, String)]) -> Value {
    json!({"answers": answers.iter().map(|(ms, t)| json!([ms, t])).collect::<Vec<_>>()})
}

#[test]
fn the_seed_draws_the_same_items_as_the_page() {
    for v in vectors().draws {
        assert_eq!(
            draw(v.seed, v.level, &v.lang),
            v.items,
            "{} level {} seed {}",
            v.lang,
            v.level,
            v.seed
        );
        let config = Dictation.round_config(v.seed, v.level, &v.lang);
        assert_eq!(config["items"], json!(v.items));
    }
}

#[test]
fn answers_are_normalised_and_scored_as_the_page_does() {
    for t in vectors().typed {
        assert_eq!(normalise(&t.typed), t.normal, "{:?}", t.typed);
        assert_eq!(
            points(&t.item, &t.typed),
            t.points,
            "{:?} for {:?}",
            t.typed,
            t.item
        );
    }
    assert_eq!(
        normalise("Oʻgʻil!"),
        normalise("o'g'il"),
        "Harf's apostrophes"
    );
}

#[test]
fn whole_rounds_replay_to_the_pages_score_and_stars() {
    for r in vectors().rounds {
        let config = json!({"lang": r.lang});
        assert_eq!(
            Dictation.replay(r.seed, r.level, &config, &log(&r.answers)),
            Ok(Outcome {
                score: r.score,
                stars: r.stars,
                passed: r.passed
            }),
            "{} level {}",
            r.lang,
            r.level
        );
    }
}

#[test]
fn logs_the_rules_do_not_allow_are_refused() {
    let config = json!({"lang": "uz"});
    for bad in vectors().illegal {
        let out = Dictation.replay(1, 1, &config, &log(&bad.answers));
        assert!(out.is_err(), "{}", bad.why);
    }
    let malformed = Dictation.replay(1, 1, &config, &json!({"answers": [[1, 2]]}));
    assert!(matches!(malformed, Err(ReplayError::Malformed(_))));
}

#[test]
fn levels_go_from_words_to_phrases_to_sentences_and_every_list_is_long_enough() {
    assert_eq!(Kind::of(40).0, Kind::Words);
    assert_eq!(Kind::of(41).0, Kind::Phrases);
    assert_eq!(Kind::of(71).0, Kind::Sentences);
    for lang in ["uz", "ru", "en"] {
        let l = lists(lang);
        assert!(l.words.len() >= 60 && l.phrases.len() >= 30 && l.sentences.len() >= 30);
        for (list, words) in [
            (&l.words, 1..=1),
            (&l.phrases, 2..=3),
            (&l.sentences, 4..=6),
        ] {
            for item in list.iter() {
                let n = item.split_whitespace().count();
                assert!(words.contains(&n), "{lang}: {item:?} has {n} words");
            }
        }
    }
}

#[test]
fn uzbek_items_use_the_proper_apostrophes() {
    let l = lists("uz");
    for item in l.words.iter().chain(&l.phrases).chain(&l.sentences) {
        assert!(!item.contains(['\'', '‘', '’', '`']), "{item:?}");
        for (i, c) in item.char_indices() {
            if c == 'ʻ' {
                let before = item[..i].chars().last();
                assert!(matches!(before, Some('o' | 'O' | 'g' | 'G')), "{item:?}");
            }
        }
    }
}
