//! How numbers are read aloud: simple fractions in words, mixed numbers and decimals.

use crate::Lang;

/// The word for the decimal separator, for numbers too long to read properly.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Uz => "vergul",
        Lang::Ru => "запятая",
        Lang::En => "point",
    }
}

const UZ_NUM: [&str; 11] = [
    "", "bir", "ikki", "uch", "toʻrt", "besh", "olti", "yetti", "sakkiz", "toʻqqiz", "oʻn",
];
const UZ_POW: [&str; 7] = ["", "oʻn", "yuz", "ming", "oʻn ming", "yuz ming", "million"];
const RU_NUM: [&str; 10] = [
    "",
    "одна",
    "две",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
];
const RU_ONE: [&str; 11] = [
    "",
    "",
    "вторая",
    "третья",
    "четвёртая",
    "пятая",
    "шестая",
    "седьмая",
    "восьмая",
    "девятая",
    "десятая",
];
const RU_MANY: [&str; 11] = [
    "",
    "",
    "вторых",
    "третьих",
    "четвёртых",
    "пятых",
    "шестых",
    "седьмых",
    "восьмых",
    "девятых",
    "десятых",
];
const RU_POW_ONE: [&str; 7] = [
    "",
    "десятая",
    "сотая",
    "тысячная",
    "десятитысячная",
    "стотысячная",
    "миллионная",
];
const RU_POW_MANY: [&str; 7] = [
    "",
    "десятых",
    "сотых",
    "тысячных",
    "десятитысячных",
    "стотысячных",
    "миллионных",
];
const EN_NUM: [&str; 10] = [
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const EN_ONE: [&str; 11] = [
    "", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
const EN_MANY: [&str; 11] = [
    "", "", "halves", "thirds", "quarters", "fifths", "sixths", "sevenths", "eighths", "ninths",
    "tenths",
];

/// Russian agreement: 1, 21, 31 … take the singular.
fn ru_one(n: u64) -> bool {
    n % 10 == 1 && n % 100 != 11
}

/// A Russian number before a feminine noun: 1 and 2 as words.
fn ru_fem(n: u64) -> String {
    match n {
        1 => "одна".into(),
        2 => "две".into(),
        _ => n.to_string(),
    }
}

/// "three quarters", "uchdan ikki", "три четвёртых"; "17 over 25" when not simple.
pub(super) fn fraction(lang: Lang, n: &str, d: &str) -> String {
    let (ni, di): (usize, usize) = (n.parse().unwrap_or(0), d.parse().unwrap_or(0));
    let simple = (1..=9).contains(&ni) && (2..=10).contains(&di);
    match lang {
        Lang::Uz if simple => format!("{}dan {}", UZ_NUM[di], UZ_NUM[ni]),
        Lang::Uz => format!("{d} dan {n}"),
        Lang::Ru if simple && ni == 1 => format!("одна {}", RU_ONE[di]),
        Lang::Ru if simple => format!("{} {}", RU_NUM[ni], RU_MANY[di]),
        Lang::Ru => format!("{n} дробь {d}"),
        Lang::En if simple && ni == 1 => format!("one {}", EN_ONE[di]),
        Lang::En if simple => format!("{} {}", EN_NUM[ni], EN_MANY[di]),
        Lang::En => format!("{n} over {d}"),
    }
}

/// A mixed number: "2 and one third".
pub(super) fn mixed(lang: Lang, w: u64, frac: String) -> String {
    match lang {
        Lang::Uz => format!("{w} butun {frac}"),
        Lang::Ru if ru_one(w) => format!("{} целая {frac}", ru_fem(w)),
        Lang::Ru => format!("{} целых {frac}", ru_fem(w)),
        Lang::En => format!("{w} and {frac}"),
    }
}

/// A decimal: "0 point 2 5", "0 butun yuzdan 25", "0 целых 25 сотых".
pub(super) fn decimal(lang: Lang, whole_text: &str, part: &str) -> String {
    let p = part.len();
    let (whole, f): (u64, u64) = match (whole_text.parse(), part.parse()) {
        (Ok(w), Ok(f)) if p <= 6 => (w, f),
        _ => return format!("{whole_text} {} {part}", separator(lang)),
    };
    match lang {
        Lang::Uz => format!("{whole} butun {}dan {f}", UZ_POW[p]),
        Lang::Ru => {
            let w = if ru_one(whole) {
                "целая"
            } else {
                "целых"
            };
            let pow = if ru_one(f) {
                RU_POW_ONE[p]
            } else {
                RU_POW_MANY[p]
            };
            format!("{} {w} {} {pow}", ru_fem(whole), ru_fem(f))
        }
        Lang::En => {
            let digits: Vec<String> = part.chars().map(String::from).collect();
            format!("{whole} point {}", digits.join(" "))
        }
    }
}
