//! Characters, lengths, whitespace and the Uzbek apostrophes.

use super::ROOM;
use crate::safety::{check_input, check_text, Reason};

#[test]
fn hidden_foreign_and_picture_characters_are_refused_in_input() {
    for text in [
        "A\u{200D}li",
        "Ali\u{200B}",
        "\u{202E}ilA",
        "Ali\u{2066}",
        "Ali\u{0007}",
        "A\u{00AD}li",
        "\u{FEFF}Ali",
        "مرحبا",
        "你好",
        "Ali 😀",
        "🦊",
        "ｆｏｘ",
        "𝐀𝐥𝐢",
        "Z\u{0335}\u{0336}algo",
    ] {
        assert_eq!(check_input(text, ROOM), Err(Reason::Characters), "{text:?}");
    }
}

#[test]
fn letters_of_the_three_languages_are_accepted_in_input() {
    for (text, want) in [
        ("Ali", "Ali"),
        ("Алишер", "Алишер"),
        ("Oʻgʻiloy", "Oʻgʻiloy"),
        ("Ҳилола Ўктамова", "Ҳилола Ўктамова"),
        ("Ёлка", "Ёлка"),
        ("José", "José"),
        ("«Salom!» — dedi u.", "«Salom!» — dedi u."),
        ("Jose\u{301}", "José"),
        ("и\u{306}", "й"),
        ("  Ali   va\tVali \n", "Ali va Vali"),
        ("a\u{A0}b", "a b"),
    ] {
        assert_eq!(check_input(text, ROOM).as_deref(), Ok(want), "{text:?}");
    }
}

#[test]
fn emoji_are_fine_in_a_story_but_hidden_characters_are_not() {
    for text in [
        "The fox 🦊 smiled ☀️",
        "👨‍👩‍👧 went home.",
        "Bob 👍🏽",
        "Chapter 1 — The Fox…",
        "Ha-ha! ★",
    ] {
        assert_eq!(check_text(text, ROOM), Ok(()), "{text:?}");
    }
    for text in [
        "A\u{200D}li",
        "The \u{202E}fox",
        "Ali\u{200B}",
        "مرحبا",
        "你好",
        "Ali\u{0}",
    ] {
        assert_eq!(check_text(text, ROOM), Err(Reason::Characters), "{text:?}");
    }
}

#[test]
fn lengths_count_characters_not_bytes() {
    assert_eq!(check_input("abc", 3).as_deref(), Ok("abc"));
    assert_eq!(check_input("abcd", 3), Err(Reason::TooLong));
    assert_eq!(check_input("ёжик", 4).as_deref(), Ok("ёжик"));
    assert_eq!(check_input("ёжик", 3), Err(Reason::TooLong));
    assert_eq!(check_input("  oʻq  ", 3).as_deref(), Ok("oʻq"));
    assert_eq!(check_input("a   b", 3).as_deref(), Ok("a b"));
    assert_eq!(check_text("🦊🦊", 2), Ok(()));
    assert_eq!(check_text("🦊🦊🦊", 2), Err(Reason::TooLong));
    assert_eq!(check_text("Ёжик", 4), Ok(()));
    assert_eq!(check_text("Ёжик!", 4), Err(Reason::TooLong));
}

#[test]
fn empty_comes_first() {
    for text in ["", "   ", "\n\t", "\u{A0}"] {
        assert_eq!(check_input(text, 0), Err(Reason::Empty), "{text:?}");
        assert_eq!(check_text(text, 0), Err(Reason::Empty), "{text:?}");
    }
}

#[test]
fn uzbek_apostrophes_are_normalised() {
    for (text, want) in [
        ("o'rmon", "oʻrmon"),
        ("o‘rmon", "oʻrmon"),
        ("o’rmon", "oʻrmon"),
        ("o`rmon", "oʻrmon"),
        ("ma'no", "maʼno"),
        ("san`at", "sanʼat"),
        ("g'isht", "gʻisht"),
        ("tog'", "togʻ"),
        ("O'zbekiston", "Oʻzbekiston"),
        ("G‘ALABA", "GʻALABA"),
        ("oʼrmon", "oʻrmon"),
        ("'Salom'", "'Salom'"),
    ] {
        assert_eq!(check_input(text, ROOM).as_deref(), Ok(want), "{text:?}");
    }
}
