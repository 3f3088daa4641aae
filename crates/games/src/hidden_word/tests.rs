use serde::Deserialize;
use serde_json::json;

use super::*;

#[derive(Deserialize)]
struct ConfigVector {
    lang: String,
    level: u32,
    word: Vec<String>,
    emoji: String,
    extras: usize,
}

#[derive(Deserialize)]
struct DealVector {
    lang: String,
    level: u32,
    seed: u32,
    key: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Game {
    lang: String,
    level: u32,
    seed: u32,
    letters: Vec<(i64, String)>,
    mistakes: u32,
    score: i64,
    stars: u8,
    passed: bool,
}

#[derive(Deserialize)]
struct Illegal {
    why: String,
    lang: String,
    level: u32,
    seed: u32,
    letters: Vec<(i64, String)>,
}

#[derive(Deserialize)]
struct Vectors {
    configs: Vec<ConfigVector>,
    deals: Vec<DealVector>,
    games: Vec<Game>,
    illegal: Vec<Illegal>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../../vectors/hidden-word.json")).unwrap()
}

#[test]
fn every_levels_word_and_key_size_match_the_pages() {
    for v in vectors().configs {
        let c = HiddenWord.config(v.level, &v.lang);
        assert_eq!(c["word"], json!(v.word), "{} {}", v.lang, v.level);
        assert_eq!(c["emoji"], json!(v.emoji));
        assert_eq!(c["extras"], json!(v.extras));
    }
}

#[test]
fn the_seed_draws_the_same_key_as_the_page() {
    for v in vectors().deals {
        let c = HiddenWord.config(v.level, &v.lang);
        let word: Vec<String> = serde_json::from_value(c["word"].clone()).unwrap();
        let got = deal(v.seed, &word, &alphabet(&v.lang), extras(v.level));
        assert_eq!(got, v.key, "{} {} seed {}", v.lang, v.level, v.seed);
    }
}

#[test]
fn whole_rounds_replay_to_the_pages_mistakes_score_and_stars() {
    for g in vectors().games {
        let c = HiddenWord.config(g.level, &g.lang);
        let word: Vec<String> = serde_json::from_value(c["word"].clone()).unwrap();
        let key = deal(g.seed, &word, &alphabet(&g.lang), extras(g.level));
        assert_eq!(play(&word, &key, &g.letters).unwrap().mistakes, g.mistakes);
        let o = HiddenWord
            .replay(g.seed, g.level, &c, &json!({"letters": g.letters}))
            .unwrap();
        let want = Outcome {
            score: g.score,
            stars: g.stars,
            passed: g.passed,
        };
        assert_eq!(o, want, "{} {} seed {}", g.lang, g.level, g.seed);
    }
}

#[test]
fn the_replay_refuses_letters_the_rules_do_not_allow() {
    for bad in vectors().illegal {
        let c = HiddenWord.config(bad.level, &bad.lang);
        let r = HiddenWord.replay(bad.seed, bad.level, &c, &json!({"letters": bad.letters}));
        assert!(
            matches!(r, Err(ReplayError::Illegal(_))),
            "{}: {r:?}",
            bad.why
        );
    }
    let c = HiddenWord.config(1, "uz");
    let r = HiddenWord.replay(1, 1, &c, &json!({"letters": [[0, 1]]}));
    assert!(matches!(r, Err(ReplayError::Malformed(_))));
}

#[test]
fn each_language_has_a_hundred_words_written_in_its_own_alphabets_letters() {
    for lang in ["uz", "ru", "en"] {
        let words = list(lang);
        let alphabet = alphabet(lang);
        assert_eq!(words.len(), LEVELS as usize, "{lang}");
        let mut longest = 0;
        for e in words {
            let Some(l) = letters(&e.word, &alphabet) else {
                panic!(
                    "{lang}: {} is not written in the alphabet's letters",
                    e.word
                );
            };
            assert!(l.len() >= 2, "{lang}: {} is too short", e.word);
            assert!(
                l.len() >= longest,
                "{lang}: {} comes after a longer word",
                e.word
            );
            longest = l.len();
            assert!(!e.emoji.is_empty());
        }
        assert!(longest >= 9, "{lang}: the last levels have long words");
    }
    assert_eq!(list("uz")[0].word, "oy");
    let uz = alphabet("uz");
    assert_eq!(
        letters("yongʻoq", &uz).unwrap(),
        ["y", "o", "n", "gʻ", "o", "q"]
    );
    assert_eq!(letters("qoʻy", &uz).unwrap(), ["q", "oʻ", "y"]);
    assert_eq!(letters("shim", &uz).unwrap(), ["sh", "i", "m"]);
    assert!(list("uz").iter().any(|e| e.word == "muzqaymoq"));
    assert!(list("uz").iter().any(|e| e.word == "kompyuter"));
}

#[test]
fn the_key_holds_every_letter_of_the_word_once_and_the_extras() {
    let word: Vec<String> = ["k", "i", "v", "i"].map(String::from).to_vec();
    let key = deal(7, &word, &alphabet("en"), 3);
    assert_eq!(key.len(), 6);
    for l in ["k", "i", "v"] {
        assert_eq!(key.iter().filter(|(k, _)| k == l).count(), 1);
    }
    let pictures: std::collections::BTreeSet<_> = key.iter().map(|(_, p)| p).collect();
    assert_eq!(pictures.len(), 6, "each letter its own picture");
}

#[test]
fn stars_follow_the_mistakes() {
    assert_eq!((stars(0), stars(2), stars(3)), (3, 2, 1));
    let o = Outcome {
        score: 30,
        stars: 2,
        passed: true,
    };
    assert_eq!(HiddenWord.coins(&o), 2);
}
