use super::lists::{self, Place};
use super::{clean, key, NameError};
use std::collections::HashSet;

#[test]
fn a_name_is_trimmed_and_its_spaces_collapsed() {
    assert_eq!(clean("  Ali \t  Valiyev "), Ok("Ali Valiyev".into()));
    assert_eq!(clean("Ali\u{00A0}\u{00A0}Vali"), Ok("Ali Vali".into()));
}

#[test]
fn styled_letters_are_written_plainly() {
    assert_eq!(clean("Ａｌｉ"), Ok("Ali".into()));
    assert_eq!(clean("𝐀𝐥𝐢"), Ok("Ali".into()));
}

#[test]
fn a_name_has_two_to_twenty_characters() {
    assert_eq!(clean(""), Err(NameError::TooShort));
    assert_eq!(clean("   "), Err(NameError::TooShort));
    assert_eq!(clean("A"), Err(NameError::TooShort));
    assert_eq!(clean("Al"), Ok("Al".into()));
    assert_eq!(clean(&"a".repeat(20)), Ok("a".repeat(20)));
    assert_eq!(clean(&"a".repeat(21)), Err(NameError::TooLong));
    // Characters, not bytes: twenty Cyrillic letters are forty bytes.
    assert_eq!(clean(&"ж".repeat(20)), Ok("ж".repeat(20)));
    // Spaces outside and runs inside do not count.
    assert_eq!(clean("  Ali      Vali  ").map(|n| n.chars().count()), Ok(8));
}

#[test]
fn uzbek_apostrophes_are_written_as_design_asks() {
    for typed in [
        "O'g'iloy",
        "O‘g‘iloy",
        "O’g’iloy",
        "O`g`iloy",
        "Oʻgʻiloy",
        "O´g´iloy",
    ] {
        assert_eq!(clean(typed), Ok("O\u{02BB}g\u{02BB}iloy".into()), "{typed}");
    }
    assert_eq!(clean("Ma'mura"), Ok("Ma\u{02BC}mura".into()));
    assert_eq!(clean("Sa`dulla"), Ok("Sa\u{02BC}dulla".into()));
}

#[test]
fn letters_of_any_script_digits_and_a_few_signs_are_allowed() {
    for ok in [
        "Ali_2015",
        "Ali-Vali",
        "A.Vali",
        "Анна",
        "Ўткир",
        "Ψυχή",
        "민준",
        "さくら",
        "علي",
    ] {
        assert_eq!(clean(ok), Ok(ok.into()), "{ok}");
    }
}

#[test]
fn emoji_symbols_and_invisible_characters_are_refused() {
    let bad = [
        "Ali😀",
        "Ali❤",
        "Ali!",
        "A@li",
        "Ali#1",
        "<b>Ali",
        "Ali\u{0007}",
        "Al\u{200B}i",
        "Al\u{200D}i",
        "Ali\u{202E}ilA",
        "Al\u{2066}i",
        "Al\u{00AD}i",
        "Ali\u{FE0F}",
        "Ali\u{0301}\u{0301}",
        "ᴀʟɪ",
        "ᎪᏞᏆ",
    ];
    for name in bad {
        assert_eq!(clean(name), Err(NameError::BadCharacters), "{name:?}");
    }
}

#[test]
fn a_name_without_a_letter_is_refused() {
    for name in ["12345", "2015", "-_-", "...", "1 2", "''"] {
        assert_eq!(clean(name), Err(NameError::BadCharacters), "{name}");
    }
}

#[test]
fn each_error_has_its_code() {
    assert_eq!(NameError::TooShort.code(), "live_name_short");
    assert_eq!(NameError::TooLong.code(), "live_name_long");
    assert_eq!(NameError::BadCharacters.code(), "live_name_characters");
    assert_eq!(NameError::Offensive.code(), "live_name_refused");
}

#[test]
fn names_that_look_alike_share_a_key() {
    let ali = key("Ali");
    for same in ["ALI", "A li", "\u{0410}li", "AIi", "a-l.i_", "Alí"] {
        assert_eq!(key(&clean(same).unwrap()), ali, "{same}");
    }
    assert_eq!(key("O\u{02BB}gil"), key(&clean("o'gil").unwrap()));
    assert_eq!(key("Сара"), key("Capa"));
    assert_eq!(key("Алёна"), key("Алена"));
}

#[test]
fn different_names_have_different_keys() {
    assert_ne!(key("Ali"), key("Vali"));
    assert_ne!(key("Ali"), key("Али"));
    assert_ne!(key("Ogil"), key("Oʻgil"));
    assert_ne!(key("Ali1"), key("Ali2"));
}

