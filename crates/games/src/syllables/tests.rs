use serde::Deserialize;
use serde_json::json;

use super::*;

#[derive(Deserialize)]
struct LevelVector {
    level: u32,
    words: usize,
    distractors: usize,
    min: usize,
    max: usize,
    limit_ms: i64,
    pool: usize,
}

#[derive(Deserialize)]
struct PuzzleVector {
    word: usize,
    tiles: Vec<String>,
}

#[derive(Deserialize)]
struct DealVector {
    level: u32,
    seed: u32,
    puzzles: Vec<PuzzleVector>,
}

#[derive(Deserialize)]
struct Game {
    seed: u32,
    level: u32,
    taps: Vec<(i64, i64)>,
    solved: usize,
    mistakes: u32,
    lives: u32,
    score: i64,
    stars: u8,
    passed: bool,
}

#[derive(Deserialize)]
struct Illegal {
    why: String,
    seed: u32,
    level: u32,
    taps: Vec<(i64, i64)>,
}

#[derive(Deserialize)]
struct Vectors {
    levels: Vec<LevelVector>,
    deals: Vec<DealVector>,
    games: Vec<Game>,
    illegal: Vec<Illegal>,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../../vectors/syllables.json")).unwrap()
}

fn config(level: u32) -> Value {
    Syllables.config(level, "uz")
}

#[test]
fn every_levels_numbers_and_pool_match_the_pages() {
    for v in vectors().levels {
        let p = params(v.level);
        assert_eq!(
            (p.words, p.distractors, p.min, p.max, p.limit_ms),
            (v.words, v.distractors, v.min, v.max, v.limit_ms),
            "level {}",
            v.level
        );
        let pool = config(v.level)["pool"].as_array().unwrap().len();
        assert_eq!(pool, v.pool, "level {}", v.level);
    }
}

#[test]
fn the_seed_deals_the_same_words_and_tiles_as_the_page() {
    for v in vectors().deals {
        let pool = pool("uz", &params(v.level));
        let got = deal(v.seed, &pool, &params(v.level));
        let want: Vec<Puzzle> = v
            .puzzles
            .into_iter()
            .map(|p| Puzzle {
                word: p.word,
                tiles: p.tiles,
            })
            .collect();
        assert_eq!(got, want, "level {} seed {}", v.level, v.seed);
    }
}

#[test]
fn whole_rounds_replay_to_the_pages_lives_score_and_stars() {
    for g in vectors().games {
        let pool = pool("uz", &params(g.level));
        let p = params(g.level);
        let t = play(
            &pool,
            &deal(g.seed, &pool, &p),
            g.level,
            p.limit_ms,
            &g.taps,
        )
        .unwrap();
        assert_eq!(
            (t.solved, t.mistakes, t.lives),
            (g.solved, g.mistakes, g.lives),
            "seed {}",
            g.seed
        );
        let log = json!({"taps": g.taps});
        let o = Syllables
            .replay(g.seed, g.level, &config(g.level), &log)
            .unwrap();
        assert_eq!(
            o,
            Outcome {
                score: g.score,
                stars: g.stars,
                passed: g.passed
            },
            "seed {} level {}",
            g.seed,
            g.level
        );
    }
}

#[test]
fn the_replay_refuses_taps_the_rules_do_not_allow() {
    for bad in vectors().illegal {
        let log = json!({"taps": bad.taps});
        let r = Syllables.replay(bad.seed, bad.level, &config(bad.level), &log);
        assert!(
            matches!(r, Err(ReplayError::Illegal(_))),
            "{}: {r:?}",
            bad.why
        );
    }
    let r = Syllables.replay(1, 1, &config(1), &json!({"taps": [[0, "ol"]]}));
    assert!(matches!(r, Err(ReplayError::Malformed(_))));
}

#[test]
fn a_perfect_round_earns_three_stars_and_six_coins() {
    let o = Outcome {
        score: 100,
        stars: 3,
        passed: true,
    };
    assert_eq!(Syllables.coins(&o), 6);
    assert_eq!(Syllables.coins(&Outcome { passed: false, ..o }), 0);
}

