//! What a new password must not be: one of the most common passwords, a trivial pattern (one
//! character repeated, a sequence, a keyboard row, only spaces) or the account's own e-mail,
//! phone or name. Existing passwords are never re-checked: their owners keep logging in.

use std::collections::HashSet;
use std::sync::OnceLock;

use kernel::error::FieldError;

/// The most common passwords, one a line, lower case (see the file's own header).
const COMMON: &str = include_str!("../../content/common-passwords.txt");

/// Rows of the Latin (QWERTY) and Russian (ЙЦУКЕН) keyboards, and the usual column walks.
const KEYBOARD_RUNS: [&str; 10] = [
    "`1234567890-=",
    "qwertyuiop[]",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "ёйцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
    "1q2w3e4r5t6y7u8i9o0p",
    "qazwsxedcrfvtgbyhnujmikolp",
];

fn common() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(fold)
            .collect()
    })
}

/// Lower case without spaces and with Uzbek apostrophes dropped, so `Parol 123`, `parol123`
/// and `Oʻzbekiston` meet their list entries.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '`' | 'ʻ' | 'ʼ' | '‘' | '’'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Refuses a new password that is common, trivial or the account's own identifier.
/// `personal` holds the e-mail, phone and name the account is known by (any may be empty).
pub fn check(field: &str, password: &str, personal: &[&str]) -> Result<(), FieldError> {
    let folded = fold(password);
    if folded.is_empty() || is_trivial(&folded) {
        return Err(FieldError::new(field, "field-password-too-simple"));
    }
    if is_common(&folded) {
        return Err(FieldError::new(field, "field-password-too-common"));
    }
    if personal.iter().any(|p| is_like(&folded, p)) {
        return Err(FieldError::new(field, "field-password-like-account"));
    }
    Ok(())
}

/// In the list as typed, or a listed word with a short trivial tail (`parol2024`, `salom!!`).
fn is_common(folded: &str) -> bool {
    let list = common();
    if list.contains(folded) {
        return true;
    }
    let stem = folded.trim_end_matches(|c: char| !c.is_alphabetic());
    let tail = &folded[stem.len()..];
    stem.chars().count() >= 3
        && !tail.is_empty()
        && tail.chars().count() <= 4
        && list.contains(stem)
}

/// One character repeated, a short unit repeated, a run of a sequence or of a keyboard row.
fn is_trivial(folded: &str) -> bool {
    let chars: Vec<char> = folded.chars().collect();
    is_repeated_unit(&chars) || is_sequence(&chars) || is_keyboard_run(folded)
}

/// `aaaaaa`, `121212`, `abcabc`: a unit of at most half the length (and at most four
/// characters) repeated to the end.
fn is_repeated_unit(chars: &[char]) -> bool {
    let n = chars.len();
    (1..=4.min(n / 2))
        .any(|unit| n.is_multiple_of(unit) && chars.chunks(unit).all(|c| c == &chars[..unit]))
}

/// `12345678`, `87654321`, `abcdefg`, `7890123`: each character one step up (or each one step
/// down) from the last; `0` follows `9`.
fn is_sequence(chars: &[char]) -> bool {
    if chars.len() < 3 {
        return false;
    }
    let step = |a: char, b: char| -> Option<i32> {
        if a.is_ascii_digit() && b.is_ascii_digit() {
            let (a, b) = (a as i32 - '0' as i32, b as i32 - '0' as i32);
            return Some((b - a).rem_euclid(10)).map(|d| if d == 9 { -1 } else { d });
        }
        (a.is_alphabetic() && b.is_alphabetic()).then(|| b as i32 - a as i32)
    };
    let first = step(chars[0], chars[1]);
    matches!(first, Some(1) | Some(-1)) && chars.windows(2).all(|w| step(w[0], w[1]) == first)
}

/// A run of at least four keys along a keyboard row or walk, either way (`qwerty`, `йцукен`,
/// `ytrewq`, `1qaz2wsx`).
fn is_keyboard_run(folded: &str) -> bool {
    folded.chars().count() >= 4
        && KEYBOARD_RUNS.iter().any(|row| {
            let reversed: String = row.chars().rev().collect();
            row.contains(folded) || reversed.contains(folded)
        })
}

/// The password is the e-mail (or its part before `@`), the phone (with or without the
/// country code) or the name.
fn is_like(folded: &str, personal: &str) -> bool {
    let p = fold(personal);
    if p.is_empty() {
        return false;
    }
    let local = p.split('@').next().unwrap_or_default();
    let digits: String = p.chars().filter(char::is_ascii_digit).collect();
    let pw_digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    folded == p
        || (local.chars().count() >= 3 && folded == local)
        || (digits.len() >= 7
            && pw_digits.len() == folded.chars().count()
            && digits.ends_with(&pw_digits)
            && pw_digits.len() >= 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(pw: &str, personal: &[&str]) -> Option<String> {
        check("password", pw, personal)
            .err()
            .map(|e| e.key.into_owned())
    }

    #[test]
    fn refuses_common_and_trivial_passwords_and_accepts_real_ones() {
        for pw in [
            "password",
            "qwerty123",
            "parol",
            "parol123",
            "iloveyou",
            "gfhjkm",
            "Salom123",
            "uzbekistan",
            "Oʻzbekiston",
            "P@ssw0rd",
            "password1!",
        ] {
            assert_eq!(
                code(pw, &[]).as_deref(),
                Some("field-password-too-common"),
                "{pw}"
            );
        }
        for pw in [
            "        ",
            "12345678",
            "123456",
            "йцукен",
            "aaaaaaaa",
            "abcdefg",
            "87654321",
            "7890123",
            "121212",
            "abcabcabc",
            "asdfghjk",
            "ytrewq",
            "фывапр",
            "1qaz2wsx",
            "ZZZZZZ",
        ] {
            assert_eq!(
                code(pw, &[]).as_deref(),
                Some("field-password-too-simple"),
                "{pw}"
            );
        }
        for pw in [
            "correct horse 1",
            "lola123",
            "qizil olma 7",
            "Samarqand-2019",
            "kitob7ayiq",
            "tiger5moon",
        ] {
            assert_eq!(code(pw, &[]), None, "{pw}");
        }
    }

    #[test]
    fn refuses_the_accounts_own_email_phone_or_name() {
        let me = [
            "dilnoza.karimova@mail.uz",
            "+998935551177",
            "Dilnoza Karimova",
        ];
        for pw in [
            "dilnoza.karimova",
            "DILNOZA.KARIMOVA@mail.uz",
            "935551177",
            "998935551177",
            "dilnoza karimova",
        ] {
            assert_eq!(
                code(pw, &me).as_deref(),
                Some("field-password-like-account"),
                "{pw}"
            );
        }
        assert_eq!(code("dilnoza in spring 7", &me), None);
    }
}
