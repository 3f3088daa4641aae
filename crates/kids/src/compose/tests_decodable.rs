//! Decodable stories: every word splits into the learned letters, in the alphabet's order.

use questions::model::question::Body;

use super::bank::BANK;
use super::letters::{readable, split_letters, words};
use super::tests::script_ok;
use super::*;

/// The Uzbek letters in the order the Harf alphabet teaches them.
fn alphabet() -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("../../../alphabets/content/uz.json")).unwrap();
    v["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["lower"].as_str().unwrap().to_string())
        .collect()
}

fn check(letters: &[String], s: &Story, age: Age) {
    assert!(
        (3..=if age == Age::Young { 4 } else { 6 }).contains(&s.paragraphs.len()),
        "{:?}",
        s.paragraphs
    );
    assert_eq!(s.pictures.len(), s.paragraphs.len());
    for p in &s.paragraphs {
        for w in words(p) {
            assert!(
                split_letters(&w, letters).is_some(),
                "{w} in {p:?} with {letters:?}"
            );
        }
        assert!(p.ends_with(['.', '!', '?']), "{p}");
        script_ok(Lang::Uz, p).unwrap();
    }
    assert!(readable(&s.title, letters), "{}", s.title);
    assert!((2..=3).contains(&s.questions.len()), "{:?}", s.questions);
    for q in &s.questions {
        let Body::Single { options, correct } = &q.body else {
            panic!("not single")
        };
        assert!(*correct < options.len() && options.len() == 3);
        let mut u = options.clone();
        u.sort();
        u.dedup();
        assert_eq!(u.len(), 3, "{options:?}");
    }
}

#[test]
fn stories_use_only_learned_letters() {
    let abc = alphabet();
    assert_eq!(abc.len(), 30);
    for n in [6, 10, 15, 18, 20, 24, 30] {
        let letters = &abc[..n];
        for age in [Age::Young, Age::Older] {
            for seed in 0..20 {
                match decodable(letters, age, seed) {
                    Ok(s) => check(letters, &s, age),
                    Err(e) => {
                        assert_eq!(e, ComposeError::NotEnoughLetters);
                        assert!(n < 15, "{n} letters gave no story");
                    }
                }
            }
        }
    }
    let few: Vec<String> = ["a", "b"].map(String::from).to_vec();
    assert_eq!(
        decodable(&few, Age::Young, 1),
        Err(ComposeError::NotEnoughLetters)
    );
    assert_eq!(
        decodable(&abc[..6], Age::Young, 1),
        Err(ComposeError::NotEnoughLetters)
    );
}

#[test]
fn stories_vary_and_repeat_by_seed() {
    let abc = alphabet();
    assert_eq!(
        decodable(&abc, Age::Older, 9),
        decodable(&abc, Age::Older, 9)
    );
    let texts: std::collections::BTreeSet<_> = (0..10)
        .map(|s| decodable(&abc[..20], Age::Young, s).unwrap().paragraphs)
        .collect();
    assert!(texts.len() >= 3);
}

#[test]
fn word_bank_is_big_and_sentences_use_its_words() {
    let bank = &*BANK;
    assert!(bank.words.len() >= 150, "{}", bank.words.len());
    let known: std::collections::BTreeSet<String> =
        bank.words.iter().map(|w| w.w.to_lowercase()).collect();
    assert_eq!(known.len(), bank.words.len(), "duplicate words");
    for w in &bank.words {
        script_ok(Lang::Uz, &w.w).unwrap();
    }
    for f in &bank.stories {
        assert!(f.slots.contains_key("p"), "{}", f.id);
        assert!((3..=6).contains(&f.sentences.len()), "{}", f.id);
        for kind in f.slots.values() {
            assert!(
                bank.words
                    .iter()
                    .filter(|w| w.is(kind) && !w.e.is_empty())
                    .count()
                    >= 3,
                "{kind}"
            );
        }
        for line in &f.sentences {
            let fixed: String = line
                .t
                .split(['{', '}'])
                .step_by(2)
                .collect::<Vec<_>>()
                .join(" ");
            for w in words(&fixed) {
                assert!(known.contains(&w), "{}: {w} not in the word bank", f.id);
            }
            if let Some(a) = &line.a {
                assert!(f.slots.contains_key(a) && line.q.is_some(), "{}", f.id);
            }
        }
    }
}