#[test]
fn the_word_list_is_long_enough_for_every_level_and_its_words_are_distinct() {
    let list = words::list("uz");
    assert!(list.len() >= 108, "{} words", list.len());
    for level in 1..=LEVELS {
        let p = params(level);
        assert!(pool("uz", &p).len() >= 3 * p.words, "level {level}");
    }
    let mut seen: Vec<&str> = Vec::new();
    for w in list {
        assert!(!seen.contains(&w.word.as_str()), "{} twice", w.word);
        seen.push(&w.word);
        assert!((1..=4).contains(&w.syllables.len()), "{}", w.word);
        assert!(!w.emoji.trim().is_empty(), "{} has a picture", w.word);
    }
    let emojis: std::collections::BTreeSet<&str> = list.iter().map(|w| w.emoji.as_str()).collect();
    assert_eq!(emojis.len(), list.len(), "each picture shows one word");
}

#[test]
fn every_word_is_split_into_syllables_by_the_uzbek_rule() {
    for w in words::list("uz") {
        assert_eq!(words::follows_the_rule(w), Ok(()), "{}", w.word);
    }
}

#[test]
fn uzbek_words_write_oʻ_and_gʻ_with_the_turned_comma_and_only_uzbek_letters() {
    for w in words::list("uz") {
        assert!(
            w.word
                .chars()
                .all(|c| "abcdefghijklmnopqrstuvxyzʻʼ".contains(c)),
            "{}",
            w.word
        );
        assert_eq!(
            w.word.matches('c').count(),
            w.word.matches("ch").count(),
            "{}",
            w.word
        );
        for (i, c) in w.word.char_indices() {
            if c == 'ʻ' {
                assert!(
                    matches!(&w.word[..i].chars().last(), Some('o' | 'g')),
                    "{}",
                    w.word
                );
            }
        }
    }
}

#[test]
fn the_rule_check_catches_wrong_splits() {
    let w = |s: &[&str]| Word {
        word: s.concat(),
        syllables: s.iter().map(|x| x.to_string()).collect(),
        emoji: "🍎".into(),
    };
    assert!(words::follows_the_rule(&w(&["ol", "ma"])).is_ok());
    assert!(
        words::follows_the_rule(&w(&["o", "lma"])).is_err(),
        "two consonants split"
    );
    assert!(
        words::follows_the_rule(&w(&["kit", "ob"])).is_err(),
        "one consonant opens"
    );
    assert!(
        words::follows_the_rule(&w(&["mus", "huk"])).is_err(),
        "sh stays whole"
    );
    assert!(
        words::follows_the_rule(&w(&["qo", "ʻy"])).is_err(),
        "oʻ stays whole"
    );
    assert!(
        words::follows_the_rule(&w(&["olma"])).is_err(),
        "one vowel a syllable"
    );
    assert!(words::follows_the_rule(&w(&["chi", "girt", "ka"])).is_ok());
    assert!(words::follows_the_rule(&w(&["chi", "gir", "tka"])).is_err());
}

#[test]
fn every_russian_word_is_split_as_primary_school_teaches() {
    let list = words::list("ru");
    assert!(list.len() >= 108, "{} words", list.len());
    for w in list {
        assert_eq!(words::follows_the_russian_rule(w), Ok(()), "{}", w.word);
        assert!((1..=4).contains(&w.syllables.len()), "{}", w.word);
    }
    for level in 1..=LEVELS {
        let p = params(level);
        assert!(pool("ru", &p).len() >= 3 * p.words, "level {level}");
    }
    let emojis: std::collections::BTreeSet<&str> = list.iter().map(|w| w.emoji.as_str()).collect();
    assert_eq!(emojis.len(), list.len(), "each picture shows one word");
    let w = |s: &[&str]| Word {
        word: s.concat(),
        syllables: s.iter().map(|x| x.to_string()).collect(),
        emoji: "🍎".into(),
    };
    assert!(words::follows_the_russian_rule(&w(&["я", "бло", "ко"])).is_ok());
    assert!(words::follows_the_russian_rule(&w(&["ку", "кла"])).is_ok());
    assert!(words::follows_the_russian_rule(&w(&["кук", "ла"])).is_err());
    assert!(words::follows_the_russian_rule(&w(&["ла", "мпа"])).is_err());
    assert!(words::follows_the_russian_rule(&w(&["паль", "ма"])).is_ok());
    assert!(words::follows_the_russian_rule(&w(&["ма", "ма", "мама"])).is_err());
}

#[test]
fn a_russian_child_plays_russian_words_and_an_english_child_uzbek_ones() {
    let ru = Syllables.config(1, "ru");
    assert!(ru["pool"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["word"] == "лиса"));
    let en = Syllables.config(1, "en");
    assert!(en["pool"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["word"] == "olma"));
}