/// Real first names and everyday words of the three languages, some holding a listed word
/// inside a longer innocent one.
const INNOCENT: &[&str] = &[
    // Uzbek
    "Ali",
    "Vali",
    "Olim",
    "Aziz",
    "Bobur",
    "Jasur",
    "Sardor",
    "Dilnoza",
    "Gulnora",
    "Madina",
    "Sevara",
    "Shahzoda",
    "Oʻgʻiloy",
    "Gʻayrat",
    "Oybek",
    "Otabek",
    "Ulugʻbek",
    "Zarina",
    "Nilufar",
    "Mohira",
    "Kamola",
    "Jahongir",
    "Sanjar",
    "Hasan",
    "Husan",
    "Xurshid",
    "Shoxrux",
    "Doniyor",
    "Asadbek",
    "Abdulla",
    "Muhammad",
    "Yusuf",
    "Ibrohim",
    "Sherzod",
    "Javohir",
    "Laylo",
    "Mubina",
    "Sabina",
    "Ozoda",
    "Farangiz",
    "Amina",
    "Aminjon",
    "Ahmad",
    "Sikandar",
    "Asilbek",
    "Xurshida",
    "Хуршид",
    "Ғайрат",
    "Ўткир",
    "Қодир",
    "Шаҳзода",
    "Элёр",
    "kitob",
    "maktab",
    "olma",
    "qalam",
    "doʻst",
    "bola",
    "sinf",
    "eshit",
    "eshitdim",
    "eshitmoq",
    "kotib",
    "koʻk",
    "koʻz",
    "amaki",
    "amma",
    "mushuk",
    "kuchuk",
    "yulduz",
    "shamol",
    "sichqon",
    "oʻrik",
    "Alifbo",
    "Sevinch",
    "Nazira",
    "Chingiz",
    "Humoyun",
    "Abbos",
    "Nargiza",
    "Dildora",
    "Ravshan",
    "Bekzod",
    "Temur",
    "Asal",
    "Ezoza",
    "Hilola",
    "Robiya",
    "Sugʻdiyona",
    "Xadicha",
    "Fotima",
    "Zuhra",
    "Hasanboy",
    "Xasan",
    "Ahmadjon",
    // Russian
    "Саша",
    "Маша",
    "Даша",
    "Глеб",
    "Михаил",
    "Ксения",
    "Настя",
    "Сергей",
    "Алексей",
    "Дмитрий",
    "Иван",
    "Ассоль",
    "Тимур",
    "Илья",
    "Лиза",
    "Никита",
    "Пётр",
    "Ярослав",
    "Всеволод",
    "Ульяна",
    "Оксана",
    "Сусанна",
    "Эльдар",
    "Елена",
    "Ева",
    "Хлеб",
    "хлеба",
    "Глеба",
    "команда",
    "страна",
    "котик",
    "кот",
    "учеба",
    "ребята",
    "небо",
    "дебют",
    "сучок знаний",
    "Masha",
    "Sasha",
    "Gleb",
    "Dasha",
    "Маргарита",
    "Ангелина",
    "Вероника",
    "Полина",
    "Кирилл",
    "Степан",
    "Ибрагим",
    "Хасан",
    "Хусан",
    "Себастьян",
    // English
    "Emma",
    "Olivia",
    "Harry",
    "Jack",
    "Scott",
    "Matilda",
    "Charlotte",
    "Cassandra",
    "Hancock",
    "Sussex",
    "Essex",
    "Dickens",
    "Bob",
    "Scunthorpe",
    "Peacock",
    "classmate",
    "Assassin",
    "bass",
    "grass",
    "Titanic",
    "Analyst",
    "Cumberbatch",
    "Therapist",
    "Grape",
    "Nigeria",
    "Dumbledore",
    "Badminton",
    "Bitcoin",
    "Pizza",
    "Spice",
    "Hitchcock",
    "Mushroom",
    "Sebastian",
    "Lily",
    "Noah",
    "Liam",
    "Sophia",
    "Daniel",
    "Sakura",
    "Kotlin",
];

#[test]
fn innocent_names_and_words_pass() {
    let refused: Vec<_> = INNOCENT
        .iter()
        .filter(|name| clean(name).is_err())
        .map(|name| format!("{name}: {:?}", clean(name)))
        .collect();
    assert!(refused.is_empty(), "refused: {refused:#?}");
    assert!(INNOCENT.len() >= 40);
}

