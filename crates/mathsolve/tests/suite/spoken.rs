//! `spoken`: signs in words for text-to-speech, in three languages.

use mathsolve::{spoken, Lang};

#[test]
fn reads_signs_in_three_languages() {
    assert_eq!(spoken("12 + 5 =", Lang::Uz), "12 qoʻshish 5 teng");
    assert_eq!(spoken("12 + 5 =", Lang::Ru), "12 плюс 5 равно");
    assert_eq!(spoken("12 + 5 =", Lang::En), "12 plus 5 equals");
    assert_eq!(
        spoken("20 − 4 × 3 : 2", Lang::En),
        "20 minus 4 times 3 divided by 2"
    );
    assert_eq!(
        spoken("20 − 4 × 3 : 2", Lang::Ru),
        "20 минус 4 умножить на 3 разделить на 2"
    );
    assert_eq!(
        spoken("20 − 4 × 3 ÷ 2", Lang::Uz),
        "20 ayirish 4 koʻpaytirish 3 boʻlish 2"
    );
    assert_eq!(spoken("47 < 74", Lang::Uz), "47 kichik 74");
    assert_eq!(spoken("74 > 47", Lang::Ru), "74 больше 47");
    assert_eq!(spoken("2x + 3 = 11", Lang::Ru), "2 икс плюс 3 равно 11");
    assert_eq!(spoken("x − 1 = 2", Lang::Uz), "iks ayirish 1 teng 2");
    assert_eq!(spoken("20% of 150", Lang::En), "20 percent of 150");
    assert_eq!(spoken("20%", Lang::Uz), "20 foiz");
    assert_eq!(spoken("20%", Lang::Ru), "20 процентов");
}

#[test]
fn reads_fractions_and_decimals() {
    assert_eq!(spoken("3/4", Lang::En), "three quarters");
    assert_eq!(spoken("1/2", Lang::En), "one half");
    assert_eq!(spoken("2/3", Lang::Uz), "uchdan ikki");
    assert_eq!(spoken("3/4", Lang::Ru), "три четвёртых");
    assert_eq!(spoken("1/3", Lang::Ru), "одна третья");
    assert_eq!(spoken("2 1/3", Lang::En), "2 and one third");
    assert_eq!(spoken("2 1/3", Lang::Uz), "2 butun uchdan bir");
    assert_eq!(spoken("17/25", Lang::En), "17 over 25");
    assert_eq!(spoken("17/25", Lang::Uz), "25 dan 17");
    assert_eq!(spoken("0.25", Lang::En), "0 point 2 5");
    assert_eq!(spoken("0,25", Lang::Uz), "0 butun yuzdan 25");
    assert_eq!(spoken("0,5", Lang::Ru), "0 целых 5 десятых");
    assert_eq!(
        spoken("(8 − 3) × 2", Lang::En),
        "open bracket 8 minus 3 close bracket times 2"
    );
}
