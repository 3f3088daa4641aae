//! Inputs that must be refused with examples, and never make the engine panic.

use super::common::refused;
use mathsolve::{examples, solve, Lang};

#[test]
fn refuses_what_it_does_not_fully_understand() {
    let long = "1 + ".repeat(75) + "1";
    let cases = [
        "",
        "   ",
        "hello",
        "what is love",
        "2 + ",
        "+ 2",
        "1/0",
        "5 : 0",
        "5 ÷ 0",
        "x + y = 3",
        "x² = 4",
        "sqrt 4",
        "2^3",
        "2 ** 3",
        "√9",
        &long,
        "😀 + 1",
        "1 + 😀",
        "'; DROP TABLE users; --",
        "<script>alert(1)</script>",
        "{{7*7}}",
        "${jndi:ldap://x}",
        "0 x = 0",
        "x = x + 1",
        "1/3 as a decimal",
        "2 + 3 = 5",
        "2 = 2",
        "5",
        "5 =",
        "-3 + 5",
        "(2 + 3",
        "2 + 3)",
        "((((((((1))))))))",
        "1.2.3 + 1",
        "3,5,6 + 1",
        "2 1/3 =",
        "10000000000000 + 1",
        "12345678 + 1",
        "12345 × 123",
        "1234 : 1234",
        "1/3 + 0.5",
        "3 apples + 2 apples",
        "5 m + 3 kg",
        "3 m 120 cm = ? cm",
        "20 cm 3 m = ? cm",
        "2 parsec = ? m",
        "x + 1 = ?",
        "2 ? 3 ? 4",
        "47 < 74",
        "3 − 5 ? 0",
        "1.0000001 + 1",
        "x = 5",
        "1 : 3 = ? (decimal)",
        "150 min = ? min ? h",
        "2x + 3 = 11 = 12",
        "% of 150",
    ];
    assert!(cases.len() >= 40);
    for c in cases {
        refused(c);
    }
}

#[test]
fn refusal_carries_the_examples_of_the_language() {
    for lang in [Lang::Uz, Lang::Ru, Lang::En] {
        let e = solve("sqrt 4", lang).unwrap_err();
        assert_eq!(e.examples, examples(lang));
        assert!((6..=10).contains(&e.examples.len()));
        assert_eq!(e.to_string(), "this problem is not supported");
    }
}

#[test]
fn garbage_never_panics() {
    let mut seed = 0x1234_5678_u64;
    let alphabet: Vec<char> = "0123456789 +-−×÷:/*()=?_…□.,%xхabcкмсm'ʻ½²√<>"
        .chars()
        .collect();
    for _ in 0..3000 {
        let len = (seed % 24) as usize;
        let mut s = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        for lang in [Lang::Uz, Lang::Ru, Lang::En] {
            if let Ok(sol) = solve(&s, lang) {
                super::common::integrity(&sol, lang);
            }
        }
    }
}