#[test]
fn disguised_words_are_refused() {
    let disguised = [
        "f u c k",
        "F.U.C.K",
        "fuuuuck",
        "fu-ck",
        "FuCk_you",
        "phuck",
        "sh1t",
        "b1tch",
        "a55",
        "Ali Fuck",
        "сyка",
        "cyka",
        "CYKA blyat",
        "хyй",
        "xуй",
        "пiзда",
        "nизда",
        "6лядь",
        "п и з д а",
        "ёбаный",
        "заебал",
        "Ебать",
        "долбоёб",
        "qo'toq",
        "QO‘TOQ",
        "j4l4b",
        "ja lab",
        "ахмоқ",
        "Admin",
        "SuperAdmin",
        "teacher1",
        "Oʻqituvchi",
        "учительница",
        "alif 24",
        "ALIF24",
        "s3x",
        "p0rn",
        "Pizdec",
        "nahuy",
    ];
    for name in disguised {
        assert_eq!(clean(name), Err(NameError::Offensive), "{name}");
    }
}

#[test]
fn the_lists_load_without_empty_or_duplicate_entries() {
    let mut seen = HashSet::new();
    for (lang, text) in lists::LISTS {
        let entries = lists::parse(text);
        assert!(entries.len() >= 60, "{lang}: {} entries", entries.len());
        assert!(
            text.starts_with('#'),
            "{lang}: the file opens with a comment"
        );
        for e in entries {
            assert!(e.word.chars().count() >= 2, "{lang}: {:?}", e.word);
            assert!(!e.runs.is_empty(), "{lang}: {:?}", e.word);
            assert!(
                e.word
                    .chars()
                    .all(|c| c.is_alphanumeric() || "'ʻʼ".contains(c)),
                "{lang}: {:?} is one word of letters",
                e.word
            );
            assert!(
                e.word == e.word.to_lowercase(),
                "{lang}: {:?} in lower case",
                e.word
            );
            let folded = (e.place, e.cyrillic, e.runs.clone());
            assert!(seen.insert(folded), "{lang}: {:?} is listed twice", e.word);
        }
    }
}

/// The entry with one letter swapped for a look-alike of the other script, if it has one.
fn homoglyph(word: &str) -> Option<String> {
    const PAIRS: &[(char, char)] = &[
        ('a', 'а'),
        ('e', 'е'),
        ('o', 'о'),
        ('p', 'р'),
        ('c', 'с'),
        ('x', 'х'),
        ('y', 'у'),
        ('k', 'к'),
        ('m', 'м'),
        ('t', 'т'),
        ('b', 'в'),
        ('h', 'н'),
    ];
    word.char_indices().find_map(|(i, c)| {
        let swap = PAIRS
            .iter()
            .find_map(|&(l, k)| (c == l).then_some(k).or((c == k).then_some(l)))?;
        Some(format!("{}{swap}{}", &word[..i], &word[i + c.len_utf8()..]))
    })
}

/// The entry with one letter written as a digit, if it has one.
fn leet(word: &str, cyrillic: bool) -> Option<String> {
    let pairs: &[(char, char)] = if cyrillic {
        &[('о', '0'), ('з', '3'), ('ч', '4'), ('б', '6')]
    } else {
        &[
            ('a', '4'),
            ('e', '3'),
            ('i', '1'),
            ('o', '0'),
            ('s', '5'),
            ('t', '7'),
        ]
    };
    word.char_indices().find_map(|(i, c)| {
        let (_, d) = pairs.iter().find(|(l, _)| *l == c)?;
        Some(format!("{}{d}{}", &word[..i], &word[i + c.len_utf8()..]))
    })
}

#[test]
fn every_entry_is_refused_as_typed_and_disguised() {
    let mut failed = Vec::new();
    for e in lists::entries() {
        let w = &e.word;
        let first = w.chars().next().unwrap().len_utf8();
        let last = w.chars().last().unwrap();
        let mut forms = vec![
            w.clone(),
            w.to_uppercase(),
            format!("{w}{last}{last}"),
            format!("{}.{}", &w[..first], &w[first..]),
            format!("{} {}", &w[..first], &w[first..]),
        ];
        forms.extend(homoglyph(w));
        forms.extend(leet(w, e.cyrillic));
        if e.place != Place::Whole {
            // A stem inside a longer word.
            let longer = match e.place {
                Place::Start => format!("{w}ing"),
                Place::End => format!("zz{w}"),
                _ => format!("zz{w}ing"),
            };
            forms.push(longer);
        }
        for form in forms {
            if clean(&form) != Err(NameError::Offensive) {
                failed.push(format!("{w:?} as {form:?}: {:?}", clean(&form)));
            }
        }
    }
    assert!(failed.is_empty(), "not refused: {failed:#?}");
}

#[test]
fn numbers_beside_a_name_are_numbers_not_letters_in_disguise() {
    for name in ["Oʻyinchi 455", "Ali 455", "Vali 2015", "7-A sinf"] {
        assert_eq!(clean(name).as_deref(), Ok(name), "{name}");
    }
    assert_eq!(clean("4ss"), Err(NameError::Offensive));
    assert_eq!(clean("Ali 4ss"), Err(NameError::Offensive));
}
