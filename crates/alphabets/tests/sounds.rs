//! First sounds: the built-in words pass, and the words the content review found wrong (or
//! words like them) are caught, so a future wrong word fails here and not in a child's ear.

use std::collections::HashMap;

use alphabets::sounds::{self, phonemes, russian_stress};
use alphabets::{Content, Position, Word, CONTENT};

fn word(text: &str, stress: Option<&str>, ipa: Option<&str>) -> Word {
    Word {
        text: text.into(),
        emoji: "🙂".into(),
        meaning: HashMap::new(),
        stress: stress.map(Into::into),
        ipa: ipa.map(Into::into),
    }
}

/// The content with `words` put on card `id` instead of its own, and the problems found there.
fn problems_with(id: &str, words: Vec<Word>) -> Vec<String> {
    let mut content = Content::parse().expect("content parses");
    let card = content
        .alphabets
        .iter_mut()
        .flat_map(|a| a.cards.iter_mut())
        .find(|c| c.id == id)
        .expect("card exists");
    card.words = words;
    sounds::problems(&content)
        .into_iter()
        .filter(|p| p.starts_with(&format!("{id}:")))
        .collect()
}

fn assert_caught(found: &[String], word: &str) {
    assert!(
        found.iter().any(|p| p.contains(&format!(" {word} "))),
        "{word} should be refused: {found:#?}"
    );
}

#[test]
fn every_built_in_picture_word_starts_with_its_cards_sound() {
    let found = sounds::problems(&CONTENT);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn russian_o_words_whose_first_o_is_unstressed_are_refused() {
    let found = problems_with(
        "ru-o",
        vec![
            word("Обезьяна", Some("Обезья́на"), None),
            word("Огурец", None, None),
            word("Очки", Some("Очки́"), None),
            word("Облако", Some("О́блако"), None),
        ],
    );
    for bad in ["Обезьяна", "Огурец", "Очки"] {
        assert_caught(&found, bad);
    }
    assert_eq!(found.len(), 3, "Облако is right: {found:#?}");
}

#[test]
fn the_stress_rule_holds_for_every_reducing_vowel_on_a_start_card() {
    let mut content = Content::parse().expect("content parses");
    let ru = content
        .alphabets
        .iter_mut()
        .find(|a| a.alphabet == "ru")
        .unwrap();
    let ye = ru.cards.iter_mut().find(|c| c.id == "ru-ye").unwrap();
    ye.position = Position::Start;
    ye.words = vec![
        word("Енот", Some("Ено́т"), None),
        word("Ель", Some("Е́ль"), None),
    ];
    let ya = ru.cards.iter_mut().find(|c| c.id == "ru-ya").unwrap();
    ya.words.push(word("Яйцо", Some("Яйцо́"), None));
    let found = sounds::problems(&content);
    assert_caught(&found, "Енот");
    assert_caught(&found, "Яйцо");
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn a_stress_mark_must_be_one_mark_after_a_vowel_of_the_same_word() {
    assert_eq!(russian_stress("Облако", "О́блако"), Ok(0));
    assert_eq!(russian_stress("Ящерица", "Я́щерица"), Ok(0));
    assert!(russian_stress("Облако", "Облако").is_err(), "no mark");
    assert!(russian_stress("Облако", "О́бла́ко").is_err(), "two marks");
    assert!(
        russian_stress("Облако", "Об́лако").is_err(),
        "after a consonant"
    );
    assert!(russian_stress("Облако", "О́блака").is_err(), "another word");
    let found = problems_with(
        "ru-myagkij",
        vec![
            word("Лошадь", Some("Лошадь"), None),
            word("Ёлочка", Some("Ёло́чка"), None),
        ],
    );
    assert_caught(&found, "Лошадь");
    assert_caught(&found, "Ёлочка");
}

#[test]
fn english_words_whose_first_letter_says_another_sound_are_refused() {
    let cases = [
        ("en-o", "Owl", "aʊl"),
        ("en-i", "Ice cream", "ˌaɪs ˈkriːm"),
        ("en-i", "Island", "ˈaɪlənd"),
        ("en-u", "Unicorn", "ˈjuːnɪkɔːn"),
        ("en-u", "UFO", "ˌjuː ef ˈəʊ"),
        ("en-a", "Acorn", "ˈeɪkɔːn"),
        ("en-e", "Eight", "eɪt"),
        ("en-g", "Giraffe", "dʒəˈrɑːf"),
        ("en-c", "City", "ˈsɪti"),
        ("en-k", "Knife", "naɪf"),
        ("en-h", "Hour", "ˈaʊə"),
        ("en-w", "Wrist", "rɪst"),
        ("en-x", "Xylophone", "ˈzaɪləfəʊn"),
        ("en-x", "Xmas tree", "ˈkrɪsməs triː"),
    ];
    for (card, text, ipa) in cases {
        let found = problems_with(card, vec![word(text, None, Some(ipa))]);
        assert_caught(&found, text);
    }
    let right = problems_with("en-x", vec![word("Box", None, Some("bɒks"))]);
    assert!(right.is_empty(), "{right:#?}");
    let unsaid = problems_with("en-a", vec![word("Apple", None, None)]);
    assert!(unsaid[0].contains("no pronunciation"), "{unsaid:#?}");
}

#[test]
fn ipa_is_read_phoneme_by_phoneme() {
    assert_eq!(phonemes("ˈdʒʌɡlə"), ["dʒ", "ʌ", "ɡ", "l", "ə"]);
    assert_eq!(phonemes("eɪt"), ["eɪ", "t"]);
    assert_eq!(phonemes("ˈzebrə ˈkrɒsɪŋ")[..2], ["z", "e"]);
    assert_eq!(phonemes("gɪft")[0], "ɡ", "a typed g is the IPA ɡ");
}

#[test]
fn uzbek_words_are_heard_by_their_first_letter_or_digraph() {
    let found = problems_with(
        "uz-s",
        vec![
            word("Sher", None, None),
            word("Chumoli", None, None),
            word("Sabzi", None, None),
        ],
    );
    assert_caught(&found, "Sher");
    assert_caught(&found, "Chumoli");
    assert_eq!(found.len(), 2, "Sabzi is right: {found:#?}");
    let o = problems_with("uz-o", vec![word("Oʻrdak", None, None)]);
    assert_caught(&o, "Oʻrdak");
    let marks = problems_with("uz-a", vec![word("Ayiq", Some("А́йик"), Some("ajɪq"))]);
    assert_eq!(
        marks.len(),
        2,
        "Uzbek words carry no stress or ipa: {marks:#?}"
    );
}
